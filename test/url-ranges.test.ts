import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { urlRanges } from '../src/formats/document.ts';

// The one pattern urlRanges used before it ran each alternative only on texts that can hold it: the reference.
const BOTH = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"')\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
const reference = (text: string) => Array.from(text.matchAll(BOTH), (m) => [m.index, m.index + m[0].length]);

describe('URLs and e-mail addresses', () => {
  it('are found in prose, each kind alone or both together', () => {
    const text = 'Write to press@kyiv.gov.ua or see https://kyiv.example/Zelensky and WWW.Example.org today.';
    expect(urlRanges(text).map(([s, e]) => text.slice(s, e))).toEqual(['press@kyiv.gov.ua', 'https://kyiv.example/Zelensky', 'WWW.Example.org']);
    expect(urlRanges('Mail press@kyiv.gov.ua now.').map(([s, e]) => e - s)).toEqual(['press@kyiv.gov.ua'.length]);
    expect(urlRanges('Only http://a.b/c here.')).toEqual([[5, 17]]);
    expect(urlRanges('Věra Jourová met Josep Borrell in Kyiv.')).toEqual([]);
  });

  it('are the ranges the single pattern finds, on any mix of words, dots, @, slashes and www', () => {
    const piece = fc.constantFrom('Kyiv', 'a', '.', '@', '-', '+', '://', 'http', 'https://', 'www.', 'WWW.', ' ', '\n', 'x@y.z', '"', ')', 'é', 'ftp://');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => {
      expect(urlRanges(text)).toEqual(reference(text));
    }), { numRuns: 2000, seed: 42 });
  });
});

/**
 * mixed-script finds its seams (a Latin letter next to a Cyrillic one) in a plain loop over Cyrillic units. It must
 * report the same words as the search it replaced: a regex of the two-class alternation, resumed after each match.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mixedScript } from '../src/rules/mixed-script.ts';
import { nextWordBounds } from '../src/text/tokenize.ts';
import { fixtureIndex } from './helpers.ts';

const LATIN = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u1e00-\\u1eff';
const CYRILLIC = '\\u0400-\\u052f\\u1c80-\\u1c8f\\u2de0-\\u2dff\\ua640-\\ua69f';
const LATIN_UNIT = new RegExp(`[${LATIN}]`);
const CYRILLIC_UNIT = new RegExp(`[${CYRILLIC}]`);

/** The ranges of mixed words as the regex search had them. */
function byRegex(text: string): Array<[number, number]> {
  const seam = new RegExp(`[${LATIN}][${CYRILLIC}]|[${CYRILLIC}][${LATIN}]`, 'g');
  const ranges: Array<[number, number]> = [];
  let lastEnd = -1;
  for (let m = seam.exec(text); m; m = seam.exec(text)) {
    if (m.index < lastEnd) continue;
    let start = m.index;
    while (start > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[start - 1]!)) start--;
    const bounds = nextWordBounds(text, start);
    if (!bounds) break;
    const end = bounds[1];
    lastEnd = Math.max(end, m.index + 1);
    seam.lastIndex = lastEnd;
    if (end <= m.index) continue;
    const word = text.slice(start, end);
    if ([...word].some((c) => LATIN_UNIT.test(c)) && [...word].some((c) => CYRILLIC_UNIT.test(c))) ranges.push([start, end]);
  }
  return ranges;
}

describe('mixed-script seams', () => {
  const index = fixtureIndex();
  const ranges = (text: string, locale: string) => mixedScript.check({ text, locale, mentions: [], index }).map((f): [number, number] => [f.start, f.end]);

  it('reports the words the regex search found, on generated text', () => {
    const piece = fc.constantFrom('a', 'e', 'p', 'Z', 'é', 'ß', 'а', 'е', 'р', 'і', 'Ж', 'ѕ', ' ', '-', "'", '’', 'ʼ', '\u0301', '1', '.', '\n', '😀', '\ud800', 'Лавpов', 'Kyiv');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.constantFrom('en', 'ru'), (text, locale) => {
        expect(ranges(text, locale)).toEqual(byRegex(text));
      }),
      { numRuns: 3_000 },
    );
  });

  it('finds a seam at either end of a Cyrillic run and none in a text without Cyrillic', () => {
    expect(ranges('Министр Сергей Лавpов прибыл. Zelenskyі said.', 'ru')).toEqual([[15, 21], [30, 39]]);
    expect(ranges('Minister Sergey Lavrov arrived.', 'en')).toEqual([]);
  });
});

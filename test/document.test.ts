import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mixedScript } from '../src/rules/mixed-script.ts';
import type { RuleContext } from '../src/rules/rule.ts';
import { TextDocument } from '../src/text/document.ts';
import { isCyrillicUnit, isLatinUnit } from '../src/text/script.ts';
import { nextWordBounds, tokenize } from '../src/text/tokenize.ts';

/** The sentence bounds as the context judgements read them before the document: a scan either way from the span. */
function scannedSentence(text: string, start: number, end: number): [number, number] {
  const ends = (at: number) => {
    const c = text[at];
    return c === '\n' || ((c === '.' || c === '!' || c === '?') && (at + 1 >= text.length || /\s/u.test(text[at + 1]!)));
  };
  let from = start;
  while (from > 0 && start - from < 600 && !ends(from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < 600 && !ends(to)) to++;
  return [from, to];
}

describe('TextDocument', () => {
  it('an empty text has no tokens, one sentence and one line', () => {
    const doc = new TextDocument('');
    expect(doc.sentenceOf(0)).toEqual([0, 0]);
    expect(doc.lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(doc.tokensIn(0, 0)).toEqual([]);
  });

  it('finds the sentence of an offset, at full stops before white space and at line breaks (CRLF too)', () => {
    const text = 'Kyiv is big. It is 3.5 km wide!\r\nNext line? Yes';
    const doc = new TextDocument(text);
    const [from, to] = doc.sentenceOf(text.indexOf('wide'));
    expect(text.slice(from, to)).toBe(' It is 3.5 km wide');
    expect(text.slice(...doc.sentenceOf(0, 4))).toBe('Kyiv is big');
    expect(text.slice(...doc.sentenceOf(text.indexOf('Yes')))).toBe(' Yes');
    expect(doc.lines.position(text.indexOf('Next'))).toEqual({ line: 2, column: 1 });
    expect(doc.lineStart(text.indexOf('line'))).toBe(text.indexOf('Next'));
  });

  it('property: on long texts (breaks blocks apart), the sentence agrees with a scan from the span', () => {
    const piece = fc.constantFrom('word ', 'Kyiv. ', 'x.y ', '!\n', 'a'.repeat(300) + ' ', ' '.repeat(700), '3.5 ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((a) => a.join('')), fc.nat(), fc.nat(40), (text, seed, span) => {
        const doc = new TextDocument(text);
        for (let k = 0; k < 5; k++) {
          const start = text.length ? (seed * (k + 7)) % text.length : 0;
          const end = Math.min(text.length, start + span);
          expect(doc.sentenceOf(start, end)).toEqual(scannedSentence(text, start, end));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reaches no farther than 600 units from the span for its sentence', () => {
    const text = 'a '.repeat(1000);
    expect(new TextDocument(text).sentenceOf(1000, 1001)).toEqual([400, 1601]);
  });

  it('property: the tokens of the whole text are the tokenizer’s, and those after an offset readToken’s', () => {
    const unit = fc.constantFrom('a', 'Ж', 'é', 'Ω', '1', ' ', '-', '’', "'", '.', '!', '\n', '\r', ',', 'ʼ', '\u00a0', 'K', 's');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }).map((a) => a.join('')), fc.nat(), (text, seed) => {
        const doc = new TextDocument(text);
        const plain = (t: { start: number; end: number; text: string; key: string }) => ({ start: t.start, end: t.end, text: t.text, key: t.key });
        expect(doc.tokensIn(0, text.length).map(plain)).toEqual(Array.from(tokenize(text), plain));
        const at = text.length ? seed % text.length : 0;
        const after = Array.from(tokenize(text.slice(at)), (t) => ({ ...plain(t), start: t.start + at, end: t.end + at }));
        expect(doc.tokensFrom(at, 3).map(plain)).toEqual(after.slice(0, 3));
      }),
      { numRuns: 300 },
    );
  });

  it('reads the tokens of a range as the tokenizer reads that slice, a cut word included', () => {
    const text = 'Президент Зеленський сказав: Kyiv’s mayor met d’Alembert.';
    const doc = new TextDocument(text);
    for (const [from, to] of [[0, text.length], [3, 25], [12, 40], [31, 50]] as const) {
      const expected = Array.from(tokenize(text.slice(from, to)), (t) => ({ start: t.start + from, end: t.end + from, text: t.text, key: t.key }));
      expect(doc.tokensIn(from, to).map(({ start, end, text, key }) => ({ start, end, text, key }))).toEqual(expected);
    }
  });

  it('property: sentences cover the text in order and agree with a scan from the span', () => {
    const unit = fc.constantFrom('a', 'b', ' ', '.', '!', '?', '\n', '\u00a0', '\u2003', '3');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }).map((a) => a.join('')), fc.nat(), (text, seed) => {
        const doc = new TextDocument(text);
        // In order and covering: from each sentence's end, the next sentence starts one unit on (the break itself).
        let at = 0;
        while (at < text.length) {
          const [from, to] = doc.sentenceOf(at);
          expect(from).toBeLessThanOrEqual(at);
          expect(to).toBeGreaterThanOrEqual(at);
          at = to + 1;
        }
        const start = text.length ? seed % text.length : 0;
        const end = Math.min(text.length, start + (seed % 5));
        expect(doc.sentenceOf(start, end)).toEqual(scannedSentence(text, start, end));
      }),
      { numRuns: 300 },
    );
  });

  it('property: mixed-script reports the words the scan over every seam finds', () => {
    // The scan the rule made before the document: every Latin–Cyrillic seam of the text, in order.
    const scanned = (text: string): Array<[number, number]> => {
      const out: Array<[number, number]> = [];
      let lastEnd = -1;
      for (let c = 0; c < text.length; c++) {
        if (!isCyrillicUnit(text.charCodeAt(c))) continue;
        const seam = c > 0 && c - 1 >= lastEnd && isLatinUnit(text.charCodeAt(c - 1)) ? c - 1 : c + 1 < text.length && isLatinUnit(text.charCodeAt(c + 1)) ? c : -1;
        if (seam < 0 || seam < lastEnd) continue;
        let start = seam;
        while (start > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[start - 1]!)) start--;
        const bounds = nextWordBounds(text, start);
        if (!bounds) break;
        const end = bounds[1];
        lastEnd = Math.max(end, seam + 1);
        c = Math.max(c, lastEnd - 1);
        if (end <= seam) continue;
        let latin = 0;
        let cyrillic = 0;
        for (let i = start; i < end; i++) {
          if (isLatinUnit(text.charCodeAt(i))) latin++;
          else if (isCyrillicUnit(text.charCodeAt(i))) cyrillic++;
        }
        if (latin && cyrillic) out.push([start, end]);
      }
      return out;
    };
    const unit = fc.constantFrom('a', 'p', 'Ж', 'р', 'е', 'e', '҂', '1', ' ', '’', "'", '-', '\u0301', '\ud83d\ude00', 'ʼ', '.');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        const doc = new TextDocument(text);
        const context = { text, document: doc, locale: 'ru', mentions: [], index: undefined } as unknown as RuleContext;
        const found = mixedScript.check(context).map((f): [number, number] => [f.start, f.end]);
        expect(found).toEqual(scanned(text));
      }),
      { numRuns: 1000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mixedScript } from '../src/rules/mixed-script.ts';
import type { RuleContext } from '../src/rules/rule.ts';
import { TextDocument, WordFlag, WordScript } from '../src/text/document.ts';
import { isCyrillicUnit, isLatinUnit } from '../src/text/script.ts';
import { isWordUnit, nextWordBounds, tokenize } from '../src/text/tokenize.ts';

const words = (doc: TextDocument) => Array.from({ length: doc.wordCount }, (_, i) => doc.text.slice(doc.wordStart(i), doc.wordEnd(i)));

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
  it('an empty text has no words, one sentence and one line', () => {
    const doc = new TextDocument('');
    expect(doc.wordCount).toBe(0);
    expect(doc.wordAt(0)).toBe(-1);
    expect(doc.wordAfter(0)).toBe(-1);
    expect(doc.wordBefore(0)).toBe(-1);
    expect(doc.sentenceOf(0)).toEqual([0, 0]);
    expect(doc.lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(doc.tokensIn(0, 0)).toEqual([]);
  });

  it('reads words with their offsets across scripts, hyphens and apostrophes', () => {
    const text = 'Věra Jourová met Зеленський in Kyiv-Pechersk; O’Neill’s l’Ukraine, Ελλάδα 2024.';
    const doc = new TextDocument(text);
    expect(words(doc)).toEqual(['Věra', 'Jourová', 'met', 'Зеленський', 'in', 'Kyiv', 'Pechersk', 'O’Neill’s', 'l’Ukraine', 'Ελλάδα', '2024']);
    const kyiv = text.indexOf('Kyiv');
    expect(doc.wordAt(kyiv + 2)).toBe(5);
    expect(doc.wordAt(kyiv + 4)).toBe(-1); // the hyphen
    expect(doc.wordAfter(kyiv + 4)).toBe(6);
    expect(doc.wordBefore(kyiv + 4)).toBe(5);
    expect(doc.wordAfter(kyiv)).toBe(5);
    expect(doc.wordBefore(kyiv)).toBe(4);
  });

  it('gives each word the tokenizer’s token: the elision and the possessive cut, the key folded', () => {
    const doc = new TextDocument('Borrell’s visit to l’Ukraine');
    expect(doc.token(0)).toMatchObject({ start: 0, end: 7, text: 'Borrell', key: 'borrell' });
    expect(doc.token(3)).toMatchObject({ text: 'Ukraine', key: 'ukraine' });
    expect(doc.token(3).start).toBe(doc.text.indexOf('Ukraine'));
  });

  it('flags capitals, all-caps words, apostrophes and scripts', () => {
    const doc = new TextDocument('NATO said КИЕВ and Ελλάδα; O’Neill 7');
    const f = (i: number) => doc.wordFlags(i);
    expect(f(0) & WordFlag.AllCaps).toBeTruthy();
    expect(f(0) & WordFlag.Latin).toBeTruthy();
    expect(f(1) & (WordFlag.Capitalised | WordFlag.AllCaps)).toBe(0);
    expect(f(2) & WordFlag.Cyrillic && f(2) & WordFlag.AllCaps).toBeTruthy();
    expect(f(4) & WordFlag.Greek && f(4) & WordFlag.Capitalised).toBeTruthy();
    expect(f(4) & WordFlag.AllCaps).toBe(0);
    expect(f(5) & WordFlag.Apostrophe).toBeTruthy();
    expect(f(6) & (WordFlag.Capitalised | WordFlag.AllCaps | WordFlag.Latin)).toBe(0);
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

  it('reads the tokens of a range as the tokenizer reads that slice, a cut word included', () => {
    const text = 'Президент Зеленський сказав: Kyiv’s mayor met d’Alembert.';
    const doc = new TextDocument(text);
    for (const [from, to] of [[0, text.length], [3, 25], [12, 40], [31, 50]] as const) {
      const expected = Array.from(tokenize(text.slice(from, to)), (t) => ({ start: t.start + from, end: t.end + from, text: t.text, key: t.key }));
      expect(doc.tokensIn(from, to).map(({ start, end, text, key }) => ({ start, end, text, key }))).toEqual(expected);
    }
  });

  it('property: every word slices to a whole word, in order, and the words are the tokenizer’s', () => {
    const unit = fc.constantFrom('a', 'Ж', 'é', 'Ω', '1', ' ', '-', '’', "'", '.', '!', '\n', '\r', ',', 'ʼ', '\u00a0', 'K');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        const doc = new TextDocument(text);
        let last = 0;
        for (let i = 0; i < doc.wordCount; i++) {
          const start = doc.wordStart(i);
          const end = doc.wordEnd(i);
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          expect(isWordUnit(text.charCodeAt(start))).toBe(true);
          expect(isWordUnit(text.charCodeAt(end - 1))).toBe(true);
          // Whole: no word unit right before or after it.
          expect(start === 0 || !isWordUnit(text.charCodeAt(start - 1))).toBe(true);
          expect(end === text.length || !isWordUnit(text.charCodeAt(end))).toBe(true);
          expect(doc.wordAt(start)).toBe(i);
          last = end;
        }
        expect(doc.tokensIn(0, text.length).map((t) => t.key)).toEqual(Array.from(tokenize(text), (t) => t.key));
      }),
      { numRuns: 300 },
    );
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

  it('records the scripts of each word’s units, and a Cyrillic sign right before it', () => {
    const doc = new TextDocument('Лавpов met Kyiv ҂abc Москва');
    expect(doc.wordScripts(0)).toBe(WordScript.Latin | WordScript.Cyrillic);
    expect(doc.wordScripts(1)).toBe(WordScript.Latin);
    expect(doc.wordScripts(3)).toBe(WordScript.Latin | WordScript.CyrillicBefore);
    expect(doc.wordScripts(4)).toBe(WordScript.Cyrillic);
  });

  it('property: every word mixed-script reports is a word whose scripts the document flags as mixed', () => {
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
        for (const [, end] of found) {
          const scripts = doc.wordScripts(doc.wordAt(end - 1));
          expect(scripts & WordScript.Latin && scripts & (WordScript.Cyrillic | WordScript.CyrillicBefore)).toBeTruthy();
        }
      }),
      { numRuns: 1000 },
    );
  });
});

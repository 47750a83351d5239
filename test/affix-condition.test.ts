/**
 * Hunspell affix conditions matched by hand (lexicon/dictionary.ts, Condition) answer as the regular expression
 * they replace, for every condition of every installed dictionary, on words of that dictionary.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Condition, dictionaryFiles } from '../src/lexicon/dictionary.ts';

/** The reference: a condition as the regular expression canonym built for it before, at the stem's end or start. */
function asRegExp(text: string, suffix: boolean): RegExp | undefined {
  if (text === '.' || text === '') return undefined;
  let source = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '[') {
      const close = text.indexOf(']', i + 1);
      if (close < 0) return undefined;
      let inner = text.slice(i + 1, close);
      const negated = inner.startsWith('^');
      if (negated) inner = inner.slice(1);
      source += `[${negated ? '^' : ''}${inner.replace(/[\\\]\-^]/g, '\\$&')}]`;
      i = close;
    } else if (c === '.') source += '.';
    else source += c.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&');
  }
  return new RegExp(suffix ? `(?:${source})$` : `^(?:${source})`, 'u');
}

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'cs', 'ru', 'uk', 'bg'];

describe('affix conditions', () => {
  it('match as the regular expressions they replace, for every condition of the installed dictionaries', () => {
    let conditions = 0;
    let tests = 0;
    let met = 0;
    for (const language of LANGUAGES) {
      const files = dictionaryFiles(language);
      if (!files) continue;
      const aff = readFileSync(files.aff, 'utf8');
      const stems = readFileSync(files.dic, 'utf8').split(/\r?\n/).slice(1).filter((_, i) => i % 97 === 0).map((line) => line.split('/')[0]!.trim()).filter(Boolean);
      const seen = new Set<string>();
      for (const line of aff.split(/\r?\n/)) {
        const parts = line.split(/\s+/);
        if ((parts[0] !== 'SFX' && parts[0] !== 'PFX') || parts.length < 5) continue;
        const suffix = parts[0] === 'SFX';
        const text = parts[4]!;
        if (seen.has(`${suffix}${text}`)) continue;
        seen.add(`${suffix}${text}`);
        conditions++;
        const condition = Condition.of(text);
        const reference = asRegExp(text, suffix);
        expect(condition === null, text).toBe(reference === undefined);
        if (!condition || !reference) continue;
        // The dictionary's words, and each word with the condition's own letters put at the end or start.
        const literal = text.replace(/\[\^?([^\]]*)\]/g, (_, inner: string) => inner.slice(0, 1) || 'x').replace(/\./g, 'a');
        for (const stem of [...stems, ...stems.slice(0, 40).map((s) => (suffix ? s + literal : literal + s)), literal, '']) {
          const expected = reference.test(stem);
          if (condition.test(stem, suffix) !== expected) expect(`${stem} ${suffix ? 'SFX' : 'PFX'} ${text}`).toBe(expected);
          tests++;
          if (expected) met++;
        }
      }
    }
    expect(conditions).toBeGreaterThan(3000);
    expect(met).toBeGreaterThan(tests / 100); // the stems meet some conditions, not none
  });

  it('takes a position for each code point, an unclosed class as no condition, and an empty class as none met', () => {
    expect(Condition.of('.')).toBeNull();
    expect(Condition.of('[ab')).toBeNull();
    expect(Condition.of('[^aeo]k')!.test('park', true)).toBe(true);
    expect(Condition.of('[^aeo]k')!.test('oak', true)).toBe(false);
    expect(Condition.of('[^aeo]k')!.test('k', true)).toBe(false);
    expect(Condition.of('ův')!.test('Petrův', true)).toBe(true);
    expect(Condition.of('𝔞b')!.test('x𝔞b', true)).toBe(true); // a code point outside the BMP is one position
    expect(Condition.of('.b')!.test('𝔞b', true)).toBe(true);
    expect(Condition.of('un')!.test('under', false)).toBe(true);
    expect(Condition.of('[]a')!.test('ba', true)).toBe(false);
  });
});

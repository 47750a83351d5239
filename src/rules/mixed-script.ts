/**
 * A word that mixes Latin and Cyrillic (or Greek) letters: homoglyphs from copy-paste or OCR, invisible to the eye
 * and fatal to search ("Зеленскии" with a Latin "e"). The fix maps the minority letters to their look-alikes in
 * the word's main script, only when every one of them has a look-alike.
 */
import { t } from '../i18n/index.ts';
import { nextWordBounds } from '../text/tokenize.ts';
import type { Finding, Rule } from './rule.ts';

// Upper and lower case letters that look the same in Latin and Cyrillic fonts.
const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', s: 'ѕ', j: 'ј',
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).filter(([l]) => !'sjiI'.includes(l)).map(([l, c]) => [c, l]),
);
// Ukrainian і and Latin i look alike too, but a Cyrillic і in a Latin word is mapped separately.
CYRILLIC_TO_LATIN['і'] = 'i';
CYRILLIC_TO_LATIN['І'] = 'I';

// Code-unit ranges instead of \p{Script=…} regexes: this rule reads every word of every text.
const isLatinUnit = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
const isCyrillicUnit = (c: number) => (c >= 0x400 && c <= 0x52f) || (c >= 0x1c80 && c <= 0x1c8f) || (c >= 0x2de0 && c <= 0x2dff) || (c >= 0xa640 && c <= 0xa69f);
/**
 * Where the next seam at or after `from` starts (a Latin letter next to a Cyrillic one, in either order), or -1:
 * found in a plain loop that looks closer only at Cyrillic units (most texts have few).
 */
function nextSeam(text: string, from: number): number {
  for (let c = from; c < text.length; c++) {
    if (!isCyrillicUnit(text.charCodeAt(c))) continue;
    if (c - 1 >= from && isLatinUnit(text.charCodeAt(c - 1))) return c - 1;
    if (c + 1 < text.length && isLatinUnit(text.charCodeAt(c + 1))) return c;
  }
  return -1;
}
const WORD_UNIT = /[\p{L}\p{M}\p{N}]/u;
const IS_LATIN = { test: (ch: string) => isLatinUnit(ch.charCodeAt(0)) };
const IS_CYRILLIC = { test: (ch: string) => isCyrillicUnit(ch.charCodeAt(0)) };

export const mixedScript: Rule = {
  meta: {
    id: 'mixed-script',
    description: 'A word that mixes Latin and Cyrillic letters (homoglyphs), with the single-script spelling as the fix.',
    defaultSeverity: 'error',
    fixable: true,
    examples: [
      { locale: 'ru', text: 'Министр Сергей Лавpов прибыл.', reports: [{ found: 'Лавpов', expected: 'Лавров' }] },
      { locale: 'en', text: 'Minister Sergey Lavrov arrived.', reports: [] },
    ],
  },
  check(context) {
    const findings: Finding[] = [];
    const text = context.text;
    // A mixed word has a Latin letter next to a Cyrillic one somewhere.
    let lastEnd = -1;
    let from = 0;
    for (let seam = nextSeam(text, 0); seam >= 0; seam = nextSeam(text, from)) {
      from = seam + 2; // past the two units of the seam
      if (seam < lastEnd) continue;
      let start = seam;
      while (start > 0 && WORD_UNIT.test(text[start - 1]!)) start--;
      const bounds = nextWordBounds(text, start);
      if (!bounds) break;
      // The search always moves past the seam: a word that ends before it (a surrogate or mark the word scan stops
      // at) must not send the regex back to the same seam for ever.
      const end = bounds[1];
      lastEnd = Math.max(end, seam + 1);
      from = lastEnd;
      if (end <= seam) continue;
      let latin = 0;
      let cyrillic = 0;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (isLatinUnit(c)) latin++;
        else if (isCyrillicUnit(c)) cyrillic++;
      }
      if (!latin || !cyrillic) continue;
      const word = text.slice(start, end);
      // The main script is the majority; on a tie, the script of the text's locale decides.
      const toCyrillic = cyrillic > latin || (cyrillic === latin && /^(ru|uk|bg|be|sr|mk)/.test(context.locale));
      const table = toCyrillic ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
      const minority = toCyrillic ? IS_LATIN : IS_CYRILLIC;
      let fixed = '';
      let fixable = true;
      for (const ch of word) {
        if (minority.test(ch)) {
          const mapped = table[ch];
          if (!mapped) fixable = false;
          fixed += mapped ?? ch;
        } else fixed += ch;
      }
      findings.push({
        start,
        end,
        found: word,
        message: fixable
          ? t('rules.mixed-script.message', { found: word, script: toCyrillic ? 'cyrillic' : 'latin', expected: fixed })
          : t('rules.mixed-script.message-no-fix', { found: word }),
        ...(fixable ? { expected: fixed, fix: fixed } : {}),
      });
    }
    return findings;
  },
};

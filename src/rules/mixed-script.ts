/**
 * A word that mixes Latin and Cyrillic (or Greek) letters: homoglyphs from copy-paste or OCR, invisible to the eye
 * and fatal to search ("Зеленскии" with a Latin "e"). The fix maps the minority letters to their look-alikes in
 * the word's main script, only when every one of them has a look-alike.
 */
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

const WORD = /[\p{L}\p{M}]+/gu;
const IS_LATIN = /\p{Script=Latin}/u;
const IS_CYRILLIC = /\p{Script=Cyrillic}/u;

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
    WORD.lastIndex = 0;
    for (let m = WORD.exec(context.text); m; m = WORD.exec(context.text)) {
      const word = m[0];
      let latin = 0;
      let cyrillic = 0;
      for (const ch of word) {
        if (IS_LATIN.test(ch)) latin++;
        else if (IS_CYRILLIC.test(ch)) cyrillic++;
      }
      if (!latin || !cyrillic) continue;
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
        start: m.index,
        end: m.index + word.length,
        found: word,
        message: `"${word}" mixes Latin and Cyrillic letters${fixable ? `; the ${toCyrillic ? 'Cyrillic' : 'Latin'} spelling is "${fixed}"` : ''}`,
        ...(fixable ? { expected: fixed, fix: fixed } : {}),
      });
    }
    return findings;
  },
};

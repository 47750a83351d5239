/**
 * A translation identical to its base string: left in the base language. Identical is fine when every word is
 * one that reads the same across languages: a glossary name, an acronym ("PDF"), a brand written in mixed case
 * ("GitHub", "iOS"), a number, a URL, or a word on the allow-list ("OK", "Status").
 */
import { t } from '../../i18n/index.ts';
import type { Entry } from '../model.ts';
import { primaryLanguage } from '../../text/locale.ts';
import { excerpt, valueRange, type LocaleRule, type LocaleRuleContext } from './rule.ts';

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/g;
// A capital after a small letter: iPhone, GitHub, macOS are names, not words to translate.
const BRAND = /\p{Ll}\p{Lu}/u;

type Context = Pick<LocaleRuleContext, 'file' | 'baseLocale' | 'message' | 'mentions' | 'allow' | 'ordinaryWord'>;

const LATIN = /\p{Script=Latin}/u;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;
const TITLE = /^\p{Lu}/u;

/**
 * Whether the words, left as the base writes them, may well be right in the target language. Measured on six real
 * trees, short identical strings were mostly right: cognates (Catalan "Document", Danish "Auto", German
 * "Details"), product and title names ("Microsoft Word", "Entra ID", "Excalidraw+"), units ("ms"). So:
 *   - three words or more (a phrase or sentence) are untranslated unless they are all capitalised (a title);
 *   - one or two words are untranslated only when each is an ordinary word of the base language (its dictionary
 *     knows it: "Delete", "Check out", not "Excalidraw") and, in a language written in Latin script, the target's
 *     dictionary says it is none of its words ("Settings" in German; with no dictionary, nothing is said).
 */
function mayReadTheSame(words: readonly string[], context: Context): boolean {
  if (!words.length) return true;
  const base = context.baseLocale;
  const content = words.filter((w) => w.length > 3);
  if (words.length >= 3) return content.length > 0 && content.every((w) => TITLE.test(w));
  const latinTarget = !NON_LATIN_LETTER.test(sampleOf(context.file.locale));
  for (const w of words) {
    if (context.ordinaryWord?.(w.toLowerCase(), base) !== true) return true;
    if (latinTarget && LATIN.test(w) && context.ordinaryWord?.(w, context.file.locale) !== false) return true;
  }
  return false;
}

/** A letter of the script a locale is written in, from CLDR's likely subtags (ja → Jpan, sr → Cyrl). */
function sampleOf(locale: string): string {
  let script = 'Latn';
  try {
    script = new Intl.Locale(locale).maximize().script ?? 'Latn';
  } catch {
    // an invalid tag: take Latin, the most lenient
  }
  return script === 'Latn' ? 'a' : 'ж';
}

export function isLeftUntranslated(context: Context, entry: Entry, base: Entry): boolean {
  if (entry.value !== base.value || primaryLanguage(context.file.locale) === primaryLanguage(context.baseLocale)) return false;
  const prose = context.message(entry).prose.replace(URL_OR_EMAIL, (s) => ' '.repeat(s.length));
  let names: readonly { start: number; end: number }[] | undefined;
  const words = [...prose.matchAll(WORD)];
  const left: string[] = [];
  for (const m of words) {
    const word = m[0];
    if (word.length < 2 || word === word.toUpperCase() || BRAND.test(word) || context.allow.has(word.toLowerCase())) continue;
    names ??= context.mentions(entry);
    if (names.some((n) => m.index >= n.start && m.index < n.end)) continue;
    left.push(word);
  }
  if (!left.length) return false;
  return !mayReadTheSame(left.length >= 3 ? words.map((m) => m[0]) : left, context);
}

export const untranslated: LocaleRule = {
  meta: { id: 'untranslated', description: 'A translation identical to the base string, beyond names and words the same in both languages.', defaultSeverity: 'warning' },
  check(context) {
    if (!context.base) return [];
    return context.pairing.items
      .filter((i) => i.base && i.entry.value.trim() !== '' && isLeftUntranslated(context, i.entry, i.base))
      .map((i) => ({ ...valueRange(i.entry), message: t('locales.untranslated.message', { key: i.entry.key, base: context.baseLocale, value: excerpt(i.entry.value) }) }));
  },
};

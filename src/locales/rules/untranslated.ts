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

type Context = Pick<LocaleRuleContext, 'file' | 'baseLocale' | 'message' | 'mentions' | 'allow'>;

export function isLeftUntranslated(context: Context, entry: Entry, base: Entry): boolean {
  if (entry.value !== base.value || primaryLanguage(context.file.locale) === primaryLanguage(context.baseLocale)) return false;
  const prose = context.message(entry).prose.replace(URL_OR_EMAIL, (s) => ' '.repeat(s.length));
  let names: readonly { start: number; end: number }[] | undefined;
  for (const m of prose.matchAll(WORD)) {
    const word = m[0];
    if (word.length < 2 || word === word.toUpperCase() || BRAND.test(word) || context.allow.has(word.toLowerCase())) continue;
    names ??= context.mentions(entry);
    if (names.some((n) => m.index >= n.start && m.index < n.end)) continue;
    return true;
  }
  return false;
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

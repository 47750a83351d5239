/**
 * A string in another of the project's languages than its file's: English left in after the base changed, or a
 * German string pasted into the Polish file. Strings of three words or fewer are left alone (no detector can
 * tell "Save changes" apart reliably), and so are strings identical to the base (untranslated reports those).
 * Code in the text is not read as words: see `withoutCode`.
 */
import { languageName, t } from '../../i18n/index.ts';
import { wordCount } from '../detect-language.ts';
import { blank } from '../placeholder.ts';
import { valueRange, type LocaleFinding, type LocaleRule } from './rule.ts';

// A whitespace-separated token that is code: an option (--out), a path or URL, a file name (article.md), a list of
// codes (de,pl,ru), an identifier with digits or underscores (i18next, item_one), markup or shell syntax.
const CODE_TOKEN = /^-{1,2}\p{L}|[\p{L}\p{N}][./\\:,=|@_][\p{L}\p{N}]|\p{L}\p{N}|\p{N}\p{L}|[/\\=|<>{}`$#@_*]/u;

/**
 * The text with its code blanked. Stopword lists hold "md", "txt", "http", "out" and "next" as English words, so
 * `export i18next braucht --out <dir> (es schreibt <dir>/<lng>/names.json)` would otherwise read as English.
 */
export function withoutCode(text: string): string {
  const code: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/\S+/g)) if (CODE_TOKEN.test(m[0])) code.push({ start: m.index, end: m.index + m[0].length });
  return code.length ? blank(text, code) : text;
}

export const wrongLanguage: LocaleRule = {
  meta: { id: 'wrong-language', description: 'A string detected as another of the project\'s languages than its file\'s.', defaultSeverity: 'warning' },
  check(context) {
    const locale = context.file.locale;
    const findings: LocaleFinding[] = [];
    const items = context.pairing.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const { entry } = item;
      if (item.base?.value === entry.value) continue;
      const message = context.message(entry);
      // Blanking code only takes words away: a string of three words or fewer is never judged, so it is not blanked.
      if (wordCount(message.prose, 4) <= 3) continue;
      if (context.detector.mayReport?.(message.prose, locale) === false) continue;
      const other = context.detector.otherLanguage(withoutCode(message.prose), locale);
      // Language names in the language of the messages (Intl.DisplayNames): "German", „Deutsch“, «немецкий».
      if (other) findings.push({ ...valueRange(entry), message: t('locales.wrong-language.message', { key: entry.key, language: languageName(other), code: other, fileLanguage: languageName(locale) }) });
    }
    return findings;
  },
};

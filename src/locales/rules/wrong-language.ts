/**
 * A string in another of the project's languages than its file's: English left in after the base changed, or a
 * German string pasted into the Polish file. Strings of three words or fewer are left alone (no detector can
 * tell "Save changes" apart reliably), and so are strings identical to the base (untranslated reports those).
 */
import { valueRange, type LocaleFinding, type LocaleRule } from './rule.ts';

const names = new Intl.DisplayNames('en', { type: 'language' });
const nameOf = (locale: string) => names.of(locale) ?? locale;

export const wrongLanguage: LocaleRule = {
  meta: { id: 'wrong-language', description: 'A string detected as another of the project\'s languages than its file\'s.', defaultSeverity: 'warning' },
  check(context) {
    const locale = context.file.locale;
    const findings: LocaleFinding[] = [];
    for (const item of context.pairing.items) {
      const { entry } = item;
      if (item.base?.value === entry.value) continue;
      const message = context.message(entry);
      const other = context.detector.otherLanguage(message.prose, locale);
      if (other) findings.push({ ...valueRange(entry), message: `${entry.key}: reads as ${nameOf(other)} (${other}), not ${nameOf(locale)}` });
    }
    return findings;
  },
};

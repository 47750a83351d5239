/**
 * A plural the base has and the translation dropped: mattermost's Swedish `mobile.session_expired_hrs` writes
 * "var {hoursCount, number} timme" where en chooses between "hour" and "hours", so 5 hours read "5 timme". Only
 * for languages whose nouns change with the number (Japanese and Chinese have only `other`; Hungarian and Turkish
 * keep the noun singular after any numeral, so a translation without the choice is right there).
 * In i18next, the base's plural family written as one plain key (`item` for `item_one`/`item_other`) is the same
 * loss: i18next shows that one form for every count.
 */
import { t } from '../../i18n/index.ts';
import { primaryLanguage } from '../../text/locale.ts';
import { usableTag } from '../locale-tag.ts';
import { pluralCategories, type PluralType } from '../plural.ts';
import { rangeIn, valueRange, type LocaleFinding, type LocaleRule } from './rule.ts';

/**
 * Languages that write the noun after a numeral in one form whatever the number (Hungarian "5 személy", Turkish
 * "5 kişi", Persian, Georgian, Basque, the Turkic languages…), though CLDR gives them `one` for other uses.
 */
const NUMERAL_TAKES_SINGULAR = new Set(['hu', 'tr', 'az', 'ka', 'fa', 'eu', 'uz', 'kk', 'ky', 'tk', 'tt', 'ba', 'mn', 'hy', 'ug']);

function formsOf(locale: string, type: PluralType): number {
  if (type === 'cardinal' && NUMERAL_TAKES_SINGULAR.has(primaryLanguage(locale))) return 1;
  return pluralCategories(usableTag(locale) ?? locale, type)?.length ?? 2;
}

export const pluralStructure: LocaleRule = {
  meta: { id: 'plural-structure', description: 'A plural of the base string that the translation dropped.', defaultSeverity: 'warning' },
  check(context) {
    const { base, file, baseLocale } = context;
    if (!base) return [];
    const findings: LocaleFinding[] = [];
    if (context.syntax === 'icu') {
      const items = context.pairing.items;
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        if (!item.base || item.entry.value.trim() === '') continue;
        const baseMessage = context.message(item.base);
        if (!baseMessage.choices.length || baseMessage.error) continue;
        const message = context.message(item.entry);
        if (message.error) continue;
        const baseArguments = new Set(baseMessage.placeholders.map((p) => p.name));
        // A choice on an argument the base lacks is a renamed one ({contar, plural}): placeholder-mismatch's.
        if (message.choices.some((c) => c.type !== 'select' && !baseArguments.has(c.argument))) continue;
        for (const choice of baseMessage.choices) {
          if (choice.type === 'select') continue;
          const type: PluralType = choice.type === 'selectordinal' ? 'ordinal' : 'cardinal';
          if (formsOf(file.locale, type) < 2 || message.choices.some((c) => c.argument === choice.argument && c.type === choice.type)) continue;
          const used = message.placeholders.find((p) => p.name === choice.argument);
          const where = used ? rangeIn(item.entry, used.start, used.end) : valueRange(item.entry);
          findings.push({ ...where, message: t('locales.plural-structure.icu', { key: item.entry.key, argument: choice.argument, type: choice.type, base: baseLocale }) });
        }
      }
      return findings;
    }
    for (const m of context.pairing.missing) {
      if (!m.group || m.group.legacy) continue;
      const plain = file.byKey.get(m.key);
      if (!plain || plain.value.trim() === '' || formsOf(file.locale, m.group.ordinal ? 'ordinal' : 'cardinal') < 2) continue;
      findings.push({ ...plain.keyRange, message: t('locales.plural-structure.i18next', { key: m.key, base: baseLocale, forms: [...m.group.forms.keys()].map((c) => `${m.group!.id}_${c}`).join(', ') }) });
    }
    return findings;
  },
};

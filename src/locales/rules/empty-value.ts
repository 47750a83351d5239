/** An empty translation of a non-empty string: i18next shows the empty string (returnEmptyString), a blank in the UI. */
import { t } from '../../i18n/index.ts';
import { excerpt, valueRange, type LocaleRule } from './rule.ts';

export const emptyValue: LocaleRule = {
  meta: { id: 'empty-value', description: 'An empty or blank translation of a non-empty base string.', defaultSeverity: 'error' },
  check({ base, baseLocale, pairing }) {
    if (!base) return [];
    return pairing.items
      .filter((i) => i.base && i.entry.value.trim() === '' && i.base.value.trim() !== '')
      .map((i) => ({ ...valueRange(i.entry), message: t('locales.empty-value.message', { key: i.entry.key, base: baseLocale, value: excerpt(i.base!.value) }) }));
  },
};

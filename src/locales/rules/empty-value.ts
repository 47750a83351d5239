/** An empty translation of a non-empty string: i18next shows the empty string (returnEmptyString), a blank in the UI. */
import { excerpt, valueRange, type LocaleRule } from './rule.ts';

export const emptyValue: LocaleRule = {
  meta: { id: 'empty-value', description: 'An empty or blank translation of a non-empty base string.', defaultSeverity: 'error' },
  check({ base, baseLocale, pairing }) {
    if (!base) return [];
    return pairing.items
      .filter((i) => i.base && i.entry.value.trim() === '' && i.base.value.trim() !== '')
      .map((i) => ({ ...valueRange(i.entry), message: `${i.entry.key}: empty; ${baseLocale} has ${excerpt(i.base!.value)}` }));
  },
};

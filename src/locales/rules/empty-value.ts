/**
 * An empty translation of a non-empty string. What it does depends on the project: i18next shows the empty string
 * by default (returnEmptyString), a blank in the UI; Crowdin and Transifex exports write "" for every string not
 * translated yet, and apps set up for them fall back to the base (excalidraw: 9,639 such strings). So the default
 * is a warning, which does not fail CI; `--empty error` makes it one, `--empty fallback` turns it off.
 */
import { t } from '../../i18n/index.ts';
import { excerpt, valueRange, type LocaleRule } from './rule.ts';

export const emptyValue: LocaleRule = {
  meta: { id: 'empty-value', description: 'An empty or blank translation of a non-empty base string.', defaultSeverity: 'warning' },
  check({ base, baseLocale, pairing }) {
    if (!base) return [];
    return pairing.items
      .filter((i) => i.base && i.entry.value.trim() === '' && i.base.value.trim() !== '')
      .map((i) => ({ ...valueRange(i.entry), message: t('locales.empty-value.message', { key: i.entry.key, base: baseLocale, value: excerpt(i.base!.value) }) }));
  },
};

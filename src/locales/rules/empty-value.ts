/**
 * An empty translation of a non-empty string. What it does depends on the project: i18next shows the empty string
 * by default (returnEmptyString), a blank in the UI; Crowdin and Transifex exports write "" for every string not
 * translated yet, and apps set up for them fall back to the base (excalidraw: 9,639 such strings). So the default
 * is a warning, which does not fail CI; `--empty error` makes it one, `--empty fallback` turns it off.
 */
import { t } from '../../i18n/index.ts';
import type { Entry } from '../model.ts';
import { excerpt, valueRange, type LocaleRule } from './rule.ts';

// The message names the key, the base locale and the base's value: the same in every locale that leaves the key
// empty (a Crowdin export leaves the same keys empty in many), so it is formatted once per base entry and key.
const messages = new WeakMap<Entry, Map<string, string>>();

function message(key: string, base: Entry, baseLocale: string): string {
  let byKey = messages.get(base);
  if (!byKey) messages.set(base, (byKey = new Map()));
  const id = `${baseLocale}\u0000${key}`;
  let text = byKey.get(id);
  if (text === undefined) byKey.set(id, (text = t('locales.empty-value.message', { key, base: baseLocale, value: excerpt(base.value) })));
  return text;
}

export const emptyValue: LocaleRule = {
  meta: { id: 'empty-value', description: 'An empty or blank translation of a non-empty base string.', defaultSeverity: 'warning' },
  check({ base, baseLocale, pairing }) {
    if (!base) return [];
    return pairing.items
      .filter((i) => i.base && i.entry.value.trim() === '' && i.base.value.trim() !== '')
      .map((i) => ({ ...valueRange(i.entry), message: message(i.entry.key, i.base!, baseLocale) }));
  },
};

/**
 * A key the base does not have: left behind by a renamed or deleted key, or a typo that leaves the real key
 * untranslated. Plural forms of the translation's own language and context variants of base keys are not extra.
 */
import { t } from '../../i18n/index.ts';
import { closest } from '../edit-distance.ts';
import type { LocaleFinding, LocaleRule } from './rule.ts';

export const extraKey: LocaleRule = {
  meta: { id: 'extra-key', description: 'A key the base locale does not have (renamed, deleted or misspelt).', defaultSeverity: 'warning' },
  check({ base, baseLocale, pairing }) {
    if (!base || !pairing.extra.length) return [];
    const missing = new Set(pairing.missing.map((m) => m.key));
    // A base plural family written as one plain key is plural-structure's to report.
    const plainPlural = new Set(pairing.missing.filter((m) => m.group && !m.group.legacy).map((m) => m.key));
    return pairing.extra.filter((e) => !plainPlural.has(e.key)).map((e): LocaleFinding => {
      // A near miss among the keys this file lacks is most likely the key that was meant.
      const meant = closest(e.key, missing, Math.max(2, Math.floor(e.key.length / 6)));
      if (!meant) return { ...e.keyRange, message: t('locales.extra-key.message', { key: e.key, base: baseLocale }) };
      return { ...e.keyRange, message: t('locales.extra-key.did-you-mean', { key: e.key, base: baseLocale, meant }), expected: meant };
    });
  },
};

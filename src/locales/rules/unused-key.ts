/** A key of the base that no source file uses (only with `--unused-keys <glob>`): dead text to translate. */
import { t } from '../../i18n/index.ts';
import type { LocaleRule } from './rule.ts';

export const unusedKey: LocaleRule = {
  meta: { id: 'unused-key', description: 'A base key that no source file uses (with --unused-keys).', defaultSeverity: 'warning' },
  check({ file, base, used }) {
    if (base || !used) return [];
    return file.entries.filter((e) => !used.isUsed(e.key)).map((e) => ({ ...e.keyRange, message: t('locales.unused-key.message', { key: e.key, files: used.files }) }));
  },
};

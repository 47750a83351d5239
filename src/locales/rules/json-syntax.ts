/** A catalogue that is not valid JSON: every i18next backend and bundler refuses the whole file, not one string. */
import { t } from '../../i18n/index.ts';
import type { LocaleRule } from './rule.ts';

export const jsonSyntax: LocaleRule = {
  meta: { id: 'json-syntax', description: 'A locale file that is not valid JSON (or not UTF-8).', defaultSeverity: 'error' },
  check({ file }) {
    const e = file.syntaxError;
    if (e) return [{ ...e.range, message: t('locales.json-syntax.message', { error: e.message }) }];
    // Valid JSON, but one of the values is lost to every reader.
    return (file.duplicateKeys ?? []).map((d) => ({ ...d.range, message: t('locales.json.duplicate-key', { key: d.key }) }));
  },
};

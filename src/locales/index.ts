/** Checking i18next and ICU locale trees: read (load.ts), check (check.ts), summarise (summary.ts). */
export { checkLocaleTree, defaultBaseLocale, loadNameChecker, type LocaleCheckOptions, type LocaleCheckResult } from './check.ts';
export { loadLocaleTree, catalogueFromText, cataloguesFromText } from './load.ts';
export { formatLocaleSummary, type LocaleSummary } from './summary.ts';
export { LOCALE_RULES, localeRuleById } from './rules/index.ts';
export type { LocaleRule, LocaleRuleContext, LocaleFinding } from './rules/rule.ts';
export type { Catalogue, Entry, LocaleTree, SkippedFile, Syntax } from './model.ts';

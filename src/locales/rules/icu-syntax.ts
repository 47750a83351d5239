/** An ICU message the parser refuses: react-intl and next-intl show the id or the raw text, or throw. */
import { t } from '../../i18n/index.ts';
import { keywordFindings } from './icu-keyword.ts';
import { rangeIn, type LocaleFinding, type LocaleRule } from './rule.ts';

// The parser's error kinds in words (locales/<lng>/locales.json); an unknown kind is shown as the parser names it.
const WHAT: Record<string, string> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: 'locales.icu-syntax.expect-argument-closing-brace',
  EMPTY_ARGUMENT: 'locales.icu-syntax.empty-argument',
  MALFORMED_ARGUMENT: 'locales.icu-syntax.malformed-argument',
  EXPECT_ARGUMENT_TYPE: 'locales.icu-syntax.expect-argument-type',
  INVALID_ARGUMENT_TYPE: 'locales.icu-syntax.invalid-argument-type',
  EXPECT_ARGUMENT_STYLE: 'locales.icu-syntax.expect-argument-style',
  INVALID_NUMBER_SKELETON: 'locales.icu-syntax.invalid-number-skeleton',
  INVALID_DATE_TIME_SKELETON: 'locales.icu-syntax.invalid-date-time-skeleton',
  EXPECT_SELECT_ARGUMENT_OPTIONS: 'locales.icu-syntax.expect-select-argument-options',
  EXPECT_PLURAL_ARGUMENT_SELECTOR: 'locales.icu-syntax.expect-plural-argument-selector',
  EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT: 'locales.icu-syntax.expect-select-argument-selector-fragment',
  EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT: 'locales.icu-syntax.expect-plural-argument-selector-fragment',
  INVALID_PLURAL_ARGUMENT_SELECTOR: 'locales.icu-syntax.invalid-plural-argument-selector',
  DUPLICATE_PLURAL_ARGUMENT_SELECTOR: 'locales.icu-syntax.duplicate-plural-argument-selector',
  DUPLICATE_SELECT_ARGUMENT_SELECTOR: 'locales.icu-syntax.duplicate-select-argument-selector',
  MISSING_OTHER_CLAUSE: 'locales.icu-syntax.missing-other-clause',
  UNMATCHED_CLOSING_TAG: 'locales.icu-syntax.unmatched-closing-tag',
  UNCLOSED_TAG: 'locales.icu-syntax.unclosed-tag',
  INVALID_TAG: 'locales.icu-syntax.invalid-tag',
  INVALID_TAG_NAME: 'locales.icu-syntax.invalid-tag-name',
  UNCLOSED_QUOTE_IN_ARGUMENT_STYLE: 'locales.icu-syntax.unclosed-quote-in-argument-style',
};

export const icuSyntax: LocaleRule = {
  meta: { id: 'icu-syntax', description: 'An ICU message the parser refuses, with its error and position.', defaultSeverity: 'error' },
  check(context) {
    if (context.syntax !== 'icu') return [];
    const findings: LocaleFinding[] = [];
    const items = context.pairing.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const message = context.message(item.entry);
      const error = message.error;
      if (!error || keywordFindings(item.entry, message, item.base && context.message(item.base)).claimsError) continue;
      const id = WHAT[error.kind];
      const what = id ? t(id) : error.kind.toLowerCase().replace(/_/g, ' ');
      findings.push({ ...rangeIn(item.entry, error.start, error.end), message: t('locales.icu-syntax.message', { key: item.entry.key, what, kind: error.kind }) });
    }
    return findings;
  },
};

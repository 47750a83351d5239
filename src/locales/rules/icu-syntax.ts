/** An ICU message the parser refuses: react-intl and next-intl show the id or the raw text, or throw. */
import { keywordFindings } from './icu-keyword.ts';
import { rangeIn, type LocaleFinding, type LocaleRule } from './rule.ts';

const WHAT: Record<string, string> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: 'a { is never closed',
  EMPTY_ARGUMENT: 'an empty {}',
  MALFORMED_ARGUMENT: 'a malformed argument',
  EXPECT_ARGUMENT_TYPE: 'an argument type is expected after the comma',
  INVALID_ARGUMENT_TYPE: 'an unknown argument type',
  EXPECT_ARGUMENT_STYLE: 'a style is expected after the second comma',
  INVALID_NUMBER_SKELETON: 'an invalid number skeleton',
  INVALID_DATE_TIME_SKELETON: 'an invalid date skeleton',
  EXPECT_SELECT_ARGUMENT_OPTIONS: 'select without options',
  EXPECT_PLURAL_ARGUMENT_SELECTOR: 'plural without options',
  EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT: 'a select option without its {…}',
  EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT: 'a plural option without its {…}',
  INVALID_PLURAL_ARGUMENT_SELECTOR: 'an invalid plural option',
  DUPLICATE_PLURAL_ARGUMENT_SELECTOR: 'a plural option written twice',
  DUPLICATE_SELECT_ARGUMENT_SELECTOR: 'a select option written twice',
  MISSING_OTHER_CLAUSE: 'plural and select need an `other` option',
  UNMATCHED_CLOSING_TAG: 'a closing tag with no opening tag',
  UNCLOSED_TAG: 'a tag that is never closed',
  INVALID_TAG: 'an invalid tag',
  INVALID_TAG_NAME: 'an invalid tag name',
  UNCLOSED_QUOTE_IN_ARGUMENT_STYLE: 'an unclosed quote in an argument style',
};

export const icuSyntax: LocaleRule = {
  meta: { id: 'icu-syntax', description: 'An ICU message the parser refuses, with its error and position.', defaultSeverity: 'error' },
  check(context) {
    if (context.syntax !== 'icu') return [];
    const findings: LocaleFinding[] = [];
    for (const item of context.pairing.items) {
      const message = context.message(item.entry);
      const error = message.error;
      if (!error || keywordFindings(item.entry, message, item.base && context.message(item.base)).claimsError) continue;
      findings.push({ ...rangeIn(item.entry, error.start, error.end), message: `${item.entry.key}: ICU syntax: ${WHAT[error.kind] ?? error.kind.toLowerCase().replace(/_/g, ' ')} (${error.kind})` });
    }
    return findings;
  },
};

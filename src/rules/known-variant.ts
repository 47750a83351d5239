import { t } from '../i18n/index.ts';
import type { Rule } from './rule.ts';
import { variantFindings } from './variant-findings.ts';

/** A spelling the glossary lists as wrong for this locale: "Vera Yurova" for Věra Jourová. */
export const knownVariant: Rule = {
  meta: {
    id: 'known-variant',
    description: 'A spelling that the glossary lists as wrong in this locale, with the canonical form as the fix.',
    defaultSeverity: 'error',
    fixable: true,
    examples: [
      { locale: 'en', text: 'Vice-President Vera Yurova spoke in Strasbourg.', reports: [{ found: 'Vera Yurova', expected: 'Věra Jourová' }] },
      { locale: 'en', text: 'Josep Borrell said the EU would respond. Borel added that sanctions follow.', reports: [{ found: 'Borel', expected: 'Borrell' }] },
      { locale: 'en', text: 'Věra Jourová spoke in Strasbourg.', reports: [] },
    ],
  },
  check: (context) =>
    variantFindings(context, 'forbidden', (found, name, expected) =>
      expected ? t('rules.known-variant.message', { found, name, expected }) : t('rules.known-variant.message-no-fix', { found, name })),
};

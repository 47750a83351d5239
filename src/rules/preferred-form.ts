import { t } from '../i18n/index.ts';
import type { Rule } from './rule.ts';
import { variantFindings } from './variant-findings.ts';

/** An admitted but not preferred spelling ("Sergei Lavrov" where the glossary prefers "Sergey"). Off by default. */
export const preferredForm: Rule = {
  meta: {
    id: 'preferred-form',
    description: 'A spelling the glossary admits but does not prefer in this locale; off unless a house style turns it on.',
    defaultSeverity: 'off',
    fixable: true,
    examples: [],
  },
  check: (context) =>
    variantFindings(context, 'admitted', (found, name, expected) =>
      expected ? t('rules.preferred-form.message', { found, name, expected }) : t('rules.preferred-form.message-no-fix', { found, name })),
};

import { t } from '../i18n/index.ts';
import { mentionFinding } from './mention-finding.ts';
import type { Finding, Rule } from './rule.ts';

/** The right name with its diacritics, apostrophe or hyphen lost: "Jourova" for "Jourová", "Jean Claude Juncker". */
export const exactForm: Rule = {
  meta: {
    id: 'exact-form',
    description: 'A canonical name written without its diacritics, apostrophe or hyphen.',
    defaultSeverity: 'warning',
    fixable: true,
    examples: [
      { locale: 'en', text: 'Commissioner Vera Jourova answered.', reports: [{ found: 'Vera Jourova', expected: 'Věra Jourová' }] },
      { locale: 'en', text: 'Commissioner Věra Jourová answered.', reports: [] },
    ],
  },
  check(context) {
    const findings: Finding[] = [];
    for (const m of context.mentions) {
      if (m.exact || m.kind === 'variant' || m.kind === 'other-locale' || m.kind === 'suspect') continue;
      const expected = m.surface.form;
      findings.push(mentionFinding(m, expected, t('rules.exact-form.message', { found: m.text, expected })));
    }
    return findings;
  },
};

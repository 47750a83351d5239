import { t } from '../i18n/index.ts';
import { mentionFinding } from './mention-finding.ts';
import { localeScript, scriptOf } from '../text/script.ts';
import { nameOf } from './name-of.ts';
import type { Finding, Rule } from './rule.ts';

/**
 * A form that is canonical in another locale but not in this one: "Selenskyj" in English, "Lavrov" in German.
 * Only within one script: a Cyrillic name quoted in English text is a quotation, not a misspelling.
 */
export const localeForm: Rule = {
  meta: {
    id: 'locale-form',
    description: "A name written in another locale's form instead of this locale's canonical form.",
    defaultSeverity: 'error',
    fixable: true,
    examples: [
      { locale: 'de', text: 'Außenminister Sergey Lavrov traf am Montag ein.', reports: [{ found: 'Sergey Lavrov', expected: 'Sergei Lawrow' }] },
      { locale: 'de', text: 'Außenminister Sergei Lawrow traf am Montag ein.', reports: [] },
    ],
  },
  check(context) {
    const findings: Finding[] = [];
    for (const m of context.mentions) {
      if (m.kind !== 'other-locale' || scriptOf(m.text) !== localeScript(context.locale)) continue;
      const expected = context.index.formFor(m.entity, context.locale, m.surface.short, m.grammaticalCase);
      if (!expected) continue;
      const elsewhere = m.surface.canonicalIn.join(', ');
      findings.push(mentionFinding(m, expected, t('rules.locale-form.message', { found: m.text, locales: elsewhere, name: nameOf(m.entity, context.locale), locale: context.locale, expected })));
    }
    return findings;
  },
};

import { t } from '../i18n/index.ts';
import { mentionFinding } from './mention-finding.ts';
import { nameOf } from './name-of.ts';
import type { Finding, Rule } from './rule.ts';

/**
 * A misspelling no rule predicts, found by fuzzy keys and document context ("Philip Deventer" for Filip Dewinter,
 * "Kuznetzov"). A warning with the canonical form as a suggestion; a fix only above the score the user sets
 * (`fixSuspectsAbove` in the config), since a suspect is a judgement, not a fact.
 */
export const suspectedVariant: Rule = {
  meta: {
    id: 'suspected-variant',
    description: 'A spelling close to a known name that no listed or generated variant explains, with the canonical form as a suggestion.',
    defaultSeverity: 'warning',
    fixable: true,
    needs: ['suspects'],
    examples: [
      { locale: 'en', text: 'Vlaams Belang MP Phillip Dewinterr posted a photo.', reports: [{ found: 'Phillip Dewinterr', expected: 'Filip Dewinter' }] },
      { locale: 'en', text: 'Josep Borrell arrived. Borrelll said the EU would respond.', reports: [{ found: 'Borrelll', expected: 'Borrell' }] },
      { locale: 'en', text: 'The train from Deventer to Zwolle was late.', reports: [] },
      { locale: 'en', text: 'The Borel–Cantelli lemma is a classic.', reports: [] },
    ],
  },
  check(context) {
    const findings: Finding[] = [];
    for (const m of context.mentions) {
      if (m.kind !== 'suspect' || !m.entity.names[context.locale]) continue;
      const expected = context.index.formFor(m.entity, context.locale, m.surface.short, m.grammaticalCase);
      // Rounded as before (toFixed), then shown with the locale's decimal separator (0.85, 0,85).
      const values = { found: m.text, name: nameOf(m.entity, context.locale), score: Number((m.score ?? 0).toFixed(2)) };
      const message = expected ? t('rules.suspected-variant.message', { ...values, expected }) : t('rules.suspected-variant.message-no-fix', values);
      const finding = mentionFinding(m, expected, message);
      if (context.fixSuspectsAbove === undefined || (m.score ?? 0) < context.fixSuspectsAbove) delete finding.fix;
      findings.push(finding);
    }
    return findings;
  },
};

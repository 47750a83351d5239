import { t } from '../i18n/index.ts';
import type { Mention } from '../match/mention.ts';
import { mentionFinding } from './mention-finding.ts';
import { nameOf } from './name-of.ts';
import type { Finding, Rule } from './rule.ts';

/**
 * A misspelling no rule predicts, found by fuzzy keys and document context ("Philip Deventer" for Filip Dewinter,
 * "Kuznetzov"). A warning with the canonical form as a suggestion; a fix only above the score the user sets
 * (`fixSuspectsAbove` in the config), since a suspect is a judgement, not a fact. Not when every word that differs
 * from the name is shaped as an abbreviation, a capital after small letters at its end ("WamS", Welt am Sonntag, is
 * no Vance). A word the language knows stays a suspect: machine translation puts real names for the right one
 * (Georgia Meloni, Olaf Schulz, Charles Michael).
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
      { locale: 'fr', text: 'Selon un observateur cité dans le WamS, les représentants américains ont parlé.', reports: [] },
    ],
  },
  check(context) {
    const findings: Finding[] = [];
    for (const m of context.mentions) {
      if (m.kind !== 'suspect' || !m.entity.names[context.locale]) continue;
      const expected = context.index.formFor(m.entity, context.locale, m.surface.short, m.grammaticalCase);
      if (abbreviation(m, expected ?? m.surface.form)) continue;
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

/** Ends in a capital after small letters: an abbreviation (WamS, FAZ's Sunday paper), not a misspelt name. */
const ABBREVIATION = /\p{Ll}\p{Lu}+$/u;

/** Every word of the mention that differs from the name's is shaped as an abbreviation. */
function abbreviation(m: Mention, name: string): boolean {
  const found = m.text.split(/[\s\u00a0]+/u);
  const form = name.split(/[\s\u00a0]+/u);
  if (found.length !== form.length) return false;
  const differing = found.filter((w, i) => w.toLowerCase() !== form[i]!.toLowerCase());
  return differing.length > 0 && differing.every((w) => ABBREVIATION.test(w));
}

/**
 * One entity, two spellings in one document. Mentions are grouped by the spelling of their last word in the
 * nominative (so "Josep Borrell", "Borrell" and "Borrella" agree, "Borel" does not); every mention outside the
 * document's main spelling is reported, naming where the main spelling stands.
 */
import { t } from '../i18n/index.ts';
import { LineIndex } from '../text/lines.ts';
import type { Mention } from '../match/mention.ts';
import { partOfSameName } from './support/same-entity.ts';
import { mentionFinding } from './mention-finding.ts';
import { nameOf } from './name-of.ts';
import type { Finding, Rule, RuleContext } from './rule.ts';

/** The key of every form that is right in the text's locale. */
const RIGHT = '\u0000right';

/** Right in the text's locale: the full name, its short form or acronym, and each case form. */
const isRight = (m: Mention) => m.kind === 'canonical' || m.kind === 'short' || m.kind === 'inflected';

/** The spelling of a mention's last word in the nominative ("Josep Borrell", "Borrell", "Borrella" → borrell). */
function spellingOf(m: Mention, locale: string, context: RuleContext): string {
  // Inflected forms are compared through their nominative, so a case ending is not a second spelling.
  const nominative = m.surface.grammaticalCase ? context.index.formFor(m.entity, m.surface.paradigm ?? locale, m.surface.short) ?? m.text : m.text;
  const base = m.surface.variant && m.surface.grammaticalCase ? m.surface.variant.form : nominative;
  const words = base.trim().split(/[\s-]+/u);
  return (words[words.length - 1] ?? base).toLowerCase();
}

export const inconsistentName: Rule = {
  meta: {
    id: 'inconsistent-name',
    description: 'The same entity spelled in two ways in one document.',
    defaultSeverity: 'warning',
    fixable: true,
    examples: [
      { locale: 'en', text: 'Josep Borrell spoke first. Later Borel said more.', reports: [{ found: 'Borel', expected: 'Borrell' }] },
      { locale: 'en', text: 'Josep Borrell spoke first. Later Borrell said more.', reports: [] },
      { locale: 'en', text: 'The European Union agreed on Monday. The EU will pay half.', reports: [] },
      { locale: 'ru', text: 'Северная Корея провела испытание. Власти Северной Кореи не комментируют.', reports: [] },
      { locale: 'uk', text: 'Канцлер Олаф Шольц (Olaf Scholz) виступив у Бундестазі.', reports: [] },
      { locale: 'es', text: 'Estados Unidos de América podría elegir a una presidenta.', reports: [] },
    ],
  },
  check(context) {
    const byEntity = new Map<string, Mention[]>();
    // Suspects have their own rule; a guess should not make a second report here. Lists grow in place: copying
    // one for every mention made a text that names one entity n times take n² steps.
    for (const m of context.mentions) {
      if (m.kind === 'suspect') continue;
      // The rest of a full name ("Estados Unidos de América") or the original in parentheses after the local form
      // ("Олаф Шольц (Olaf Scholz)") is no second spelling.
      if (partOfSameName(context.text, m, context.mentions, context.locale)) continue;
      const list = byEntity.get(m.entity.id);
      if (list) list.push(m);
      else byEntity.set(m.entity.id, [m]);
    }
    const lines = new LineIndex(context.text);
    const findings: Finding[] = [];
    for (const mentions of byEntity.values()) {
      // Every form right in this locale is one spelling ("the European Union … the EU", "Северная Корея …
      // Северной Кореи"), and so is any other form that ends in the same word as one of them ("Sergei Lavrov" beside
      // "Lavrov"). One written without its diacritics is exact-form's to report, not a second spelling here.
      const rightWords = new Set(mentions.filter(isRight).map((m) => spellingOf(m, context.locale, context)));
      const groups = new Map<string, Mention[]>();
      for (const m of mentions) {
        const spelling = spellingOf(m, context.locale, context);
        const key = isRight(m) || rightWords.has(spelling) ? RIGHT : spelling;
        const group = groups.get(key);
        if (group) group.push(m);
        else groups.set(key, [m]);
      }
      if (groups.size < 2) continue;
      // The main spelling: the locale's right forms, else the most frequent, else the first.
      const right = [...groups.entries()].find(([key]) => key === RIGHT);
      const main = right ?? [...groups.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
      const anchor = main[1][0]!;
      const at = lines.position(anchor.start);
      for (const [key, ms] of groups) {
        if (key === main[0]) continue;
        for (const m of ms) {
          const expected = right ? context.index.formFor(m.entity, context.locale, m.surface.short, m.grammaticalCase) : undefined;
          findings.push(mentionFinding(m, expected, t('rules.inconsistent-name.message', { name: nameOf(m.entity, context.locale), found: m.text, other: anchor.text, position: `${at.line}:${at.column}` })));
        }
      }
    }
    return findings;
  },
};

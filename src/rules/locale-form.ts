import { t } from '../i18n/index.ts';
import { mentionFinding } from './mention-finding.ts';
import { localeScript, scriptOf } from '../text/script.ts';
import { primaryLanguage } from '../text/locale.ts';
import { wordNotName } from './support/mention-words.ts';
import { insideLongerName } from './support/longer-name.ts';
import { partOfSameName } from './support/same-entity.ts';
import { nameOf } from './name-of.ts';
import type { Finding, Rule } from './rule.ts';
import type { Mention } from '../match/mention.ts';

/**
 * A form that is canonical in another locale but not in this one: "Selenskyj" in English, "Lavrov" in German.
 * Only within one script: a Cyrillic name quoted in English text is a quotation, not a misspelling. A one-word
 * form that is a word or a name of the text's language (French and Spanish "Si", Czech "Si" for Xi Jinping; Polish
 * "Pan"; a person's name of that language: Czech "Novák") is that word, unless the document wrote the entity that foreign way in full before; and a
 * place or organisation inside a longer name in another language's text ("Press Trust of India", "Bank of
 * Scotland") is left alone, and so is an organisation's own native name quoted as such (агентство "РИА Новости").
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
      { locale: 'es', text: 'Si el tiempo lo permite, iremos mañana.', reports: [] },
      { locale: 'de', text: 'Das meldete die Agentur Press Trust of India am Morgen.', reports: [] },
      { locale: 'it', text: "Martedì gli Stati Uniti d'America eleggeranno il presidente.", reports: [] },
      { locale: 'de', text: 'Nach dem Cost of Living (Scotland) Act 2022 wurden Mieten eingefroren.', reports: [] },
      { locale: 'uk', text: 'Він розповів російському агентству "РИА Новости", що росіяни виїжджають.', reports: [] },
    ],
  },
  check(context) {
    const findings: Finding[] = [];
    for (const m of context.mentions) {
      if (m.kind !== 'other-locale' || scriptOf(m.text) !== localeScript(context.locale)) continue;
      // A person's name the language has (Czech Novák) is someone of that language; a place's only as an ordinary word,
      // since a dictionary lists foreign spellings of places too (Kijev, Beijing).
      // The rest of a full name ("Estados Unidos de América") or the original in parentheses after the local form.
      if (partOfSameName(context.text, m, context.mentions, context.locale)) continue;
      if (quotedOwnName(context.text, m)) continue;
      const person = m.entity.type === 'person';
      if (wordNotName(m, context.mentions, context.locale, { names: person })) continue;
      if (!person && primaryLanguage(context.locale) !== 'en' && insideLongerName(context.document ?? context.text, m.start, m.end, context.locale, (at) => context.mentions.some((o) => o !== m && o.start <= at && at < o.end))) continue;
      const expected = context.index.formFor(m.entity, context.locale, m.surface.short, m.grammaticalCase);
      if (!expected) continue;
      const elsewhere = m.surface.canonicalIn.join(', ');
      findings.push(mentionFinding(m, expected, t('rules.locale-form.message', { found: m.text, locales: elsewhere, name: nameOf(m.entity, context.locale), locale: context.locale, expected })));
    }
    return findings;
  },
};

const OPENING_QUOTES = '"«„“‘\'‹‚';
const CLOSING_QUOTES = '"»“”’\'›‘';

/** An organisation's native name (its own, as it writes itself) standing alone between quotation marks. */
function quotedOwnName(text: string, m: Mention): boolean {
  if (m.entity.type !== 'organisation') return false;
  const own = Object.values(m.entity.native ?? {}).flat();
  if (!own.some((n) => n === m.text)) return false;
  const before = text[m.start - 1], after = text[m.end];
  return before !== undefined && after !== undefined && OPENING_QUOTES.includes(before) && CLOSING_QUOTES.includes(after);
}

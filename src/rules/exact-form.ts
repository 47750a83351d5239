import { t } from '../i18n/index.ts';
import { isAdmittedBareForm } from '../lexicon/bare-forms.ts';
import { insideLongerName } from './support/longer-name.ts';
import { lexiconFor } from '../lexicon/dictionary.ts';
import type { Mention } from '../match/mention.ts';
import { mentionFinding } from './mention-finding.ts';
import type { Finding, Rule, RuleContext } from './rule.ts';

/**
 * The right name with its diacritics, apostrophe or hyphen lost: "Jourova" for "Jourová", "Jean Claude Juncker".
 * Not words of the text's language that fold like a name ("Česká", "Ruská" beside Česka, Ruska; "Téměř" beside Temer);
 * not a form the dictionary derives from the name itself (Czech "Keni" of Keňa); not a spelling
 * with marks of its own that the dictionary knows (Czech "Rámovi", of the god Ráma, beside Edi Rama's Ramovi); not a
 * word inside a longer capitalised name ("der App Store"); not a foreign name without the marks that the locale's
 * press does not write ("Erdogan" in English, Spanish, Italian, Polish and French: src/lexicon/bare-forms.ts), which
 * is admitted and left to `preferred-form`.
 */
export const exactForm: Rule = {
  meta: {
    id: 'exact-form',
    description: 'A canonical name written without its diacritics, apostrophe or hyphen.',
    defaultSeverity: 'warning',
    fixable: true,
    examples: [
      { locale: 'de', text: 'Kommissarin Vera Jourova antwortete.', reports: [{ found: 'Vera Jourova', expected: 'Věra Jourová' }] },
      { locale: 'en', text: 'Commissioner Věra Jourová answered.', reports: [] },
      { locale: 'en', text: 'Commissioner Jean Claude Juncker answered.', reports: [{ found: 'Jean Claude Juncker', expected: 'Jean-Claude Juncker' }] },
      { locale: 'cs', text: 'Ruská delegace odjela ráno.', reports: [] },
      { locale: 'en', text: 'President Recep Tayyip Erdogan spoke in Ankara.', reports: [] },
      { locale: 'it', text: 'Almeno sei giornalisti del Quebec sono stati sorvegliati.', reports: [] },
      { locale: 'de', text: 'Präsident Recep Tayyip Erdogan sprach in Ankara.', reports: [{ found: 'Recep Tayyip Erdogan', expected: 'Recep Tayyip Erdoğan' }] },
      { locale: 'de', text: 'Die App gibt es im Microsoft Store.', reports: [] },
      { locale: 'de', text: 'Jonas Gahr Støre kam nach Berlin. Store sagte, er sei zufrieden.', reports: [{ found: 'Store', expected: 'Støre' }] },
    ],
  },
  check(context) {
    const findings: Finding[] = [];
    for (const m of context.mentions) {
      if (m.exact || m.kind === 'variant' || m.kind === 'other-locale' || m.kind === 'suspect') continue;
      if (isAdmittedBareForm(m.text, m.surface.form, context.locale)) continue;
      if (notALoss(m, context)) continue;
      const expected = m.surface.form;
      findings.push(mentionFinding(m, expected, t('rules.exact-form.message', { found: m.text, expected })));
    }
    return findings;
  },
};

const LATIN = /\p{Script=Latin}/u;
const ASCII_LETTER = /[a-z]/;

/** The text has a Latin letter with a mark (or a letter such as ł, ø) that the form does not have anywhere. */
function marksOfItsOwn(found: string, form: string): boolean {
  const own = new Set(form.toLowerCase());
  for (const c of found.toLowerCase()) if (!ASCII_LETTER.test(c) && LATIN.test(c) && !own.has(c)) return true;
  return false;
}

/** What the text's language says about the words that differ from the form (see the rule's description). */
function notALoss(m: Mention, context: RuleContext): boolean {
  const found = m.text.split(/[\s\u00a0]+/u);
  const form = m.surface.words;
  const oneWord = found.length === 1;
  if (oneWord && insideLongerName(context.document ?? context.text, m.start, m.end, context.locale, (at) => context.mentions.some((o) => o !== m && o.start <= at && at < o.end))) return true;
  const lexicon = lexiconFor(context.locale);
  if (!lexicon) return false;
  if (found.length === form.length) {
    const differing = found.map((w, i) => [w, form[i]!] as const).filter(([w, f]) => w.toLowerCase() !== f.toLowerCase());
    // Each differing word is a word of the language, or a spelling the dictionary has with marks of its own that the
    // form lacks (the god Ráma in Czech "Rámovi" beside Edi Rama's dative Ramovi; Italian "Bogotà"), or, for a place
    // or an organisation, the language's own spelling of it: an entry of its dictionary, which does not have the
    // form's spelling (Italian "Quebec", Dutch "Bogota"; not Czech "Islamabad", listed beside Islámábád). Not for a
    // person: a given name the language has is another name (Czech Vera beside Věra).
    const place = m.entity.type !== 'person';
    if (differing.length && differing.every(([w, f]) => lexicon.isWord(w) || (marksOfItsOwn(w, f) && lexicon.knows(w)) || (place && lexicon.isEntry(w) && !lexicon.knows(f)))) return true;
  }
  if (!oneWord) return false;
  // A person's surname alone whose bare spelling is an ordinary word here or in English, the language brands and
  // software borrow from ("im Microsoft Store" is not Jonas Gahr Støre): a name only when the text names that person
  // in full somewhere else.
  if (m.entity.type === 'person' && (lexicon.isWord(m.text) || lexiconFor('en')?.isWord(m.text)) && !namedInFull(m, context)) return true;
  const names = new Set([...(m.entity.names[context.locale] ?? []), m.surface.form]);
  return [...names].some((name) => lexicon.isFormOf(m.text, name));
}

/** Another mention of the same entity, of more than one word ("Jonas Gahr Støre" before "Store"). */
function namedInFull(m: Mention, context: RuleContext): boolean {
  return context.mentions.some((o) => o !== m && o.entity.id === m.entity.id && /[\s\u00a0]/u.test(o.text.trim()));
}

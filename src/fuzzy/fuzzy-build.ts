/**
 * Building the fuzzy index from a glossary: every known form of every entity and its case forms in the languages
 * that decline names. Only a run without a stored fuzzy index loads this module (and the inflection tables).
 */
import { shortForms, type Entity, type Glossary } from '../glossary/model.ts';
import { inflectName, supportsInflection, type GrammaticalCase } from '../inflect/index.ts';
import { foldPhrase } from '../text/fold.ts';
import { startsUpper, tokenize } from '../text/tokenize.ts';
import type { FuzzyParts, GivenSurname, GivenSurnames, NameForm, WordRef } from './fuzzy-index.ts';
import { nameKey } from './key.ts';
import { DeleteIndex } from './symspell.ts';

/** Above this many persons with one given name, the given name is no evidence for a surname (the suspects'
 * given-name pass): the table keeps 'too-many' for it, not its list. */
export const MAX_SAME_GIVEN_NAME = 64;

/** The parts of the fuzzy index of a glossary; its `words` is a DeleteIndex (the stored index keeps its tables). */
export function buildFuzzyParts(glossary: Glossary): FuzzyParts & { words: DeleteIndex<WordRef> } {
  const words = new DeleteIndex<WordRef>();
  const givenSurnames = new Map<string, GivenSurnames>();
  const parts = { words, owners: new Map<string, Set<string>>(), knownPhrases: new Set<string>(), longestForm: 0, givenNames: new Set<string>(), givenSurnames };
  // `wrong`: a form no text should write (a woman's surname declined as a man's), near which a misspelling is
  // looked for but which is nobody's right name.
  const addForm = (entity: Entity, form: string, surnames: ReadonlySet<string>, caseOf?: { locale: string; grammaticalCase: GrammaticalCase }, wrong = false): void => {
    if (!wrong) parts.knownPhrases.add(foldPhrase(form));
    const keys = Array.from(tokenize(form)).filter((t) => startsUpper(t.text)).map((t) => nameKey(t.text)).filter((k) => k.length > 0);
    if (!keys.length) return;
    parts.longestForm = Math.max(parts.longestForm, keys.length);
    if (entity.type === 'person' && keys.length >= 2 && !caseOf) parts.givenNames.add(keys[0]!);
    const last = lastWordOf(form);
    const nameForm: NameForm = { entity, form, keys, lastWord: last.toLowerCase(), type: entity.type, endsAsSurname: surnames.has(keys[keys.length - 1]!), ...(caseOf ? { caseOf } : {}) };
    keys.forEach((key, position) => {
      if (wrong) {
        if (position === keys.length - 1) words.add(key, { form: nameForm, position });
        return;
      }
      let owners = parts.owners.get(key);
      if (!owners) parts.owners.set(key, (owners = new Set()));
      owners.add(entity.id);
      if (position === keys.length - 1) words.add(key, { form: nameForm, position });
    });
  };

  for (const entity of glossary.entities.values()) {
    const forms = new Set<string>();
    for (const [locale, names] of Object.entries(entity.names)) {
      for (const f of names) forms.add(f);
      for (const f of shortForms(entity, locale)) forms.add(f);
    }
    for (const names of Object.values(entity.native)) for (const f of names) forms.add(f);
    for (const v of entity.variants) forms.add(v.form);
    const surnames = new Set<string>();
    for (const names of [...Object.values(entity.names), ...Object.values(entity.short)]) {
      for (const name of names) surnames.add(nameKey(lastWordOf(name)));
    }
    // In languages that decline names, a misspelt name is declined too ("z Sergiejem Ławrowem"): its case forms
    // are known forms, so that the misspelling sits close to one of them.
    // Only in their own language: Горбачёва, Gorbachev's genitive, is his wife's name in English.
    const caseForms = new Map<string, { locale: string; grammaticalCase: GrammaticalCase }>();
    // A case form that two languages write alike (Байдена, Russian and Ukrainian) is each language's: kept once more
    // for every further language, so that a text in either finds it near a misspelling.
    const sharedForms: Array<[string, { locale: string; grammaticalCase: GrammaticalCase }]> = [];
    const sharedSeen = new Set<string>();
    for (const [locale, names] of Object.entries(entity.names)) {
      if (!supportsInflection(locale)) continue;
      for (const [name, short] of [...names.map((n) => [n, false] as const), ...shortForms(entity, locale).map((n) => [n, true] as const)]) {
        for (const { form, case: grammaticalCase } of inflectName({ name, locale, type: entity.type, ...(entity.gender ? { gender: entity.gender } : {}) })) {
          if (forms.has(form)) continue;
          const known = caseForms.get(form);
          if (known) {
            if (known.locale !== locale && !sharedSeen.has(`${locale}\u0000${form}`)) {
              sharedSeen.add(`${locale}\u0000${form}`);
              sharedForms.push([form, { locale, grammaticalCase }]);
            }
            continue;
          }
          caseForms.set(form, { locale, grammaticalCase });
          if (!short && entity.type === 'person') surnames.add(nameKey(lastWordOf(form)));
        }
      }
    }
    const masculine = masculineForms(entity, forms, caseForms);
    for (const form of masculine.keys()) surnames.add(nameKey(form));
    for (const form of forms) addForm(entity, form, surnames);
    for (const [form, caseOf] of caseForms) addForm(entity, form, surnames, caseOf);
    for (const [form, caseOf] of sharedForms) addForm(entity, form, surnames, caseOf);
    for (const [form, caseOf] of masculine) addForm(entity, form, surnames, caseOf, true);
    if (entity.type === 'person') addGivenSurnames(entity, givenSurnames);
  }
  // A given name that more persons share than a lookup would compare is kept as 'too-many', not as its list.
  for (const [key, list] of givenSurnames) if (list !== 'too-many' && list.length > MAX_SAME_GIVEN_NAME) givenSurnames.set(key, 'too-many');
  return parts;
}

/**
 * A person's names and native forms of two capitalised words, under the given name's key: the surnames that a given
 * name can be followed by (the suspects' given-name pass). One entry per surname key of the entity, the first form
 * that has it.
 */
function addGivenSurnames(entity: Entity, table: Map<string, GivenSurnames>): void {
  const seen = new Set<string>();
  for (const name of new Set([...Object.values(entity.names).flat(), ...Object.values(entity.native).flat()])) {
    const words = name.split(/[\s\u00a0]+/u);
    if (words.length !== 2 || !/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(words[1]!)) continue;
    const keys = words.map(nameKey);
    if (keys[0]!.length < 3 || keys[1]!.length < 4 || seen.has(keys[1]!)) continue;
    seen.add(keys[1]!);
    let list = table.get(keys[0]!);
    if (!list) table.set(keys[0]!, (list = []));
    (list as GivenSurname[]).push({ entityId: entity.id, form: name, surnameKey: keys[1]! });
  }
}

const lastWordOf = (form: string) => form.trim().split(/\s+/u).pop() ?? form;

// Endings of Slavic surnames whose masculine form is a man's name of its own (Zacharov, Zacharovová's father), not a
// wrong declension of the woman's.
const SLAVIC_MASCULINE = /(?:ov|ev|ěv|in|ín|ský|cký|ý|ski|cki|ов|ев|ин|ий|ій|ой|ый)$/iu;

/**
 * A woman's surname declined as a man's in the languages that decline names (Czech Pelosiho, Merkela for Pelosiové,
 * Merkelové; Polish Pelosiego; Russian Меркеля for Меркель): a mistake machine translation makes, kept as the case
 * it stands for so that a suspect there suggests the right form. Only a foreign surname's: a Slavic one in its
 * masculine form is another person's (a husband's, a father's). Czech takes -ová off first (Pelosiová → Pelosi).
 */
function masculineForms(entity: Entity, forms: ReadonlySet<string>, caseForms: ReadonlyMap<string, unknown>): Map<string, { locale: string; grammaticalCase: GrammaticalCase }> {
  const out = new Map<string, { locale: string; grammaticalCase: GrammaticalCase }>();
  if (entity.type !== 'person' || entity.gender !== 'female') return out;
  for (const [locale, names] of Object.entries(entity.names)) {
    if (!supportsInflection(locale) || !names[0]) continue;
    const surname = lastWordOf(names[0]);
    const base = locale === 'cs' ? surname.replace(/ová$/u, '') : surname;
    if (base.length < 3 || SLAVIC_MASCULINE.test(base)) continue;
    for (const { form, case: grammaticalCase } of inflectName({ name: base, locale, type: 'person', gender: 'male' })) {
      if (grammaticalCase === 'nominative' || forms.has(form) || caseForms.has(form) || out.has(form)) continue;
      out.set(form, { locale, grammaticalCase });
    }
  }
  return out;
}

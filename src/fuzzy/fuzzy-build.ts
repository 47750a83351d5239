/**
 * Building the fuzzy index from a glossary: every known form of every entity and its case forms in the languages
 * that decline names. Only a run without a stored fuzzy index loads this module (and the inflection tables).
 */
import { shortForms, type Entity, type Glossary } from '../glossary/model.ts';
import { inflectName, supportsInflection, type GrammaticalCase } from '../inflect/index.ts';
import { foldPhrase } from '../text/fold.ts';
import { startsUpper, tokenize } from '../text/tokenize.ts';
import type { FuzzyParts, NameForm, WordRef } from './fuzzy-index.ts';
import { nameKey } from './key.ts';
import { DeleteIndex } from './symspell.ts';

/** The parts of the fuzzy index of a glossary; its `words` is a DeleteIndex (the stored index keeps its tables). */
export function buildFuzzyParts(glossary: Glossary): FuzzyParts & { words: DeleteIndex<WordRef> } {
  const words = new DeleteIndex<WordRef>();
  const parts = { words, owners: new Map<string, Set<string>>(), knownPhrases: new Set<string>(), longestForm: 0, givenNames: new Set<string>() };
  const addForm = (entity: Entity, form: string, surnames: ReadonlySet<string>, caseOf?: { locale: string; grammaticalCase: GrammaticalCase }): void => {
    parts.knownPhrases.add(foldPhrase(form));
    const keys = Array.from(tokenize(form)).filter((t) => startsUpper(t.text)).map((t) => nameKey(t.text)).filter((k) => k.length > 0);
    if (!keys.length) return;
    parts.longestForm = Math.max(parts.longestForm, keys.length);
    if (entity.type === 'person' && keys.length >= 2 && !caseOf) parts.givenNames.add(keys[0]!);
    const last = lastWordOf(form);
    const nameForm: NameForm = { entity, form, keys, lastWord: last.toLowerCase(), type: entity.type, endsAsSurname: surnames.has(keys[keys.length - 1]!), ...(caseOf ? { caseOf } : {}) };
    keys.forEach((key, position) => {
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
    for (const [locale, names] of Object.entries(entity.names)) {
      if (!supportsInflection(locale)) continue;
      for (const [name, short] of [...names.map((n) => [n, false] as const), ...shortForms(entity, locale).map((n) => [n, true] as const)]) {
        for (const { form, case: grammaticalCase } of inflectName({ name, locale, type: entity.type, ...(entity.gender ? { gender: entity.gender } : {}) })) {
          if (forms.has(form) || caseForms.has(form)) continue;
          caseForms.set(form, { locale, grammaticalCase });
          if (!short && entity.type === 'person') surnames.add(nameKey(lastWordOf(form)));
        }
      }
    }
    for (const form of forms) addForm(entity, form, surnames);
    for (const [form, caseOf] of caseForms) addForm(entity, form, surnames, caseOf);
  }
  return parts;
}

const lastWordOf = (form: string) => form.trim().split(/\s+/u).pop() ?? form;

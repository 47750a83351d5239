/**
 * What a consumer of the glossary needs per entity and locale: the canonical form, the short form and the case
 * forms the inflection module knows for each. Both exporters read this; pure.
 */
import type { Entity, Glossary } from '../glossary/model.ts';
import { shortForms } from '../glossary/model.ts';
import { inflectName, type GrammaticalCase } from '../inflect/index.ts';

export type ObliqueCase = Exclude<GrammaticalCase, 'nominative'>;
export type CaseForms = Partial<Record<ObliqueCase, string>>;

export interface LocaleForms {
  name: string;
  short?: string;
  /** Cases of `name`; only those a paradigm gives (a name without one has none, not guessed ones). */
  cases: CaseForms;
  shortCases: CaseForms;
}

/** The preferred form of each oblique case (the first the paradigm lists), as the name index builds its tables. */
export function caseForms(entity: Entity, form: string, locale: string): CaseForms {
  const out: CaseForms = {};
  for (const { case: c, form: inflected } of inflectName({ name: form, locale, type: entity.type, ...(entity.gender ? { gender: entity.gender } : {}) })) {
    if (c !== 'nominative' && out[c] === undefined) out[c] = inflected;
  }
  return out;
}

export function localeForms(entity: Entity, locale: string): LocaleForms | undefined {
  const name = entity.names[locale]?.[0];
  if (name === undefined) return undefined;
  const short = shortForms(entity, locale)[0];
  return {
    name,
    ...(short !== undefined ? { short } : {}),
    cases: caseForms(entity, name, locale),
    shortCases: short !== undefined ? caseForms(entity, short, locale) : {},
  };
}

/** Entities sorted by id, so that exports diff cleanly between glossary versions. */
export function sortedEntities(glossary: Glossary): Entity[] {
  return [...glossary.entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function glossaryLocales(glossary: Glossary): string[] {
  const set = new Set<string>();
  for (const e of glossary.entities.values()) for (const l of Object.keys(e.names)) set.add(l);
  return [...set].sort();
}

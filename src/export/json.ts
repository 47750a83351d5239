/**
 * The merged glossary as one JSON document for other tooling (shape documented in the README):
 * `{ format: "canonym-glossary", version: 1, locales, entities: [{ id, type, gender?, description, native,
 * names, short, cases, shortCases, variants, sources }] }`. `short` includes the surnames derived for persons,
 * and `cases` the forms the inflection module gives, so a consumer needs none of canonym's logic.
 */
import { shortForms, type EntityType, type Gender, type Glossary, type VariantStatus } from '../glossary/model.ts';
import { glossaryLocales, localeForms, sortedEntities, type CaseForms } from './forms.ts';

export interface ExportedEntity {
  id: string;
  type: EntityType;
  gender?: Gender;
  description: string;
  native: Record<string, string[]>;
  /** Canonical forms per locale; the first is the preferred one. */
  names: Record<string, string[]>;
  /** Short forms per locale (surname of a person, acronym of an organisation), explicit or derived. */
  short: Record<string, string[]>;
  /** Case forms of the preferred name, for locales whose paradigms give them (ru, uk, pl, cs). */
  cases: Record<string, CaseForms>;
  shortCases: Record<string, CaseForms>;
  /** Spellings that are wrong (forbidden) or acceptable but not preferred (admitted); wrongIn null = wherever not canonical. */
  variants: Array<{ form: string; status: VariantStatus; wrongIn: string[] | null }>;
  sources: string[];
}

export interface ExportedGlossary {
  format: 'canonym-glossary';
  version: 1;
  locales: string[];
  entities: ExportedEntity[];
}

export function glossaryJson(glossary: Glossary): ExportedGlossary {
  const locales = glossaryLocales(glossary);
  return {
    format: 'canonym-glossary',
    version: 1,
    locales,
    entities: sortedEntities(glossary).map((e) => {
      const short: Record<string, string[]> = {};
      const cases: Record<string, CaseForms> = {};
      const shortCases: Record<string, CaseForms> = {};
      for (const locale of Object.keys(e.names)) {
        const forms = localeForms(e, locale)!;
        const all = shortForms(e, locale);
        if (all.length) short[locale] = all;
        if (Object.keys(forms.cases).length) cases[locale] = forms.cases;
        if (Object.keys(forms.shortCases).length) shortCases[locale] = forms.shortCases;
      }
      return {
        id: e.id,
        type: e.type,
        ...(e.gender ? { gender: e.gender } : {}),
        description: e.description,
        native: e.native,
        names: e.names,
        short,
        cases,
        shortCases,
        variants: e.variants.map((v) => ({ form: v.form, status: v.status, wrongIn: v.wrongIn })),
        sources: e.sources,
      };
    }),
  };
}

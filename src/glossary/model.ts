/** The glossary as the rest of canonym sees it: plain data, already merged and validated. */
export type EntityType = 'person' | 'place' | 'organisation' | 'other';
export type Gender = 'male' | 'female';
export type VariantStatus = 'forbidden' | 'admitted';

/** Where a piece of glossary data was written, for error messages that point at it. */
export interface SourcePlace {
  file: string;
  line: number;
  column: number;
}

export interface Variant {
  form: string;
  /** How wrong the form is in the locales of `wrongIn`. */
  status: VariantStatus;
  /**
   * The locales the status is about; null means all. A variant is wrong wherever it is not canonical: outside
   * these locales it is simply forbidden ("Sergei Lavrov" admitted in English is still wrong in German).
   */
  wrongIn: string[] | null;
  origin?: string;
  /**
   * The last year in which this spelling was the name in use (Lemberg until 1918, Dnipropetrovsk until 2016): a
   * sentence about that time or earlier may use it rightly, and it is not reported there.
   */
  until?: number;
  place?: SourcePlace;
}

export interface Spec {
  locale: string;
  from: string;
  to: string;
  place?: SourcePlace;
}

export interface Entity {
  id: string;
  type: EntityType;
  gender?: Gender;
  description: string;
  native: Record<string, string[]>;
  /** Canonical forms per locale; the first is the one fixes write. */
  names: Record<string, string[]>;
  short: Record<string, string[]>;
  variants: Variant[];
  specs: Spec[];
  sources: string[];
  /** Spellings that are right for someone else (homonyms): never reported as this entity. */
  notThisEntity: string[];
  place?: SourcePlace;
}

export interface Glossary {
  entities: Map<string, Entity>;
  /** The entities of one type, where the glossary can list them without reading every entity (the stored index). */
  ofType?(type: EntityType): Iterable<Entity>;
  /** Every place's names as folded words, where the glossary keeps them made (the stored index): what the context
   * of a suspect matches a sentence's words against, without reading the places themselves. */
  placeKeys?(): readonly PlaceKeys[];
  /** Every place's one-word names and short forms with their keys, where the glossary keeps them made (the stored
   * index): what a search past the fuzzy index's bound reads (a dateline's place, a country), not the places. */
  placeWords?(): readonly PlaceWord[];
}

/** One place's one-word name or short form in one locale, with its name key (fuzzy/place-words.ts). */
export interface PlaceWord {
  id: string;
  locale: string;
  form: string;
  key: string;
  /** A short form (entity.short), not a name. */
  short: boolean;
  country: boolean;
}

/** A place's names (every locale, native forms, variants, short forms but acronyms), each as its folded words, and
 * whether it is a country (or a state of one), which a demonym can point at. */
export interface PlaceKeys {
  id: string;
  names: string[][];
  country: boolean;
}

/**
 * Whether a place is a country (or a territory of its own): the glossary has no field for it, and its descriptions
 * say so, the curated ones ("country in East Africa") and CLDR's ("country or territory in …").
 */
export function isCountry(entity: Entity): boolean {
  return entity.type === 'place' && /\bcountry\b/iu.test(entity.description);
}

/** Whether a variant is wrong in a locale: wherever it is not one of that locale's canonical forms. */
export function isWrongIn(entity: Entity, variant: Variant, locale: string): boolean {
  return !(entity.names[locale] ?? []).includes(variant.form);
}

/** How wrong a variant is in a locale: its status where `wrongIn` names the locale (or names none), else forbidden. */
export function statusIn(variant: Variant, locale: string): VariantStatus {
  return !variant.wrongIn || variant.wrongIn.includes(locale) ? variant.status : 'forbidden';
}

/** The form a fix writes for an entity in a locale (full or short), if the glossary has one. */
export function preferredForm(entity: Entity, locale: string, short: boolean): string | undefined {
  if (short) return (entity.short[locale] ?? derivedShort(entity, locale))[0];
  return entity.names[locale]?.[0];
}

/** Persons are called by their surname: the last word of each canonical form, unless short forms are given. */
export function derivedShort(entity: Entity, locale: string): string[] {
  if (entity.type !== 'person') return [];
  const forms = entity.names[locale] ?? [];
  return forms
    .map((form) => form.trim().split(/\s+/u))
    .filter((words) => words.length > 1)
    .map((words) => words[words.length - 1] as string);
}

export function shortForms(entity: Entity, locale: string): string[] {
  return entity.short[locale] ?? derivedShort(entity, locale);
}

export function locales(entity: Entity): string[] {
  return Object.keys(entity.names);
}

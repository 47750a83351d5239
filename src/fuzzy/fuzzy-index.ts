/** Every word of every known form of every entity, under its fuzzy key, in a symmetric-delete index. */
import type { Entity, Glossary } from '../glossary/model.ts';
import type { GrammaticalCase } from '../inflect/index.ts';
import { FROM_SOURCE, requireOwn } from '../io/lazy-deps.ts';
import type { DeletionLookup } from './symspell.ts';

/** One known form of an entity, as fuzzy keys (particles such as "von der" left out). */
export interface NameForm {
  entity: Entity;
  form: string;
  keys: string[];
  /** The form's last word in lower case (a surname's gender is read from its ending). */
  lastWord: string;
  /** The entity's type, kept here beside the keys that the lookups read. */
  type: Entity['type'];
  /** Its last word ends one of the entity's names or short forms in some locale: the word alone can stand for
   * the entity (a surname), which the last word of a native form in another order cannot (the Viktor of
   * "Orbán Viktor"). */
  endsAsSurname: boolean;
  /** A case form of a name (Ławrowem: Polish, instrumental), which only a text in that language can mean. */
  caseOf?: { locale: string; grammaticalCase: GrammaticalCase };
}

export interface WordRef {
  form: NameForm;
  /** Index of the word in form.keys. */
  position: number;
}

/** A person's two-word name (of `names` or `native`) under its given name's key, the entity by id. */
export interface GivenSurname {
  entityId: string;
  form: string;
  surnameKey: string;
}

/** A given name's two-word names, in glossary order, or 'too-many' when more persons share it than a
 * lookup compares (MAX_SAME_GIVEN_NAME, fuzzy-build.ts). */
export type GivenSurnames = readonly GivenSurname[] | 'too-many';

/** The parts of a fuzzy index: built in memory (fuzzy-build.ts), or read from the stored index on demand. */
export interface FuzzyParts {
  words: DeletionLookup<WordRef>;
  owners: Map<string, Set<string>>;
  knownPhrases: Set<string>;
  longestForm: number;
  givenNames: Set<string>;
  /** Given-name key → the persons' two-word names with it (a stored index reads it by the shard). */
  givenSurnames: Map<string, GivenSurnames>;
}

// Building it inflects every name: only a run without a stored fuzzy index needs the inflection tables.
type Builder = typeof import('./fuzzy-build.ts');
let builder: Builder | undefined = FROM_SOURCE ? await import('./fuzzy-build.ts') : undefined;

export class FuzzyIndex implements FuzzyParts {
  /** Last words only (surnames, the head of a place name): hypotheses are anchored there, and first names,
   * shared by thousands of people, never fan out a lookup. */
  readonly words: DeletionLookup<WordRef>;
  /** Exact key → entities that own a word with that key: a word that is right for one entity is not a misspelling of another. */
  readonly owners: Map<string, Set<string>>;
  /** Every known form, folded: a span that is exactly some entity's name is never a misspelling. */
  readonly knownPhrases: Set<string>;
  /** The most words (keys) any form has: no hypothesis can be longer. */
  readonly longestForm: number;
  /** Keys of the first words of persons' names of two words or more: given names the glossary knows. */
  readonly givenNames: Set<string>;
  /** Given-name key → the persons' two-word names with it, built with the index so that no run walks every person. */
  readonly givenSurnames: Map<string, GivenSurnames>;

  /** Built from the glossary. */
  constructor(glossary: Glossary);
  /** From parts (the stored index's, read on demand). */
  constructor(parts: FuzzyParts);
  constructor(from: Glossary | FuzzyParts) {
    const parts = 'entities' in from ? (builder ??= requireOwn<Builder>(import.meta.url, './fuzzy-build.ts')).buildFuzzyParts(from) : from;
    this.words = parts.words;
    this.owners = parts.owners;
    this.knownPhrases = parts.knownPhrases;
    this.longestForm = parts.longestForm;
    this.givenNames = parts.givenNames;
    this.givenSurnames = parts.givenSurnames;
  }

  /** The two-word names of the persons whose given name has this key (none known: []). */
  surnamesAfterGiven(givenKey: string): GivenSurnames {
    return this.givenSurnames.get(givenKey) ?? [];
  }
}

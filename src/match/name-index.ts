/** Glossary → name automaton: every canonical form, short form, variant and their inflected forms. */
import type { GrammaticalCase } from '../inflect/index.ts';
import { shortForms, type Entity, type Glossary } from '../glossary/model.ts';
import { WordTrie, type WordTrieData } from './trie.ts';
import { FuzzyIndex } from '../fuzzy/fuzzy-index.ts';
import { FROM_SOURCE, requireOwn } from '../io/lazy-deps.ts';

type CaseTable = Map<GrammaticalCase, string>;

export interface GeneratedCollision {
  entity: Entity;
  form: string;
  path: string;
  /** The entity whose form it would shadow, or null for a common word. */
  owner: Entity | null;
}

export interface IndexOptions {
  /** Add the spellings of transliteration round trips (default true). */
  generated?: boolean;
}

export interface NameIndex {
  glossary: Glossary;
  trie: WordTrie;
  /** Every locale the glossary has a canonical form in, sorted: the candidates for language detection. */
  locales: string[];
  /** Generated spellings left out because another entity or a common word owns them (the validator reports these). */
  readonly collisions: GeneratedCollision[];
  /** The fuzzy index for suspected variants, built on first use (most runs that never need it pay nothing). */
  readonly fuzzy: FuzzyIndex;
  /** The form a fix writes: entity, locale, short or full, grammatical case (nominative when absent). */
  formFor(entity: Entity, locale: string, short: boolean, grammaticalCase?: GrammaticalCase): string | undefined;
}

/**
 * What building the index computes, as plain data: the stored index (src/store/) keeps exactly this, and
 * nameIndexFrom() turns it back into a NameIndex without rebuilding anything.
 */
export interface NameIndexData {
  glossary: Glossary;
  trie: WordTrieData;
  locales: string[];
  collisions: GeneratedCollision[];
  /** The case forms of each preferred form: `${id}\u0000${locale}\u0000${short}` → case → form. */
  tables: Map<string, CaseTable>;
}

export function buildNameIndex(glossary: Glossary, options: IndexOptions = {}): NameIndex {
  return nameIndexFrom(buildNameIndexData(glossary, options));
}

// Building loads the variants, transliteration and inflection tables: only a build needs them, so a run that reads
// the stored index never loads them (see lazy-deps.ts for the sources' case).
type Builder = typeof import('./build-index.ts');
let builder: Builder | undefined = FROM_SOURCE ? await import('./build-index.ts') : undefined;

export function buildNameIndexData(glossary: Glossary, options: IndexOptions = {}): NameIndexData {
  return (builder ??= requireOwn<Builder>(import.meta.url, './build-index.ts')).buildNameIndexData(glossary, options);
}

/** What the stored index reads only when asked for; built from the glossary when absent. */
export interface DeferredParts {
  fuzzy?: () => FuzzyIndex;
  collisions?: () => GeneratedCollision[];
}

export function nameIndexFrom(data: Omit<NameIndexData, 'collisions'> & { collisions?: GeneratedCollision[] }, deferred: DeferredParts = {}): NameIndex {
  const { glossary, tables, locales } = data;
  const trie = WordTrie.fromData(data.trie);
  let fuzzy: FuzzyIndex | undefined;
  let collisions = data.collisions;
  return {
    glossary,
    trie,
    locales,
    get collisions() {
      return (collisions ??= deferred.collisions?.() ?? []);
    },
    get fuzzy() {
      return (fuzzy ??= deferred.fuzzy?.() ?? new FuzzyIndex(glossary));
    },
    formFor(entity, locale, short, grammaticalCase) {
      const nominative = (short ? shortForms(entity, locale) : entity.names[locale] ?? [])[0];
      if (!grammaticalCase || grammaticalCase === 'nominative' || nominative === undefined) return nominative;
      return tables.get(`${entity.id}\u0000${locale}\u0000${short}`)?.get(grammaticalCase) ?? nominative;
    },
  };
}

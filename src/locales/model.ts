/** What a locale tree is once read: catalogues of entries, each entry knowing where its string sits. */
import type { StringLiteral } from './literal.ts';

export type Syntax = 'i18next' | 'icu';

export type FileFormat = 'json' | 'yaml' | 'arb' | 'android' | 'xcstrings' | 'strings' | 'po' | 'xliff';

/** A half-open range of UTF-16 offsets in a file. */
export interface Range {
  start: number;
  end: number;
}

export interface Entry {
  /** The i18next key path: nested objects and flat keys alike, segments joined with '.' (arrays give indices). */
  key: string;
  value: string;
  literal: StringLiteral;
  /** The property name's literal, quotes included (a missing or extra key is reported there). */
  keyRange: Range;
}

/** One locale's file of one namespace. */
export interface Catalogue {
  path: string;
  locale: string;
  /** The file's place in the tree with the locale replaced by {lng}: pairs a translation with its base. */
  namespace: string;
  text: string;
  /** In file order; a key written twice keeps its last value, as JSON.parse does. */
  entries: Entry[];
  byKey: ReadonlyMap<string, Entry>;
  /** Key ranges of nested objects by key path: where a missing key would go. */
  objects: ReadonlyMap<string, Range>;
  /** Set when the file is not valid JSON; it then has no entries. */
  syntaxError?: { range: Range; message: string };
  /** The file format, when not JSON: `yaml`, `arb`, `android`, `xcstrings`, `strings`, `po`, `xliff`. */
  format?: FileFormat;
  /**
   * Bilingual files (PO, XLIFF, xcstrings): the source string each key translates, as the file writes it. A
   * namespace without a file in the base locale takes its base from these.
   */
  sources?: ReadonlyMap<string, Entry>;
  /** Read from the file but not a file of its own to report on: the base made from translations' sources. */
  synthetic?: boolean;
  /** Keys written twice in one object (the last value wins, as in JSON.parse): reported by json-syntax. */
  duplicateKeys?: Array<{ key: string; range: Range }>;
}

/** A file under the tree that is not a catalogue, and why (printed as a note, not a diagnostic). */
export interface SkippedFile {
  path: string;
  reason: string;
}

export interface LocaleTree {
  dir: string;
  catalogues: Catalogue[];
  skipped: SkippedFile[];
  /** Each locale as the tree's paths spell it (pt_BR), for naming a namespace file that is missing. */
  segments: ReadonlyMap<string, string>;
}

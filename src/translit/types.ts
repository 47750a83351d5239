/**
 * Transliteration and transcription schemes as data. One engine (engine.ts) runs them all and handles letter case
 * once for every scheme: rules are written in lower case, and all-caps input gives all-caps output
 * ("ЗГОРАНИ" → "ZGHORANY", never "ZGhORANY"), title case gives title case ("Щеглова" → "Shcheglova").
 */

/** Where in a word a rule may apply. */
export type Position = 'start' | 'end' | 'middle' | 'alone';

export interface Rule {
  /** Source letters, lower case (one or more: "зг", "ьо"). */
  from: string;
  /** Output, lower case (may be empty: "ъ" → ""). */
  to: string;
  /**
   * Restrict to a position in the word (start: first letters of a word; end: last; middle: neither; alone: the whole
   * word). A match that is the whole word is also at the start and at the end, so `start` and `end` rules apply to
   * it too (KMU 2010: the word "є" is "ye").
   */
  at?: Position | Position[];
  /**
   * Context as character sets of SOURCE letters (lower case). `after`: the letter right before `from` must be one
   * of these; `notAfter`: must not be. `before` / `notBefore`: the same for the letter right after. The
   * special character '^' in a set stands for a word boundary (start for after, end for before).
   */
  after?: string;
  notAfter?: string;
  before?: string;
  notBefore?: string;
}

export interface Scheme {
  /** Stable id, e.g. "ru-icao", "uk-national-2010", "cs>ru" for a transcription. */
  id: string;
  /** Language of the input text (BCP 47), e.g. "ru". */
  language: string;
  /** Script of the output. */
  target: 'Latn' | 'Cyrl';
  /** The standard and its year, as the README and `canonym translit --list` show them. */
  standard: string;
  year: number;
  /** Ordered rules; at each position the engine takes the first rule whose `from` matches with the longest `from`. */
  rules: Rule[];
  /** Whole-word exceptions, keys in lower case ("българия": "bulgaria"); the engine keeps the word's case pattern. */
  words?: Record<string, string>;
  /** Characters passed through unchanged when no rule matches (default: everything not covered by a rule). */
  notes?: string;
  /**
   * Optional: punctuation outside words, replaced character by character (rules apply only inside words). For
   * Greek, whose question mark is ";" and whose semicolon is the ano teleia "·" (ELOT 743, ISO 843).
   */
  punctuation?: Record<string, string>;
}

/**
 * The suspects' view of the text: its capitalised words, what each is worth (common word, all caps, its keys),
 * the gaps that join them into a name, the words the text also writes in lower case, and where each entity is
 * mentioned.
 */
import type { Mention } from '../match/mention.ts';
import { foldWord, isUpperUnit } from '../text/fold.ts';
import { isWordUnit } from '../text/tokenize.ts';
import type { FuzzyIndex } from '../fuzzy/fuzzy-index.ts';
import { nameKey } from '../fuzzy/key.ts';
import { firstAtLeast } from '../text/lines.ts';
import { HASH_START, hashStep, WordTable } from '../text/word-table.ts';
import { lexiconFor } from '../lexicon/dictionary.ts';
import type { Anchor } from './anchors.ts';
import { foldedFunctionWords } from '../lexicon/function-words.ts';

const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'фон', 'ван', 'дер', 'де', 'ди', 'аль']);
// Capital letters of the Latin, Greek and Cyrillic blocks, as a table by UTF-16 unit: the search for the next
// capital is a table lookup per unit in a plain loop (faster than a character-class regex, whose exec makes a
// match object per capital), and word bounds then come from the tokenizer's table.
const CAPITAL = (() => {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of [[0x41, 0x24f], [0x370, 0x52f], [0x1e00, 0x1fff]] as const) {
    for (let c = from; c <= to; c++) if (isUpperUnit(c)) table[c] = 1;
  }
  return table;
})();

/** The first capital at or after `from` (text.length when there is none). */
export function nextCapital(text: string, from: number): number {
  let at = from;
  while (at < text.length && CAPITAL[text.charCodeAt(at)] === 0) at++;
  return at;
}

/** Whether the word at `start` opens a sentence: only spaces back to a full stop, a quote, a line break or the start. */
export function opensSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 4; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\u00a0') continue;
    return '.!?:;"“”«»\n\r'.includes(c);
  }
  return start < 4 || /^\s*$/u.test(text.slice(0, start));
}

/** Mentions sorted by start, with a binary search for the ones that overlap a span. */
export class MentionLookup {
  constructor(private readonly sorted: readonly Mention[]) {}

  overlapping(start: number, end: number): Mention[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    const out: Mention[] = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.start < end; i++) if (this.sorted[i]!.end > start) out.push(this.sorted[i]!);
    return out;
  }
}

export interface Word {
  start: number;
  end: number;
  text: string;
  /** foldWord(text), computed once. */
  folded: string;
  key: string;
  /** Inside a mention the matcher found (a known name). */
  covered: boolean;
}

export interface WordInfo {
  folded: string;
  key: string;
  /** Long enough to be looked up, and not a common word or an all-caps word. */
  anchorable: boolean;
  /** A three-letter key (Schoof, Tusk), looked up only after another capitalised word of the run and only for
   * hypotheses that take in that word too: alone, such keys match too much. */
  shortAnchor: boolean;
  /** A common word of one of the glossary's languages (the, der, les, это). */
  common: boolean;
  /** The known last words near this one (anchorsFor), looked up on first need: most capitalised words in news are
   * names the matcher found, and a run made only of those never needs them. */
  anchors?: Anchor[];
  /** Whether the fallback hypotheses (a derived, shuffled or translated surname) may explain a word without
   * anchors, looked up on first need and kept with the word (the text repeats it). */
  fallback?: boolean;
  /** Whether a country's one-word name is near the word past the index's bound (farCountries, in any language),
   * looked up on first need for a word that the text's language does not know. */
  farCountry?: boolean;
  /** Whether the dictionary of `unknownLanguage` does not know the word (unknownWord), for the last language asked. */
  unknown?: boolean;
  unknownLanguage?: string;
}

/** Where the fuzzy index comes from: read only when a capitalised word outside the known names needs it. */
export interface FuzzySource {
  readonly fuzzy: FuzzyIndex;
}

// Per index: what a capitalised word (as written) is worth; texts repeat their words.
export const infoCache = new WeakMap<FuzzySource, WordTable<WordInfo>>();

export function wordInfo(word: string): WordInfo {
  const folded = foldWord(word);
  const key = nameKey(word);
  const common = foldedFunctionWords().has(folded);
  const plain = !common && !(word.length > 1 && word === word.toUpperCase());
  // Every field present from the start, those looked up later too: one shape for every word, so that the scan's
  // property reads stay monomorphic.
  return { folded, key, anchorable: plain && key.length >= 4, shortAnchor: plain && key.length === 3, common, anchors: undefined, fallback: undefined, farCountry: undefined, unknown: undefined, unknownLanguage: undefined };
}

/** Letters go on right after a quotation mark or apostrophe at `end` (but not as a possessive 's). */
export function continuesAfterQuote(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 0x22 && !isApostrophe(c)) return false;
  const rest = text.slice(end, end + 3);
  return /^.\p{L}/u.test(rest) && !/^.s(?!\p{L})/u.test(rest);
}

export const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc;

/** Spaces, hyphens, at most one line break, and particles (von der, de la) between two capitalised words. */
export function joiningGap(text: string, from: number, to: number): boolean {
  if (to - from > 24) return false;
  let breaks = 0;
  let letters = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a && ++breaks > 1) return false;
    if (c > 0x40) letters = true;
    else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0x2d) return false;
  }
  if (!letters) return true;
  // Each word between separators (white space, hyphens) must be a particle; no strings but the words are made.
  for (let i = from; i < to; ) {
    while (i < to && isGapSeparator(text.charCodeAt(i))) i++;
    const wordStart = i;
    while (i < to && !isGapSeparator(text.charCodeAt(i))) i++;
    if (i > wordStart && !PARTICLES.has(text.slice(wordStart, i).toLowerCase())) return false;
  }
  return true;
}

/** What separates the words of a gap: white space (as \s has it), a hyphen, U+2010 or U+2011. */
export function isGapSeparator(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return c === 0x2d;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2010 || c === 0x2011 || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether `word` occurs in lower case as a whole word in the text, by a search that stops at the first such use
 * (memoised per document in `seen`): for the few words that need it, cheaper than the table of every lower-case word. */
export function writtenInLowerCase(text: string, word: string, seen: Map<string, boolean>): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  let found = seen.get(lower);
  if (found === undefined) {
    found = false;
    for (let at = text.indexOf(lower); at >= 0 && !found; at = text.indexOf(lower, at + 1)) {
      found = (at === 0 || !isWordUnit(text.charCodeAt(at - 1))) && (at + lower.length >= text.length || !isWordUnit(text.charCodeAt(at + lower.length)));
    }
    seen.set(lower, found);
  }
  return found;
}

/** Whether `word` also occurs in lower case as a whole word in the text (memoised per document). */
export function usedAsWord(text: string, word: string, lowerWords: LowerWords): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  return lowerWords.has(text, lower);
}

// Per UTF-16 unit outside the surrogates: 1 when lower-casing leaves it as it is.
// Made on first need (about 4 ms): a short text whose capitalised words are all known names never reads it.
let lowerStable: Uint8Array | undefined;
function lowerStableUnits(): Uint8Array {
  if (lowerStable) return lowerStable;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (ch.toLowerCase() === ch) table[c] = 1;
  }
  return (lowerStable = table);
}
const WORD_CODE_POINT = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * The words the text writes in lower case (runs of letters, marks and digits), gathered in one pass on first
 * need: asking the text once per capitalised word ("is 'winter' written anywhere?") costs a scan of the text
 * each, which grows with the text times its vocabulary. The pass reads units from tables and keeps each distinct
 * word once, in a table read from the text (no string per occurrence).
 */
export class LowerWords {
  private words?: WordTable<true>;

  has(text: string, lower: string): boolean {
    this.words ??= lowerCaseWords(text);
    return this.words.get(lower, 0, lower.length) !== undefined;
  }
}

/** Whether the code point at `at` is a letter, mark or digit, and how many units it takes (0 when it is none). */
function wordCodePoint(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdfff) return isWordUnit(c) ? 1 : 0;
  const cp = text.codePointAt(at)!;
  if (cp <= 0xffff) return 0; // a lone surrogate
  return WORD_CODE_POINT.test(String.fromCodePoint(cp)) ? 2 : 0;
}

function lowerCaseWords(text: string): WordTable<true> {
  const LOWER_STABLE = lowerStableUnits();
  const words = new WordTable<true>(Infinity);
  const length = text.length;
  let at = 0;
  while (at < length) {
    let n = wordCodePoint(text, at);
    if (n === 0) {
      at++;
      continue;
    }
    const start = at;
    let lower = true;
    let h = HASH_START; // the word's hash, as the table takes it, made as the units are read
    do {
      const c = text.charCodeAt(at);
      h = hashStep(h, c);
      if (n === 1) lower &&= LOWER_STABLE[c] === 1;
      else {
        h = hashStep(h, text.charCodeAt(at + 1));
        const ch = text.slice(at, at + 2);
        lower &&= ch.toLowerCase() === ch;
      }
      at += n;
    } while (at < length && (n = wordCodePoint(text, at)) > 0);
    if (lower && words.getHashed(text, start, at, h) === undefined) words.addHashed(text, start, at, h, true);
  }
  return words;
}

/**
 * Where each entity is mentioned, to ask whether the text names it near a span. "The document names the entity"
 * means within an article's length: a long input is usually many articles (a corpus, a merged feed), and one
 * article naming Pieter Marte says nothing about a "Marta" fifty articles later.
 */
export class Nearby {
  static readonly REACH = 10_000;
  private readonly at = new Map<string, number[]>();
  constructor(mentions: readonly Mention[]) {
    for (const m of mentions) this.add(m.entity.id, m.start);
  }
  /** Records a mention; positions arrive mostly in order, and a later one out of order is put in its place. */
  add(id: string, start: number): void {
    let list = this.at.get(id);
    if (!list) this.at.set(id, (list = []));
    let i = list.length;
    while (i > 0 && list[i - 1]! > start) i--;
    list.splice(i, 0, start);
  }
  near(id: string, start: number, end: number): boolean {
    const list = this.at.get(id);
    if (!list) return false;
    const first = firstAtLeast(list, start - Nearby.REACH);
    return first < list.length && list[first]! <= end + Nearby.REACH;
  }
  /** Whether a mention within reach starts outside [start, end) (the span's own words say nothing of it). */
  nearOutside(id: string, start: number, end: number): boolean {
    const list = this.at.get(id);
    if (!list) return false;
    const first = firstAtLeast(list, start - Nearby.REACH);
    if (first < list.length && list[first]! < start) return true;
    const after = firstAtLeast(list, end);
    return after < list.length && list[after]! <= end + Nearby.REACH;
  }
}

/** Whether the text's language's dictionary has `word` as an ordinary word and not as a proper noun. */
export function commonWordOnly(word: string, language: string): boolean {
  const lexicon = lexiconFor(language);
  return lexicon !== undefined && lexicon.isWord(word) && !lexicon.isNameEntry(word);
}

/** Whether the text's language has a dictionary and it knows `word` neither as a word nor as a name. */
export function unknownWord(word: string, language: string): boolean {
  const lexicon = lexiconFor(language);
  return lexicon !== undefined && !lexicon.knows(word) && !lexicon.isNameEntry(word);
}

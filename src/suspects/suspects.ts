/**
 * Suspected variants: capitalised spans that no rule predicts but that sit close to a known name, scored with
 * the document's context. Precision first: a one-word suspect needs context (the entity named in the document,
 * or the same spelling seen before in a full-name suspect); a word that is right for another entity, a common
 * word, an all-caps heading word or a listed homonym is never a suspect on its own.
 */
import { createRequire } from 'node:module';
import { isCountry, type Entity, type Glossary } from '../glossary/model.ts';
import type { GrammaticalCase } from '../inflect/index.ts';
import type { Mention } from '../match/mention.ts';
import { foldPhrase, foldWord, isUpperUnit } from '../text/fold.ts';
import { isWordUnit } from '../text/tokenize.ts';
import { TextDocument } from '../text/document.ts';
import { creditFollows, excludedByEntity, formerNamesUntil, lineStartsAt, historicalSentence, nameFollows, namePrecedes, placePrecedes } from '../context/context.ts';
import { hasProfile, judgeContext, placeAdjectiveIn, placesNamedBy, type ContextVerdict } from '../context/entity-context.ts';
import { keyDistance } from '../fuzzy/distance.ts';
import type { FuzzyIndex, NameForm, WordRef } from '../fuzzy/fuzzy-index.ts';
import { givenNameGroup, isGivenName, sameGivenName } from '../fuzzy/given-names.ts';
import { nameKey } from '../fuzzy/key.ts';
import { roleBefore } from '../fuzzy/roles.ts';
import { HASH_START, hashStep, WordTable } from '../text/word-table.ts';
import { primaryLanguage } from '../text/locale.ts';
import { lexiconFor } from '../lexicon/dictionary.ts';
import { possessedNames } from '../lexicon/possessive.ts';

export interface Suspect {
  start: number;
  end: number;
  text: string;
  entity: Entity;
  /** The known form it resembles (the entity's form whose words it was aligned with). */
  resembles: string;
  /** 0–1: how sure canonym is that this is a misspelling of the entity. */
  score: number;
  /** A surname (or other part) alone, rather than the whole name. */
  short: boolean;
  /** The grammatical case of the known form it resembles, when that is a case form (Siergiejem Ławrowem). */
  grammaticalCase?: GrammaticalCase;
  /** An exact mention of another entity that this suspect overrides ("Deventer" the city inside "Philip Deventer"). */
  overrides?: Mention;
}

export interface SuspectOptions {
  /** Suspects scoring below this are not reported (default 0.8). */
  threshold?: number;
  /** The glossary, for what a sentence says about an entity (its country, its description's words); without it
   * only the document's other mentions count as context. */
  glossary?: Glossary;
}

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

/** Whether the word at `start` opens a sentence: only spaces back to a full stop, a quote, a line break or the start. */
function opensSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 4; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\u00a0') continue;
    return '.!?:;"“”«»\n\r'.includes(c);
  }
  return start < 4 || /^\s*$/u.test(text.slice(0, start));
}

/** Mentions sorted by start, with a binary search for the ones that overlap a span. */
class MentionLookup {
  private readonly starts: number[];
  constructor(private readonly sorted: readonly Mention[]) {
    this.starts = sorted.map((m) => m.start);
  }
  overlapping(start: number, end: number): Mention[] {
    let lo = 0;
    let hi = this.starts.length;
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

const COMMON_WORDS: ReadonlySet<string> = (() => {
  const lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
  const words = new Set<string>();
  for (const lang of ['en', 'de', 'fr', 'nl', 'es', 'it', 'pl', 'cs', 'ru', 'uk', 'bg']) for (const w of lists[lang] ?? []) words.add(foldWord(w));
  return words;
})();

interface Word {
  start: number;
  end: number;
  text: string;
  /** foldWord(text), computed once. */
  folded: string;
  key: string;
  /** Inside a mention the matcher found (a known name). */
  covered: boolean;
}

/** How far a word's key may be from a known key: nothing for short words, more for long ones. */
const bound = (key: string) => (key.length <= 3 ? 0 : key.length <= 5 ? 1 : 2);

interface WordInfo {
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
}

/** Where the fuzzy index comes from: read only when a capitalised word outside the known names needs it. */
export interface FuzzySource {
  readonly fuzzy: FuzzyIndex;
}

// Per index: what a capitalised word (as written) is worth; texts repeat their words.
const infoCache = new WeakMap<FuzzySource, WordTable<WordInfo>>();

function wordInfo(word: string): WordInfo {
  const folded = foldWord(word);
  const key = nameKey(word);
  const common = COMMON_WORDS.has(folded);
  const plain = !common && !(word.length > 1 && word === word.toUpperCase());
  return { folded, key, anchorable: plain && key.length >= 4, shortAnchor: plain && key.length === 3, common };
}

/**
 * Each capitalised word that could end a misspelt name, with the capitalised words joined before it (at most
 * three: first names, particles skipped). Only those words are looked at closely; the rest of the text costs a
 * table lookup per character and a cache lookup per capitalised word. Whether a word is inside a mention comes
 * from a cursor over the mentions (sorted, never overlapping), which moves forward with the words.
 */
/** A run of capitalised words, the last one anchoring it, and the fewest of its words a suspect must take in. */
interface Run {
  words: Word[];
  minSpan: number;
  /** The words open a line and a news agency follows them: the dateline, a place's name in the nominative. */
  dateline?: true;
  /** A dateline's one word that no known word is near: looked for among the places farther than the index reaches. */
  far?: true;
  /** The last word is no known word's neighbour, but its stem before a Slavic derivational suffix is (Trampov). */
  derived?: true;
}

function* anchorRuns(doc: TextDocument, source: FuzzySource, mentions: readonly Mention[], tied: (word: Word) => boolean, glossary?: Glossary): Generator<Run> {
  const text = doc.text;
  let infos = infoCache.get(source);
  if (!infos) infoCache.set(source, (infos = new WordTable()));
  const ring: Word[] = [];
  let cursor = 0; // the first mention that ends after the current word's start
  // The document's words that start with a capital (one inside a word, McDonald, iPhone, starts none).
  const words = doc.wordCount;
  for (let w = 0; w < words; w++) {
    const start = doc.wordStart(w);
    if (CAPITAL[text.charCodeAt(start)] === 0) continue;
    let end = doc.wordEnd(w);
    // A possessive 's is not part of the name (Borrell's).
    if (end - start >= 2 && text.charCodeAt(end - 1) === 0x73 && isApostrophe(text.charCodeAt(end - 2))) end -= 2;
    const seen = infos.get(text, start, end) ?? infos.add(text, start, end, wordInfo(text.slice(start, end)));
    const word = seen.word;
    const info = seen.value;
    while (cursor < mentions.length && mentions[cursor]!.end <= start) cursor++;
    let covered = false;
    let coverStart = -1; // where the mention that covers the word starts
    for (let i = cursor; i < mentions.length && mentions[i]!.start < end && !covered; i++) {
      covered = mentions[i]!.start <= start && end <= mentions[i]!.end;
      if (covered) coverStart = mentions[i]!.start;
    }
    const current: Word = { start, end, text: word, folded: info.folded, key: info.key, covered };
    const previous = ring[ring.length - 1];
    if (previous && !joiningGap(text, previous.end, start)) ring.length = 0;
    // A common word capitalised because it opens a sentence (The, Und, Это) is no part of a name.
    if (info.common && ring.length === 0 && opensSentence(text, start)) continue;
    ring.push(current);
    if (ring.length > 4) ring.shift();
    // A dateline ("ИЕРУСАЛЕМ (Рейтер) -", "ASTANA.KAZINFORM"): a place, however it is capitalised; looked at only
    // where an agency follows the line's first words, so the test costs a character or two per capitalised word.
    let first = -1; // the word that opens the line, when an agency's credit follows this one
    if (creditFollows(text, end)) for (let i = ring.length - 1; i >= 0 && first < 0; i--) if (lineStartsAt(doc, ring[i]!.start)) first = i;
    if (first >= 0) {
      const words = ring.slice(first);
      // A known name in the dateline is right; one known word of it (Дели in НЮ-ДЕЛИ) asks for the whole line.
      if (words.some((w) => !w.covered) && info.key.length >= 3 && (info.anchors ??= anchorsFor(source.fuzzy, info.key)).length > 0) {
        yield { words, minSpan: covered ? words.length : 1, dateline: true };
      } else if (words.length === 1 && !covered && info.key.length >= FAR_DATELINE_KEY) {
        // One word that no known word is near ("WASGTON (Reuters) -"): a dateline is a place however garbled.
        yield { words, minSpan: 1, dateline: true, far: true };
      }
      continue;
    }
    if (!info.anchorable && !(info.shortAnchor && ring.length > 1)) continue;
    // A run with a word outside the mentions goes on only when some known last word is near its last word; a run
    // of known names only when a suspect tied one of its spellings to an entity (asked as the run is reached, so
    // that ties made earlier in the text count).
    let uncovered = false;
    for (const w of ring) uncovered ||= !w.covered;
    // A word right after a given name the glossary knows is looked at even with no known last word near it: the
    // given name may name a person whose surname it garbles past the index's reach (Wopke Gokstra).
    const afterGiven = uncovered && !covered && ring.length > 1 && info.key.length >= 4 && source.fuzzy.givenNames.has(ring[ring.length - 2]!.key);
    if (uncovered && !covered && !afterGiven && (info.anchors ??= anchorsFor(source.fuzzy, info.key)).length === 0) {
      // A surname made an adjective or a possessive the Slavic way, left so by machine translation ("the Trampov
      // blackmail", Czech "Sunakovův"): its stem is near a known surname although the word is near none.
      // Or a surname whose letters are shuffled past the index's bound but whose consonants stay (Саунк, Сунак).
      // Or a given name alone that is someone's surname in another language (Павло for Pavel).
      // Or a country's name garbled past the index's bound, which an adjective of the country may explain (Більорія).
      info.fallback ??= derivedAnchors(source.fuzzy, info.folded).length > 0 || skeletonAnchors(source.fuzzy, info.key).length > 0 || givenNameGroup(info.key) !== undefined ||
        (glossary !== undefined && farCountries(glossary, info.key, undefined).length > 0);
      if (info.fallback) yield { words: ring.slice(), minSpan: 1, derived: true };
      continue;
    }
    if (uncovered ? (info.anchors ??= anchorsFor(source.fuzzy, info.key)).length === 0 && !afterGiven : !ring.some(tied)) continue;
    // A last word inside a known name that no suspect tied: a suspect here must take in the whole of that name
    // and a word before it (anything shorter is that name, or cuts it in two). Where the run or the glossary's
    // longest name has no room for that, there is nothing to look at.
    let minSpan = 1;
    if (covered && !tied(current)) {
      for (const w of ring) if (w.start >= coverStart) minSpan++;
      if (minSpan > ring.length || minSpan > source.fuzzy.longestForm) continue;
    }
    yield { words: ring.slice(), minSpan };
  }
}

/** Letters go on right after a quotation mark or apostrophe at `end` (but not as a possessive 's). */
function continuesAfterQuote(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 0x22 && !isApostrophe(c)) return false;
  const rest = text.slice(end, end + 3);
  return /^.\p{L}/u.test(rest) && !/^.s(?!\p{L})/u.test(rest);
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc;

/** Spaces, hyphens, at most one line break, and particles (von der, de la) between two capitalised words. */
function joiningGap(text: string, from: number, to: number): boolean {
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
function isGapSeparator(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return c === 0x2d;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2010 || c === 0x2011 || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether `word` occurs in lower case as a whole word in the text, by a search that stops at the first such use
 * (memoised per document in `seen`): for the few words that need it, cheaper than the table of every lower-case word. */
function writtenInLowerCase(text: string, word: string, seen: Map<string, boolean>): boolean {
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
function usedAsWord(text: string, word: string, lowerWords: LowerWords): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  return lowerWords.has(text, lower);
}

// Per UTF-16 unit outside the surrogates: 1 when lower-casing leaves it as it is.
const LOWER_STABLE = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (ch.toLowerCase() === ch) table[c] = 1;
  }
  return table;
})();
const WORD_CODE_POINT = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * The words the text writes in lower case (runs of letters, marks and digits), gathered in one pass on first
 * need: asking the text once per capitalised word ("is 'winter' written anywhere?") costs a scan of the text
 * each, which grows with the text times its vocabulary. The pass reads units from tables and keeps each distinct
 * word once, in a table read from the text (no string per occurrence).
 */
class LowerWords {
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

function similarity(distance: number, key: string): number {
  return 1 - distance / Math.max(key.length, 1);
}

interface Anchor {
  key: string;
  d: number;
  refs: WordRef[];
}

// Words repeat (Brussels, Tuesday, the same surname): the fuzzy lookup of a key is done once per index.
const anchorCache = new WeakMap<FuzzyIndex, Map<string, Anchor[]>>();
// And the known words a text's language can mean, once per index, language and key.
const languageAnchorCache = new WeakMap<FuzzyIndex, Map<string, Anchor[]>>();

/** Forgets what was looked up (the benchmark times each run from the state just after the build). */
export function clearLookupCaches(source: FuzzySource): void {
  infoCache.delete(source);
  anchorCache.delete(source.fuzzy);
  languageAnchorCache.delete(source.fuzzy);
}

/** Every known last word within reach of a key, however far from the nearest. */
function anchorsFor(fuzzy: FuzzyIndex, wordKey: string): Anchor[] {
  let cache = anchorCache.get(fuzzy);
  if (!cache) anchorCache.set(fuzzy, (cache = new Map()));
  let anchors = cache.get(wordKey);
  if (anchors) return anchors;
  anchors = [];
  for (const { key, values } of fuzzy.words.candidates(wordKey)) {
    const d = keyDistance(wordKey, key, bound(key));
    if (d !== Infinity) anchors.push({ key, d, refs: values });
  }
  if (cache.size > 200_000) cache.clear();
  cache.set(wordKey, anchors);
  return anchors;
}

/** The script of a UTF-16 unit, roughly: 1 Cyrillic, 2 Greek, 0 anything else (Latin). */
const scriptCode = (c: number) => (c >= 0x400 && c <= 0x52f ? 1 : c >= 0x370 && c <= 0x3ff ? 2 : 0);

/**
 * The known last words near a key that a text in `language` can mean (a case form only in its own language), the
 * nearest only: a dense glossary has many names two edits away, and a farther one never wins against a nearer one
 * anyway. A case form of another language does not compete unless the word has its very key (Стармере, Russian,
 * is nearer to the Czech garble "Starmerje" than the Czech Starmerem is, but no Czech text means it).
 */
function languageAnchors(fuzzy: FuzzyIndex, word: Word, language: string, farther = false): Anchor[] {
  let cache = languageAnchorCache.get(fuzzy);
  if (!cache) languageAnchorCache.set(fuzzy, (cache = new Map()));
  const wordKey = word.key;
  const script = scriptCode(word.text.charCodeAt(0));
  const cacheKey = `${language}\u0000${script}\u0000${farther ? 1 : 0}\u0000${wordKey}`;
  let anchors = cache.get(cacheKey);
  if (anchors) return anchors;
  anchors = [];
  for (const a of anchorsFor(fuzzy, wordKey)) {
    // A word with the very key of another language's case form of a name, in its script, is most likely this
    // language's case form too (Floyda: Polish, and Czech where no Czech case forms are listed): that form stays,
    // and nothing farther competes with it (hypothesesFor leaves out the other language's forms themselves). In
    // another script it says nothing (Бидена has the key of the Polish Bidena).
    let keep = false;
    // (A language that declines no names has no case form of its own to be: English "Dude" is no Polish Dudę.)
    for (const ref of a.refs) keep ||= ref.form.caseOf === undefined || ref.form.caseOf.locale === language || (a.d === 0 && !CASELESS.has(language) && scriptCode(ref.form.form.charCodeAt(0)) === script);
    if (!keep) continue;
    let own = a.d === 0;
    if (!own) {
      own = true;
      for (const ref of a.refs) own &&= ref.form.caseOf === undefined || ref.form.caseOf.locale === language;
    }
    anchors.push(own ? a : { key: a.key, d: a.d, refs: a.refs.filter((ref) => ref.form.caseOf === undefined || ref.form.caseOf.locale === language) });
  }
  if (anchors.length > 1) {
    const best = Math.min(...anchors.map((a) => a.d));
    // With `farther`, a known word up to an edit farther than the nearest stays too, for the names of several words
    // that are no person's and that the language itself writes (a person's garbled surname after a known given name
    // is surnamesAfter's; German "EU-Kommission" is no reading of an English "EU Commission").
    anchors = anchors.flatMap((a) => {
      if (a.d <= best + 0.5) return [a];
      if (!farther || a.d > best + 1) return [];
      const refs = a.refs.filter((ref) => ref.position > 0 && ref.form.type !== 'person' && ref.form.entity.names[language]?.includes(ref.form.form));
      return refs.length ? [{ key: a.key, d: a.d, refs }] : [];
    });
  }
  if (cache.size > 200_000) cache.clear();
  cache.set(cacheKey, anchors);
  return anchors;
}

interface Hypothesis {
  form: NameForm;
  ref: WordRef;
  /** How many words of the run, counted back from its last, the hypothesis covers. */
  span: number;
  score: number;
  short: boolean;
  /** The last word (surname) is exact and only an earlier word differs: maybe another person of that name. */
  sameSurname: boolean;
  /** How close the least similar earlier word is (the given name in "Kier Starmer"); 1 for one word. */
  givenSim: number;
  /** The last word's key is the known word's very key (Metzola, Mecola for Metsola): only letters that spellings
   * of one name swap differ. */
  sameKey: boolean;
  /** Made from the last word's stem before a derivational suffix (derivedHypotheses). */
  derived?: true;
  /** The surname is exact and the given name before it garbled past a near spelling (Нарадою Моді). */
  garbledGiven?: boolean;
  /** A surname that is also a given name, put into another language as a given name (Pavel as Павло). */
  translated?: true;
  /** A country's name garbled past the index's bound: reported only where an adjective of the country stands in the
   * sentence or the one before (findSuspects). */
  adjective?: true;
  /** A country's name misspelt by an edit after a comma that follows a place ("Мапараша, Кінія"): reported only
   * where the text has that apposition (findSuspects). */
  apposition?: true;
  /** Found beyond the index's bound or against a word's own reading (a far dateline, a derived, shuffled or
   * translated surname, a garbled given name): a suggestion never scored high enough for a fix by default. */
  tentative?: true;
}

const NO_VERDICT: ContextVerdict = { support: false, against: false };

// Languages whose names and nouns take case endings: an inflected organisation or place name looks like a
// misspelling there, so suspects for those stay with persons.
const CASELESS = new Set(['en', 'fr', 'es', 'it', 'nl', 'pt', 'ca']);

// Masculine and feminine forms of one Slavic surname name two people (Тихановский, Тихановская).
const GENDER_PAIRS: Array<[string, string]> = [['ский', 'ская'], ['ський', 'ська'], ['ski', 'ska'], ['ský', 'ská'], ['ov', 'ova'], ['ev', 'eva'], ['in', 'ina'], ['ов', 'ова'], ['ев', 'ева'], ['ин', 'ина'], ['ій', 'а'], ['ий', 'ая'], ['yi', 'a'], ['y', 'a']];

const LONGEST_ENDING = Math.max(...GENDER_PAIRS.flat().map((e) => e.length));

// The same pairs as fuzzy keys (key.ts): across scripts and spellings, Gorbacheva and Gorbatchev (French), Yeltsina
// and Jelzin (German), Зеленська and Zelenskyi are still one surname in its two genders.
const GENDER_KEY_PAIRS: Array<[string, string]> = [['ov', 'ova'], ['ev', 'eva'], ['in', 'ina'], ['ki', 'ka'], ['ni', 'na']];

function otherGenderKey(w: string, f: string): boolean {
  for (const [m, fem] of GENDER_KEY_PAIRS) {
    if (w.length - fem.length === f.length - m.length && w.endsWith(fem) && f.endsWith(m) && w.startsWith(f.slice(0, -m.length))) return true;
    if (w.length - m.length === f.length - fem.length && w.endsWith(m) && f.endsWith(fem) && f.startsWith(w.slice(0, -m.length))) return true;
  }
  return false;
}

/** Whether two lower-case words are one surname in its two genders. Called for every hypothesis, so the common
 * case (different stems) is settled by a prefix comparison without allocating. */
function otherGender(w: string, f: string): boolean {
  let common = 0;
  while (common < w.length && common < f.length && w.charCodeAt(common) === f.charCodeAt(common)) common++;
  if (common < Math.max(w.length, f.length) - LONGEST_ENDING) return false;
  for (const [m, fem] of GENDER_PAIRS) {
    if (w.endsWith(m) && f.endsWith(fem) && w.length - m.length === f.length - fem.length && w.length - m.length <= common) return true;
    if (w.endsWith(fem) && f.endsWith(m) && w.length - fem.length === f.length - m.length && w.length - fem.length <= common) return true;
  }
  return false;
}

/**
 * Where each entity is mentioned, to ask whether the text names it near a span. "The document names the entity"
 * means within an article's length: a long input is usually many articles (a corpus, a merged feed), and one
 * article naming Pieter Marte says nothing about a "Marta" fifty articles later.
 */
class Nearby {
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
    // The first mention at or after start - REACH.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < start - Nearby.REACH) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && list[lo]! <= end + Nearby.REACH;
  }
  /** Whether a mention within reach starts outside [start, end) (the span's own words say nothing of it). */
  nearOutside(id: string, start: number, end: number): boolean {
    const list = this.at.get(id);
    if (!list) return false;
    const first = Nearby.firstAtOrAfter(list, start - Nearby.REACH);
    if (first < list.length && list[first]! < start) return true;
    const after = Nearby.firstAtOrAfter(list, end);
    return after < list.length && list[after]! <= end + Nearby.REACH;
  }
  /** The index of the first position at or after `at` in a sorted list (its length when there is none). */
  private static firstAtOrAfter(list: readonly number[], at: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A hypothesis that passed every test that depends only on the run's text, with what is left to test. */
interface Candidate {
  hypothesis: Hypothesis;
  /** The known word the anchor was aligned with. */
  ref: WordRef;
  single: boolean;
  /** Right as written for some entity (exactly a known name, or a word another entity owns): a suspect only
   * where a full-name suspect tied the spelling to this entity. */
  needsTie: boolean;
  /** Reported only with context (too weak alone, or a person's single word), and the glossary gives no profile
   * to read a sentence by: only the document naming the entity can be that context. */
  needsNamed: boolean;
  /** A person's surname alone whose key is the entity's very surname key, in a word that the text's language does
   * not know (as a word or a name) and no other entity owns: a misspelling wherever it stands, with no context. */
  keyAlone: boolean;
  /** needsTie only because the text's language knows the word (a surname alone): strong context can make it one. */
  ordinaryWord: boolean;
}

/** A run's candidates, and (most runs are tied to nothing) those that need no tie. */
interface Plan {
  all: Candidate[];
  untied: Candidate[];
}

type Plans = Map<string, Plan>;

interface PlanSettings {
  fuzzy: FuzzyIndex;
  locale: string;
  /** The locale's language (uk for uk-UA). */
  language: string;
  threshold: number;
  glossary: Glossary | undefined;
}

/**
 * The hypotheses for a run of words (the last one anchoring them), screened by what its text alone decides and
 * ordered as they are tried: the longest span first, then the best score. A known word that the words before
 * the anchor do not extend gives the same hypothesis as the anchor alone, so that part is the anchor's own plan,
 * built once per document and shared by every run that ends with it.
 */
function planFor(text: string, run: readonly Word[], settings: PlanSettings, plans: Plans, minSpan: number, dateline = false): Plan {
  if (dateline) return planOf(screen(text, run, settings, hypothesesFor(run, settings, undefined, minSpan, true)));
  if (minSpan > 1) return planOf(screen(text, run, settings, hypothesesFor(run, settings, new Set(), minSpan)));
  const index = run.length - 1;
  const word = run[index]!;
  let alone = plans.get(word.text);
  if (!alone) plans.set(word.text, (alone = planOf(screen(text, [word], settings, hypothesesFor([word], settings)))));
  if (index === 0) return alone;
  const extended = new Set<WordRef>();
  const longer = screen(text, run, settings, [...hypothesesFor(run, settings, extended), ...surnamesAfter(run, settings)]);
  // A surname alone right after a given name that the entity's names do not have: someone else of that name
  // (Martin Schulz is no misspelt Olaf Scholz).
  const afterGivenName = isGivenName(run[index - 1]!.key) || settings.fuzzy.givenNames.has(run[index - 1]!.key);
  if (afterGivenName) return planOf([...longer, ...alone.all.filter((c) => !c.single)]);
  return extended.size ? planOf([...longer, ...alone.all.filter((c) => !extended.has(c.ref))]) : alone;
}

// A surname misspelt into an ordinary word is tried untied too: strong context can make it one (findSuspects).
const planOf = (all: Candidate[]): Plan => ({ all, untied: all.filter((c) => !c.needsTie || c.ordinaryWord) });

/**
 * The hypotheses that the known words near the run's last word make. With `extended`, only those that earlier
 * words of the run extend (each such known word is added to `extended`); without it, the last word alone. None
 * shorter than `minSpan` words.
 */
function hypothesesFor(run: readonly Word[], { fuzzy, locale, language, threshold }: PlanSettings, extended?: Set<WordRef>, minSpan = 1, dateline = false): Hypothesis[] {
  const index = run.length - 1;
  const hypotheses: Hypothesis[] = [];
  // The words before the anchor may extend a known word farther than the nearest (Comisi Europaa: Europa is
  // nearer, Comisión Europea is meant): a hypothesis that only they make must take them in (see below).
  for (const { key, d, refs } of languageAnchors(fuzzy, run[index]!, language, extended !== undefined)) {
    for (const ref of refs) {
      if ((extended && ref.position === 0) || ref.position + 1 < minSpan) continue;
      const { form } = ref;
      if (form.caseOf !== undefined && form.caseOf.locale !== language) continue;
      // A dateline names a place, in the nominative in every language.
      if (dateline && (form.type !== 'place' || form.caseOf !== undefined)) continue;
      // Extend backwards over the form's other words.
      let first = index;
      let total = similarity(d, key);
      let aligned = 1;
      let givenSim = 1;
      let garbledGiven = false;
      for (let p = ref.position - 1, i = index - 1; p >= 0 && i >= 0; p--, i--) {
        const other = run[i]!;
        let sim = wordSimilarity(other.key, form.keys[p]!);
        // The given name in another language (Federico for Friedrich): as good as a near spelling.
        if (sim < TRANSLATED_GIVEN_NAME && sameGivenName(other.key, form.keys[p]!)) sim = TRANSLATED_GIVEN_NAME;
        // A case form's given name is compared with its nominative too (Кер with Кір, not only Кіра): a misspelt
        // given name is often left undeclined before a declined surname.
        if (sim < 1 && form.caseOf !== undefined) {
          // A given name left undeclined is right as the language writes the nominative ("Rishi Sunaka"), and a
          // misspelling of it otherwise, however close its key ("Riši Sunaka").
          const nominative = nominativeSimilarity(other.key, form.keys[p]!, fuzzy);
          sim = Math.max(sim, nominative === UNDECLINED ? (writtenAsNominative(other.folded, form, p) ? -1 : 1) : nominative);
        }
        // A given name garbled past a near spelling before the very surname, keeping the given name's first letters
        // (Нарадою Моді for Нарендрою Моді): no given name of anyone, so not the entity's namesake; context decides.
        if (sim < 0 && d === 0 && p === ref.position - 1 && garbledGivenName(other, form.keys[p]!, fuzzy, language)) {
          sim = GARBLED_GIVEN_NAME;
          garbledGiven = true;
        }
        if (sim < 0) break;
        total += sim;
        givenSim = Math.min(givenSim, sim);
        aligned++;
        first = i;
      }
      if (extended) {
        if (aligned === 1) continue;
        extended.add(ref);
      }
      if (aligned < minSpan) continue;
      // A three-letter surname key is trusted only with the words before it (Dick Schoff).
      if (run[index]!.key.length < 4 && aligned < 2) continue;
      const whole = aligned === form.keys.length;
      // Places and organisations: only a whole multi-word name. Their one-word look-alikes are mostly derived
      // words (Russian, Belgian, European), and a part of a long name is a normal short reference. A one-word
      // place name is suspected only when the word has nearly its very key (Kharkhiv, Khar'kiv: letters that
      // spellings of one name swap), is not short (Sophia has the key of Sofia), and only after a preposition
      // of place (checked per occurrence).
      const placeWord = form.type === 'place' && whole && aligned === 1 && d <= 0.5 && key.length >= 6;
      const caseless = dateline || CASELESS.has(locale);
      if (form.type !== 'person' && !(whole && aligned >= 2 && caseless) && !(placeWord && caseless)) continue;
      const meanSim = total / aligned;
      const score = whole && aligned >= 2 ? 0.75 + 0.25 * meanSim : placeWord ? 0.6 + 0.25 * meanSim : 0.45 + 0.35 * meanSim;
      // Context adds 0.2 at most: a hypothesis further below the threshold can never be reported.
      if (score + 0.2 < threshold) continue;
      // The entity's very surname after a given name that is no form of the entity's is someone else's name
      // (Oleg Navalny, Alexei's brother), however much the document speaks of the entity.
      if (d === 0 && aligned >= 2 && givenSim < OTHER_PERSON && !garbledGiven) continue;
      // Neither the given name nor the surname as the entity writes them: another person whose name looks alike
      // (Рияд Марез, the footballer, is not Ричард Марлз).
      if (d > 0 && aligned >= 2 && givenSim < OTHER_PERSON && form.type === 'person') continue;
      // A person's case form of one word is a short form's (Starmerem, Pelosiho): the fix is the short form's case.
      const short = !whole || (form.caseOf !== undefined && form.type === 'person' && form.keys.length === 1);
      // A garbled given name is reported only with context (below the threshold by itself).
      hypotheses.push({ form, ref, span: index - first + 1, score: garbledGiven ? GARBLED_GIVEN_SCORE : score, short, sameSurname: d === 0 && meanSim < 1, givenSim, sameKey: d === 0, ...(garbledGiven ? { garbledGiven, tentative: true as const } : {}) });
    }
  }
  return hypotheses.sort((a, b) => b.span - a.span || b.score - a.score);
}

/** The fewest letters of a dateline word's key for a search among the places beyond the index's reach (shorter
 * keys are a third of the way to too many real places the glossary lacks: Mainz to Maine, Nablus to Naples), and
 * the first letters it must keep (Jalalabad is no Islamabad). */
const FAR_DATELINE_KEY = 7;
const FAR_PREFIX = 3;

/** One-word place names and short forms of a language (and English, which datelines keep), as name forms with their keys. */
const placeWords = new WeakMap<Glossary, Map<string, NameForm[]>>();

function placeWordsOf(glossary: Glossary, language: string): NameForm[] {
  let byLanguage = placeWords.get(glossary);
  if (!byLanguage) placeWords.set(glossary, (byLanguage = new Map()));
  let forms = byLanguage.get(language);
  if (forms) return forms;
  forms = [];
  for (const entity of glossary.ofType?.('place') ?? glossary.entities.values()) {
    if (entity.type !== 'place') continue;
    const short = [...(entity.short[language] ?? []), ...(entity.short.en ?? [])].filter((f) => f !== f.toUpperCase());
    for (const form of new Set([...(entity.names[language] ?? []), ...(entity.names.en ?? []), ...short])) {
      if (/[\s\u00a0-]/u.test(form)) continue;
      const key = nameKey(form);
      if (key.length >= FAR_DATELINE_KEY) forms.push({ entity, form, keys: [key], lastWord: form.toLowerCase(), type: 'place', endsAsSurname: false });
    }
  }
  byLanguage.set(language, forms);
  return forms;
}

/**
 * A dateline's word garbled past the index's reach (letters dropped, "WASGTON"; an ending swapped, "JERUZALOST"):
 * the place whose one-word name starts with the same three letters of its key and is at most a third of its letters
 * away, when one place alone is nearest. Asked only for a dateline that no known word is near (a line or two per article).
 */
function farPlaces(word: Word, { glossary, language }: PlanSettings): Hypothesis[] {
  if (!glossary) return [];
  const limit = Math.min(3, Math.floor(word.key.length / 3));
  let best = Infinity;
  let nearest: NameForm[] = [];
  for (const form of placeWordsOf(glossary, language)) {
    const key = form.keys[0]!;
    if (!key.startsWith(word.key.slice(0, FAR_PREFIX)) || Math.abs(key.length - word.key.length) > limit) continue;
    const d = keyDistance(word.key, key, Math.min(limit, Math.floor(key.length / 3)));
    if (d === Infinity || d > best) continue;
    if (d < best) nearest = [];
    best = d;
    nearest.push(form);
  }
  if (!nearest.length || nearest.some((f) => f.entity !== nearest[0]!.entity)) return [];
  const form = nearest.find((f) => f.entity.names[language]?.includes(f.form)) ?? nearest[0]!;
  // At most a third of the letters away: 0.8 to 0.85, a suggestion that a fix applies only when asked to.
  const score = 0.7 + 0.15 * similarity(best, form.keys[0]!);
  // A short form (German Washington for Washington, D.C.) is suggested as the short form.
  const short = !(form.entity.names[language] ?? form.entity.names.en ?? []).includes(form.form);
  return [{ form, ref: { form, position: 0 }, span: 1, score, short, sameSurname: false, givenSim: 1, sameKey: false, tentative: true }];
}

// Slavic derivational suffixes that make a surname an adjective or a possessive, on the folded word: -ov/-ev with
// the masculine and neuter endings of Czech possessives and of Russian adjectives in Latin letters (Trampov,
// Sunakovův, Putinovskiy). Not the endings a woman's surname has (Kardashianová, -ové, -ovou; Russian -ova), nor the
// Czech dative -ovi of a right surname (Bidenovi).
const DERIVATION = /(?:ov|ev)(?:uv|o|y|u|ych|ym|ymi|eho|emu|em|sky|skiy|skii|ski|skij|skogo)?$/u;

const derivedCache = new WeakMap<FuzzyIndex, Map<string, Anchor[]>>();

/**
 * The known surnames near a folded word's stem before a derivational suffix: the very surname for a stem of four
 * letters or more, or for one of five or more the surname with one vowel changed, as a trip through Cyrillic
 * changes it (Трамп, Tramp); persons' nominative surnames only. Not a stem that is a given name: Russian makes
 * surnames of them (Kirillov, Borisov), as it makes them of words (Putilov is no Putin: a consonant differs).
 */
function derivedAnchors(fuzzy: FuzzyIndex, folded: string): Anchor[] {
  let cache = derivedCache.get(fuzzy);
  if (!cache) derivedCache.set(fuzzy, (cache = new Map()));
  let anchors = cache.get(folded);
  if (anchors) return anchors;
  anchors = [];
  const suffix = DERIVATION.exec(folded);
  const stem = suffix ? nameKey(folded.slice(0, suffix.index)) : '';
  if (stem.length >= 4 && !isGivenName(stem) && !fuzzy.givenNames.has(stem)) {
    for (const a of anchorsFor(fuzzy, stem)) {
      const d = a.key === stem ? 0 : keyDistance(stem, a.key, 1);
      if (d === Infinity || (d > 0 && (stem.length < 5 || !vowelChanged(stem, a.key)))) continue;
      const refs = a.refs.filter((r) => r.form.type === 'person' && r.form.endsAsSurname && r.form.caseOf === undefined && r.position === r.form.keys.length - 1);
      if (refs.length) anchors.push({ key: a.key, d, refs });
    }
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(folded, anchors);
  return anchors;
}

const VOWEL = /[aeiou]/u;

/** Two keys of one length that differ in one letter, a vowel in both. */
function vowelChanged(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differ = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && (++differ > 1 || !VOWEL.test(a[i]!) || !VOWEL.test(b[i]!))) return false;
  return differ === 1;
}

const skeletonCache = new WeakMap<FuzzyIndex, Map<string, Anchor[]>>();
const consonants = (key: string) => key.replace(/[aeiou]/gu, '');

/**
 * The persons' surnames (and their case forms) among the index's candidates for a key that are farther than its
 * bound but have the same consonants in the same order and the same first letter: letters shuffled and vowels
 * changed, as machine translation garbles a name it does not know (Саунк for Сунак). Three consonants at least,
 * in a key of five letters or more; such a word alone is still reported only with context.
 */
function skeletonAnchors(fuzzy: FuzzyIndex, key: string): Anchor[] {
  if (key.length < 5) return [];
  let cache = skeletonCache.get(fuzzy);
  if (!cache) skeletonCache.set(fuzzy, (cache = new Map()));
  let anchors = cache.get(key);
  if (anchors) return anchors;
  anchors = [];
  const skeleton = consonants(key);
  if (skeleton.length >= 3) {
    for (const { key: known, values } of fuzzy.words.candidates(key)) {
      if (known.charCodeAt(0) !== key.charCodeAt(0) || known === key || consonants(known) !== skeleton) continue;
      const d = keyDistance(key, known, 3);
      if (d === Infinity || d <= bound(known)) continue; // within the bound: the index's own anchor
      const refs = values.filter((r) => r.form.type === 'person' && r.form.endsAsSurname && r.position === r.form.keys.length - 1);
      if (refs.length) anchors.push({ key: known, d, refs });
    }
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(key, anchors);
  return anchors;
}

/** A surname alone whose consonants a known surname has (skeletonAnchors), in the text's language's case forms. */
function skeletonHypotheses(run: readonly Word[], { fuzzy, language }: PlanSettings): Hypothesis[] {
  const out: Hypothesis[] = [];
  for (const { key, d, refs } of skeletonAnchors(fuzzy, run[run.length - 1]!.key)) {
    for (const ref of refs) {
      if (ref.form.caseOf !== undefined && ref.form.caseOf.locale !== language) continue;
      out.push({ form: ref.form, ref, span: 1, score: 0.45 + 0.35 * similarity(d, key), short: true, sameSurname: false, givenSim: 1, sameKey: false, tentative: true });
    }
  }
  return out;
}

/** The hypotheses for a run that the index's neighbours of its last word leave unexplained. */
function fallbackHypotheses(run: readonly Word[], settings: PlanSettings): Hypothesis[] {
  return [...derivedHypotheses(run, settings), ...skeletonHypotheses(run, settings), ...translatedHypotheses(run, settings), ...farCountryHypotheses(run, settings)].sort((a, b) => b.span - a.span || b.score - a.score);
}

// Per glossary: given-name group → the persons' nominative names whose surname is a given name of that group.
const surnamesByGroup = new WeakMap<Glossary, Map<number, NameForm[]>>();

function surnamesInGroup(glossary: Glossary, group: number): NameForm[] {
  let table = surnamesByGroup.get(glossary);
  if (!table) {
    surnamesByGroup.set(glossary, (table = new Map()));
    for (const entity of glossary.ofType?.('person') ?? glossary.entities.values()) {
      if (entity.type !== 'person') continue;
      const seen = new Set<number>();
      for (const name of Object.values(entity.names).flat()) {
        const words = name.split(/[\s\u00a0]+/u);
        if (words.length < 2) continue;
        const g = givenNameGroup(nameKey(words[words.length - 1]!));
        if (g === undefined || seen.has(g)) continue;
        seen.add(g);
        let list = table.get(g);
        if (!list) table.set(g, (list = []));
        const keys = words.map(nameKey);
        list.push({ entity, form: name, keys, lastWord: words[words.length - 1]!.toLowerCase(), type: 'person', endsAsSurname: true });
      }
    }
  }
  return table.get(group) ?? [];
}

/**
 * A given name alone that is, in another language, the surname of a person (Czech Pavel, translated as the
 * Ukrainian given name Павло): a hypothesis of that person's surname, reported only after a role of the person's
 * or where the document names the person elsewhere (findSuspects).
 */
function translatedHypotheses(run: readonly Word[], { glossary }: PlanSettings): Hypothesis[] {
  if (!glossary || run.length !== 1) return [];
  const word = run[0]!;
  const group = givenNameGroup(word.key);
  if (group === undefined) return [];
  const out: Hypothesis[] = [];
  for (const form of surnamesInGroup(glossary, group)) {
    const position = form.keys.length - 1;
    if (form.keys[position] === word.key) continue; // the surname as written: the matcher's
    out.push({ form, ref: { form, position }, span: 1, score: 0.45 + 0.35 * TRANSLATED_GIVEN_NAME, short: true, sameSurname: false, givenSim: 1, sameKey: false, translated: true, tentative: true });
  }
  return out;
}

/**
 * Hypotheses for a run whose last word is a surname with a derivational suffix: the surname alone (which needs
 * context, as any surname alone), or with the word before when that is the entity's given name in some case
 * (Czech "Rishiho Sunakovův").
 */
function derivedHypotheses(run: readonly Word[], { fuzzy }: PlanSettings): Hypothesis[] {
  const index = run.length - 1;
  const out: Hypothesis[] = [];
  for (const { key, d, refs } of derivedAnchors(fuzzy, run[index]!.folded)) {
    for (const ref of refs) {
      const { form } = ref;
      const sim = similarity(d, key);
      const given = index > 0 && ref.position > 0 ? givenInSomeCase(run[index - 1]!.key, form.keys[ref.position - 1]!) : -1;
      if (given >= 0) {
        const meanSim = (sim + given) / 2;
        out.push({ form, ref, span: 2, score: 0.75 + 0.25 * meanSim, short: form.keys.length > 2, sameSurname: false, givenSim: given, sameKey: false, derived: true, tentative: true });
      } else {
        out.push({ form, ref, span: 1, score: 0.45 + 0.35 * sim, short: true, sameSurname: false, givenSim: 1, sameKey: false, derived: true, tentative: true });
      }
    }
  }
  return out.sort((a, b) => b.span - a.span || b.score - a.score);
}

/** How similar a word's key is to a given name's key, the given name declined (a case ending of up to three
 * letters: Rishiho for Rishi) or misspelt a little; -1 when neither. */
function givenInSomeCase(wordKey: string, givenKey: string): number {
  if (givenKey.length >= 3 && wordKey.startsWith(givenKey) && wordKey.length - givenKey.length <= 3) return 1;
  const sim = wordSimilarity(wordKey, givenKey);
  return sim >= 0.8 ? sim : -1;
}

/** A person's two-word name under its given name's key: the surnames a given name can be followed by. */
interface GivenNameForm {
  form: NameForm;
  surnameKey: string;
}
// The name forms of a given name's table entries, made once per glossary and given name (one object per form, as
// a walk over every person made them; the table itself is built with the fuzzy index).
const surnamesByGivenName = new WeakMap<Glossary, Map<string, GivenNameForm[]>>();

function surnamesOf(glossary: Glossary, fuzzy: FuzzyIndex, givenKey: string): GivenNameForm[] | 'too-many' {
  const entries = fuzzy.surnamesAfterGiven(givenKey);
  if (entries === 'too-many') return 'too-many';
  let byKey = surnamesByGivenName.get(glossary);
  if (!byKey) surnamesByGivenName.set(glossary, (byKey = new Map()));
  let forms = byKey.get(givenKey);
  if (forms) return forms;
  forms = [];
  for (const { entityId, form: name, surnameKey } of entries) {
    const entity = glossary.entities.get(entityId);
    if (!entity) continue;
    const words = name.split(/[\s\u00a0]+/u);
    const keys = words.map(nameKey);
    forms.push({ form: { entity, form: name, keys, lastWord: words[1]!.toLowerCase(), type: 'person', endsAsSurname: true }, surnameKey });
  }
  byKey.set(givenKey, forms);
  return forms;
}

/**
 * Hypotheses from the given name before the run's last word: a person with that very given name whose surname
 * the last word is near, as a whole-name hypothesis (Dmytro Kula for Dmytro Kuleba, Wopke Gokstra for Wopke
 * Hoekstra), found through the given name where the surname is too garbled for the index of last words. A
 * surname the index already found (as near as any other) makes its own hypothesis there.
 */
function surnamesAfter(run: readonly Word[], { glossary, fuzzy, threshold, language }: PlanSettings): Hypothesis[] {
  const index = run.length - 1;
  const given = run[index - 1]!;
  const last = run[index]!;
  if (!glossary || last.covered || last.key.length < 4 || !fuzzy.givenNames.has(given.key)) return [];
  // The entities whose known last words the index finds near this one (a case form, George Floyda): theirs are
  // the index's hypotheses, with the case the word has, unless the surname itself is nearer (Keir Starmerje: the
  // Czech Starmerem is as far from it as Starmer is, and the given name, left undeclined, goes with Starmer).
  const near = new Map<string, number>();
  for (const a of languageAnchors(fuzzy, last, language)) for (const ref of a.refs) near.set(ref.form.entity.id, Math.min(a.d, near.get(ref.form.entity.id) ?? Infinity));
  const candidates = surnamesOf(glossary, fuzzy, given.key);
  // A given name that thousands of persons share says nothing about whose surname a garbled word is, and comparing
  // the word with every one of them is the cost of a whole check (100,000 generated persons: ×30).
  if (candidates === 'too-many') return [];
  const out: Hypothesis[] = [];
  for (const { form, surnameKey } of candidates) {
    if (otherGenderKey(last.key, surnameKey)) continue;
    const d = keyDistance(last.key, surnameKey, bound(surnameKey));
    if (d === Infinity || d === 0 || (near.get(form.entity.id) ?? Infinity) < d) continue;
    const score = 0.75 + 0.25 * ((1 + similarity(d, surnameKey)) / 2);
    if (score < threshold) continue;
    out.push({ form, ref: { form, position: 1 }, span: 2, score, short: false, sameSurname: false, givenSim: 1, sameKey: false });
  }
  return out;
}

/** Per glossary: the countries' one-word names in each language, and in every language, by the key's first letter
 * (language + first letter → forms). */
const countryWords = new WeakMap<Glossary, Map<string, NameForm[]>>();

function countryWordsOf(glossary: Glossary, language: string | undefined, first: string): NameForm[] {
  let table = countryWords.get(glossary);
  if (!table) {
    countryWords.set(glossary, (table = new Map()));
    for (const entity of glossary.ofType?.('place') ?? glossary.entities.values()) {
      if (!isCountry(entity)) continue;
      for (const [locale, names] of Object.entries(entity.names)) {
        for (const form of names) {
          if (/[\s\u00a0-]/u.test(form)) continue;
          const key = nameKey(form);
          if (key.length < FAR_COUNTRY_KEY) continue;
          const nameForm: NameForm = { entity, form, keys: [key], lastWord: form.toLowerCase(), type: 'place', endsAsSurname: false };
          for (const at of [`${locale}\u0000${key[0]}`, `\u0000${key[0]}`]) {
            let list = table.get(at);
            if (!list) table.set(at, (list = []));
            // One form per key and country (Belgium, Belgien, Belgique... share few keys).
            if (!list.some((f) => f.entity === entity && f.keys[0] === key)) list.push(nameForm);
          }
        }
      }
    }
  }
  return table.get(`${language ?? ''}\u0000${first}`) ?? [];
}

/** The fewest letters of a country's key for a search past the index's bound (shorter names are too near too much). */
const FAR_COUNTRY_KEY = 6;

/**
 * The countries whose one-word name (in `language`, or in any language) a key garbles past the index's bound but
 * within half its letters (at most three edits), keeping its first two consonants and nearly its length (Більорія
 * for Бельгія), nearest first: several may be (Bolivia too), and the adjective beside the word decides (findSuspects).
 */
function farCountries(glossary: Glossary, key: string, language: string | undefined): Array<{ form: NameForm; d: number }> {
  if (key.length < FAR_COUNTRY_KEY) return [];
  let cache = farCountryCache.get(glossary);
  if (!cache) farCountryCache.set(glossary, (cache = new Map()));
  const cacheKey = `${language ?? ''}\u0000${key}`;
  let out = cache.get(cacheKey);
  if (out) return out;
  out = [];
  // The first two consonants kept (Більорія, Бельгія: b, l): a cheap test before the distance.
  const start = consonants(key).slice(0, 2);
  for (const form of countryWordsOf(glossary, language, key[0]!)) {
    const known = form.keys[0]!;
    if (Math.abs(known.length - key.length) > 2 || !consonants(known).startsWith(start)) continue;
    const d = keyDistance(key, known, Math.min(3, Math.floor(known.length / 2)));
    if (d === Infinity || d <= bound(known)) continue;
    out.push({ form, d });
  }
  out.sort((a, b) => a.d - b.d);
  if (cache.size > 100_000) cache.clear();
  cache.set(cacheKey, out);
  return out;
}
const farCountryCache = new WeakMap<Glossary, Map<string, Array<{ form: NameForm; d: number }>>>();

/** A run's last word alone that garbles a country's name past the index's bound (farCountries), unknown to the language. */
function farCountryHypotheses(run: readonly Word[], { glossary, language }: PlanSettings): Hypothesis[] {
  const word = run[run.length - 1]!;
  if (!glossary || !unknownWord(word.text, language)) return [];
  return farCountries(glossary, word.key, language).map(({ form, d }) => ({
    form, ref: { form, position: 0 }, span: 1, score: Math.min(GIVEN_SKELETON_SCORE, 0.6 + 0.25 * similarity(d, form.keys[0]!)), short: false,
    sameSurname: false, givenSim: 1, sameKey: false, adjective: true as const, tentative: true as const,
  }));
}

/** Whether an adjective of the country in lower case (бельгійський, belgischen) stands in the sentence of [start,
 * end) or the one before, and the word itself is none (Косовска, of Kosovo, is no garbled Kosovo). */
function adjectiveNear(glossary: Glossary, doc: TextDocument, start: number, end: number, countryId: string): boolean {
  if (placesNamedBy(glossary, doc.text.slice(start, end)).includes(countryId)) return false;
  const [from, to] = doc.sentenceOf(start, end);
  const [before] = from > 1 ? doc.sentenceOf(from - 2, from - 2) : [from];
  return placeAdjectiveIn(glossary, doc, countryId, start, end, before, to);
}

// Words for a settlement, in the glossary's languages and their case forms, that can stand before a place the
// glossary does not know ("the village of Maparasha, Kenya"; Ukrainian "села Мапараша, Кенія").
const SETTLEMENT_WORDS = new Set([
  'village', 'town', 'city', 'dorf', 'stadt', 'ville', 'dorp', 'stad', 'pueblo', 'aldea', 'ciudad', 'villaggio', 'paese', 'città',
  'wieś', 'wsi', 'miasto', 'miasta', 'mieście', 'vesnice', 'vesnici', 'obec', 'obci', 'město', 'města', 'městě',
  'село', 'села', 'селі', 'селе', 'місто', 'міста', 'місті', 'містечко', 'містечка', 'город', 'города', 'городе', 'деревня', 'деревни',
  'деревне', 'посёлок', 'поселок', 'посёлка', 'поселка', 'селище', 'селища', 'град', 'града',
]);

/** Whether a place stands right before `start` with a comma between: a known place, or a capitalised word after a
 * settlement word (", Kenya" after "Nairobi" or after "the village of Maparasha"). */
function placeBeforeComma(text: string, start: number, lookup: MentionLookup): boolean {
  const from = Math.max(0, start - 80);
  const m = /(?:(\p{L}+)[\s\u00a0]+(?:(?:of|de|di|du|van|von)[\s\u00a0]+)?)?(\p{Lu}[\p{L}\p{M}'’-]*),[\s\u00a0]+$/u.exec(text.slice(from, start));
  if (!m) return false;
  const placeStart = from + m.index + m[0].lastIndexOf(`${m[2]!},`);
  if (lookup.overlapping(placeStart, placeStart + 1).some((mention) => mention.entity.type === 'place')) return true;
  return m[1] !== undefined && SETTLEMENT_WORDS.has(m[1].toLowerCase());
}

/**
 * A word one edit from a country's one-word name as the text's language writes it, or a case form of it, that the
 * language's dictionary does not know (Ukrainian "Кінія" for Кенія): a hypothesis of the country, reported only
 * after a place and a comma (placeBeforeComma), where the word can only be the place's country.
 */
function appositionHypotheses(word: Word, { glossary, fuzzy, language }: PlanSettings): Hypothesis[] {
  if (!glossary || word.key.length < 4) return [];
  const out: Hypothesis[] = [];
  for (const { key, d, refs } of languageAnchors(fuzzy, word, language)) {
    if (d > 1) continue;
    for (const ref of refs) {
      const { form } = ref;
      if (form.keys.length !== 1 || !isCountry(form.entity)) continue;
      if (form.caseOf ? form.caseOf.locale !== language : !form.entity.names[language]?.includes(form.form)) continue;
      if (out.some((h) => h.form.entity === form.entity)) continue;
      out.push({ form, ref, span: 1, score: Math.min(GIVEN_SKELETON_SCORE, 0.6 + 0.25 * similarity(d, key)), short: false, sameSurname: false, givenSim: 1, sameKey: d === 0, apposition: true, tentative: true });
    }
  }
  // One country only: two at an edit each say nothing of which.
  return new Set(out.map((h) => h.form.entity)).size === 1 && unknownWord(word.text, language) ? out : [];
}

/** The score of a surname garbled past the index's bound after the person's very given name: reported without
 * other context (the given name is that), and never high enough for a fix at the usual bar. */
const GIVEN_SKELETON_SCORE = 0.8;

// Languages that decline a surname with the endings below (the endings as fuzzy keys write them), longest first.
const DECLINING = new Set(['ru', 'uk', 'be', 'bg', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr']);
const KEY_ENDINGS = ['ovi', 'evi', 'ogo', 'ego', 'omu', 'emu', 'om', 'em', 'im', 'ou', 'a', 'u', 'e', 'i'];

/** A stem's consonants are a surname's, or those with one more after them (Санкок for Сунак), but not the v of a
 * Slavic -ov/-ev that makes a surname a woman's or a possessive (Kardashianové: the derived form, not a garble). */
const skeletonExtends = (stem: string, surname: string) => {
  const letters = consonants(stem);
  return letters === surname || (letters.length === surname.length + 1 && letters.startsWith(surname) && !/[oe]v[aeiou]{0,2}$/u.test(stem));
};

/**
 * A surname garbled past the index's bound right after the very given name of a person (Russian or Ukrainian
 * "Риши Санкока", "Риши Санка" for Сунака): the word starts with the surname's first letter and, without a case
 * ending of the text's language, keeps the surname's consonants in order (one more at most after them); it is no
 * word or name the language's dictionary knows, no given name, and no known word of a person. The given name is
 * the context; a right case form of the surname is the matcher's.
 */
function givenSkeletonHypotheses(run: readonly Word[], { glossary, fuzzy, language }: PlanSettings): Hypothesis[] {
  const index = run.length - 1;
  const given = run[index - 1]!;
  const last = run[index]!;
  if (!glossary || last.covered || last.key.length < 4 || !fuzzy.givenNames.has(given.key)) return [];
  // (A key that only a place or an organisation has in some language, Санка for Shanghai, is no person's name.)
  const owners = fuzzy.owners.get(last.key);
  if (owners && [...owners].some((id) => glossary.entities.get(id)?.type === 'person')) return [];
  if (isGivenName(last.key) || fuzzy.givenNames.has(last.key) || !unknownWord(last.text, language)) return [];
  const candidates = surnamesOf(glossary, fuzzy, given.key);
  if (candidates === 'too-many' || candidates.length === 0) return [];
  const stems = [last.key];
  if (DECLINING.has(language)) for (const e of KEY_ENDINGS) if (last.key.endsWith(e) && last.key.length - e.length >= 3) stems.push(last.key.slice(0, -e.length));
  const out: Hypothesis[] = [];
  for (const { form, surnameKey } of candidates) {
    // The surname with an ending (declined, made feminine or possessive: Kardashianové) is for the other rules to read.
    if (surnameKey.length < 4 || surnameKey[0] !== last.key[0] || last.key.startsWith(surnameKey) || otherGenderKey(last.key, surnameKey)) continue;
    const skeleton = consonants(surnameKey);
    if (skeleton.length < 3 || !stems.some((stem) => skeletonExtends(stem, skeleton))) continue;
    out.push({ form, ref: { form, position: 1 }, span: 2, score: GIVEN_SKELETON_SCORE, short: false, sameSurname: false, givenSim: 1, sameKey: false, tentative: true });
  }
  return out;
}

/** How similar a garbled given name counts, and the hypothesis's score before context. */
const GARBLED_GIVEN_NAME = 0.5;
const GARBLED_GIVEN_SCORE = 0.65;

/**
 * A word before a person's very surname that is the entity's given name garbled: it keeps the given name's first
 * three letters of the key, and it is no given name that the glossary, the given-name table or the text language's
 * dictionary knows (Oleg before Navalny is Alexei's brother, Valentin Zaluzhnyi a namesake, not garbled names).
 */
function garbledGivenName(word: Word, givenKey: string, fuzzy: FuzzyIndex, language: string): boolean {
  const key = word.key;
  if (key.length < 4 || givenKey.length < 4 || key.slice(0, 3) !== givenKey.slice(0, 3) || isGivenName(key) || fuzzy.givenNames.has(key)) return false;
  return lexiconFor(language)?.isNameEntry(word.text) !== true;
}

/** How similar a given name in another language counts (Federico for Friedrich, Pierre for Petr). */
const TRANSLATED_GIVEN_NAME = 0.9;
/** Below this, a given name before the entity's own surname is another person's (Oleg for Oleksii: 0.67; a
 * misspelling such as Kier for Keir: 0.75). */
const OTHER_PERSON = 0.7;

// Earlier words of a run are mostly given names, which repeat: their similarity to a known word's key is
// worked out once per pair of keys.
const similarities = new Map<string, Map<string, number>>();

/** How similar a word's key is to the nominative of a declined given name's key (a known given name that the key
 * extends by a case ending of at most three letters), or -1; UNDECLINED for the nominative's very key (a given
 * name left undeclined, "Rishi Sunaka", or misspelt so, "Riši Sunaka": the caller reads which). */
function nominativeSimilarity(wordKey: string, caseKey: string, fuzzy: FuzzyIndex): number {
  let best = -1;
  for (let cut = 1; cut <= 3 && caseKey.length - cut >= 3; cut++) {
    const stem = caseKey.slice(0, caseKey.length - cut);
    if (!fuzzy.givenNames.has(stem)) continue;
    const sim = wordSimilarity(wordKey, stem);
    if (sim === 1) return UNDECLINED;
    best = Math.max(best, sim);
  }
  return best;
}

/** What nominativeSimilarity gives for the nominative's very key: a given name left undeclined. */
const UNDECLINED = -2;

/** Whether a folded word is word `position` of one of the entity's names, as written, in the case form's language. */
function writtenAsNominative(folded: string, form: NameForm, position: number): boolean {
  for (const name of form.entity.names[form.caseOf!.locale] ?? []) {
    const words = name.split(/[\s\u00a0]+/u);
    if (words.length === form.keys.length && foldWord(words[position]!) === folded) return true;
  }
  return false;
}

/** How far an earlier word (a given name) may be from a known key: as a last word may, and for a three-letter
 * key one cheap change (Кер for Кір, Keir: the surname after it carries the match). */
const givenBound = (key: string) => (key.length === 3 ? 0.5 : bound(key));

/** How similar a word's key is to a known key (1 the same), or -1 when they are too far apart. */
function wordSimilarity(wordKey: string, knownKey: string): number {
  let row = similarities.get(wordKey);
  if (!row) {
    if (similarities.size > 100_000) similarities.clear();
    similarities.set(wordKey, (row = new Map()));
  }
  let sim = row.get(knownKey);
  if (sim === undefined) {
    const d = keyDistance(wordKey, knownKey, givenBound(knownKey));
    row.set(knownKey, (sim = d === Infinity ? -1 : similarity(d, knownKey)));
  }
  return sim;
}

/** The run's words from `first` to the last, folded as foldPhrase folds them, from the words' own folded forms
 * where only white space separates them (the usual case), and by folding the text between otherwise. */
function foldedSpan(text: string, run: readonly Word[], first: number): string {
  const last = run.length - 1;
  let folded = run[first]!.folded;
  for (let i = first + 1; i <= last; i++) {
    for (let at = run[i - 1]!.end; at < run[i]!.start; at++) {
      if (!isGapSeparator(text.charCodeAt(at)) || text.charCodeAt(at) === 0x2d || text.charCodeAt(at) === 0x2010 || text.charCodeAt(at) === 0x2011) {
        return foldPhrase(text.slice(run[first]!.start, run[last]!.end));
      }
    }
    folded += ' ' + run[i]!.folded;
  }
  return folded;
}

// Languages that make a name's genitive with a bare -s (Gaddafis Sohn, Ruttes kabinet).
const S_GENITIVE = new Set(['de', 'nl', 'lb', 'da', 'sv', 'nb', 'no']);

/** The highest score of a tentative suspect: above the default threshold (0.8), below a fix's usual bar (0.9). */
const TENTATIVE_SCORE = 0.85;

// Languages that capitalise every noun: a capitalised word says nothing there of a name.
const NOUNS_CAPITALISED = new Set(['de', 'lb']);

/** Whether a folded span is exactly some entity's name, or its -s genitive where the language makes one. */
function knownName(fuzzy: FuzzyIndex, folded: string, language: string): boolean {
  if (fuzzy.knownPhrases.has(folded)) return true;
  return S_GENITIVE.has(language) && folded.length > 2 && folded.endsWith('s') && fuzzy.knownPhrases.has(folded.slice(0, -1));
}

/** The fewest letters of a key that a surname alone may have to be reported with no context: shorter keys are
 * shared by ordinary words of other languages (Betel, the nut, has the key of Bettel). */
const KEY_ALONE_LENGTH = 6;

/** A folded word with each run of one letter made one letter: a surname and one that only doubles a letter of it
 * are two families' names (Melloni, the physicist, and Meloni), not a misspelling and its name. */
const undoubled = (folded: string) => folded.replace(/(.)\1+/gu, '$1');

/** Whether the word is one of the entity's known last words with a letter doubled or undoubled. */
function onlyDoubling(fuzzy: FuzzyIndex, word: Word, entity: string, language: string): boolean {
  const plain = undoubled(word.folded);
  for (const a of languageAnchors(fuzzy, word, language)) {
    if (a.d !== 0) continue;
    for (const ref of a.refs) if (ref.form.entity.id === entity && undoubled(foldWord(ref.form.lastWord)) === plain) return true;
  }
  return false;
}

/** Whether the text's language's dictionary has `word` as an ordinary word and not as a proper noun. */
function commonWordOnly(word: string, language: string): boolean {
  const lexicon = lexiconFor(language);
  return lexicon !== undefined && lexicon.isWord(word) && !lexicon.isNameEntry(word);
}

/** Whether the text's language has a dictionary and it knows `word` neither as a word nor as a name. */
function unknownWord(word: string, language: string): boolean {
  const lexicon = lexiconFor(language);
  return lexicon !== undefined && !lexicon.knows(word) && !lexicon.isNameEntry(word);
}

/** Drops the hypotheses that the run's text alone rules out, and marks those that only a tie can make. */
function screen(text: string, run: readonly Word[], settings: PlanSettings, hypotheses: Hypothesis[]): Candidate[] {
  const { fuzzy, threshold, glossary } = settings;
  const index = run.length - 1;
  const word = run[index]!;
  const plan: Candidate[] = [];
  const lastLower = word.text.toLowerCase();
  // Whether the span from word `first` to the anchor is, as written, exactly some entity's name (≤ 4 spans a run).
  const known: Array<boolean | undefined> = [];
  const isKnown = (first: number) => (known[first] ??= knownName(fuzzy, foldedSpan(text, run, first), settings.language));
  // A Czech or Slovak possessive adjective of a known name (Trumpova, Johnsonova, Putinových) is that name, declined
  // as an adjective: no misspelling of one of its case forms.
  if (hypotheses.length && possessedNames(word.text, settings.language).some((n) => fuzzy.knownPhrases.has(foldPhrase(n)))) return [];
  // A word the text's language has as it is written (German "Tore", French "République", Dutch "Laken"; a name
  // entry of its own, Dutch "Zuid-Amerikaan", whose hyphen makes it two words of the run) is not taken alone for a
  // misspelt name: only a full-name suspect that tied this spelling to the entity can make it one. Asked once per
  // span of the run, and only where a hypothesis covers a single word or a hyphenated one.
  const wordHere: Array<boolean | undefined> = [];
  const isWordHere = (first: number) => (wordHere[first] ??= (() => {
    const written = text.slice(run[first]!.start, word.end);
    if (/[\s\u00a0]/u.test(written)) return false;
    const lexicon = lexiconFor(settings.language);
    return lexicon !== undefined && (lexicon.isWord(written) || lexicon.isEntry(written));
  })());
  for (const h of hypotheses) {
    const entity = h.form.entity;
    const single = h.span === 1;
    // One word alone stands for the name's last word as the entity's names end, not for a native form in
    // another order (the Viktor of "Orbán Viktor" is no surname).
    if (single && h.form.type === 'person' && !h.form.endsAsSurname) continue;
    if (otherGender(lastLower, h.form.lastWord) || otherGenderKey(word.key, h.form.keys[h.form.keys.length - 1]!)) continue;
    const owners = single ? fuzzy.owners.get(word.key) : undefined;
    // A surname translated as the given name it also is (Pavel as Павло) is a given name of others, and a word the
    // dictionary knows as a name, by its nature: the role before it decides (findSuspects).
    const otherOwner = !h.translated && owners !== undefined && !owners.has(entity.id);
    const needsTie = isKnown(index - h.span + 1) || otherOwner || (!h.translated && isWordHere(index - h.span + 1));
    // A person's surname alone misspelt into a word the language knows ("Dude" for Duda): only with strong context.
    // (Written as only the entity's own form in another language, Polish Dudę, it is still no one else's.)
    const ownOnly = owners !== undefined && owners.size === 1 && owners.has(entity.id);
    // A common word only, not a proper noun of the dictionary (Monday, January: a name of something else).
    const ordinaryWord = needsTie && single && entity.type === 'person' && !otherOwner && !h.translated && isWordHere(index) && (!isKnown(index) || ownOnly) &&
      commonWordOnly(word.text, settings.language);
    const needsContext = h.score < threshold || (single && entity.type === 'person');
    // A case form the fuzzy index makes for the language is the matcher's to recognise: a suspect there needs context.
    const keyAlone = single && entity.type === 'person' && h.sameKey && h.form.caseOf === undefined && !needsTie && word.key.length >= KEY_ALONE_LENGTH &&
      owners !== undefined && owners.size === 1 && !isGivenName(word.key) && !fuzzy.givenNames.has(word.key) &&
      !onlyDoubling(fuzzy, word, entity.id, settings.language) && unknownWord(word.text, settings.language);
    const needsNamed = needsContext && !keyAlone && (glossary === undefined || !hasProfile(glossary, entity));
    plan.push({ hypothesis: h, ref: h.ref, single, needsTie, needsNamed, keyAlone, ordinaryWord });
  }
  return plan;
}

export function findSuspects(input: string | TextDocument, source: FuzzySource, mentions: readonly Mention[], locale: string, options: SuspectOptions = {}): Suspect[] {
  const doc = TextDocument.of(input);
  const text = doc.text;
  const threshold = options.threshold ?? 0.8;
  const mentioned = new Nearby(mentions);
  // Mentions come sorted and never overlap (the matcher takes leftmost-longest spans).
  const lookup = new MentionLookup(mentions);
  // Spellings that a full-name suspect has already tied to an entity: the same word alone later is that entity.
  const tiedSurnames = new Map<string, Entity>();
  const wordUse = new LowerWords();
  const lowerSeen = new Map<string, boolean>();
  const suspects: Suspect[] = [];
  // What the sentence around a span says about an entity (its country, its description's words), once per span.
  const verdicts = new Map<string, ContextVerdict>();
  const sentence = (entity: Entity, start: number, end: number, withAgainst = false): ContextVerdict => {
    if (!options.glossary || (!withAgainst && !hasProfile(options.glossary, entity))) return NO_VERDICT;
    const key = `${entity.id}\u0000${start}\u0000${end}\u0000${withAgainst}`;
    let verdict = verdicts.get(key);
    if (!verdict) {
      verdicts.set(key, (verdict = judgeContext(options.glossary, entity, doc, start, end, withAgainst, doc.sentenceOf(start, end))));
    }
    return verdict;
  };

  // Hypotheses depend only on the run's text and the locale, so they are built, screened and ordered once per
  // distinct run (texts repeat their names and words) and shared: only what depends on the place in the text is
  // tested per occurrence, cheapest first, and the sentence is read last.
  const plans: Plans = new Map();
  // The fuzzy index is asked for only when a run reaches a plan: a text whose capitalised words are all known names
  // (a short line, a headline) never loads it.
  const settings: PlanSettings = { get fuzzy() { return source.fuzzy; }, locale, language: primaryLanguage(locale), threshold, glossary: options.glossary };
  let lastEnd = -1;
  // Most capitalised words in news are names the matcher already knows: a run made only of them has nothing to
  // suspect, unless a full-name suspect tied one of its spellings to an entity.
  for (const { words: run, minSpan, dateline, far, derived } of anchorRuns(doc, source, mentions, (w) => tiedSurnames.has(w.folded), options.glossary)) {
    const word = run[run.length - 1]!;
    // Plans depend on the run's text and how much of it a suspect must take in (only longer hypotheses count
    // after a known name's last word).
    const signature = derived ? `derived\u0000${text.slice(run[0]!.start, word.end)}` : dateline ? `dateline${far ? ' far' : ''}\u0000${text.slice(run[0]!.start, word.end)}` : minSpan === 1 ? text.slice(run[0]!.start, word.end) : `${minSpan}\u0000${text.slice(run[0]!.start, word.end)}`;
    let plan = plans.get(signature);
    if (!plan) {
      plan = derived ? planOf(screen(text, run, settings, fallbackHypotheses(run, settings))) : far ? { all: [], untied: [] } : planFor(text, run, settings, plans, minSpan, dateline);
      // A dateline's one word that none of the known words near it explains: the places farther away.
      if (dateline && !plan.all.length && run.length === 1 && word.key.length >= FAR_DATELINE_KEY) plan = planOf(screen(text, run, settings, farPlaces(word, settings)));
      // A word whose neighbours in the index explain nothing may be a surname made an adjective.
      else if (!dateline && !derived && !plan.all.length && !word.covered && (derivedAnchors(settings.fuzzy, word.folded).length || skeletonAnchors(settings.fuzzy, word.key).length || (run.length === 1 && givenNameGroup(word.key) !== undefined) || (settings.glossary !== undefined && farCountries(settings.glossary, word.key, settings.language).length > 0))) {
        plan = planOf(screen(text, run, settings, fallbackHypotheses(run, settings)));
      }
      // A country's name misspelt by an edit, which may follow a place as its country ("the village of X, Kenia").
      if (!dateline && !derived && !plan.all.length && !word.covered && run.length === 1) {
        const hypotheses = appositionHypotheses(word, settings);
        if (hypotheses.length) plan = planOf(screen(text, run, settings, hypotheses));
      }
      // A garbled surname right after the person's very given name (Риши Санкока for Риши Сунака): the given name
      // says whose surname it is.
      // (Tried before any hypothesis of the word alone, which the given name before it says is not meant.)
      if (!dateline && !derived && !word.covered && run.length > 1 && !plan.all.some((c) => c.hypothesis.span > 1)) {
        const hypotheses = givenSkeletonHypotheses(run, settings);
        if (hypotheses.length) plan = planOf([...screen(text, run, settings, hypotheses), ...plan.all]);
      }
      plans.set(signature, plan);
    }
    for (const c of tiedSurnames.has(word.folded) ? plan.all : plan.untied) {
      const h = c.hypothesis;
      const first = run[run.length - h.span]!;
      const lastWord = word;
      const start = first.start;
      const end = lastWord.end;
      if (start < lastEnd) continue; // overlaps a suspect already taken
      // A word that goes on after a quotation mark or apostrophe (Кардаш"ян typed with a straight quote) is cut
      // short here, not misspelt; a possessive 's is no part of it.
      if (continuesAfterQuote(text, word.end)) continue;
      const entity = h.form.entity;
      const tied = tiedSurnames.get(lastWord.folded)?.id === entity.id;
      // Exactly some entity's name (one the matcher could not choose among homonyms), or a word that is right for
      // another entity: not a misspelling, unless a full-name suspect tied this spelling to the entity before
      // ("Deventer" after "Philip Deventer").
      // A word the language knows is a surname misspelt only with strong context: a role of the person's right before
      // it ("President Dude"), or the person named elsewhere in the document, in a language that writes its nouns
      // in lower case (German capitalises them: "Banden" near Biden is gangs).
      // (Whether the text writes the word in lower case is asked here by a search that stops at the first use: the
      // table of the text's lower-case words costs a pass over the whole text.)
      const ordinary = c.needsTie && !tied;
      if (ordinary && !(c.ordinaryWord && (roleBefore(text, start, entity, true) || (!NOUNS_CAPITALISED.has(settings.language) && mentioned.nearOutside(entity.id, start, end))) &&
        !writtenInLowerCase(text, lastWord.text, lowerSeen))) continue;
      const named = tied || mentioned.near(entity.id, start, end);
      const single = c.single;
      // Without the document or a profile to read the sentence by, nothing can lift a weak hypothesis, nor let a
      // person's single word through: settled before any test of the place in the text.
      if (c.needsNamed && !named) continue;
      if (single) {
        // One word alone: never over a right name of another entity unless a full-name suspect tied it; never
        // at a sentence start without context, where a capital says nothing.
        if (!tied && lastWord.covered) continue;
        // A place's country named in the sentence is context there too ('the Maltese club "Valetta"'): a person's
        // country says nothing of a capitalised word at a sentence start ("Harms a qualifié…" in an American story).
        // A surname made an adjective is capitalised for being a name, not for opening the sentence ("Trampov
        // blackmail"); it still needs the context below.
        if (!named && !dateline && !c.keyAlone && !h.derived && !h.apposition && !h.adjective && opensSentence(text, lastWord.start) && (entity.type === 'person' || !sentence(entity, start, end).support)) continue;
        // The same word in lower case elsewhere in the document is an ordinary word ("Delays", "Winter").
        if (!tied && !ordinary && usedAsWord(text, lastWord.text, wordUse)) continue;
        // A person's one word with a capitalised word right after it is a given name, not the surname the
        // hypothesis stands for ("Isobel Coleman", "Tony Blair", "Aris Allegos").
        if (!tied && entity.type === 'person' && nameFollows(doc, end)) continue;
      }
      // Already an exact mention of this entity over the whole span: right, or reported by another rule. (One
      // over part of it, "Starmer" in "Kier Starmer", is overridden: the given name is the misspelling.)
      const covering = lookup.overlapping(start, end);
      if (covering.some((m) => m.entity.id === entity.id && m.start <= start && end <= m.end)) continue;
      // A span that cuts a known name in two ("Winter Lena" in "Winter Lena Ronisfel") is not a misspelling of
      // another name: the known one holds its words.
      if (covering.some((m) => m.start < start || m.end > end)) continue;
      if (!single && covering.length && covering.every((m) => m.start <= start && end <= m.end)) continue; // someone else's name
      // A misspelt country is one only as the country of a place named right before it.
      if (h.apposition && !placeBeforeComma(text, start, lookup)) continue;
      // A country's name garbled further is one only beside an adjective of the country.
      // (Never at the start of a longer name: Франсуа Олланд.)
      if (h.adjective && (nameFollows(doc, end) || !(options.glossary && adjectiveNear(options.glossary, doc, start, end, entity.id)))) continue;
      const place = single && entity.type !== 'person' && !h.apposition && !h.adjective;
      // A place's name alone: only where a place is named ("in Moskow", "shelling of Kharkhiv"), never at the
      // start of a longer name.
      // A sentence that names the place's country (Maltese, Moldovan) stands for the preposition.
      if (place && !dateline && ((!placePrecedes(doc, start, locale) && !sentence(entity, start, end).support) || nameFollows(doc, end))) continue;
      if (single && namePrecedes(doc, start, locale, (at) => lookup.overlapping(at, at + 1).some((m) => m.entity.type !== 'person'), true)) continue;
      if (excludedByEntity(entity, doc, start, end)) continue;
      // A sentence about the time of the entity's former names may spell it as they did then ("le pogrom de
      // Kichinev, en 1903").
      const until = formerNamesUntil(entity);
      if (until !== undefined && historicalSentence(doc, start, end, until)) continue;
      // Context: the document named the entity, or the sentence names its country or a word only it has
      // ("Ukrainian President Zelenksy", "Премьер Великобритании Киер Стармер").
      const context = named || ((single || h.sameSurname || h.score < threshold) && sentence(entity, start, end).support) ||
        (single && entity.type === 'person' && roleBefore(text, start, entity)) || h.apposition === true || h.adjective === true;
      if (h.score < threshold && !context) continue;
      // A garbled given name before the very surname: the document or the sentence says the entity is meant, and no
      // other country in the sentence says someone else is.
      // (The exact surname inside the span is a mention of the entity, which says nothing.)
      if (h.garbledGiven && !tied && !mentioned.nearOutside(entity.id, start, end) && (!sentence(entity, start, end).support || sentence(entity, start, end, true).against)) continue;
      // A given name for the surname it also is: only after a role of the person's, or with the person named.
      if (h.translated && !named && !roleBefore(text, start, entity, true)) continue;
      // A word that is a name of its own needs the document or the sentence to say this entity is meant: a surname
      // alone, or a right surname after another first name. A given name only a letter or two from the entity's
      // (Kier Starmer, Emmanuelle Macron, Davide Sassoli) is the entity's, unless the sentence is about another
      // country ("the Italian politician Roberto Fico" is not Slovakia's Robert Fico).
      if (!place && (single || h.sameSurname) && !context && !c.keyAlone && !(h.sameSurname && !single && h.givenSim >= 0.8 && !sentence(entity, start, end, true).against)) continue;
      const score = Math.min(h.tentative || (c.ordinaryWord && c.needsTie) ? TENTATIVE_SCORE : 1, h.score + (context ? 0.2 : 0));
      if (score < threshold) continue;
      lastEnd = end;
      const overridden = covering.find((m) => m.entity.id !== entity.id || m.start > start || m.end < end);
      if (!single) tiedSurnames.set(lastWord.folded, entity);
      mentioned.add(entity.id, start);
      const grammaticalCase = h.form.caseOf?.grammaticalCase;
      suspects.push({ start, end, text: text.slice(start, end), entity, resembles: h.form.form, score, short: h.short, ...(grammaticalCase ? { grammaticalCase } : {}), ...(overridden ? { overrides: overridden } : {}) });
      break; // one suspect per anchor word
    }
  }
  return suspects.sort((a, b) => a.start - b.start);
}

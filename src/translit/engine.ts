/**
 * The one engine that runs every transliteration scheme (schemes are data: see types.ts and schemes/).
 *
 * - Words. A word is a maximal run of Unicode letters and combining marks. A character that is not a letter but
 *   appears in some rule's `from` (the Ukrainian apostrophe ' ’ ʼ, say) joins a word when it stands between two
 *   letters, so "Знам'янка" is one word and я is not at its start; elsewhere it is punctuation ("‘Київ’").
 *   Rules apply only inside words; between words only the scheme's `punctuation` map applies (Greek ; → ?) and
 *   everything else passes through unchanged. Each word is put in NFC first, so a decomposed й (и + U+0306) or ά
 *   is read as one letter.
 * - Rules. At each position the longest `from` that matches and whose conditions hold wins; among rules of equal
 *   length the first one listed wins. Positions: `start` = the match begins the word, `end` = it ends the word
 *   (both also hold when the match is the whole word), `alone` = the match is the whole word, `middle` = neither
 *   start nor end. Context sets see the source letters next to the match (lower case); '^' is the word edge.
 *   A letter no rule covers is copied as it is.
 * - Whole-word exceptions (`words`) replace a word outright and take its case pattern.
 * - Case, once for every scheme: rules are lower case. The output of a chunk is all caps when its word is all
 *   caps (a one-letter word follows the nearest longer word: "Ю. ЩЕГЛОВА" → "IU. SHCHEGLOVA"), or when the chunk's
 *   letters and the letter after it are capitals ("ЮЛия" → "IULiia"); it is title case when the chunk starts with
 *   a capital ("Щеглова" → "Shcheglova"); otherwise lower case. Title case capitalises the first cased letter of
 *   the output, and also the letter tied to it by a double breve (ALA-LC "Ц" → "T͡S").
 */
import type { Position, Rule, Scheme } from './types.ts';

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const TIE = '\u0361'; // COMBINING DOUBLE INVERTED BREVE: ALA-LC's ligature tie (t͡s, i͡a)

interface CompiledRule {
  from: string[];
  to: string;
  at: ReadonlySet<Position> | null;
  after: string | undefined;
  notAfter: string | undefined;
  before: string | undefined;
  notBefore: string | undefined;
}

interface Compiled {
  /** Rules by their first source character, longest first, then in the order the scheme lists them. */
  byFirst: Map<string, CompiledRule[]>;
  /** Non-letters that rules read (apostrophes): they join a word when between two letters. */
  joiners: Set<string>;
  words: Map<string, string>;
  punctuation: Map<string, string>;
}

const cache = new WeakMap<Scheme, Compiled>();

function compile(scheme: Scheme): Compiled {
  const cached = cache.get(scheme);
  if (cached) return cached;
  const byFirst = new Map<string, CompiledRule[]>();
  const joiners = new Set<string>();
  scheme.rules.forEach((rule: Rule) => {
    const from = [...rule.from.normalize('NFC')];
    const first = from[0];
    if (first === undefined) throw new Error(`${scheme.id}: a rule with an empty "from"`);
    for (const c of from) if (!LETTER_OR_MARK.test(c)) joiners.add(c);
    const at = rule.at === undefined ? null : new Set(Array.isArray(rule.at) ? rule.at : [rule.at]);
    const compiled: CompiledRule = { from, to: rule.to.normalize('NFC'), at, after: rule.after, notAfter: rule.notAfter, before: rule.before, notBefore: rule.notBefore };
    const list = byFirst.get(first) ?? [];
    list.push(compiled);
    byFirst.set(first, list);
  });
  // Stable sort: longest first, the scheme's order among rules of one length.
  for (const list of byFirst.values()) list.sort((a, b) => b.from.length - a.from.length);
  const words = new Map(Object.entries(scheme.words ?? {}).map(([k, v]) => [k.normalize('NFC').toLowerCase(), v.normalize('NFC')]));
  const punctuation = new Map(Object.entries(scheme.punctuation ?? {}));
  const result = { byFirst, joiners, words, punctuation };
  cache.set(scheme, result);
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Words

interface Segment {
  text: string;
  word: boolean;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER_OR_MARK.test(c);

/** Split into words and the text between them (code points, so letters outside the BMP stay whole). */
export function segment(text: string, joiners: ReadonlySet<string> = new Set()): Segment[] {
  const chars = [...text];
  const out: Segment[] = [];
  let i = 0;
  while (i < chars.length) {
    const start = i;
    if (isLetter(chars[i])) {
      while (i < chars.length && (isLetter(chars[i]) || (joiners.has(chars[i]!) && isLetter(chars[i - 1]) && isLetter(chars[i + 1])))) i++;
      out.push({ text: chars.slice(start, i).join(''), word: true });
    } else {
      while (i < chars.length && !isLetter(chars[i])) i++;
      out.push({ text: chars.slice(start, i).join(''), word: false });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Case

const isUpper = (c: string): boolean => c !== c.toLowerCase();
const isLower = (c: string): boolean => c !== c.toUpperCase();

/** Lower-case one character; a character whose lower case has another length (İ → i̇) is kept as it is. */
const lowerChar = (c: string): string => {
  const l = c.toLowerCase();
  return [...l].length === 1 ? l : c;
};

type WordCase = 'upper' | 'mixed';

/** 'upper' when every cased letter is a capital and there are at least two; null for a single capital. */
function wordCase(word: string): WordCase | null {
  let upper = 0;
  for (const c of word) {
    if (isLower(c)) return 'mixed';
    if (isUpper(c)) upper++;
  }
  return upper >= 2 ? 'upper' : upper === 1 ? null : 'mixed';
}

function titleCase(s: string): string {
  const chars = [...s];
  const i = chars.findIndex((c) => c !== c.toUpperCase());
  if (i === -1) return s;
  chars[i] = chars[i]!.toUpperCase();
  if (chars[i + 1] === TIE && chars[i + 2] !== undefined) chars[i + 2] = chars[i + 2]!.toUpperCase();
  return chars.join('');
}

/** A whole word replaced by an exception keeps the case pattern of the word it replaces. */
function casePatterned(replacement: string, original: string, allCaps: boolean): string {
  if (allCaps) return replacement.toUpperCase();
  const first = [...original].find((c) => isUpper(c) || isLower(c));
  return first !== undefined && isUpper(first) ? titleCase(replacement) : replacement;
}

// ---------------------------------------------------------------------------------------------------------------
// Rules

function positionOf(start: number, end: number, length: number): Position {
  const atStart = start === 0;
  const atEnd = end === length;
  return atStart && atEnd ? 'alone' : atStart ? 'start' : atEnd ? 'end' : 'middle';
}

function positionAllowed(allowed: ReadonlySet<Position>, pos: Position): boolean {
  if (allowed.has(pos)) return true;
  return pos === 'alone' && (allowed.has('start') || allowed.has('end'));
}

function inSet(set: string, c: string | undefined): boolean {
  return c === undefined ? set.includes('^') : set.includes(c);
}

function matches(rule: CompiledRule, lower: readonly string[], i: number): boolean {
  const n = rule.from.length;
  if (i + n > lower.length) return false;
  for (let k = 0; k < n; k++) if (lower[i + k] !== rule.from[k]) return false;
  if (rule.at && !positionAllowed(rule.at, positionOf(i, i + n, lower.length))) return false;
  const prev = lower[i - 1];
  const next = lower[i + n];
  if (rule.after !== undefined && !inSet(rule.after, prev)) return false;
  if (rule.notAfter !== undefined && inSet(rule.notAfter, prev)) return false;
  if (rule.before !== undefined && !inSet(rule.before, next)) return false;
  if (rule.notBefore !== undefined && inSet(rule.notBefore, next)) return false;
  return true;
}

function transliterateWord(word: string, compiled: Compiled, allCaps: boolean): string {
  const exception = compiled.words.get(word.toLowerCase());
  if (exception !== undefined) return casePatterned(exception, word, allCaps);
  const chars = [...word];
  const lower = chars.map(lowerChar);
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const rule = compiled.byFirst.get(lower[i]!)?.find((r) => matches(r, lower, i));
    if (!rule) {
      out += chars[i];
      i++;
      continue;
    }
    const n = rule.from.length;
    out += cased(rule.to, chars.slice(i, i + n), chars[i + n], allCaps);
    i += n;
  }
  return out;
}

/** The case of a chunk's output from the case of its source letters (see the file comment). */
function cased(to: string, source: readonly string[], next: string | undefined, allCaps: boolean): string {
  if (allCaps) return to.toUpperCase();
  const casedLetters = source.filter((c) => isUpper(c) || isLower(c));
  const first = casedLetters[0];
  if (first === undefined || !isUpper(first)) return to;
  if (casedLetters.every(isUpper) && next !== undefined && isUpper(next)) return to.toUpperCase();
  return titleCase(to);
}

// ---------------------------------------------------------------------------------------------------------------

/** Transliterate `text` with `scheme`. Pure; the scheme's compiled form is cached. */
export function transliterate(text: string, scheme: Scheme): string {
  const compiled = compile(scheme);
  const segments = segment(text, compiled.joiners);
  const cases = segments.map((s) => (s.word ? wordCase(s.text) : 'mixed'));
  return segments
    .map((s, k) => {
      if (!s.word) return compiled.punctuation.size ? [...s.text].map((c) => compiled.punctuation.get(c) ?? c).join('') : s.text;
      let wc = cases[k];
      // A one-capital word ("Ю.", "Я") takes the case of the nearest word with more letters, next one first.
      if (wc === null) wc = neighbourCase(cases, segments, k);
      return transliterateWord(s.text.normalize('NFC'), compiled, wc === 'upper');
    })
    .join('');
}

function neighbourCase(cases: readonly (WordCase | null)[], segments: readonly Segment[], k: number): WordCase {
  for (let j = k + 1; j < segments.length; j++) if (segments[j]!.word && cases[j] !== null) return cases[j]!;
  for (let j = k - 1; j >= 0; j--) if (segments[j]!.word && cases[j] !== null) return cases[j]!;
  return 'mixed';
}

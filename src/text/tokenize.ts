/**
 * Unicode word tokens with the facts the matcher needs about the gaps between them.
 * Hand-written because JavaScript's \b is ASCII-only ("Jourová" would split at "á"), word segmenters
 * (Intl.Segmenter) are an order of magnitude slower on long texts, and a Unicode-property regex costs
 * more than a table lookup per UTF-16 unit on the matcher's hot path.
 */
import { foldWord } from './fold.ts';
import { WordTable } from './word-table.ts';

export interface Token {
  /** UTF-16 offsets into the text; end excludes a possessive "'s" and an elided "l'"-style prefix. */
  start: number;
  end: number;
  text: string;
  /** Folded key used for lookup. */
  key: string;
  /** Whether a name may continue from the previous token into this one (only spaces, one hyphen or one line break between). */
  joinsPrevious: boolean;
}

// Word characters: letters, marks, digits. Surrogates count as word characters (letters outside the BMP
// are rare in names; splitting them would be worse).
const WORD_CHAR = (() => {
  const table = new Uint8Array(0x10000);
  const re = /[\p{L}\p{M}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) {
    if ((c >= 0xd800 && c <= 0xdfff) || re.test(String.fromCharCode(c))) table[c] = 1;
  }
  return table;
})();

/** Whether a UTF-16 unit is a word character (a letter, mark or digit; any surrogate). */
export function isWordUnit(c: number): boolean {
  return WORD_CHAR[c] === 1;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f;
const isHyphen = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011;

/** A gap that can sit inside a name: spaces, at most one hyphen, at most one line break. */
function joiningGap(text: string, from: number, to: number): boolean {
  if (to - from > 8) return false;
  let hyphens = 0;
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (isHyphen(c) && breaks === 0 && ++hyphens <= 1) continue;
    if (c === 0x0a && ++breaks <= 1) continue;
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
    return false;
  }
  return true;
}

// French and Italian elision glued to a name: l’Ukraine, d’Ursula, dell’Ucraina, qu’Orbán.
const ELISION = /^(\p{Ll}{1,5})['’ʼ](?=\p{Lu})/u;
const POSSESSIVE = /['’ʼ][sS]$/u;
const UPPER_START = /^\p{Lu}/u;

// Words as written → their folded keys, read from the text without slicing it (a cache: it starts afresh when full).
const seenWords = new WordTable<string>(200_000);

/**
 * The next word token at or after `from`, or undefined at the end of the text. `previousRawEnd` is where the
 * previous word ended (-1 for none), to decide whether a name may continue into this word.
 */
export function readToken(text: string, from: number, previousRawEnd: number): (Token & { rawEnd: number }) | undefined {
  const length = text.length;
  let i = from;
  while (i < length && !WORD_CHAR[text.charCodeAt(i)]) i++;
  if (i >= length) return undefined;
  const rawStart = i;
  let apostrophe = false;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (WORD_CHAR[c]) i++;
    else if (isApostrophe(c) && i + 1 < length && WORD_CHAR[text.charCodeAt(i + 1)]) {
      apostrophe = true;
      i++;
    } else break;
  }
  const rawEnd = i;
  let start = rawStart;
  let end = rawEnd;
  const joinsPrevious = previousRawEnd >= 0 && joiningGap(text, previousRawEnd, rawStart);
  if (!apostrophe) {
    // The word is its own token: a word seen before costs a hash of its units, no new string and no fold.
    const seen = seenWords.get(text, start, end) ?? seenWords.add(text, start, end, foldWord(text.slice(start, end)));
    return { start, end, rawEnd, text: seen.word, key: seen.value, joinsPrevious };
  }
  let word = text.slice(start, end);
  const elided = ELISION.exec(word);
  if (elided) {
    start += elided[0].length;
    word = word.slice(elided[0].length);
  }
  if (POSSESSIVE.test(word) && word.length > 3) {
    word = word.slice(0, -2);
    end -= 2;
  }
  return { start, end, rawEnd, text: word, key: foldWord(word), joinsPrevious };
}

/** Where the next word starts at or after `from` and where it ends (no allocation: the matcher's fast skip). */
export function nextWordBounds(text: string, from: number): [number, number] | undefined {
  const length = text.length;
  let i = from;
  while (i < length && !WORD_CHAR[text.charCodeAt(i)]) i++;
  if (i >= length) return undefined;
  const start = i;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (WORD_CHAR[c]) i++;
    else if (isApostrophe(c) && i + 1 < length && WORD_CHAR[text.charCodeAt(i + 1)]) i++;
    else break;
  }
  return [start, i];
}

/**
 * Where the word starting at `start` ends when it holds no apostrophe (readToken would take it whole, with no
 * elision or possessive to cut), or -1 when it holds one. No allocation: the matcher's test of a word it has seen.
 */
export function plainWordEnd(text: string, start: number): number {
  const length = text.length;
  let i = start;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (WORD_CHAR[c]) i++;
    else if (isApostrophe(c) && i + 1 < length && WORD_CHAR[text.charCodeAt(i + 1)]) return -1;
    else break;
  }
  return i;
}

/** Whether the unit at `at` continues a word begun before it (a word character or a joined apostrophe precedes). */
export function isInsideWord(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (WORD_CHAR[before]) return true;
  return isApostrophe(before) && at >= 2 && WORD_CHAR[text.charCodeAt(at - 2)] === 1;
}

/** For a unit right after an apostrophe: where the word holding the elided prefix starts (d’, l’, dell’), if it is short enough. */
export function elisionStart(text: string, at: number): number | undefined {
  if (!isApostrophe(text.charCodeAt(at - 1))) return undefined;
  let i = at - 1;
  while (i > 0 && at - 1 - i < 6 && WORD_CHAR[text.charCodeAt(i - 1)]) i--;
  return i > 0 && WORD_CHAR[text.charCodeAt(i - 1)] ? undefined : i;
}

export function* tokenize(text: string): Generator<Token> {
  let previousRawEnd = -1;
  for (let token = readToken(text, 0, -1); token; token = readToken(text, token.rawEnd, previousRawEnd)) {
    previousRawEnd = token.rawEnd;
    const { rawEnd: _, ...plain } = token;
    yield plain;
  }
}

/** Tokens of a glossary form, as keys (the same tokenizer, so forms and texts agree). */
export function formKeys(form: string): string[] {
  // readToken directly, not tokenize's generator and its copy of each token: the place index reads every place's
  // every form this way when a suspect is first judged.
  const keys: string[] = [];
  for (let t = readToken(form, 0, -1); t; t = readToken(form, t.rawEnd, -1)) keys.push(t.key);
  return keys;
}

export function startsUpper(word: string): boolean {
  return UPPER_START.test(word);
}

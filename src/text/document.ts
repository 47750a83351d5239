/**
 * One checked text as a value, made once per text (checkText makes it) and read by the matcher's context
 * judgements, the entity context, the suspects and the rules, so that none of them rescans the string for the
 * words, the sentence or the line around an offset.
 *
 * Every part is computed on first need, each in one pass over the UTF-16 units into typed arrays (no string per
 * word): the words (start, end, flags), the sentence breaks, the line starts. A word's token (its folded key, with
 * an elided prefix or a possessive cut as the tokenizer cuts them) is read on first request and kept.
 *
 * A word here is the tokenizer's raw word: a run of word units (letters, marks, digits, surrogates) with single
 * apostrophes joined inside it ("Jourová", "O’Neill", "l’Ukraine").
 */
import { isUpperUnit } from './fold.ts';
import { LineIndex, lastAtMost } from './lines.ts';
import { isWordUnit, readToken, type Token } from './tokenize.ts';

/** Flags of a word (`wordFlags`), computed per word on first request. */
export const WordFlag = {
  /** The first unit is a capital letter. */
  Capitalised: 1,
  /** At least one capital and no lower-case unit (NATO, КИЕВ, G7). */
  AllCaps: 2,
  /** An apostrophe joins two parts of the word (O’Neill, l’Ukraine, Borrell’s). */
  Apostrophe: 4,
  /** The first unit's script: Latin, Cyrillic or Greek (none of these bits for any other). */
  Latin: 8,
  Cyrillic: 16,
  Greek: 32,
  /** The flags of this word have been computed (internal). */
  Known: 128,
} as const;

/** A token of the text (the tokenizer's, at offsets of the whole text). */
export type DocumentToken = Omit<Token, 'joinsPrevious'>;

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc;

/** How far a sentence reaches from a span at most, either way (as the context judgements have always read it). */
export const SENTENCE_REACH = 600;

// White space as JavaScript's \s reads it.
const isWhiteUnit = (c: number) => (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

export class TextDocument {
  private starts?: Int32Array;
  private ends?: Int32Array;
  private flags?: Uint8Array;
  private count = 0;
  private tokens?: (DocumentToken | undefined)[];
  private breaks?: Int32Array;
  private lineIndex?: LineIndex;

  constructor(readonly text: string) {}

  /** The text as a document: a document stays itself, a string becomes a new one (whose parts are computed on first need). */
  static of(source: string | TextDocument): TextDocument {
    return typeof source === 'string' ? new TextDocument(source) : source;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Words

  private readWords(): void {
    const text = this.text;
    const length = text.length;
    let starts = new Int32Array(Math.max(16, length >> 3));
    let ends = new Int32Array(starts.length);
    let n = 0;
    let i = 0;
    while (i < length) {
      while (i < length && !isWordUnit(text.charCodeAt(i))) i++;
      if (i >= length) break;
      const start = i;
      while (i < length) {
        const c = text.charCodeAt(i);
        if (isWordUnit(c)) i++;
        else if (isApostrophe(c) && i + 1 < length && isWordUnit(text.charCodeAt(i + 1))) i++;
        else break;
      }
      if (n === starts.length) {
        const grownStarts = new Int32Array(n * 2);
        grownStarts.set(starts);
        starts = grownStarts;
        const grownEnds = new Int32Array(n * 2);
        grownEnds.set(ends);
        ends = grownEnds;
      }
      starts[n] = start;
      ends[n] = i;
      n++;
    }
    this.starts = starts;
    this.ends = ends;
    this.count = n;
  }

  /** How many words the text has. */
  get wordCount(): number {
    if (!this.starts) this.readWords();
    return this.count;
  }

  /** Where word `i` starts (UTF-16 offset). */
  wordStart(i: number): number {
    if (!this.starts) this.readWords();
    return this.starts![i]!;
  }

  /** Where word `i` ends (exclusive; an apostrophe's possessive or elision still in it). */
  wordEnd(i: number): number {
    if (!this.ends) this.readWords();
    return this.ends![i]!;
  }

  /** The first word that ends after `offset` (the one holding it, or the next), or wordCount when none does. */
  private firstEndingAfter(offset: number): number {
    if (!this.ends) this.readWords();
    const ends = this.ends!;
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The word holding the unit at `offset`, or -1 when the unit is in no word. */
  wordAt(offset: number): number {
    const i = this.firstEndingAfter(offset);
    return i < this.count && this.starts![i]! <= offset ? i : -1;
  }

  /** The first word starting at or after `offset`, or -1. */
  wordAfter(offset: number): number {
    let i = this.firstEndingAfter(offset);
    if (i < this.count && this.starts![i]! < offset) i++;
    return i < this.count ? i : -1;
  }

  /** The last word ending at or before `offset`, or -1. */
  wordBefore(offset: number): number {
    const i = this.firstEndingAfter(offset) - 1;
    return i >= 0 ? i : -1;
  }

  /** The flags of word `i` (WordFlag bits). */
  wordFlags(i: number): number {
    if (!this.flags) {
      if (!this.starts) this.readWords();
      this.flags = new Uint8Array(this.count);
    }
    let f = this.flags[i]!;
    if (f & WordFlag.Known) return f;
    const text = this.text;
    const start = this.starts![i]!;
    const end = this.ends![i]!;
    f = WordFlag.Known;
    const first = text.charCodeAt(start);
    if (isUpperUnit(first)) f |= WordFlag.Capitalised;
    if (first >= 0x400 && first <= 0x52f) f |= WordFlag.Cyrillic;
    else if (first >= 0x370 && first <= 0x3ff) f |= WordFlag.Greek;
    else if ((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a) || (first >= 0xc0 && first <= 0x24f && first !== 0xd7 && first !== 0xf7) || (first >= 0x1e00 && first <= 0x1eff)) f |= WordFlag.Latin;
    let letters = 0;
    let lower = false;
    for (let at = start; at < end; at++) {
      const c = text.charCodeAt(at);
      if (isApostrophe(c)) {
        f |= WordFlag.Apostrophe;
        continue;
      }
      if (isUpperUnit(c)) letters++;
      else if (c !== (String.fromCharCode(c).toUpperCase().charCodeAt(0))) {
        lower = true;
        break;
      }
    }
    if (letters > 0 && !lower) f |= WordFlag.AllCaps;
    this.flags[i] = f;
    return f;
  }

  /**
   * The token of word `i` as the tokenizer reads it (an elided prefix cut from its start, a possessive 's from its
   * end, the folded key), kept after the first request.
   */
  token(i: number): DocumentToken {
    if (!this.starts) this.readWords();
    this.tokens ??= [];
    let token = this.tokens[i];
    if (!token) {
      const read = readToken(this.text, this.starts![i]!, -1)!;
      this.tokens[i] = token = { start: read.start, end: read.end, text: read.text, key: read.key };
    }
    return token;
  }

  /**
   * The tokens of text.slice(from, to), as the tokenizer would read that slice (offsets in the whole text): the
   * words inside the range come from the document, a word the range cuts is read from the slice.
   */
  tokensIn(from: number, to: number): DocumentToken[] {
    const out: DocumentToken[] = [];
    if (to <= from) return out;
    let i = this.firstEndingAfter(from);
    const starts = this.starts!;
    const ends = this.ends!;
    for (; i < this.count && starts[i]! < to; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      if (start >= from && end <= to) out.push(this.token(i));
      else out.push(...cutTokens(this.text, Math.max(start, from), Math.min(end, to)));
    }
    return out;
  }

  /**
   * The tokens that the tokenizer reads from `offset` on, as readToken(text, offset) and its successors would: the
   * rest of a word `offset` falls inside, then the document's words. Stops after `count` tokens.
   */
  tokensFrom(offset: number, count: number): DocumentToken[] {
    const out: DocumentToken[] = [];
    let i = this.firstEndingAfter(offset);
    if (i < this.count && this.starts![i]! < offset && count > 0) {
      const read = readToken(this.text, offset, -1);
      if (read) out.push({ start: read.start, end: read.end, text: read.text, key: read.key });
      i++;
    }
    for (; i < this.count && out.length < count; i++) out.push(this.token(i));
    return out;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Sentences and lines

  /** Offsets of the units that end a sentence: a line feed, or a full stop, ! or ? before white space or the end. */
  private readBreaks(): Int32Array {
    const text = this.text;
    const length = text.length;
    let out = new Int32Array(Math.max(16, length >> 6));
    let n = 0;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || ((c === 0x2e || c === 0x21 || c === 0x3f) && (i + 1 >= length || isWhiteUnit(text.charCodeAt(i + 1))))) {
        if (n === out.length) {
          const grown = new Int32Array(n * 2);
          grown.set(out);
          out = grown;
        }
        out[n++] = i;
      }
    }
    return (this.breaks = out.subarray(0, n));
  }

  /**
   * The sentence around [start, end): from after the last sentence break before `start` to the first break at or
   * after `end`, reaching at most SENTENCE_REACH units either way.
   */
  sentenceOf(start: number, end: number = start): [number, number] {
    const breaks = this.breaks ?? this.readBreaks();
    let from = 0;
    // The last break before start.
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) from = breaks[lo - 1]! + 1;
    from = Math.max(from, start - SENTENCE_REACH, 0);
    // The first break at or after end.
    lo = 0;
    hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    let to = lo < breaks.length ? breaks[lo]! : this.text.length;
    to = Math.min(to, end + SENTENCE_REACH, this.text.length);
    return [from, to];
  }

  /** Offset ↔ line and column, made on first need. */
  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  /** Where the line holding `offset` starts. */
  lineStart(offset: number): number {
    const starts = this.lines.starts;
    return starts[lastAtMost(starts, offset)] ?? 0;
  }
}

/** The tokens the tokenizer reads from text.slice(from, to) (for a word the range cuts), at offsets of the whole text. */
function cutTokens(text: string, from: number, to: number): DocumentToken[] {
  const piece = text.slice(from, to);
  const out: DocumentToken[] = [];
  for (let t = readToken(piece, 0, -1); t; t = readToken(piece, t.rawEnd, -1)) out.push({ start: t.start + from, end: t.end + from, text: t.text, key: t.key });
  return out;
}

/**
 * One checked text as a value, made once per text (checkText makes it) and read by the matcher's context
 * judgements, the entity context, the suspects and the rules, so that none of them rescans the string for the
 * words, the sentence or the line around an offset.
 *
 * Every part is computed on first need: the sentence breaks per block of the text that a question reaches, the
 * line starts in one pass, the words of the whole text (start, end, scripts in typed arrays, flags per word, no
 * string per word) in one pass only when a reader asks for them by index. Questions about a few words (the tokens
 * of a sentence, the word after a span) read those words where they are: measured on news, a pass over every word
 * cost more than the local reads it would replace, since most texts never need all of them.
 *
 * A word here is the tokenizer's raw word: a run of word units (letters, marks, digits, surrogates) with single
 * apostrophes joined inside it ("Jourová", "O’Neill", "l’Ukraine").
 */
import { isUpperUnit } from './fold.ts';
import { LineIndex, lastAtMost } from './lines.ts';
import { isCyrillicUnit, isLatinUnit } from './script.ts';
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

/** The scripts a word's units are in (`wordScripts`), by the code-unit ranges of text/script.ts. */
export const WordScript = {
  Latin: 2,
  Cyrillic: 4,
  /** The unit right before the word is Cyrillic (a sign such as ҂ that is no word unit). */
  CyrillicBefore: 8,
} as const;

// Per UTF-16 unit: 1 for a word unit, and the WordScript bit of its script.
const WORD = 1;
// Made on first need: 65,536 units cost about 4 ms, which a one-line check that never asks for words by index saves.
let unitClass: Uint8Array | undefined;
function unitClasses(): Uint8Array {
  if (unitClass) return unitClass;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    table[c] = (isWordUnit(c) ? WORD : 0) | (isLatinUnit(c) ? WordScript.Latin : 0) | (isCyrillicUnit(c) ? WordScript.Cyrillic : 0);
  }
  return (unitClass = table);
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const out = new Int32Array(array.length * 2);
  out.set(array);
  return out;
}

/** A token of the text (the tokenizer's, at offsets of the whole text). */
export type DocumentToken = Omit<Token, 'joinsPrevious'>;

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc;

/** How far a sentence reaches from a span at most, either way (as the context judgements have always read it). */
export const SENTENCE_REACH = 600;
/** The sentence breaks are found per block of this many units, in the blocks a question touches. */
const BLOCK = 1024;

// White space as JavaScript's \s reads it.
const isWhiteUnit = (c: number) => (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

export class TextDocument {
  private starts?: Int32Array;
  private ends?: Int32Array;
  private flags?: Uint8Array;
  private scripts?: Uint8Array;
  private count = 0;
  /** The last answer of firstEndingAfter. */
  private hint = 0;
  private breakBlocks?: (Int32Array | undefined)[];
  private lineIndex?: LineIndex;

  constructor(readonly text: string) {}

  /** The text as a document: a document stays itself, a string becomes a new one (whose parts are computed on first need). */
  static of(source: string | TextDocument): TextDocument {
    return typeof source === 'string' ? new TextDocument(source) : source;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Words

  private readWords(): void {
    const UNIT_CLASS = unitClasses();
    const text = this.text;
    const length = text.length;
    let starts = new Int32Array(Math.max(16, length >> 3));
    let ends = new Int32Array(starts.length);
    let scripts = new Uint8Array(starts.length);
    let n = 0;
    let i = 0;
    for (;;) {
      while (i < length && (UNIT_CLASS[text.charCodeAt(i)]! & WORD) === 0) i++;
      if (i >= length) break;
      const start = i;
      // The scripts of the word's units, read from the same table as the word itself (one lookup a unit).
      let bits = start > 0 && (UNIT_CLASS[text.charCodeAt(start - 1)]! & WordScript.Cyrillic) !== 0 ? WordScript.CyrillicBefore : 0;
      for (;;) {
        let k: number;
        while (i < length && ((k = UNIT_CLASS[text.charCodeAt(i)]!) & WORD) !== 0) {
          bits |= k;
          i++;
        }
        // An apostrophe between two word units joins them.
        if (i + 1 < length && isApostrophe(text.charCodeAt(i)) && (UNIT_CLASS[text.charCodeAt(i + 1)]! & WORD) !== 0) {
          i++;
          continue;
        }
        break;
      }
      if (n === starts.length) {
        starts = grown(starts);
        ends = grown(ends);
        const s = new Uint8Array(n * 2);
        s.set(scripts);
        scripts = s;
      }
      starts[n] = start;
      ends[n] = i;
      scripts[n] = bits & (WordScript.Latin | WordScript.Cyrillic | WordScript.CyrillicBefore);
      n++;
    }
    this.starts = starts;
    this.ends = ends;
    this.scripts = scripts;
    this.count = n;
  }

  /**
   * Which scripts' letters word `i` holds (WordScript bits: Latin, Cyrillic), and whether a Cyrillic unit stands
   * right before it: read in the words' pass, for the rules that look for mixed words.
   */
  wordScripts(i: number): number {
    if (!this.scripts) this.readWords();
    return this.scripts![i]!;
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
    const count = this.count;
    // Questions mostly move forward through the text: the last answer or the word after it settles most of them.
    const h = this.hint;
    if (h < count && ends[h]! > offset && (h === 0 || ends[h - 1]! <= offset)) return h;
    if (h + 1 < count && ends[h + 1]! > offset && ends[h]! <= offset) return (this.hint = h + 1);
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo < count) this.hint = lo;
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
    // Not kept: the tokenizer's table of words seen makes a word's key without a new string, and a table of
    // tokens for every word of a long text costs more memory than the few words asked twice save.
    return readToken(this.text, this.starts![i]!, -1)!;
  }

  /**
   * The tokens of text.slice(from, to), as the tokenizer reads that slice (offsets in the whole text, a word the
   * range cuts read as cut). Read from the range itself: a question about a sentence or a few words costs those
   * words, not a pass over the whole text.
   */
  tokensIn(from: number, to: number): DocumentToken[] {
    return to <= from ? [] : cutTokens(this.text, from, to);
  }

  /**
   * The tokens that the tokenizer reads from `offset` on, as readToken(text, offset) and its successors would (the
   * rest of a word `offset` falls inside first), at most `count`.
   */
  tokensFrom(offset: number, count: number): DocumentToken[] {
    const out: DocumentToken[] = [];
    for (let t = readToken(this.text, offset, -1); t && out.length < count; t = readToken(this.text, t.rawEnd, -1)) out.push(t);
    return out;
  }

  /**
   * The token right after `offset` when only a gap that can sit inside a name separates them (spaces, one hyphen,
   * one line break): what runs into a span from the right.
   */
  joinedTokenAfter(offset: number): DocumentToken | undefined {
    const next = readToken(this.text, offset, offset);
    return next !== undefined && next.joinsPrevious ? next : undefined;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Sentences and lines

  /** The sentence breaks in block `b` of the text (BLOCK units each), found on first need. */
  private breaksIn(b: number): Int32Array {
    this.breakBlocks ??= new Array<Int32Array | undefined>(Math.ceil(this.text.length / BLOCK) + 1);
    let found = this.breakBlocks[b];
    if (!found) {
      const text = this.text;
      const length = text.length;
      const out: number[] = [];
      for (let i = b * BLOCK, to = Math.min(length, i + BLOCK); i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a || ((c === 0x2e || c === 0x21 || c === 0x3f) && (i + 1 >= length || isWhiteUnit(text.charCodeAt(i + 1))))) out.push(i);
      }
      this.breakBlocks[b] = found = Int32Array.from(out);
    }
    return found;
  }

  /**
   * The sentence around [start, end): from after the last sentence break (a line feed, or a full stop, ! or ? before
   * white space or the end) before `start` to the first break at or after `end`, reaching at most SENTENCE_REACH
   * units either way. Breaks are looked for only in the blocks of the text that this reach touches.
   */
  sentenceOf(start: number, end: number = start): [number, number] {
    const length = this.text.length;
    let from = Math.max(0, start - SENTENCE_REACH);
    for (let b = Math.floor((start - 1) / BLOCK); start > 0 && b >= 0 && b >= Math.floor(from / BLOCK); b--) {
      const breaks = this.breaksIn(b);
      let k = breaks.length - 1;
      while (k >= 0 && breaks[k]! >= start) k--;
      if (k >= 0) {
        from = Math.max(from, breaks[k]! + 1);
        break;
      }
    }
    let to = Math.min(length, end + SENTENCE_REACH);
    for (let b = Math.floor(end / BLOCK); b * BLOCK < to; b++) {
      const breaks = this.breaksIn(b);
      let k = 0;
      while (k < breaks.length && breaks[k]! < end) k++;
      if (k < breaks.length) {
        to = Math.min(to, breaks[k]!);
        break;
      }
    }
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

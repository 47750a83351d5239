/**
 * One checked text as a value, made once per text (checkText makes it) and read by the matcher's context
 * judgements, the entity context, the suspects and the rules, so that none of them rescans the string for the
 * sentence or the line around an offset.
 *
 * Every part is computed on first need: the sentence breaks per block of the text that a question reaches, the
 * line starts in one pass. Questions about a few words (the tokens of a sentence, the word after a span) read those
 * words where they are: measured on news, a pass over every word of the text (offsets and scripts in typed arrays)
 * cost more than the local reads it would replace, since most texts never need all of them, and was taken out.
 */
import { LineIndex, lastAtMost } from './lines.ts';
import { readToken, type Token } from './tokenize.ts';

/** A token of the text (the tokenizer's, at offsets of the whole text). */
export type DocumentToken = Omit<Token, 'joinsPrevious'>;

/** How far a sentence reaches from a span at most, either way (as the context judgements have always read it). */
const SENTENCE_REACH = 600;
/** The sentence breaks are found per block of this many units, in the blocks a question touches. */
const BLOCK = 1024;

// White space as JavaScript's \s reads it.
const isWhiteUnit = (c: number) => (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

export class TextDocument {
  private breakBlocks?: (Int32Array | undefined)[];
  private lineIndex?: LineIndex;

  constructor(readonly text: string) {}

  /** The text as a document: a document stays itself, a string becomes a new one (whose parts are computed on first need). */
  static of(source: string | TextDocument): TextDocument {
    return typeof source === 'string' ? new TextDocument(source) : source;
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

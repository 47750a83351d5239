/**
 * The text the matcher reads when a format's prose is not its source letter for letter: HTML and WebVTT character
 * references decoded (`Jourov&aacute;` is "Jourová"), markup inside a run of text taken out (`Zelen<b>s</b>kyy` is
 * "Zelenskyy"), and a break where a block ends, with a map from every unit of that text back to the source.
 *
 * Why a map and not a same-length text with padding (measured with the tokenizer and matcher as they are): a
 * reference can only become its character plus filler, and no filler works. A filler that is a word character
 * (U+034F COMBINING GRAPHEME JOINER, a mark) keeps "Jourová͏͏͏͏͏͏͏" one token and folds away in the key, but the
 * token's text keeps it, so the matcher calls a right "Věra Jourov&aacute;" inexact and exact-form reports it.
 * A filler that is no word character (U+200D ZERO WIDTH JOINER) ends the word at the character, so the span stops
 * inside the reference (`Jourov&`) and a fix would leave `aacute;` behind; before the character it splits the word.
 * Markup inside a word cannot be padded at all. So the matcher reads a text of its own length, and the mapping back
 * happens once, in `toSource()` (called by analyse), for diagnostics, fixes and mentions alike. `prose` stays the
 * source with non-prose blanked, for the consumers that read it (language detection, the web page's annotations).
 *
 * A break between blocks (and around an `alt` value, a cue, skipped code) is a blank line, as the core reads one:
 * no name continues over it and a sentence ends there. (U+2029 PARAGRAPH SEPARATOR, which would have kept the
 * view's line numbers equal to the source's, was measured and rejected: the core does not read it as a sentence
 * boundary, so "Josep Borrell came.⁋Then Borel left." took "Then Borel" for a longer name and said nothing.) The
 * view's lines therefore differ from the source's; every offset is mapped back, and so is the one place a message
 * cites a position (inconsistent-name's "at 9:24").
 */
import type { Diagnostic, Fix } from '../diagnostic.ts';
import type { Mention } from '../match/mention.ts';
import { lastAtMost, LineIndex } from '../text/lines.ts';
import { blank, urlRanges } from './document.ts';

/** Rules whose message cites a place in the text as line:column (mapped back like the offsets). */
const MESSAGES_WITH_POSITIONS = new Set(['inconsistent-name']);

/** How a replacement is written into the source at [start, end) (HTML escapes `&` and `<`). */
export type Escape = (replacement: string, sourceStart: number, sourceEnd: number) => string;

const COPY = 0;
const DECODED = 1;
const INSERTED = 2;

export class MappedText {
  /** Piece i covers text [textStart[i], textStart[i + 1]) and source [sourceStart[i], sourceEnd[i]). */
  private readonly textStart: Int32Array;
  private readonly sourceStart: Int32Array;
  private readonly sourceEnd: Int32Array;
  private readonly kind: Uint8Array;
  /** Source ranges of unbroken prose (text and references with no markup between), sorted, disjoint. */
  private readonly runs: Int32Array;

  constructor(
    /** What the matcher reads; its own length. */
    readonly text: string,
    pieces: { textStart: Int32Array; sourceStart: Int32Array; sourceEnd: Int32Array; kind: Uint8Array },
    /** Flat [start, end, start, end …]. */
    runs: Int32Array,
    private readonly escape: Escape,
  ) {
    this.textStart = pieces.textStart;
    this.sourceStart = pieces.sourceStart;
    this.sourceEnd = pieces.sourceEnd;
    this.kind = pieces.kind;
    this.runs = runs;
  }

  /** The piece holding text unit `at` (the last piece starting at or before it). */
  private piece(at: number): number {
    return lastAtMost(this.textStart, at);
  }

  /** The source offset where text unit `at` starts (a decoded reference starts at its `&`). */
  sourceOffset(at: number): number {
    if (!this.textStart.length) return at;
    const p = this.piece(at);
    return this.kind[p] === COPY ? this.sourceStart[p]! + (at - this.textStart[p]!) : this.sourceStart[p]!;
  }

  /** The source offset where the text before `at` ends (a decoded reference ends after its `;`). */
  sourceEndOffset(at: number): number {
    if (!this.textStart.length || at === 0) return at;
    const p = this.piece(at - 1);
    return this.kind[p] === COPY ? this.sourceStart[p]! + (at - this.textStart[p]!) : this.sourceEnd[p]!;
  }

  /** Whether [start, end) of the source is prose with no markup inside (a fix there loses nothing). */
  clean(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.runs.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runs[mid * 2]! <= start) lo = mid;
      else hi = mid - 1;
    }
    return hi >= 0 && this.runs[lo * 2]! <= start && end <= this.runs[lo * 2 + 1]!;
  }

  /**
   * The source edit for replacing text [start, end) with `replacement`: only the part that differs (common
   * beginning and end left as they are, widened to whole references), so `Zelen<b>s</b>kyy` → "Zelensky" deletes
   * the last "y" and keeps the tags. No edit when that part crosses markup: the tags would be lost.
   */
  fix(start: number, end: number, wanted: string): Fix | null {
    const found = this.text.slice(start, end);
    const replacement = keepSeparators(found, wanted);
    let head = 0;
    const most = Math.min(found.length, replacement.length);
    while (head < most && found.charCodeAt(head) === replacement.charCodeAt(head)) head++;
    let tail = 0;
    while (tail < most - head && found.charCodeAt(found.length - 1 - tail) === replacement.charCodeAt(replacement.length - 1 - tail)) tail++;
    let from = start + head;
    let to = end - tail;
    // Never split a surrogate pair or a reference: widen to whole units of the source.
    if (from > start && from < end && this.kind[this.piece(from)] !== COPY) from = Math.max(start, this.textStart[this.piece(from)]!);
    if (from > start && /[\udc00-\udfff]/.test(this.text[from]!)) from--;
    if (to < end && to > from && this.kind[this.piece(to - 1)] !== COPY) to = Math.min(end, this.textStart[this.piece(to - 1) + 1] ?? end);
    if (to < end && to > 0 && /[\ud800-\udbff]/.test(this.text[to - 1]!)) to++;
    const text = replacement.slice(from - start, replacement.length - (end - to));
    // An insertion goes right after the text before it, so inside a run rather than into the markup after it.
    const sourceFrom = from === to && from > start ? this.sourceEndOffset(from) : this.sourceOffset(from);
    const sourceTo = from === to ? sourceFrom : this.sourceEndOffset(to);
    if (!this.clean(sourceFrom, sourceTo)) return null;
    return { offset: sourceFrom, length: sourceTo - sourceFrom, text: this.escape(text, sourceFrom, sourceTo) };
  }
}

/**
 * The replacement with the found text's own spaces between its words, when both have as many words: a line break
 * inside a subtitle cue or a `&nbsp;` between a first name and a surname is layout, which a fix of the letters
 * keeps ("Vera⏎Yurova" → "Věra⏎Jourová", not one line).
 */
function keepSeparators(found: string, replacement: string): string {
  const ours = found.split(/(\s+)/u);
  const theirs = replacement.split(/(\s+)/u);
  if (ours.length !== theirs.length) return replacement;
  return theirs.map((part, i) => (i % 2 ? ours[i]! : part)).join('');
}

/**
 * A growable Int32Array (a 20 MB HTML page has millions of pieces: as objects and pairs they took hundreds of
 * megabytes, as typed arrays 4 bytes a number).
 */
class IntBuffer {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  get last(): number {
    return this.data[this.length - 1]!;
  }

  set last(value: number) {
    this.data[this.length - 1] = value;
  }

  /** The values, trimmed (a copy: the buffer can be dropped). */
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * A string built from many small parts: joined a few thousand at a time, so that millions of parts (a slice each)
 * are never all held at once, and once at the end (no long chain of `+=`).
 */
class StringChunks {
  private readonly chunks: string[] = [];
  private parts: string[] = [];

  push(part: string): void {
    this.parts.push(part);
    if (this.parts.length >= 4096) {
      this.chunks.push(this.parts.join(''));
      this.parts = [];
    }
  }

  done(): string {
    const all = [...this.chunks, ...this.parts].join('');
    this.chunks.length = 0;
    this.parts = [];
    return all;
  }
}

/** Builds a MappedText from a source covered left to right by copied text, decoded references and markup. */
export class MappedTextBuilder {
  /** The view's text and the blanked source (`prose`). */
  private readonly textParts = new StringChunks();
  private readonly proseParts = new StringChunks();
  private textLength = 0;
  private cursor = 0;
  private readonly textStart = new IntBuffer();
  private readonly sourceStart = new IntBuffer();
  private readonly sourceEnd = new IntBuffer();
  /** Piece kinds (0 to 2), kept in an Int32 buffer and narrowed at the end. */
  private readonly kind = new IntBuffer();
  /** Source ranges of unbroken prose, flat. */
  private readonly runs = new IntBuffer();

  constructor(readonly source: string) {}

  private push(text: string, sourceStart: number, sourceEnd: number, kind: number): void {
    if (text.length) {
      this.textStart.push(this.textLength);
      this.sourceStart.push(sourceStart);
      this.sourceEnd.push(sourceEnd);
      this.kind.push(kind);
      this.textParts.push(text);
      this.textLength += text.length;
    }
    this.cursor = sourceEnd;
    if (kind === INSERTED) {
      // Not prose: blanked in `prose`, its line breaks kept.
      this.proseParts.push(this.source.slice(sourceStart, sourceEnd).replace(/[^\r\n]/g, ' '));
      return;
    }
    this.proseParts.push(this.source.slice(sourceStart, sourceEnd));
    if (this.runs.length && this.runs.last === sourceStart) this.runs.last = sourceEnd;
    else {
      this.runs.push(sourceStart);
      this.runs.push(sourceEnd);
    }
  }

  /** Source [cursor, end) read as it is. */
  copy(end: number): void {
    if (end > this.cursor) this.push(this.source.slice(this.cursor, end), this.cursor, end, COPY);
  }

  /** Source [cursor, end) is one reference that reads as `chars`. */
  decoded(end: number, chars: string): void {
    this.push(chars, this.cursor, end, DECODED);
  }

  /**
   * Source [cursor, end) is markup, not prose. `inline` markup (a tag inside a sentence or a word) reads as nothing
   * but its line breaks; otherwise it reads as a blank line (its own line breaks, at least two).
   */
  markup(end: number, inline: boolean): void {
    if (end <= this.cursor) return;
    const from = this.cursor;
    const breaks = this.source.slice(from, end).match(/\r\n?|\n/g) ?? [];
    const text = breaks.join('') + (inline ? '' : '\n'.repeat(Math.max(0, 2 - breaks.length)));
    this.push(text, from, end, INSERTED);
  }

  /**
   * Source [cursor, end) is neither prose nor markup inside a word (an escape, a reference a format does not decode):
   * it reads as blanks of its own length (line breaks kept), so no name runs over it and no fix crosses it.
   */
  blanked(end: number): void {
    if (end <= this.cursor) return;
    this.push(this.source.slice(this.cursor, end).replace(/[^\r\n]/g, ' '), this.cursor, end, INSERTED);
  }

  /** The source position reached so far. */
  get position(): number {
    return this.cursor;
  }

  /** The length of the view's text so far. */
  get length(): number {
    return this.textLength;
  }

  /** The view, and the source with everything but prose blanked (URLs and e-mail addresses included). */
  build(escape: Escape): { view: MappedText; prose: string } {
    this.markup(this.source.length, false);
    // URLs are no names: blanked in both, same length, so the map holds.
    const joined = this.textParts.done();
    const text = blank(joined, urlRanges(joined));
    const blanked = this.proseParts.done();
    const pieces = { textStart: this.textStart.done(), sourceStart: this.sourceStart.done(), sourceEnd: this.sourceEnd.done(), kind: Uint8Array.from(this.kind.done()) };
    return { view: new MappedText(text, pieces, this.runs.done(), escape), prose: blank(blanked, urlRanges(blanked)) };
  }
}

/**
 * Diagnostics and mentions found in `view.text`, moved to the source: offsets, line:column, fixes (only the part
 * that differs, written as the format needs; none across markup).
 */
export function toSource(view: MappedText, source: string, diagnostics: Diagnostic[], mentions: Mention[]): void {
  const lines = new LineIndex(source);
  let viewLines: number[] | undefined;
  /** "line:column" of the view, as the source's. */
  const cited = (line: number, column: number): string | undefined => {
    viewLines ??= [0, ...Array.from(view.text.matchAll(/\r\n?|\n/g), (m) => m.index + m[0].length)];
    const start = viewLines[line - 1];
    if (start === undefined || column < 1) return undefined;
    const p = lines.position(view.sourceOffset(start + column - 1));
    return `${p.line}:${p.column}`;
  };
  for (const d of diagnostics) {
    if (MESSAGES_WITH_POSITIONS.has(d.ruleId)) d.message = d.message.replace(/\b(\d+):(\d+)\b/g, (m, l: string, c: string) => cited(Number(l), Number(c)) ?? m);
    const start = view.sourceOffset(d.offset);
    const end = Math.max(start, view.sourceEndOffset(d.offset + d.length));
    const fix = d.fix ? view.fix(d.fix.offset, d.fix.offset + d.fix.length, d.fix.text) : null;
    const from = lines.position(start);
    const to = lines.position(end);
    Object.assign(d, { offset: start, length: end - start, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, fix });
  }
  for (const m of mentions) {
    const start = view.sourceOffset(m.start);
    m.end = Math.max(start, view.sourceEndOffset(m.end));
    m.start = start;
  }
}

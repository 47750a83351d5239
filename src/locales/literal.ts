/**
 * Where a value's characters sit in its file, for formats other than JSON: YAML scalars, XML text with entities,
 * PO strings with C escapes. A reader decodes the value and records the file offset of each decoded character;
 * rules find problems in the value and the runner moves them back to the file through this map.
 */

/** The shape every entry's literal has (JsonStringLiteral too). */
export interface StringLiteral {
  readonly source: string;
  /** Start of the literal as written (a quote, or the first character when unquoted). */
  readonly offset: number;
  /** Length as written, quotes included. */
  readonly length: number;
  readonly value: string;
  readonly contentStart: number;
  readonly contentEnd: number;
  toSource(index: number): number;
  range(start: number, end: number): { start: number; end: number };
}

export class MappedLiteral implements StringLiteral {
  /**
   * `starts[i]` is the file offset of value character i; undefined when the value is the file's text from
   * `contentStart` unchanged. `contentEnd` is where an index past the value's end points.
   */
  constructor(
    readonly source: string,
    readonly offset: number,
    readonly length: number,
    readonly value: string,
    readonly contentStart: number,
    readonly contentEnd: number,
    private readonly starts?: Int32Array,
  ) {}

  toSource(index: number): number {
    if (index >= this.value.length) return this.contentEnd;
    return this.starts ? this.starts[index]! : this.contentStart + index;
  }

  range(start: number, end: number): { start: number; end: number } {
    return { start: this.toSource(start), end: end <= start ? this.toSource(start) : this.toSource(end) };
  }
}

/** Builds a value and its offset map piece by piece: text copied from the file, or characters an escape stands for. */
export class LiteralBuilder {
  private value = '';
  private starts: number[] = [];
  private identity = true;

  constructor(private readonly source: string, private readonly contentStart: number) {}

  /** The file's text [start, end) as it is. */
  copy(start: number, end: number): void {
    if (this.identity && start !== this.contentStart + this.value.length) this.identity = false;
    for (let i = start; i < end; i++) this.starts.push(i);
    this.value += this.source.slice(start, end);
  }

  /** `text` standing for the file's [at, …): every character of it points at `at` (an escape, an entity). */
  decoded(text: string, at: number): void {
    this.identity = false;
    for (let i = 0; i < text.length; i++) this.starts.push(at);
    this.value += text;
  }

  build(offset: number, length: number, contentEnd: number): MappedLiteral {
    return new MappedLiteral(this.source, offset, length, this.value, this.contentStart, contentEnd, this.identity ? undefined : Int32Array.from(this.starts));
  }
}

/** A literal whose value is the file's text [start, end) unchanged. */
export function plainLiteral(source: string, start: number, end: number, offset = start, length = end - start): MappedLiteral {
  return new MappedLiteral(source, offset, length, source.slice(start, end), start, end);
}

/**
 * A JSON string literal and the way back from its decoded characters to the file: `\n`, `\"` and `\u00e9`
 * take two or six characters in the file for one in the value, so a diagnostic found in the value must be
 * moved before it can name a line and column.
 */
export class JsonStringLiteral {
  private starts: Int32Array | undefined;

  /** `offset` is the opening quote in `source`; `length` includes both quotes. */
  constructor(
    readonly source: string,
    readonly offset: number,
    readonly length: number,
    readonly value: string,
  ) {}

  /** Where the value's first character sits in the file. */
  get contentStart(): number {
    return this.offset + 1;
  }

  /** Just after the value's last character: the closing quote. */
  get contentEnd(): number {
    return this.offset + this.length - 1;
  }

  /** File offset of the decoded character at `index`; `index === value.length` gives the closing quote. */
  toSource(index: number): number {
    if (index >= this.value.length) return this.contentEnd;
    const starts = this.map();
    return starts ? starts[index]! : this.contentStart + index;
  }

  /** File range of the decoded range [start, end). */
  range(start: number, end: number): { start: number; end: number } {
    return { start: this.toSource(start), end: end <= start ? this.toSource(start) : this.toSource(end) };
  }

  // Built only for literals with escapes, and only when a diagnostic needs it: most strings have none.
  private map(): Int32Array | undefined {
    if (this.starts) return this.starts;
    if (this.contentEnd - this.contentStart === this.value.length) return undefined;
    const starts = new Int32Array(this.value.length);
    let i = this.contentStart;
    for (let k = 0; k < starts.length && i < this.contentEnd; k++) {
      starts[k] = i;
      if (this.source.charCodeAt(i) !== 0x5c) i += 1;
      else i += this.source[i + 1] === 'u' ? 6 : 2;
    }
    return (this.starts = starts);
  }
}


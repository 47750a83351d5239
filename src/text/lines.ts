/** Offset ↔ line/column for one text (1-based lines and columns, UTF-16 columns as editors count). */
export class LineIndex {
  private readonly starts: number[] = [0];

  /** Lines end at LF, CRLF, or a lone CR (classic Mac OS), as editors count them. */
  constructor(text: string) {
    for (const m of text.matchAll(/\r\n?|\n/g)) this.starts.push(m.index + m[0].length);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}

/** Offset ↔ line/column for one text (1-based lines and columns, UTF-16 columns as editors count). */
export class LineIndex {
  /** Where each line starts, ascending (0 first). */
  readonly starts: number[] = [0];

  /** Lines end at LF, CRLF, or a lone CR (classic Mac OS), as editors count them. */
  constructor(text: string) {
    for (const m of text.matchAll(/\r\n?|\n/g)) this.starts.push(m.index + m[0].length);
  }

  position(offset: number): { line: number; column: number } {
    const line = lastAtMost(this.starts, offset);
    return { line: line + 1, column: offset - (this.starts[line] ?? 0) + 1 };
  }
}

/** The index of the last value at most `value` in ascending `sorted` (0 when none is: the first line, piece…). */
export function lastAtMost(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

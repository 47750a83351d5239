/** Offset ↔ line/column for one text (1-based lines and columns, UTF-16 columns as editors count). */
export class LineIndex {
  /** Where each line starts, ascending (0 first). */
  readonly starts: number[] = [0];

  /** Lines end at LF, CRLF, or a lone CR (classic Mac OS), as editors count them. Found with indexOf, not a
   * regular expression's match object per line (a locale tree places findings in thousands of files). */
  constructor(text: string) {
    const starts = this.starts;
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf !== -1 || cr !== -1) {
      if (cr === -1 || (lf !== -1 && lf < cr)) {
        starts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      } else {
        const crlf = text.charCodeAt(cr + 1) === 0x0a;
        starts.push(crlf ? cr + 2 : cr + 1);
        if (crlf) lf = text.indexOf('\n', cr + 2);
        cr = text.indexOf('\r', cr + 1);
      }
    }
  }

  position(offset: number): { line: number; column: number } {
    const line = lastAtMost(this.starts, offset);
    return { line: line + 1, column: offset - (this.starts[line] ?? 0) + 1 };
  }
}

/** The index of the first value at least `value` in ascending `sorted` (its length when none is). */
export function firstAtLeast(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

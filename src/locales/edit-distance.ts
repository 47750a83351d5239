// Two rows of the table, kept between calls and grown when a word is longer: closest() weighs a key against every
// key a file lacks (extra-key on a flat file: a thousand), and a row per call was most of the time.
let prevRow = new Int32Array(64);
let row = new Int32Array(64);

/**
 * Plain Levenshtein distance (by UTF-16 unit): for suggesting the key or placeholder a typo meant. With `limit`,
 * a distance of at least `limit` may be answered by any number at least `limit`: the table stops at the first row
 * whose every cell reaches it (no later row has a smaller cell).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  const n = b.length;
  if (prevRow.length <= n) {
    prevRow = new Int32Array(n + 1);
    row = new Int32Array(n + 1);
  }
  let prev = prevRow;
  let cur = row;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const unit = a.charCodeAt(i - 1);
    cur[0] = i;
    let least = i;
    for (let j = 1; j <= n; j++) {
      const replace = prev[j - 1]! + (unit === b.charCodeAt(j - 1) ? 0 : 1);
      const remove = prev[j]! + 1;
      const insert = cur[j - 1]! + 1;
      const cell = replace < remove ? (replace < insert ? replace : insert) : remove < insert ? remove : insert;
      cur[j] = cell;
      if (cell < least) least = cell;
    }
    if (least >= limit) return least;
    [prev, cur] = [cur, prev];
  }
  return prev[n]!;
}

/** The closest of `candidates` within `max` edits, or undefined. */
export function closest(word: string, candidates: Iterable<string>, max: number): string | undefined {
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) >= bestDistance) continue;
    const d = editDistance(word, c, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

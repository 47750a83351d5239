/**
 * Weighted, bounded Damerau–Levenshtein distance between two keys. Substitutions between letters that
 * spellings of one name swap (g/h/k, s/z, c/z, i/e, o/a, u/o, v/f, b/p, d/t) cost half; so do inserting or
 * dropping an i or h, which transliteration adds and drops freely. Stops early once the bound is exceeded.
 */
const CHEAP_PAIRS = ['gh', 'gk', 'hk', 'ck', 'sz', 'cz', 'cs', 'ie', 'oa', 'uo', 'vf', 'bp', 'dt', 'ei', 'ui'];
const CHEAP = new Set(CHEAP_PAIRS.flatMap((p) => [p, p[1]! + p[0]!]));
const CHEAP_INDEL = new Set(['i', 'h']);

const substitution = (a: string, b: string) => (a === b ? 0 : CHEAP.has(a + b) ? 0.5 : 1);
const indel = (c: string) => (CHEAP_INDEL.has(c) ? 0.5 : 1);

// Three reused rows: keys are short, and allocating per call was most of the cost.
let rows = [new Float64Array(64), new Float64Array(64), new Float64Array(64)];

/** The distance, or Infinity when it is over `max`. */
export function keyDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max * 2) return Infinity;
  const n = b.length;
  if (n + 1 > rows[0]!.length) rows = [new Float64Array(n * 2), new Float64Array(n * 2), new Float64Array(n * 2)];
  let [prev2, prev, row] = rows as [Float64Array, Float64Array, Float64Array];
  prev[0] = 0;
  for (let j = 1; j <= n; j++) prev[j] = prev[j - 1]! + indel(b[j - 1]!);
  for (let i = 1; i <= a.length; i++) {
    row[0] = prev[0]! + indel(a[i - 1]!);
    let rowMin = row[0];
    for (let j = 1; j <= n; j++) {
      const ca = a[i - 1]!;
      const cb = b[j - 1]!;
      let d = Math.min(prev[j]! + indel(ca), row[j - 1]! + indel(cb), prev[j - 1]! + substitution(ca, cb));
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return Infinity;
    [prev2, prev, row] = [prev, row, prev2];
  }
  const result = prev[n]!;
  return result > max ? Infinity : result;
}

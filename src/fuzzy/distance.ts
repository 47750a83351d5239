/**
 * Weighted, bounded Damerau–Levenshtein distance between two keys. Substitutions between letters that
 * spellings of one name swap (g/h/k, s/z, c/z, i/e, o/a, u/o, v/f, b/p, d/t) cost half; so do inserting or
 * dropping an i or h, which transliteration adds and drops freely. Stops early once the bound is exceeded.
 *
 * Costs are counted in half-units (integers: 0, 1, 2) and looked up in tables by character code, so the inner
 * loop allocates nothing; the result is halved back at the end.
 */
const CHEAP_PAIRS = ['gh', 'gk', 'hk', 'ck', 'sz', 'cz', 'cs', 'ie', 'oa', 'uo', 'vf', 'bp', 'dt', 'ei', 'ui'];
const CHEAP_INDEL = ['i', 'h'];

// Keys are ASCII (key.ts keeps a–z only); a character outside ASCII costs the full price, as no cheap pair has one.
const ASCII = 128;
/** Substitution cost in half-units, [a * 128 + b]. */
const SUB = new Uint8Array(ASCII * ASCII).fill(2);
/** Insertion or deletion cost in half-units. */
const INDEL = new Uint8Array(ASCII).fill(2);
for (let c = 0; c < ASCII; c++) SUB[c * ASCII + c] = 0;
for (const [a, b] of CHEAP_PAIRS.map((p) => [p.charCodeAt(0), p.charCodeAt(1)] as const)) SUB[a * ASCII + b] = SUB[b * ASCII + a] = 1;
for (const c of CHEAP_INDEL) INDEL[c.charCodeAt(0)] = 1;

const substitution = (a: number, b: number) => (a === b ? 0 : a < ASCII && b < ASCII ? SUB[a * ASCII + b]! : 2);
const indel = (c: number) => (c < ASCII ? INDEL[c]! : 2);

// Three reused rows: keys are short, and allocating per call was most of the cost.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as [Int32Array, Int32Array, Int32Array];

/** The distance, or Infinity when it is over `max`. */
export function keyDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max * 2) return Infinity;
  const limit = max * 2;
  const n = b.length;
  if (n + 1 > rows[0].length) rows = [new Int32Array(n * 2), new Int32Array(n * 2), new Int32Array(n * 2)];
  let [prev2, prev, row] = rows;
  prev[0] = 0;
  for (let j = 1; j <= n; j++) prev[j] = prev[j - 1]! + indel(b.charCodeAt(j - 1));
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    const caPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    const dropA = indel(ca);
    row[0] = prev[0]! + dropA;
    let rowMin = row[0]!;
    let cbPrev = -1;
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = prev[j]! + dropA;
      const insert = row[j - 1]! + indel(cb);
      if (insert < d) d = insert;
      const sub = prev[j - 1]! + substitution(ca, cb);
      if (sub < d) d = sub;
      // A swap of two neighbours costs one edit (two half-units).
      if (ca === cbPrev && caPrev === cb) {
        const swap = prev2[j - 2]! + 2;
        if (swap < d) d = swap;
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
      cbPrev = cb;
    }
    if (rowMin > limit) return Infinity;
    const done = prev2;
    prev2 = prev;
    prev = row;
    row = done;
  }
  const result = prev[n]!;
  return result > limit ? Infinity : result / 2;
}

/**
 * What a translation's placeholders or tags lack and add against the base's, with a renamed one (`{{mix}}` for
 * `{{max}}`) reported once as a rename rather than twice as missing and extra.
 */
import { editDistance } from './edit-distance.ts';

export interface Named {
  /** What is compared. */
  key: string;
}

export interface Difference<T> {
  missing: T[];
  extra: T[];
  renamed: Array<{ found: T; expected: T }>;
}

function firstOfEach<T extends Named>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.key) && Boolean(seen.add(i.key)));
}

/**
 * `multiset`: each occurrence counts (tags: `<0>` twice needs `</0>` twice); otherwise a name used once in the
 * base may appear twice in the translation or once where the base has it twice.
 */
export function difference<T extends Named>(expected: readonly T[], actual: readonly T[], multiset: boolean): Difference<T> {
  let missing: T[];
  let extra: T[];
  if (multiset) {
    const left = [...actual];
    missing = [];
    for (const e of expected) {
      const at = left.findIndex((a) => a.key === e.key);
      if (at === -1) missing.push(e);
      else left.splice(at, 1);
    }
    extra = left;
  } else {
    const want = new Set(expected.map((e) => e.key));
    const have = new Set(actual.map((a) => a.key));
    missing = firstOfEach(expected).filter((e) => !have.has(e.key));
    extra = firstOfEach(actual).filter((a) => !want.has(a.key));
  }
  // As many lacking as added: each added one replaced one lacking; otherwise only near spellings pair up.
  const pairAll = missing.length === extra.length;
  const renamed: Array<{ found: T; expected: T }> = [];
  for (const found of [...extra]) {
    let best = -1;
    let bestDistance = Infinity;
    missing.forEach((m, i) => {
      const d = editDistance(found.key, m.key);
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    if (best === -1 || (!pairAll && bestDistance > 2)) continue;
    renamed.push({ found, expected: missing[best]! });
    missing.splice(best, 1);
    extra.splice(extra.indexOf(found), 1);
  }
  return { missing, extra, renamed };
}

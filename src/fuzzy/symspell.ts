/**
 * Symmetric-delete index over keys (SymSpell): every key is stored under itself and each of its one-letter
 * deletions; a lookup generates the same for the query. Two keys within one edit, and most within two, share an
 * entry, so a lookup costs a handful of hash probes whatever the number of keys, never a scan.
 */
export class DeleteIndex<T> {
  /** deletion (or the key itself) → keys that produce it */
  private readonly entries = new Map<string, string[]>();
  private readonly values = new Map<string, T[]>();

  add(key: string, value: T): void {
    const existing = this.values.get(key);
    if (existing) {
      existing.push(value);
      return;
    }
    this.values.set(key, [value]);
    for (const variant of deletions(key)) {
      const list = this.entries.get(variant);
      if (list) list.push(key);
      else this.entries.set(variant, [key]);
    }
  }

  /** Keys that may be within two edits of `key` (to be confirmed with keyDistance), with their values. */
  candidates(key: string): Array<{ key: string; values: T[] }> {
    const seen = new Set<string>();
    const out: Array<{ key: string; values: T[] }> = [];
    for (const variant of deletions(key)) {
      for (const stored of this.entries.get(variant) ?? []) {
        if (seen.has(stored)) continue;
        seen.add(stored);
        out.push({ key: stored, values: this.values.get(stored)! });
      }
    }
    return out;
  }

  get size(): number {
    return this.values.size;
  }
}

/** The key itself and every key with one letter removed. */
function deletions(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) {
    const d = key.slice(0, i) + key.slice(i + 1);
    if (d !== out[out.length - 1]) out.push(d);
  }
  return out;
}

/**
 * Symmetric-delete index over keys (SymSpell): every key is stored under itself and each of its one-letter
 * deletions; a lookup generates the same for the query. Two keys within one edit, and most within two, share an
 * entry, so a lookup costs a handful of hash probes whatever the number of keys, never a scan.
 *
 * The deletions are never built as strings. Each is named by (key id, deleted position, or -1 for the key
 * itself) and filed under a 32-bit polynomial hash, which for a deletion is computed from the key's prefix and
 * suffix hashes in O(1). Entries live in typed arrays: an open-addressing table of hashes, each slot heading a
 * linked list of entries in insertion order. Two different strings may share a hash, so every entry found is
 * checked letter by letter against the query's deletion before it counts: the result is exactly what a map
 * from deletion strings would give, in the same order (query deletions left to right, keys in insertion order).
 */

/** Odd multiplier of the polynomial hash h(s) = Σ s[j]·B^(|s|−1−j) mod 2^32. */
const B = 0x01000193;
const EMPTY = 0;

// Scratch for the prefix and suffix hashes of one key (keys are short; grown on demand).
let prefix = new Int32Array(64);
let suffix = new Int32Array(64);
let power = new Int32Array(64);
power[0] = 1;
for (let i = 1; i < power.length; i++) power[i] = Math.imul(power[i - 1]!, B);

function ensureScratch(n: number): void {
  if (n + 1 < power.length) return;
  const size = (n + 1) * 2;
  prefix = new Int32Array(size);
  suffix = new Int32Array(size);
  const grown = new Int32Array(size);
  grown[0] = 1;
  for (let i = 1; i < size; i++) grown[i] = Math.imul(grown[i - 1]!, B);
  power = grown;
}

/** Fills prefix[i] = h(key[0, i)) and suffix[i] = h(key[i, n)). */
function hashParts(key: string): void {
  const n = key.length;
  ensureScratch(n);
  prefix[0] = 0;
  for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i]!, B) + key.charCodeAt(i)) | 0;
  suffix[n] = 0;
  for (let i = n - 1; i >= 0; i--) suffix[i] = (Math.imul(key.charCodeAt(i), power[n - 1 - i]!) + suffix[i + 1]!) | 0;
}

/** Hash of the key with position `at` deleted (-1: the key itself), after hashParts(key). */
function deletionHash(n: number, at: number): number {
  const h = at < 0 ? prefix[n]! : (Math.imul(prefix[at]!, power[n - 1 - at]!) + suffix[at + 1]!) | 0;
  // Finaliser (from MurmurHash3) so that the table's low bits depend on every letter; never 0 (the empty slot).
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x === EMPTY ? 1 : x;
}

/** Whether `a` without position `i` equals `b` without position `j` (-1: nothing deleted). */
function sameDeletion(a: string, i: number, b: string, j: number): boolean {
  if (a.length - (i < 0 ? 0 : 1) !== b.length - (j < 0 ? 0 : 1)) return false;
  for (let x = 0, y = 0; ; x++, y++) {
    if (x === i) x++;
    if (y === j) y++;
    if (x >= a.length) return true; // the same length is left on both sides
    if (a.charCodeAt(x) !== b.charCodeAt(y)) return false;
  }
}

/** The positions whose deletion gives a new string: the first of each run of equal letters (plus -1, the key). */
function deletionPositions(key: string, out: number[]): number[] {
  out.length = 0;
  out.push(-1);
  for (let i = 0; i < key.length; i++) if (i === 0 || key.charCodeAt(i) !== key.charCodeAt(i - 1)) out.push(i);
  return out;
}

/** What a lookup needs: the DeleteIndex built in memory, or the stored one that reads its parts on demand. */
export interface DeletionLookup<T> {
  /** Keys that may be within two edits of `key` (to be confirmed with keyDistance), with their values. */
  candidates(key: string): Array<{ key: string; values: T[] }>;
  readonly size: number;
}

export class DeleteIndex<T> implements DeletionLookup<T> {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly values: T[][] = [];

  // Hash table, three numbers a slot (side by side, one cache line): hash of a deletion (0 = empty), first and
  // last entry of its list.
  private slots = new Int32Array(3 << 12);
  private used = 0;
  // Entries, three numbers each (1-based; 0 ends a list): key id, deleted position, next entry in the list.
  private list = new Int32Array(3 << 12);
  private entries = 0;

  // Lookup scratch: a key counts once per lookup (seen[id] === stamp).
  private seen = new Uint32Array(0);
  private stamp = 0;
  private readonly positions: number[] = [];

  /**
   * The index as the stored index keeps it: each key with its values, and each deletion hash with the (key id,
   * deleted position) pairs filed under it, in the order they were filed (the order lookups give).
   */
  *exported(): Generator<{ hash: number; pairs: Int32Array }> {
    const { slots, list } = this;
    for (let s = 0; s < slots.length; s += 3) {
      if (slots[s] === EMPTY) continue;
      const pairs: number[] = [];
      for (let e = slots[s + 1]!; e !== 0; e = list[e * 3 + 2]!) pairs.push(list[e * 3]!, list[e * 3 + 1]!);
      yield { hash: slots[s]!, pairs: Int32Array.from(pairs) };
    }
  }

  /** How many (key, deleted position) pairs are filed: the size of the stored hash groups. */
  get filed(): number {
    return this.entries;
  }

  keyOf(id: number): string {
    return this.keys[id]!;
  }

  valuesOfKey(id: number): readonly T[] {
    return this.values[id]!;
  }

  add(key: string, value: T): void {
    const known = this.ids.get(key);
    if (known !== undefined) {
      this.values[known]!.push(value);
      return;
    }
    const id = this.keys.length;
    this.ids.set(key, id);
    this.keys.push(key);
    this.values.push([value]);
    hashParts(key);
    for (const at of deletionPositions(key, this.positions)) this.file(deletionHash(key.length, at), id, at);
  }

  /** Keys that may be within two edits of `key` (to be confirmed with keyDistance), with their values. */
  candidates(key: string): Array<{ key: string; values: T[] }> {
    const out: Array<{ key: string; values: T[] }> = [];
    if (this.seen.length < this.keys.length) this.seen = new Uint32Array(this.keys.length * 2);
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const { slots, list, seen, stamp } = this;
    const mask = slots.length / 3 - 1;
    hashParts(key);
    for (const at of deletionPositions(key, this.positions)) {
      const h = deletionHash(key.length, at);
      let slot = h & mask;
      while (slots[slot * 3] !== h && slots[slot * 3] !== EMPTY) slot = (slot + 1) & mask;
      if (slots[slot * 3] === EMPTY) continue;
      for (let e = slots[slot * 3 + 1]!; e !== 0; e = list[e * 3 + 2]!) {
        const id = list[e * 3]!;
        if (seen[id] === stamp) continue;
        const stored = this.keys[id]!;
        if (!sameDeletion(key, at, stored, list[e * 3 + 1]!)) continue; // another string with the same hash
        seen[id] = stamp;
        out.push({ key: stored, values: this.values[id]! });
      }
    }
    return out;
  }

  get size(): number {
    return this.keys.length;
  }

  /** Appends (id, at) to the list of hash h. */
  private file(h: number, id: number, at: number): void {
    if ((this.entries + 2) * 3 > this.list.length) {
      const grown = new Int32Array(this.list.length * 2);
      grown.set(this.list);
      this.list = grown;
    }
    const e = ++this.entries;
    this.list[e * 3] = id;
    this.list[e * 3 + 1] = at;
    // A new hash keeps the table at most half full.
    if ((this.used + 1) * 2 > this.slots.length / 3) this.growSlots();
    const slots = this.slots;
    const mask = slots.length / 3 - 1;
    let slot = h & mask;
    while (slots[slot * 3] !== h && slots[slot * 3] !== EMPTY) slot = (slot + 1) & mask;
    if (slots[slot * 3] === h) {
      this.list[slots[slot * 3 + 2]! * 3 + 2] = e;
    } else {
      slots[slot * 3] = h;
      slots[slot * 3 + 1] = e;
      this.used++;
    }
    slots[slot * 3 + 2] = e;
  }

  private growSlots(): void {
    const old = this.slots;
    const slots = (this.slots = new Int32Array(old.length * 2));
    const mask = slots.length / 3 - 1;
    for (let s = 0; s < old.length; s += 3) {
      const h = old[s]!;
      if (h === EMPTY) continue;
      let slot = h & mask;
      while (slots[slot * 3] !== EMPTY) slot = (slot + 1) & mask;
      slots.set(old.subarray(s, s + 3), slot * 3);
    }
  }
}

/** The shard of a deletion hash in the stored index. */
export const hashShard = (hash: number, shards: number): number => (hash >>> 0) % shards;

/**
 * A stored DeleteIndex: the deletion hashes in `hashShards` groups (each an Int32Array of (hash, key id, deleted
 * position) triples, sorted by hash, a hash's triples in the order they were filed), the keys and their values in
 * groups by key id. A lookup reads the groups of the hashes it makes and of the keys it finds, so that a short
 * text reads a few kilobytes of a glossary of a million names. Lookups give what the DeleteIndex they were made
 * from gives, in the same order.
 */
export class StoredDeleteIndex<T> implements DeletionLookup<T> {
  private readonly groups: Array<Int32Array | undefined>;
  private seen: Uint32Array;
  private stamp = 0;
  private readonly positions: number[] = [];

  constructor(
    readonly size: number,
    private readonly hashShards: number,
    private readonly readHashes: (shard: number) => Int32Array,
    /** The key of id and its values (read with the id's group). */
    private readonly readKey: (id: number) => { key: string; values: T[] },
  ) {
    this.groups = new Array<Int32Array | undefined>(hashShards);
    this.seen = new Uint32Array(size);
  }

  candidates(key: string): Array<{ key: string; values: T[] }> {
    const out: Array<{ key: string; values: T[] }> = [];
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const { seen, stamp } = this;
    hashParts(key);
    for (const at of deletionPositions(key, this.positions)) {
      const h = deletionHash(key.length, at);
      const shard = hashShard(h, this.hashShards);
      const group = (this.groups[shard] ??= this.readHashes(shard));
      // First triple of hash h (binary search over the sorted hashes).
      let lo = 0;
      let hi = group.length / 3;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (group[mid * 3]! < h) lo = mid + 1;
        else hi = mid;
      }
      for (let t = lo * 3; t < group.length && group[t] === h; t += 3) {
        const id = group[t + 1]!;
        if (seen[id] === stamp) continue;
        const found = this.readKey(id);
        if (!sameDeletion(key, at, found.key, group[t + 2]!)) continue; // another string with the same hash
        seen[id] = stamp;
        out.push(found);
      }
    }
    return out;
  }
}

/**
 * Maps that read their entries from the stored index on first use, a shard at a time. A run that checks one
 * line touches a handful of shards; a run over a whole article touches most of them; nothing is read twice.
 *
 * Both extend Map, so the code that reads a glossary or a trie keeps its types and needs no change: `get` and
 * `has` load the shard the key hashes to, and anything that walks every entry loads every shard first.
 */
import { keyHash, type EntryShard } from './layout.ts';

/** FNV-1a over UTF-16 units: the shard of a key, the same when the index is written and when it is read. */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shards;
}

/** Reads one shard's entries; called at most once per shard. */
export type ShardReader<V> = (shard: number) => Iterable<readonly [string, V]>;

/**
 * A Map whose entries are read lazily: anything that walks it (keys, values, entries, forEach, for…of) reads every
 * entry first, so that code written for a plain Map sees them all.
 */
abstract class LazyMap<V> extends Map<string, V> {
  /** Reads every entry not read yet. */
  abstract loadAll(): this;

  override keys(): MapIterator<string> {
    return this.loadAll(), super.keys();
  }

  override values(): MapIterator<V> {
    return this.loadAll(), super.values();
  }

  override entries(): MapIterator<[string, V]> {
    return this.loadAll(), super.entries();
  }

  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  override forEach(fn: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    this.loadAll();
    super.forEach(fn, thisArg);
  }
}

export class ShardedMap<V> extends LazyMap<V> {
  private readonly loaded: Uint8Array;
  private loadedCount = 0;

  constructor(
    private readonly shards: number,
    private readonly read: ShardReader<V>,
    /** The number of entries once every shard is in (the stored index knows it). */
    private readonly total: number,
    /** Keys are sharded as `${prefix}\u0000${key}` (the second level of a trie, sharded with every other). */
    private readonly prefix?: string,
  ) {
    super();
    this.loaded = new Uint8Array(shards);
  }

  private ensure(key: string): void {
    const shard = shardOf(this.prefix === undefined ? key : `${this.prefix}\u0000${key}`, this.shards);
    if (this.loaded[shard]) return;
    this.loaded[shard] = 1;
    this.loadedCount++;
    for (const [k, v] of this.read(shard)) if (!super.has(k)) super.set(k, v);
  }

  /**
   * An entry read ahead of its shard (the stored index's places); when its shard is read, the entry already here
   * stays, so that one key keeps one object.
   */
  preset(key: string, value: V): V {
    if (!super.has(key)) super.set(key, value);
    return super.get(key)!;
  }

  /** How many shards have been read so far. */
  get loadedShards(): number {
    return this.loadedCount;
  }

  /** Every shard, for whoever walks all entries. */
  loadAll(): this {
    if (this.loadedCount === this.shards) return this;
    for (let s = 0; s < this.shards; s++) {
      if (this.loaded[s]) continue;
      this.loaded[s] = 1;
      this.loadedCount++;
      for (const [k, v] of this.read(s)) if (!super.has(k)) super.set(k, v);
    }
    return this;
  }

  // A hit needs no hash; a miss hashes the key to its shard until every shard is in (a long text gets there).
  override get(key: string): V | undefined {
    const found = super.get(key);
    if (found !== undefined || this.loadedCount === this.shards) return found;
    this.ensure(key);
    return super.get(key);
  }

  override has(key: string): boolean {
    if (super.has(key) || this.loadedCount === this.shards) return super.has(key);
    this.ensure(key);
    return super.has(key);
  }

  override get size(): number {
    return this.loadedCount === this.shards ? super.size : this.total;
  }
}

/** The Set counterpart of ShardedMap: `has` reads the shard its key hashes to; walking it reads every shard. */
export class ShardedSet extends Set<string> {
  private readonly loaded: Uint8Array;
  private loadedCount = 0;

  constructor(
    private readonly shards: number,
    private readonly read: (shard: number) => Iterable<string>,
    private readonly total: number,
  ) {
    super();
    this.loaded = new Uint8Array(shards);
  }

  private load(shard: number): void {
    if (this.loaded[shard]) return;
    this.loaded[shard] = 1;
    this.loadedCount++;
    for (const v of this.read(shard)) super.add(v);
  }

  get loadedShards(): number {
    return this.loadedCount;
  }

  loadAll(): this {
    for (let s = 0; s < this.shards && this.loadedCount < this.shards; s++) this.load(s);
    return this;
  }

  override has(value: string): boolean {
    if (super.has(value)) return true;
    if (this.loadedCount === this.shards) return false;
    this.load(shardOf(value, this.shards));
    return super.has(value);
  }

  override get size(): number {
    return this.loadedCount === this.shards ? super.size : this.total;
  }

  override values(): SetIterator<string> {
    return this.loadAll(), super.values();
  }

  override keys(): SetIterator<string> {
    return this.loadAll(), super.keys();
  }

  override entries(): SetIterator<[string, string]> {
    return this.loadAll(), super.entries();
  }

  override [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  override forEach(fn: (value: string, key: string, set: Set<string>) => void, thisArg?: unknown): void {
    this.loadAll();
    super.forEach(fn, thisArg);
  }
}

/** How an EntryMap reads its shards (entry shards of the stored index: layout.ts, EntryShard). */
export interface EntryReader<V> {
  /** Whether some entry may carry this tag (false: the key is absent, and its shard is not read); all may when
   * this is left out. */
  holds?(tag: number): boolean;
  /** A shard's tags and entries as read from the file; undefined when it cannot be read (damaged). */
  shard(shard: number): EntryShard | undefined;
  /** One entry's key and value; undefined when its bytes do not decode. */
  decode(bytes: Uint8Array): readonly [string, V] | undefined;
  /** Every entry of a shard that could not be read or decoded, from elsewhere (a fresh build). */
  fallback(shard: number): Iterable<readonly [string, V]>;
}

/**
 * A Map whose entries are read from the stored index one at a time: `get` reads the shard its key hashes to (a
 * read and a checksum, no decoding), looks for the key's hash among the shard's tags, and decodes only the entries
 * that carry it. A key the index lacks decodes nothing, and a key it has decodes itself, not its shard's other
 * entries. A reader that knows every tag (the trie's: the trieTags section) spares even the read for a key that
 * is absent, which most words of a text are (README, "Start-up, scale and cores"). Walking it decodes everything.
 */
export class EntryMap<V> extends LazyMap<V> {
  /** Per shard: its directory once read, null when it fell back (all its entries are in), undefined before. */
  private readonly dirs: Array<EntryShard | null | undefined>;
  /** Per shard read: which of its entries have been decoded. */
  private readonly decoded: Array<Uint8Array | undefined>;
  private complete = false;

  constructor(
    private readonly shards: number,
    private readonly reader: EntryReader<V>,
    /** The number of entries in all (the stored index knows it). */
    private readonly total: number,
  ) {
    super();
    this.dirs = new Array<EntryShard | null | undefined>(shards);
    this.decoded = new Array<Uint8Array | undefined>(shards);
  }

  private dir(shard: number): EntryShard | null {
    let dir = this.dirs[shard];
    if (dir !== undefined) return dir;
    dir = this.reader.shard(shard) ?? null;
    if (dir) this.decoded[shard] = new Uint8Array(dir.count);
    else this.fill(shard);
    return (this.dirs[shard] = dir);
  }

  /** Every entry of a shard from the fallback (the shard or one of its entries would not read). */
  private fill(shard: number): void {
    this.dirs[shard] = null;
    for (const [k, v] of this.reader.fallback(shard)) if (!super.has(k)) super.set(k, v);
  }

  /** Decodes entry i of a shard once; false when it does not decode (the shard then falls back). */
  private take(shard: number, dir: EntryShard, i: number): boolean {
    const done = this.decoded[shard]!;
    if (done[i]) return true;
    done[i] = 1;
    const entry = this.reader.decode(dir.entry(i));
    if (!entry) {
      this.fill(shard);
      return false;
    }
    if (!super.has(entry[0])) super.set(entry[0], entry[1]);
    return true;
  }

  private find(key: string): void {
    const hash = keyHash(key);
    if (this.reader.holds && !this.reader.holds(hash)) return;
    const shard = hash % this.shards;
    const dir = this.dir(shard);
    if (!dir) return;
    const { tags } = dir;
    for (let i = 0; i < tags.length; i++) if (tags[i] === hash && !this.take(shard, dir, i)) return;
  }

  /** Every entry, for whoever walks them all. */
  loadAll(): this {
    if (this.complete) return this;
    for (let s = 0; s < this.shards; s++) {
      const dir = this.dir(s);
      if (dir) for (let i = 0; i < dir.count && this.dirs[s]; i++) this.take(s, dir, i);
    }
    this.complete = true;
    return this;
  }

  /** How many shards have been read so far (their tags; their entries are decoded as asked). */
  get loadedShards(): number {
    return this.dirs.reduce((n, d) => (d === undefined ? n : n + 1), 0);
  }

  /** How many entries have been decoded so far. */
  get decodedEntries(): number {
    return super.size;
  }

  override get(key: string): V | undefined {
    const found = super.get(key);
    if (found !== undefined || this.complete) return found;
    this.find(key);
    return super.get(key);
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  override get size(): number {
    return this.complete ? super.size : this.total;
  }
}

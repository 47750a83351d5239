/**
 * The stored index built in partitions, so that a build's memory is bounded by a partition and not by the
 * glossary: the forms of every entity are made once, in the order the matcher keeps them, and spilled to one
 * temp file per partition of their first word (by the hash shardOf takes); then each partition's file is read
 * back, its part of the trie built and written shard by shard, and let go. The trie of the whole glossary is never
 * in memory (at 100,000 entities it took a gigabyte; at 1,000,000 it did not fit).
 *
 * A shard count is a multiple of the partition count, so that shardOf(key, shards) % partitions is the key's
 * partition: every shard is made whole by one partition. With one partition the file is the one the in-memory
 * build writes, byte for byte.
 *
 * The two questions the build asks across entities (is a possessive spelt as a listed form; does another entity
 * own a generated spelling's words) are answered from tables of 64-bit hashes (HashTable), which keep no strings.
 */
import { closeSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { GrammaticalCase } from '../inflect/index.ts';
import type { Entity, Glossary } from '../glossary/model.ts';
import { emitForms } from '../match/build-index.ts';
import type { GeneratedCollision } from '../match/name-index.ts';
import type { SurfaceForm } from '../match/surface.ts';
import { entryShardBytes, keyHash, SPLIT_ABOVE, shardCount, PER_SHARD, splitKey, splitShardBytes, type EntityShard, type StoredForm, type StoredNode } from './layout.ts';

type CaseTable = Map<GrammaticalCase, string>;

/** FNV-1a over UTF-16 units, as shardOf hashes (before its modulo). */
export function fnv(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A second, independent 32-bit hash (a multiply-rotate over units with a murmur finaliser). */
function hash2(key: string): number {
  let h = 0x9747b28c ^ key.length;
  for (let i = 0; i < key.length; i++) {
    h = Math.imul(h ^ key.charCodeAt(i), 0x5bd1e995);
    h = (h << 13) | (h >>> 19);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * An open-addressing table keyed by a string's two 32-bit hashes (a false match needs both to agree: about one
 * chance in 10^12 among ten million keys), each slot holding two numbers. No string is kept.
 */
export class HashTable {
  private h1 = new Int32Array(1 << 12);
  private h2 = new Int32Array(1 << 12);
  private a = new Int32Array(1 << 12);
  private b = new Int32Array(1 << 12);
  private used = 0;

  get size(): number {
    return this.used;
  }

  /** The slot of the key: found (>= 0) or where it would go (-1 - slot). */
  private slot(x: number, y: number): number {
    const mask = this.h1.length - 1;
    // Slots are empty when both hashes are 0; a key hashing to (0, 0) is stored as (0, 1).
    let s = (x ^ Math.imul(y, 0x27d4eb2d)) & mask;
    for (;;) {
      const p = this.h1[s]!;
      const q = this.h2[s]!;
      if (p === 0 && q === 0) return -1 - s;
      if (p === x && q === y) return s;
      s = (s + 1) & mask;
    }
  }

  private hashes(key: string): [number, number] {
    const x = fnv(key) | 0;
    let y = hash2(key) | 0;
    if (x === 0 && y === 0) y = 1;
    return [x, y];
  }

  /** The slot of the key, inserted (with a = b = -1) when new. */
  private ensure(key: string): number {
    if ((this.used + 1) * 2 > this.h1.length) this.grow();
    const [x, y] = this.hashes(key);
    let s = this.slot(x, y);
    if (s < 0) {
      s = -1 - s;
      this.h1[s] = x;
      this.h2[s] = y;
      this.a[s] = -1;
      this.b[s] = -1;
      this.used++;
    }
    return s;
  }

  /** Adds the key; true when it was new. */
  add(key: string): boolean {
    const before = this.used;
    this.ensure(key);
    return this.used > before;
  }

  has(key: string): boolean {
    const [x, y] = this.hashes(key);
    return this.slot(x, y) >= 0;
  }

  /** The first hash of every key (its FNV-1a: keyHash, the tag of an entry shard), sorted. */
  firstHashes(): Uint32Array {
    const out = new Uint32Array(this.used);
    let n = 0;
    for (let s = 0; s < this.h1.length; s++) if (this.h1[s] !== 0 || this.h2[s] !== 0) out[n++] = this.h1[s]! >>> 0;
    return out.sort();
  }

  /** Records an owner of the key: the first two distinct ones are kept, in the order they came. */
  addOwner(key: string, owner: number): void {
    const s = this.ensure(key);
    if (this.a[s] === -1) this.a[s] = owner;
    else if (this.a[s] !== owner && this.b[s] === -1) this.b[s] = owner;
  }

  /** The first owner of the key other than `not`, or -1. */
  ownerOtherThan(key: string, not: number): number {
    const [x, y] = this.hashes(key);
    const s = this.slot(x, y);
    if (s < 0) return -1;
    return this.a[s] !== not ? this.a[s]! : this.b[s]!;
  }

  private grow(): void {
    const { h1, h2, a, b } = this;
    const size = h1.length * 2;
    this.h1 = new Int32Array(size);
    this.h2 = new Int32Array(size);
    this.a = new Int32Array(size);
    this.b = new Int32Array(size);
    for (let s = 0; s < h1.length; s++) {
      if (h1[s] === 0 && h2[s] === 0) continue;
      const t = -1 - this.slot(h1[s]!, h2[s]!);
      this.h1[t] = h1[s]!;
      this.h2[t] = h2[s]!;
      this.a[t] = a[s]!;
      this.b[t] = b[s]!;
    }
  }
}

/** Spills still open (a build that failed half way leaves them): dropSpills closes them. */
const openSpills = new Set<PartitionFiles>();

/**
 * One temp file per partition, appended to and read back whole or in pieces; the two spills below differ only in
 * what they append (v8-serialised batches, or encoded entries as they are).
 */
abstract class PartitionFiles {
  protected readonly fds: Array<number | undefined>;
  protected readonly sizes: number[];

  constructor(
    private readonly dir: string,
    private readonly name: string,
    readonly partitions: number,
  ) {
    this.fds = new Array<number | undefined>(partitions);
    this.sizes = new Array<number>(partitions).fill(0);
    openSpills.add(this);
  }

  private path(p: number): string {
    return join(this.dir, `${this.name}-${p}.part`);
  }

  /** Appends bytes to partition p's file. */
  protected append(p: number, bytes: Buffer): void {
    const fd = (this.fds[p] ??= openSync(this.path(p), 'w+'));
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, this.sizes[p]! + done);
    this.sizes[p]! += bytes.length;
  }

  /** Fills `into` from partition p's file at `position`. */
  protected readAt(fd: number, into: Buffer, position: number): void {
    let done = 0;
    while (done < into.length) {
      const n = readSync(fd, into, done, into.length - done, position + done);
      if (n === 0) throw new Error('short spill file');
      done += n;
    }
  }

  /**
   * Partition p is read: its file is closed and removed (kept when another thread may need to read it again), and
   * the spill forgotten once every file is.
   */
  protected release(p: number, fd: number, keep = false): void {
    if (this.fds.every((f) => f === undefined || f === fd)) openSpills.delete(this);
    closeSync(fd);
    this.fds[p] = undefined;
    if (!keep) rmSync(this.path(p), { force: true });
  }

  /** Every partition's pending bytes appended; the size of each partition's file (what adopt takes). */
  seal(): number[] {
    for (let p = 0; p < this.partitions; p++) this.flushPartition(p);
    return [...this.sizes];
  }

  protected abstract flushPartition(p: number): void;

  private adopted = false;

  /** The files another thread's spill of this name sealed, to be read here (each opened when it is read). */
  adopt(sizes: readonly number[]): this {
    this.adopted = true;
    for (let p = 0; p < this.partitions; p++) this.sizes[p] = sizes[p]!;
    return this;
  }

  /** Partition p's file to read, if it has one. */
  protected readable(p: number): number | undefined {
    if (this.fds[p] === undefined && this.adopted && this.sizes[p]! > 0) this.fds[p] = openSync(this.path(p), 'r');
    return this.fds[p];
  }

  close(): void {
    openSpills.delete(this);
    for (let p = 0; p < this.partitions; p++) {
      const fd = this.fds[p];
      if (fd !== undefined) closeSync(fd);
      this.fds[p] = undefined;
    }
  }
}

/**
 * Records appended to one temp file per partition, in batches (v8-serialised arrays behind a length), and read
 * back batch by batch in the order they were appended.
 */
export class Spill<T> extends PartitionFiles {
  private readonly buffers: T[][];

  constructor(dir: string, name: string, partitions: number, private readonly batch = 2048) {
    super(dir, name, partitions);
    this.buffers = Array.from({ length: partitions }, () => []);
  }

  push(p: number, record: T): void {
    const buffer = this.buffers[p]!;
    buffer.push(record);
    if (buffer.length >= this.batch) this.flush(p);
  }

  protected flushPartition(p: number): void {
    this.flush(p);
  }

  private flush(p: number): void {
    const buffer = this.buffers[p]!;
    if (!buffer.length) return;
    const body = serialize(buffer);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(body.length);
    this.append(p, length);
    this.append(p, body);
    this.buffers[p] = [];
  }

  /** Every record of partition p, in order; the partition's file is removed once read, unless `keep`. */
  *read(p: number, keep = false): Generator<T> {
    this.flush(p);
    const fd = this.readable(p);
    if (fd === undefined) return;
    try {
      const length = Buffer.alloc(4);
      for (let at = 0; at < this.sizes[p]!;) {
        this.readAt(fd, length, at);
        const body = Buffer.allocUnsafe(length.readUInt32LE(0));
        this.readAt(fd, body, at + 4);
        at += 4 + body.length;
        yield* deserialize(body) as T[];
      }
    } finally {
      this.release(p, fd, keep);
    }
  }
}


/** Closes every spill still open (a build that failed half way) and removes the folder of their files. */
export function dropSpills(dir: string): void {
  for (const spill of [...openSpills]) spill.close();
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // nothing was made there
  }
}

/** A form as a partition keeps it until its trie part is built: its words' keys and the form as stored. */
type FormRecord = [keys: string[], form: StoredForm];

/** A form with its entity by id (`e`) and a listed variant by its place in the entity's list (`v`). */
function storeForm(f: SurfaceForm): StoredForm {
  const out = { e: f.entity.id } as StoredForm & Record<string, unknown>;
  for (const k in f) if (k !== 'entity' && k !== 'variant') out[k] = (f as unknown as Record<string, unknown>)[k];
  if (f.variant) out.v = f.entity.variants.indexOf(f.variant);
  return out;
}

/** A multiple of `partitions` at least `n`. */
export const roundUp = (n: number, partitions: number): number => Math.ceil(n / partitions) * partitions;

/** How many partitions a glossary of this many entities is built in (one below 25,000: the file is as before). */
export function partitionsFor(entities: number): number {
  return Math.max(1, Math.ceil(entities / 25_000));
}

export interface TrieFacts {
  startUnits: Uint8Array;
  formCount: number;
  longest: number;
  /** Distinct first words (the root's size). */
  firstWords: number;
  /** Their keyHash, sorted: the trie's tags (the trieTags section). */
  firstWordTags: Uint32Array;
  locales: string[];
  collisions: GeneratedCollision[];
  /** The case tables of the places (the places section), in the order they were made. */
  placeTables: Array<[string, CaseTable]>;
}

/** Writes a sharded section: shard i's bytes put in any order, the table of contents written by finish(). */
export interface ShardWriter {
  put(shard: number, bytes: Uint8Array): void;
  finish(empty: () => Uint8Array): void;
}

/**
 * Makes every form of the glossary and spills it by partition: forms by their first word, case tables by their
 * entity. Returns what the header needs; the spills are read by writeEntityPartitions and writeTriePartitions.
 */
export function spillForms(glossary: Glossary, dir: string, partitions: number): {
  facts: TrieFacts;
  forms: Spill<FormRecord>;
  tables: Spill<[string, CaseTable]>;
} {
  mkdirSync(dir, { recursive: true });
  const forms = new Spill<FormRecord>(dir, 'forms', partitions);
  const tables = new Spill<[string, CaseTable]>(dir, 'tables', partitions);
  const ordinal = new Map<Entity, number>();
  const byOrdinal: Entity[] = [];
  for (const e of glossary.entities.values()) {
    ordinal.set(e, byOrdinal.length);
    byOrdinal.push(e);
  }
  const owners = new HashTable();
  const spelt = new HashTable();
  const firstWords = new HashTable();
  const startUnits = new Uint8Array(0x10000);
  const placeTables: Array<[string, CaseTable]> = [];
  let formCount = 0;
  let longest = 0;
  const { locales, collisions } = emitForms(glossary, {
    add(keys, form) {
      if (keys.length === 0) return;
      const first = keys[0]!;
      const unit = first.charCodeAt(0);
      const lowerStart = !/^\p{Lu}/u.test(form.words[0] ?? '');
      startUnits[unit] = Math.max(startUnits[unit]!, lowerStart ? 2 : 1);
      formCount++;
      longest = Math.max(longest, keys.length);
      firstWords.add(first);
      if (!form.generated) {
        owners.addOwner(keys.join('\u0000'), ordinal.get(form.entity)!);
        spelt.add(form.form);
      }
      forms.push(fnv(first) % partitions, [keys, storeForm(form)]);
    },
    spelt: (_keys, form) => spelt.has(form),
    ownerOf(keys, entity) {
      const owner = owners.ownerOtherThan(keys.join('\u0000'), ordinal.get(entity)!);
      return owner < 0 ? undefined : byOrdinal[owner];
    },
    table(key, entity, table) {
      tables.push(fnv(entity.id) % partitions, [key, table]);
      if (entity.type === 'place') placeTables.push([key, table]);
    },
  });
  return { facts: { startUnits, formCount, longest, firstWords: firstWords.size, firstWordTags: firstWords.firstHashes(), locales, collisions, placeTables }, forms, tables };
}

/** The entity shards, partition by partition: entities from the glossary, case tables from their spill. */
export function writeEntityPartitions(glossary: Glossary, tables: Spill<[string, CaseTable]>, shards: number, out: ShardWriter): void {
  const partitions = tables.partitions;
  const ids: string[][] = Array.from({ length: shards }, () => []);
  for (const id of glossary.entities.keys()) ids[fnv(id) % shards]!.push(id);
  for (let p = 0; p < partitions; p++) {
    const byShard = new Map<number, Array<[string, CaseTable]>>();
    for (const [key, table] of tables.read(p)) {
      const shard = fnv(key.slice(0, key.indexOf('\u0000'))) % shards;
      let list = byShard.get(shard);
      if (!list) byShard.set(shard, (list = []));
      list.push([key, table]);
    }
    for (let s = p; s < shards; s += partitions) {
      const shard: EntityShard = { entities: ids[s]!.map((id) => glossary.entities.get(id)!), tables: byShard.get(s) ?? [] };
      out.put(s, serialize(shard));
    }
  }
}

/**
 * Encoded entries appended to one temp file per partition, each with a 32-bit tag (the entry's key hash): the
 * bytes are written as they were made and read back as they are, never decoded on the way.
 */
export class RawSpill extends PartitionFiles {
  private readonly chunks: Buffer[][];
  private readonly pending: number[];

  constructor(dir: string, name: string, partitions: number, private readonly batchBytes = 1 << 20) {
    super(dir, name, partitions);
    this.chunks = Array.from({ length: partitions }, () => []);
    this.pending = new Array<number>(partitions).fill(0);
  }

  /** Appends an entry to partition p, with its tag and its rank (where it goes among entries of other spills). */
  push(p: number, tag: number, bytes: Uint8Array, rank = 0): void {
    const head = Buffer.allocUnsafe(12);
    head.writeUInt32LE(tag >>> 0, 0);
    head.writeUInt32LE(bytes.length, 4);
    head.writeUInt32LE(rank, 8);
    this.chunks[p]!.push(head, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    this.pending[p]! += 12 + bytes.length;
    if (this.pending[p]! >= this.batchBytes) this.flush(p);
  }

  protected flushPartition(p: number): void {
    this.flush(p);
  }

  private flush(p: number): void {
    if (!this.pending[p]) return;
    this.append(p, Buffer.concat(this.chunks[p]!, this.pending[p]!));
    this.chunks[p] = [];
    this.pending[p] = 0;
  }

  /** Every entry of partition p as [tag, bytes, rank], in order; the partition's file is removed once read. */
  *read(p: number): Generator<[number, Buffer, number]> {
    this.flush(p);
    const fd = this.readable(p);
    if (fd === undefined) return;
    try {
      const body = Buffer.allocUnsafe(this.sizes[p]!);
      this.readAt(fd, body, 0);
      for (let at = 0; at < body.length;) {
        const tag = body.readUInt32LE(at);
        const length = body.readUInt32LE(at + 4);
        yield [tag, body.subarray(at + 12, at + 12 + length), body.readUInt32LE(at + 8)];
        at += 12 + length;
      }
    } finally {
      this.release(p, fd);
    }
  }
}

/** A form as spilled by its first word's partition: its words' keys and the form as stored. */
export type { FormRecord };

/**
 * Partition p's part of the trie: its forms built into subtrees by first word, in the order they were made, and
 * its shards put; a first word with more than SPLIT_ABOVE next words keeps them in the split section, whose
 * entries are encoded here, once, spilled by their own partition (ranked by p, so that entries spilled by other
 * threads fall into their places) and copied into their shards by writeSplitPartitions. Returns how many split
 * entries it spilled.
 */
export function writeTriePartition(p: number, records: Iterable<FormRecord>, shards: number, split: RawSpill, out: Pick<ShardWriter, 'put'>): number {
  const partitions = split.partitions;
  let splitCount = 0;
  const root = new Map<string, StoredNode>();
  for (const [keys, form] of records) {
    let level = root;
    let node: StoredNode | undefined;
    for (let i = 0; i < keys.length; i++) {
      node = level.get(keys[i]!);
      if (!node) level.set(keys[i]!, (node = {}));
      if (i < keys.length - 1) level = node.next ??= new Map();
    }
    (node!.forms ??= []).push(form);
  }
  const byShard = new Map<number, Array<[string, StoredNode]>>();
  for (const [first, node] of root) {
    const shard = fnv(first) % shards;
    let list = byShard.get(shard);
    if (!list) byShard.set(shard, (list = []));
    if ((node.next?.size ?? 0) <= SPLIT_ABOVE) {
      list.push([first, node]);
      continue;
    }
    list.push([first, { ...(node.forms ? { forms: node.forms } : {}), split: node.next!.size }]);
    for (const [second, child] of node.next!) {
      const key = splitKey(first, second);
      const hash = fnv(key);
      split.push(hash % partitions, hash, serialize([key, child]), p);
      splitCount++;
    }
  }
  root.clear();
  // Each first word encoded on its own and tagged with its hash, so that a reader decodes only the words it meets.
  for (let s = p; s < shards; s += partitions) out.put(s, entryShardBytes((byShard.get(s) ?? []).map(([k, node]) => [keyHash(k), serialize([k, node])])));
  return splitCount;
}

/**
 * The trie's shards, partition by partition (writeTriePartition), each partition taken from `next` (by default
 * every one in order; with another thread taking partitions too, from a counter both share).
 */
export function writeTriePartitions(forms: Spill<FormRecord>, shards: number, dir: string, out: Pick<ShardWriter, 'put'>, next?: () => number): { split: RawSpill; splitCount: number; taken: number[] } {
  const partitions = forms.partitions;
  const split = new RawSpill(dir, 'split', partitions);
  let splitCount = 0;
  let sequential = 0;
  const take = next ?? (() => sequential++);
  const taken: number[] = [];
  for (let p = take(); p < partitions; p = take()) {
    splitCount += writeTriePartition(p, forms.read(p), shards, split, out);
    taken.push(p);
  }
  return { split, splitCount, taken };
}

/**
 * The split section's shards, partition by partition, each entry in the order its first word's node had it: the
 * entries of several spills (one a thread) in the order of the trie partitions that made them.
 */
export function writeSplitPartitions(spills: RawSpill | readonly RawSpill[], shards: number, out: ShardWriter): void {
  const all = Array.isArray(spills) ? spills : [spills as RawSpill];
  const partitions = all[0]!.partitions;
  for (let p = 0; p < partitions; p++) {
    const byShard = new Map<number, Array<[number, Uint8Array]>>();
    for (const split of all) {
      for (const [hash, bytes, rank] of split.read(p)) {
        const shard = hash % shards;
        let list = byShard.get(shard);
        if (!list) byShard.set(shard, (list = []));
        list.push([rank, bytes]);
      }
    }
    // A stable sort by trie partition: the entries of one keep the order they were spilled in.
    const ordered = (list: Array<[number, Uint8Array]>) => list.sort((a, b) => a[0] - b[0]).map(([, bytes]) => bytes);
    for (let s = p; s < shards; s += partitions) out.put(s, splitShardBytes(ordered(byShard.get(s) ?? [])));
  }
}

/** Shard counts of the name index's sections, each a multiple of the partitions. */
export function trieShardCounts(entities: number, facts: TrieFacts, partitions: number): { entities: number; trie: number } {
  return {
    entities: roundUp(shardCount(entities, PER_SHARD.entities), partitions),
    trie: roundUp(shardCount(facts.firstWords, PER_SHARD.trie), partitions),
  };
}

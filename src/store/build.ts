/**
 * Building the stored index: the glossary read from YAML, the name index and the fuzzy index built, then cut into
 * shards and written. Only a run that finds no stored index (or `canonym glossary build`) loads this module and,
 * through it, YAML, the schema, the variants, transliteration and inflection tables.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { loadGlossary } from '../glossary/load.ts';
import type { Glossary, PlaceKeys, PlaceWord } from '../glossary/model.ts';
import { placeKeysOf } from '../context/entity-context.ts';
import { placeWordsOf } from '../fuzzy/place-words.ts';
import { buildNameIndexData } from '../match/build-index.ts';
import type { NameIndexData } from '../match/name-index.ts';
import type { SurfaceForm } from '../match/surface.ts';
import type { TrieNode } from '../match/trie.ts';
import { buildFuzzyParts } from '../fuzzy/fuzzy-build.ts';
import type { FuzzyParts, WordRef } from '../fuzzy/fuzzy-index.ts';
import { DeleteIndex, hashShard } from '../fuzzy/symspell.ts';
import { shardOf } from './lazy.ts';
import { dropSpills, partitionsFor, RawSpill, roundUp, spillForms, trieShardCounts, writeEntityPartitions, writeSplitPartitions, writeTriePartition, writeTriePartitions, type ShardWriter } from './partitioned.ts';
import {
  checksum, checksumBytes, END, ENTRY, entryShardBytes, FORMAT, KEY_BYTES, MAGIC, PER_SHARD, shardCount, SPLIT_ABOVE, splitKey,
  type EntityShard, type Header, type Range, type Sharded, type StoredCollision, type StoredForm, type StoredGivenSurnames, type StoredKey, type StoredNameForm, type StoredNode,
} from './layout.ts';

export interface GlossarySource {
  /** Extra layers over the shipped glossary, in order. */
  layers?: readonly string[];
  withoutShipped?: boolean;
}

export function glossaryOf(source: GlossarySource): Glossary {
  return loadGlossary({ layers: [...(source.layers ?? [])], withoutShipped: source.withoutShipped === true });
}

export { buildNameIndexData };

export function buildData(source: GlossarySource): NameIndexData {
  return buildNameIndexData(glossaryOf(source));
}

export function buildFuzzy(glossary: Glossary): FuzzyParts & { words: DeleteIndex<WordRef> } {
  return buildFuzzyParts(glossary);
}

/** A form with its entity by id: every other field as it is (a loop, which V8 runs far faster than rest and spread). */
function storeForm(f: SurfaceForm): StoredForm {
  const out = { e: f.entity.id } as StoredForm & Record<string, unknown>;
  for (const k in f) if (k !== 'entity' && k !== 'variant') out[k] = (f as unknown as Record<string, unknown>)[k];
  if (f.variant) out.v = f.entity.variants.indexOf(f.variant);
  return out;
}

export function storeNode(node: TrieNode): StoredNode {
  const out: StoredNode = {};
  if (node.forms) out.forms = node.forms.map(storeForm);
  if (node.next) out.next = new Map([...node.next].map(([k, n]) => [k, storeNode(n)]));
  return out;
}

/** Shard counts of every sharded section; a reader that needs a shard rebuilt asks for the counts of its file. */
export interface ShardCounts {
  entities: number;
  trie: number;
  trieSplit: number;
  keys: number;
  hashes: number;
  owners: number;
  phrases: number;
  givenNames: number;
  givenSurnames: number;
}

function fuzzyCounts(fuzzy: FuzzyParts & { words: DeleteIndex<WordRef> }): Omit<ShardCounts, 'entities' | 'trie' | 'trieSplit'> {
  return {
    keys: shardCount(fuzzy.words.size, PER_SHARD.keys),
    hashes: shardCount(fuzzy.words.filed, PER_SHARD.hashes),
    owners: shardCount(fuzzy.owners.size, PER_SHARD.owners),
    phrases: shardCount(fuzzy.knownPhrases.size, PER_SHARD.phrases),
    givenNames: shardCount(fuzzy.givenNames.size, PER_SHARD.givenNames),
    givenSurnames: shardCount(fuzzy.givenSurnames.size, PER_SHARD.givenSurnames),
  };
}

/** Keys in groups by shard, worked out once; a shard's content is made when it is asked for and not kept. */
function grouped<K>(keys: Iterable<K>, n: number, shard: (key: K) => number): K[][] {
  const out: K[][] = Array.from({ length: n }, () => []);
  for (const k of keys) out[shard(k)]!.push(k);
  return out;
}

/** Shard i of the entities, with their case tables. */
export function entityShards(data: NameIndexData, n: number): (i: number) => EntityShard {
  const ids = grouped(data.glossary.entities.keys(), n, (id) => shardOf(id, n));
  const tables = grouped(data.tables.keys(), n, (key) => shardOf(key.slice(0, key.indexOf('\u0000')), n));
  return (i) => ({ entities: ids[i]!.map((id) => data.glossary.entities.get(id)!), tables: tables[i]!.map((k) => [k, data.tables.get(k)!]) });
}

/** Shard i of the trie's first words, each with its subtree as stored (a big one without its next words). */
export function trieShards(data: NameIndexData, n: number): (i: number) => Array<[string, StoredNode]> {
  const keys = grouped(data.trie.root.keys(), n, (key) => shardOf(key, n));
  return (i) => keys[i]!.map((k) => {
    const node = data.trie.root.get(k)!;
    if ((node.next?.size ?? 0) <= SPLIT_ABOVE) return [k, storeNode(node)];
    return [k, { ...storeNode({ ...(node.forms ? { forms: node.forms } : {}) }), split: node.next!.size }];
  });
}

/** The second-level entries of the big first words, by first and second word. */
function splitEntries(data: NameIndexData): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [first, node] of data.trie.root) {
    if ((node.next?.size ?? 0) > SPLIT_ABOVE) for (const second of node.next!.keys()) out.push([first, second]);
  }
  return out;
}

/** Shard i of the split section: [first\0second, subtree]. */
export function trieSplitShards(data: NameIndexData, n: number): (i: number) => Array<[string, StoredNode]> {
  const pairs = grouped(splitEntries(data), n, ([first, second]) => shardOf(splitKey(first, second), n));
  return (i) => pairs[i]!.map(([first, second]) => [splitKey(first, second), storeNode(data.trie.root.get(first)!.next!.get(second)!)]);
}

/** Every place, with its case tables. */
export function placeShard(data: NameIndexData): EntityShard {
  const places = [...data.glossary.entities.values()].filter((e) => e.type === 'place');
  const ids = new Set(places.map((e) => e.id));
  return { entities: places, tables: [...data.tables].filter(([k]) => ids.has(k.slice(0, k.indexOf('\u0000')))) };
}

/** Every place's names as folded words (the placeKeys section). */
export const storedPlaceKeys = (data: NameIndexData): PlaceKeys[] => placeKeysOf(data.glossary);

/** Every place's one-word names with their keys (the placeWords section). */
export const storedPlaceWords = (data: NameIndexData): PlaceWord[] => placeWordsOf(data.glossary);

export const storedCollisions = (data: NameIndexData): StoredCollision[] =>
  data.collisions.map((c) => ({ entity: c.entity.id, form: c.form, path: c.path, owner: c.owner?.id ?? null }));

export interface FuzzyShards {
  keys(i: number): StoredKey[];
  hashes(i: number): Int32Array;
  owners(i: number): Array<[string, string[]]>;
  phrases(i: number): string[];
  givenNames(i: number): string[];
  givenSurnames(i: number): StoredGivenSurnames[];
}

/** The fuzzy index's sections, shard by shard (entities by id, so that a reader links them to its own). */
export function fuzzyShards(fuzzy: FuzzyParts & { words: DeleteIndex<WordRef> }, counts: ShardCounts): FuzzyShards {
  const words = fuzzy.words;
  let byHash: Array<Array<{ hash: number; pairs: Int32Array }>> | undefined;
  const hashGroups = () => {
    if (byHash) return byHash;
    byHash = Array.from({ length: counts.hashes }, () => []);
    for (const chain of words.exported()) byHash[hashShard(chain.hash, counts.hashes)]!.push(chain);
    return byHash;
  };
  const ownerKeys = grouped(fuzzy.owners.keys(), counts.owners, (k) => shardOf(k, counts.owners));
  const phrases = grouped(fuzzy.knownPhrases, counts.phrases, (p) => shardOf(p, counts.phrases));
  const givenNames = grouped(fuzzy.givenNames, counts.givenNames, (g) => shardOf(g, counts.givenNames));
  const givenKeys = grouped(fuzzy.givenSurnames.keys(), counts.givenSurnames, (g) => shardOf(g, counts.givenSurnames));
  return {
    keys(i) {
      const out: StoredKey[] = [];
      for (let id = i; id < words.size; id += counts.keys) {
        const refs = words.valuesOfKey(id).map(({ form, position }) => {
          const stored = { e: form.entity.id } as StoredNameForm & Record<string, unknown>;
          for (const k in form) if (k !== 'entity') stored[k] = (form as unknown as Record<string, unknown>)[k];
          return { form: stored, position };
        });
        out.push([id, words.keyOf(id), refs]);
      }
      return out;
    },
    hashes(i) {
      const chains = hashGroups()[i]!.sort((a, b) => a.hash - b.hash);
      const out = new Int32Array(chains.reduce((n, c) => n + (c.pairs.length / 2) * 3, 0));
      let t = 0;
      for (const { hash, pairs } of chains) {
        for (let p = 0; p < pairs.length; p += 2) {
          out[t++] = hash;
          out[t++] = pairs[p]!;
          out[t++] = pairs[p + 1]!;
        }
      }
      return out;
    },
    owners: (i) => ownerKeys[i]!.map((k) => [k, [...fuzzy.owners.get(k)!]]),
    phrases: (i) => phrases[i]!,
    givenNames: (i) => givenNames[i]!,
    givenSurnames: (i) => givenKeys[i]!.map((k) => {
      const list = fuzzy.givenSurnames.get(k)!;
      return [k, list === 'too-many' ? 0 : list.map((g) => [g.entityId, g.form, g.surnameKey])];
    }),
  };
}

/** What takes a sharded section: shard i's bytes as encode(i) makes them, in order (the file, or a worker's spool). */
export interface SectionSink<S> {
  sharded(shards: number, encode: (i: number) => Uint8Array, count: number): S;
}

/** The fuzzy index's sections as stored (the header's `fuzzy`), each section as the sink gives it back. */
export interface FuzzySections<S> {
  longestForm: number;
  keys: S;
  hashes: S;
  owners: S;
  phrases: S;
  givenNames: S;
  givenSurnames: S;
}

/** Builds the fuzzy index of a glossary and writes its sections, shard by shard, into `out`. */
export function writeFuzzy<S>(glossary: Glossary, out: SectionSink<S>): FuzzySections<S> {
  const fuzzy = buildFuzzy(glossary);
  const n = fuzzyCounts(fuzzy);
  const f = fuzzyShards(fuzzy, { entities: 0, trie: 0, trieSplit: 0, ...n });
  return {
    longestForm: fuzzy.longestForm,
    keys: out.sharded(n.keys, (i) => entryShardBytes(f.keys(i).map((k) => [k[0], serialize(k)])), fuzzy.words.size),
    hashes: out.sharded(n.hashes, (i) => rawInt32(f.hashes(i)), fuzzy.words.filed),
    owners: out.sharded(n.owners, (i) => serialize(f.owners(i)), fuzzy.owners.size),
    phrases: out.sharded(n.phrases, (i) => serialize(f.phrases(i)), fuzzy.knownPhrases.size),
    givenNames: out.sharded(n.givenNames, (i) => serialize(f.givenNames(i)), fuzzy.givenNames.size),
    givenSurnames: out.sharded(n.givenSurnames, (i) => serialize(f.givenSurnames(i)), fuzzy.givenSurnames.size),
  };
}

/** Appends to a file descriptor, keeping the offset. */
class Appender implements SectionSink<Sharded> {
  offset = 0;
  constructor(private readonly fd: number) {}

  write(bytes: Uint8Array): number {
    const at = this.offset;
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, this.offset + done);
    this.offset += bytes.length;
    return at;
  }

  range(bytes: Uint8Array): Range {
    return [this.write(bytes), bytes.length, checksum(bytes)];
  }

  /** A section whose shards are put in any order (a partition at a time), then its table of contents. */
  shardWriter(shards: number, count: number): ShardWriter & { section(): Sharded; adopt(spooled: SpooledShards, base: number): void } {
    const toc = Buffer.alloc(shards * ENTRY);
    const put = new Uint8Array(shards);
    let section: Sharded | undefined;
    return {
      // Shards a worker spooled, copied in at `base` (copySpool): their entries, with the offsets moved.
      adopt: (spooled, base) => {
        const from = Buffer.from(spooled.toc.buffer, spooled.toc.byteOffset, spooled.toc.byteLength);
        for (const i of spooled.put) {
          from.copy(toc, i * ENTRY, i * ENTRY, (i + 1) * ENTRY);
          toc.writeDoubleLE(from.readDoubleLE(i * ENTRY) + base, i * ENTRY);
          put[i] = 1;
        }
      },
      put: (i, bytes) => {
        toc.writeDoubleLE(this.write(bytes), i * ENTRY);
        toc.writeUInt32LE(bytes.length, i * ENTRY + 8);
        checksumBytes(bytes).copy(toc, i * ENTRY + 12);
        put[i] = 1;
      },
      finish: (empty) => {
        for (let i = 0; i < shards; i++) {
          if (put[i]) continue;
          const bytes = empty();
          toc.writeDoubleLE(this.write(bytes), i * ENTRY);
          toc.writeUInt32LE(bytes.length, i * ENTRY + 8);
          checksumBytes(bytes).copy(toc, i * ENTRY + 12);
        }
        section = { shards, toc: this.write(toc), count };
      },
      section: () => section!,
    };
  }

  /** Each shard as it is made and encoded (and then let go), then the table of contents. */
  sharded(shards: number, encode: (i: number) => Uint8Array, count: number): Sharded {
    const w = this.shardWriter(shards, count);
    for (let i = 0; i < shards; i++) w.put(i, encode(i));
    w.finish(() => new Uint8Array(0));
    return w.section();
  }

  /** A worker's spool file (SpoolSink) copied as it is; where it starts (the base of its offsets). */
  copySpool(path: string): number {
    const base = this.offset;
    const fd = openSync(path, 'r');
    try {
      const chunk = Buffer.allocUnsafe(1 << 24);
      for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0;) this.write(chunk.subarray(0, n));
    } finally {
      closeSync(fd);
    }
    return base;
  }

  /** The sections a worker spooled, copied in at `base`: each section's table of contents, its offsets moved. */
  spooled(base: number, sections: FuzzySections<SpooledSection>): FuzzySections<Sharded> {
    const moved = (s: SpooledSection): Sharded => {
      const toc = Buffer.from(s.toc.buffer, s.toc.byteOffset, s.toc.byteLength);
      for (let i = 0; i < s.shards; i++) toc.writeDoubleLE(toc.readDoubleLE(i * ENTRY) + base, i * ENTRY);
      return { shards: s.shards, toc: this.write(toc), count: s.count };
    };
    const { longestForm, ...rest } = sections;
    return { longestForm, ...(Object.fromEntries(Object.entries(rest).map(([k, s]) => [k, moved(s)])) as Omit<FuzzySections<Sharded>, 'longestForm'>) };
  }
}

/** A section a worker wrote to its spool file: its table of contents, with offsets in that file. */
export interface SpooledSection {
  shards: number;
  count: number;
  toc: Uint8Array;
}

/** Shards of one section a worker spooled, put in any order: its table of contents, and which shards it put. */
export interface SpooledShards {
  toc: Uint8Array;
  put: number[];
}

/** The shards of sections written to a file of their own, their tables of contents kept (Appender.spooled). */
export class SpoolSink implements SectionSink<SpooledSection> {
  private readonly out: Appender;

  constructor(fd: number) {
    this.out = new Appender(fd);
  }

  /** A section whose shards are put in any order, some by another thread (Appender's shardWriter adopts them). */
  shardWriter(shards: number): Pick<ShardWriter, 'put'> & { spooled(): SpooledShards } {
    const toc = Buffer.alloc(shards * ENTRY);
    const put: number[] = [];
    return {
      put: (i, bytes) => {
        toc.writeDoubleLE(this.out.write(bytes), i * ENTRY);
        toc.writeUInt32LE(bytes.length, i * ENTRY + 8);
        checksumBytes(bytes).copy(toc, i * ENTRY + 12);
        put.push(i);
      },
      spooled: () => ({ toc, put }),
    };
  }

  sharded(shards: number, encode: (i: number) => Uint8Array, count: number): SpooledSection {
    const toc = Buffer.alloc(shards * ENTRY);
    for (let i = 0; i < shards; i++) {
      const bytes = encode(i);
      toc.writeDoubleLE(this.out.write(bytes), i * ENTRY);
      toc.writeUInt32LE(bytes.length, i * ENTRY + 8);
      checksumBytes(bytes).copy(toc, i * ENTRY + 12);
    }
    return { shards, count, toc };
  }
}

/** What the build's worker is given: the glossary's layers (it reads them itself), its spool file, shared flags. */
export interface BuildWorkerData {
  source: GlossarySource;
  spool: string;
  /**
   * [0] 0 while the worker works, 1 once its answer is posted on `port`, 2 when it failed or exited without one;
   * [1] 0 until the forms are spilled, then 1 (a TrieJob posted to the worker) or 2 (no trie partitions for it);
   * [2] the next trie partition nobody has taken.
   */
  shared: Int32Array;
  port: MessagePort;
}

/** What the worker needs to build trie partitions: where the forms were spilled, and their files' sizes. */
export interface TrieJob {
  dir: string;
  partitions: number;
  shards: number;
  forms: number[];
}

/** The worker's answer: the fuzzy index's sections and the trie partitions it built (with its split spill's sizes). */
export interface BuildWorkerAnswer {
  sections: FuzzySections<SpooledSection>;
  trie?: { shards: SpooledShards; partitions: number[]; split: number[]; splitCount: number };
}
export type BuildWorkerMessage = BuildWorkerAnswer | { error: string };

/** The name of the worker's split spill (partitioned.ts's RawSpill) beside the building thread's. */
export const WORKER_SPLIT = 'split-w';

interface BuildJob {
  /** Lets the worker take trie partitions from the spilled forms; the counter both threads take them from. */
  shareTrie(job: TrieJob): () => number;
  /** Waits for the worker; its answer, undefined when it failed (the caller does its part itself). */
  finish(): BuildWorkerAnswer | undefined;
  cancel(): void;
}

/**
 * A worker thread that builds beside this one: it reads the glossary's layers itself (a glossary is not cheap to
 * hand over), builds the fuzzy index in a heap of its own and spools its sections to a file; then, once this
 * thread has spilled the forms, it takes trie partitions from the same counter as this thread does, spooling their
 * shards too. This thread copies the spool into the stored index once its own part is written. It waits for the
 * worker synchronously (the build is synchronous): the worker posts its answer, then sets a flag in shared memory,
 * and sets it on exit too, so that a worker that dies wakes this thread.
 */
function startBuildWorker(source: GlossarySource, spool: string): BuildJob | undefined {
  const ext = extname(fileURLToPath(import.meta.url));
  const script = new URL(ext === '.ts' ? './build-worker-tsx.mjs' : `./build-worker${ext}`, import.meta.url);
  if (!existsSync(script)) return undefined;
  const shared = new Int32Array(new SharedArrayBuffer(12));
  const { port1, port2 } = new MessageChannel();
  // The fuzzy index of a million entities takes more than V8's default heap (4 GB here): the worker gets room.
  const heapMb = Math.max(4096, Math.min(16384, Math.floor(totalmem() / 2 ** 21)));
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: { source, spool, shared, port: port2 } satisfies BuildWorkerData, transferList: [port2], resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  } catch {
    port1.close();
    return undefined;
  }
  worker.unref();
  const release = (value: 1 | 2) => {
    if (Atomics.compareExchange(shared, 1, 0, value) === 0) Atomics.notify(shared, 1);
  };
  const cancel = () => {
    release(2);
    void worker.terminate();
    port1.close();
    rmSync(spool, { force: true });
  };
  return {
    shareTrie(job) {
      port1.postMessage(job);
      release(1);
      return () => Atomics.add(shared, 2, 1);
    },
    finish() {
      release(2);
      while (Atomics.load(shared, 0) === 0) Atomics.wait(shared, 0, 0, 1000);
      const message = receiveMessageOnPort(port1)?.message as BuildWorkerMessage | undefined;
      return message && 'sections' in message ? message : undefined;
    },
    cancel,
  };
}

const rawInt32 = (a: Int32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Older cache files beyond this many are removed when a new one is written. */
const KEEP_FILES = 6;

export interface WriteOptions {
  /** Partitions of the build (default: partitionsFor the glossary's size); tests ask for several on a small one. */
  partitions?: number;
  /**
   * The layers the glossary was read from: with them (and a second core), a glossary of more than one partition
   * has its fuzzy index built on a worker thread, which reads the layers itself.
   */
  source?: GlossarySource;
  /**
   * Whether to build on a worker (default: as said for `source`); tests force it either way, or ask the worker to
   * build every trie partition too ('trie'), which it otherwise shares with this thread as each is free to.
   */
  worker?: boolean | 'trie';
}

/**
 * Writes the stored index of a glossary to a temp file, section by section, then renames it into place, so that a
 * reader never sees half a file; old cache files beyond KEEP_FILES go. The name index is built in partitions
 * (partitioned.ts): its forms are spilled to temp files beside the index and each partition's trie is built,
 * written and let go, so that the whole trie is never in memory. False when the folder cannot take it.
 */
export function writeStored(dir: string, path: string, key: string, glossary: Glossary, options: WriteOptions = {}): { written: boolean; fuzzyOnWorker?: boolean; triePartitionsOnWorker?: number } {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const spillDir = `${temp}.parts`;
  let fd: number | undefined;
  const partitions = options.partitions ?? partitionsFor(glossary.entities.size);
  const spool = `${temp}.spool`;
  let job: BuildJob | undefined;
  let fuzzyOnWorker = false;
  let triePartitionsOnWorker = 0;
  try {
    mkdirSync(dir, { recursive: true });
    fd = openSync(temp, 'w');
    const out = new Appender(fd);
    const keyBytes = Buffer.from(key, 'hex');
    if (keyBytes.length !== KEY_BYTES) throw new Error('bad key');
    out.write(Buffer.concat([MAGIC, keyBytes]));
    if (options.source && (options.worker ?? (partitions > 1 && availableParallelism() > 1))) job = startBuildWorker(options.source, spool);
    const { facts, forms, tables } = spillForms(glossary, spillDir, partitions);
    const counts = trieShardCounts(glossary.entities.size, facts, partitions);
    // The worker takes trie partitions too, once it has built the fuzzy index: from the same counter as this thread.
    const next = job?.shareTrie({ dir: spillDir, partitions, shards: counts.trie, forms: forms.seal() });
    const empty = () => serialize([]);
    const entityWriter = out.shardWriter(counts.entities, glossary.entities.size);
    writeEntityPartitions(glossary, tables, counts.entities, entityWriter);
    entityWriter.finish(() => serialize({ entities: [], tables: [] }));
    const trieWriter = out.shardWriter(counts.trie, facts.firstWords);
    const own = writeTriePartitions(forms, counts.trie, spillDir, trieWriter, options.worker === 'trie' && next ? () => partitions : next);
    const splits = [own.split];
    let splitCount = own.splitCount;
    // The worker's part, copied in; if it failed, the trie partitions it took are built here from the forms' files
    // it leaves, and the fuzzy index below.
    const answer = job?.finish();
    let fuzzy: FuzzySections<Sharded> | undefined;
    if (answer) {
      const base = out.copySpool(spool);
      fuzzy = out.spooled(base, answer.sections);
      fuzzyOnWorker = true;
      if (answer.trie) {
        trieWriter.adopt(answer.trie.shards, base);
        splits.push(new RawSpill(spillDir, WORKER_SPLIT, partitions).adopt(answer.trie.split));
        splitCount += answer.trie.splitCount;
        triePartitionsOnWorker = answer.trie.partitions.length;
      }
    } else if (next) {
      const taken = new Set(own.taken);
      for (let p = 0; p < partitions; p++) if (!taken.has(p)) splitCount += writeTriePartition(p, forms.read(p), counts.trie, own.split, trieWriter);
    }
    trieWriter.finish(() => entryShardBytes([]));
    const splitWriter = out.shardWriter(roundUp(shardCount(splitCount, PER_SHARD.trieSplit), partitions), 0);
    writeSplitPartitions(splits, roundUp(shardCount(splitCount, PER_SHARD.trieSplit), partitions), splitWriter);
    splitWriter.finish(empty);
    const entities = entityWriter.section();
    const trie = trieWriter.section();
    const trieSplit = splitWriter.section();
    const startUnits = out.range(facts.startUnits);
    const trieTags = out.range(new Uint8Array(facts.firstWordTags.buffer, facts.firstWordTags.byteOffset, facts.firstWordTags.byteLength));
    const collisions = out.range(serialize(facts.collisions.map((c) => ({ entity: c.entity.id, form: c.form, path: c.path, owner: c.owner?.id ?? null }))));
    const placeEntities = [...glossary.entities.values()].filter((e) => e.type === 'place');
    const places = out.range(serialize({ entities: placeEntities, tables: facts.placeTables }));
    const placeGlossary = { entities: new Map(placeEntities.map((e) => [e.id, e])) };
    const placeKeys = out.range(serialize(placeKeysOf(placeGlossary)));
    const placeWords = out.range(serialize(placeWordsOf(placeGlossary)));
    const trieFacts = { formCount: facts.formCount, longest: facts.longest };
    const data = { locales: facts.locales };
    // Without the worker's, the fuzzy index is built here once the trie's partitions are written and let go.
    fuzzy ??= writeFuzzy(glossary, out);
    const header: Header = {
      format: FORMAT,
      locales: data.locales,
      entities,
      trie: { ...trie, ...trieFacts },
      trieSplit,
      trieTags,
      startUnits,
      collisions,
      places,
      placeKeys,
      placeWords,
      fuzzy,
    };
    const headerBytes = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(headerBytes.length);
    out.write(Buffer.concat([headerBytes, length, END]));
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch {
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(temp, { force: true });
    } catch {
      // the directory itself is unusable: nothing was written
    }
    return { written: false }; // a read-only or full cache directory costs speed, never the run
  } finally {
    job?.cancel();
    dropSpills(spillDir);
  }
  try {
    const stored = readdirSync(dir)
      .filter((n) => /^index-[0-9a-f]+\.bin$/.test(n))
      .map((n) => ({ path: join(dir, n), mtime: statSync(join(dir, n)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const old of stored.slice(KEEP_FILES)) unlinkSync(old.path);
  } catch {
    // another run cleaning up at the same time
  }
  return { written: true, fuzzyOnWorker, triePartitionsOnWorker };
}

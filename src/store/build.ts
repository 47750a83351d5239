/**
 * Building the stored index: the glossary read from YAML, the name index and the fuzzy index built, then cut into
 * shards and written. Only a run that finds no stored index (or `canonym glossary build`) loads this module and,
 * through it, YAML, the schema, the variants, transliteration and inflection tables.
 */
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { loadGlossary } from '../glossary/load.ts';
import type { Glossary } from '../glossary/model.ts';
import { buildNameIndexData } from '../match/build-index.ts';
import type { NameIndexData } from '../match/name-index.ts';
import type { SurfaceForm } from '../match/surface.ts';
import type { TrieNode } from '../match/trie.ts';
import { buildFuzzyParts } from '../fuzzy/fuzzy-build.ts';
import type { FuzzyParts, WordRef } from '../fuzzy/fuzzy-index.ts';
import { DeleteIndex, hashShard } from '../fuzzy/symspell.ts';
import { shardOf } from './lazy.ts';
import { dropSpills, partitionsFor, roundUp, spillForms, trieShardCounts, writeEntityPartitions, writeSplitPartitions, writeTriePartitions, type ShardWriter } from './partitioned.ts';
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

/** Appends to a file descriptor, keeping the offset. */
class Appender {
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
  shardWriter(shards: number, count: number): ShardWriter & { section(): Sharded } {
    const toc = Buffer.alloc(shards * ENTRY);
    const put = new Uint8Array(shards);
    let section: Sharded | undefined;
    return {
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
}

const rawInt32 = (a: Int32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Older cache files beyond this many are removed when a new one is written. */
const KEEP_FILES = 6;

export interface WriteOptions {
  /** Partitions of the build (default: partitionsFor the glossary's size); tests ask for several on a small one. */
  partitions?: number;
}

/**
 * Writes the stored index of a glossary to a temp file, section by section, then renames it into place, so that a
 * reader never sees half a file; old cache files beyond KEEP_FILES go. The name index is built in partitions
 * (partitioned.ts): its forms are spilled to temp files beside the index and each partition's trie is built,
 * written and let go, so that the whole trie is never in memory. False when the folder cannot take it.
 */
export function writeStored(dir: string, path: string, key: string, glossary: Glossary, options: WriteOptions = {}): { written: boolean } {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const spillDir = `${temp}.parts`;
  let fd: number | undefined;
  const partitions = options.partitions ?? partitionsFor(glossary.entities.size);
  try {
    mkdirSync(dir, { recursive: true });
    fd = openSync(temp, 'w');
    const out = new Appender(fd);
    const keyBytes = Buffer.from(key, 'hex');
    if (keyBytes.length !== KEY_BYTES) throw new Error('bad key');
    out.write(Buffer.concat([MAGIC, keyBytes]));
    const { facts, forms, tables } = spillForms(glossary, spillDir, partitions);
    const counts = trieShardCounts(glossary.entities.size, facts, partitions);
    const empty = () => serialize([]);
    const entityWriter = out.shardWriter(counts.entities, glossary.entities.size);
    writeEntityPartitions(glossary, tables, counts.entities, entityWriter);
    entityWriter.finish(() => serialize({ entities: [], tables: [] }));
    const trieWriter = out.shardWriter(counts.trie, facts.firstWords);
    const { split, splitCount } = writeTriePartitions(forms, counts.trie, spillDir, trieWriter);
    trieWriter.finish(() => entryShardBytes([]));
    const splitWriter = out.shardWriter(roundUp(shardCount(splitCount, PER_SHARD.trieSplit), partitions), 0);
    writeSplitPartitions(split, roundUp(shardCount(splitCount, PER_SHARD.trieSplit), partitions), splitWriter);
    splitWriter.finish(empty);
    const entities = entityWriter.section();
    const trie = trieWriter.section();
    const trieSplit = splitWriter.section();
    const startUnits = out.range(facts.startUnits);
    const collisions = out.range(serialize(facts.collisions.map((c) => ({ entity: c.entity.id, form: c.form, path: c.path, owner: c.owner?.id ?? null }))));
    const places = out.range(serialize({ entities: [...glossary.entities.values()].filter((e) => e.type === 'place'), tables: facts.placeTables }));
    const trieFacts = { formCount: facts.formCount, longest: facts.longest };
    const data = { locales: facts.locales };
    // The fuzzy index is built once the trie's partitions are written and let go.
    const fuzzy = buildFuzzy(glossary);
    const fuzzyCount = fuzzyCounts(fuzzy);
    const f = fuzzyShards(fuzzy, { ...counts, trieSplit: trieSplit.shards, ...fuzzyCount });
    const header: Header = {
      format: FORMAT,
      locales: data.locales,
      entities,
      trie: { ...trie, ...trieFacts },
      trieSplit,
      startUnits,
      collisions,
      places,
      fuzzy: {
        longestForm: fuzzy.longestForm,
        keys: out.sharded(fuzzyCount.keys, (i) => entryShardBytes(f.keys(i).map((k) => [k[0], serialize(k)])), fuzzy.words.size),
        hashes: out.sharded(fuzzyCount.hashes, (i) => rawInt32(f.hashes(i)), fuzzy.words.filed),
        owners: out.sharded(fuzzyCount.owners, (i) => serialize(f.owners(i)), fuzzy.owners.size),
        phrases: out.sharded(fuzzyCount.phrases, (i) => serialize(f.phrases(i)), fuzzy.knownPhrases.size),
        givenNames: out.sharded(fuzzyCount.givenNames, (i) => serialize(f.givenNames(i)), fuzzy.givenNames.size),
        givenSurnames: out.sharded(fuzzyCount.givenSurnames, (i) => serialize(f.givenSurnames(i)), fuzzy.givenSurnames.size),
      },
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
  return { written: true };
}

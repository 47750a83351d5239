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
import type { TrieNode } from '../match/trie.ts';
import { buildFuzzyParts } from '../fuzzy/fuzzy-build.ts';
import type { FuzzyParts, WordRef } from '../fuzzy/fuzzy-index.ts';
import { DeleteIndex, hashShard } from '../fuzzy/symspell.ts';
import { shardOf } from './lazy.ts';
import {
  checksum, checksumBytes, END, ENTRY, FORMAT, KEY_BYTES, MAGIC, PER_SHARD, shardCount,
  type EntityShard, type Header, type Range, type Sharded, type StoredCollision, type StoredKey, type StoredNameForm, type StoredNode,
} from './layout.ts';

export interface GlossarySource {
  /** Extra layers over the shipped glossary, in order. */
  layers?: readonly string[];
  withoutShipped?: boolean;
}

export function buildData(source: GlossarySource): NameIndexData {
  const glossary = loadGlossary({ layers: [...(source.layers ?? [])], withoutShipped: source.withoutShipped === true });
  return buildNameIndexData(glossary);
}

export function buildFuzzy(glossary: Glossary): FuzzyParts & { words: DeleteIndex<WordRef> } {
  return buildFuzzyParts(glossary);
}

export function storeNode(node: TrieNode): StoredNode {
  const out: StoredNode = {};
  if (node.forms) {
    out.forms = node.forms.map((f) => {
      const { entity, variant, ...rest } = f;
      return { ...rest, e: entity.id, ...(variant ? { v: entity.variants.indexOf(variant) } : {}) };
    });
  }
  if (node.next) out.next = new Map([...node.next].map(([k, n]) => [k, storeNode(n)]));
  return out;
}

/** Shard counts of every sharded section; a reader that needs a shard rebuilt asks for the counts of its file. */
export interface ShardCounts {
  entities: number;
  trie: number;
  keys: number;
  hashes: number;
  owners: number;
  phrases: number;
  givenNames: number;
}

export function countsOf(data: NameIndexData, fuzzy: FuzzyParts & { words: DeleteIndex<WordRef> }): ShardCounts {
  let hashCount = 0;
  for (const _ of fuzzy.words.exported()) hashCount++;
  return {
    entities: shardCount(data.glossary.entities.size, PER_SHARD.entities),
    trie: shardCount(data.trie.root.size, PER_SHARD.trie),
    keys: shardCount(fuzzy.words.size, PER_SHARD.keys),
    hashes: shardCount(hashCount * 2, PER_SHARD.hashes), // about two entries a hash
    owners: shardCount(fuzzy.owners.size, PER_SHARD.owners),
    phrases: shardCount(fuzzy.knownPhrases.size, PER_SHARD.phrases),
    givenNames: shardCount(fuzzy.givenNames.size, PER_SHARD.givenNames),
  };
}

export const entityShards = (data: NameIndexData, n: number): EntityShard[] => {
  const out: EntityShard[] = Array.from({ length: n }, () => ({ entities: [], tables: [] }));
  for (const e of data.glossary.entities.values()) out[shardOf(e.id, n)]!.entities.push(e);
  for (const [key, table] of data.tables) out[shardOf(key.slice(0, key.indexOf('\u0000')), n)]!.tables.push([key, table]);
  return out;
};

export const trieShards = (data: NameIndexData, n: number): Array<Array<[string, StoredNode]>> => {
  const out: Array<Array<[string, StoredNode]>> = Array.from({ length: n }, () => []);
  for (const [key, node] of data.trie.root) out[shardOf(key, n)]!.push([key, storeNode(node)]);
  return out;
};

export const storedCollisions = (data: NameIndexData): StoredCollision[] =>
  data.collisions.map((c) => ({ entity: c.entity.id, form: c.form, path: c.path, owner: c.owner?.id ?? null }));

/** The fuzzy index's sections, shard by shard (entities by id, so that a reader links them to its own). */
export function fuzzyShards(fuzzy: FuzzyParts & { words: DeleteIndex<WordRef> }, counts: ShardCounts) {
  const keys: StoredKey[][] = Array.from({ length: counts.keys }, () => []);
  for (let id = 0; id < fuzzy.words.size; id++) {
    const refs = fuzzy.words.valuesOfKey(id).map(({ form, position }) => {
      const { entity, ...rest } = form;
      return { form: { ...rest, e: entity.id } as StoredNameForm, position };
    });
    keys[id % counts.keys]!.push([id, fuzzy.words.keyOf(id), refs]);
  }
  const byHash: Array<Array<{ hash: number; pairs: Int32Array }>> = Array.from({ length: counts.hashes }, () => []);
  for (const chain of fuzzy.words.exported()) byHash[hashShard(chain.hash, counts.hashes)]!.push(chain);
  const hashes = byHash.map((chains) => {
    chains.sort((a, b) => a.hash - b.hash);
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
  });
  const owners: Array<Array<[string, string[]]>> = Array.from({ length: counts.owners }, () => []);
  for (const [key, ids] of fuzzy.owners) owners[shardOf(key, counts.owners)]!.push([key, [...ids]]);
  const bySet = (set: Set<string>, n: number) => {
    const out: string[][] = Array.from({ length: n }, () => []);
    for (const s of set) out[shardOf(s, n)]!.push(s);
    return out;
  };
  return { keys, hashes, owners, phrases: bySet(fuzzy.knownPhrases, counts.phrases), givenNames: bySet(fuzzy.givenNames, counts.givenNames) };
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

  /** Each shard as it is encoded, then the table of contents. */
  sharded<T>(shards: readonly T[], encode: (shard: T) => Uint8Array, count: number): Sharded {
    const toc = Buffer.alloc(shards.length * ENTRY);
    shards.forEach((shard, i) => {
      const bytes = encode(shard);
      toc.writeDoubleLE(this.write(bytes), i * ENTRY);
      toc.writeUInt32LE(bytes.length, i * ENTRY + 8);
      checksumBytes(bytes).copy(toc, i * ENTRY + 12);
    });
    return { shards: shards.length, toc: this.write(toc), count };
  }
}

const rawInt32 = (a: Int32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Older cache files beyond this many are removed when a new one is written. */
const KEEP_FILES = 6;

/**
 * Writes the stored index to a temp file, shard by shard, then renames it into place, so that a reader never sees
 * half a file; old cache files beyond KEEP_FILES go. False when the folder cannot take it.
 */
export function writeStored(dir: string, path: string, key: string, data: NameIndexData, fuzzy: FuzzyParts & { words: DeleteIndex<WordRef> }): boolean {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  let fd: number | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    fd = openSync(temp, 'w');
    const out = new Appender(fd);
    const keyBytes = Buffer.from(key, 'hex');
    if (keyBytes.length !== KEY_BYTES) throw new Error('bad key');
    out.write(Buffer.concat([MAGIC, keyBytes]));
    const counts = countsOf(data, fuzzy);
    const entities = out.sharded(entityShards(data, counts.entities), serialize, data.glossary.entities.size);
    const trie = out.sharded(trieShards(data, counts.trie), serialize, data.trie.root.size);
    const startUnits = out.range(data.trie.startUnits);
    const collisions = out.range(serialize(storedCollisions(data)));
    const f = fuzzyShards(fuzzy, counts);
    let hashCount = 0;
    for (const h of f.hashes) hashCount += h.length / 3;
    const header: Header = {
      format: FORMAT,
      locales: data.locales,
      entities,
      trie: { ...trie, formCount: data.trie.formCount, longest: data.trie.longest },
      startUnits,
      collisions,
      fuzzy: {
        longestForm: fuzzy.longestForm,
        keys: out.sharded(f.keys, serialize, fuzzy.words.size),
        hashes: out.sharded(f.hashes, rawInt32, hashCount),
        owners: out.sharded(f.owners, serialize, fuzzy.owners.size),
        phrases: out.sharded(f.phrases, serialize, fuzzy.knownPhrases.size),
        givenNames: out.sharded(f.givenNames, serialize, fuzzy.givenNames.size),
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
    return false; // a read-only or full cache directory costs speed, never the run
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
  return true;
}

/**
 * The stored, compiled index: the merged glossary with every surface form, case form and generated variant, and
 * the fuzzy index, built once and kept in a cache file, so that a run reads what it needs of it instead of parsing
 * YAML and rebuilding tries.
 *
 * The key covers everything the index is made from: the content of every glossary file of every layer, the
 * canonym version, and the code that builds it (names, sizes and times of its modules; a developer's edit must
 * not meet a stale index). A file whose key, header or shard does not match is rebuilt, never trusted.
 *
 * This module is the read path: it loads neither YAML nor the schema nor the variant, transliteration and
 * inflection tables. Building (build.ts) is loaded only when no stored index matches. Layout: layout.ts.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { SHIPPED_GLOSSARY_DIR, yamlFiles } from '../glossary/files.ts';
import { FuzzyIndex, type GivenSurnames, type WordRef } from '../fuzzy/fuzzy-index.ts';
import type { Entity, Glossary, PlaceKeys, PlaceWord } from '../glossary/model.ts';
import type { GrammaticalCase } from '../inflect/index.ts';
import { FROM_SOURCE, requireOwn } from '../io/lazy-deps.ts';
import { cacheAffixRules, cacheStemTables } from '../lexicon/dictionary.ts';
import { nameIndexFrom, type GeneratedCollision, type NameIndex, type NameIndexData } from '../match/name-index.ts';
import type { TrieNode } from '../match/trie.ts';
import { StoredDeleteIndex } from '../fuzzy/symspell.ts';
import { EntryMap, ShardedMap, ShardedSet } from './lazy.ts';
import { stemTableCache } from './stem-cache.ts';
import { affixRuleCache } from './affix-cache.ts';
import {
  checksumBytes, decodeSplitShard, END, ENTRY, EntryShard, FORMAT, hasTag, KEY_BYTES, MAGIC,
  type EntityShard, type Header, type Range, type Sharded, type StoredCollision, type StoredForm, type StoredGivenSurnames, type StoredKey, type StoredNameForm, type StoredNode,
} from './layout.ts';

type Builder = typeof import('./build.ts');
let builder: Builder | undefined = FROM_SOURCE ? await import('./build.ts') : undefined;
const build = (): Builder => (builder ??= requireOwn<Builder>(import.meta.url, './build.ts'));

export interface GlossarySource {
  /** Extra layers over the shipped glossary, in order. */
  layers?: readonly string[];
  withoutShipped?: boolean;
}

export interface StoreOptions {
  /** Where cache files live; `false` builds in memory and stores nothing. Default: cacheDirectory(). */
  cacheDir?: string | false;
  /** Build and store even when a matching file exists (`canonym glossary build`). */
  rebuild?: boolean;
  /** Partitions of the build (default: by the glossary's size); tests ask for several on a small glossary. */
  partitions?: number;
}

export interface LoadedIndex {
  index: NameIndex;
  /** Whether the index came from the cache file or was built in this run. */
  origin: 'cache' | 'built';
  /** The cache file read or written; undefined when caching is off or the file could not be written. */
  path?: string;
}

/** $CANONYM_CACHE_DIR, else $XDG_CACHE_HOME/canonym, else ~/.cache/canonym (the XDG default). */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CANONYM_CACHE_DIR) return env.CANONYM_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'canonym');
}

const CODE_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const PACKAGE_JSON = join(CODE_ROOT, '..', 'package.json');
/** The folders of the code a build runs (i18n, report, cli and the rules only word messages and findings). */
const BUILD_CODE = ['fuzzy', 'glossary', 'inflect', 'io', 'lexicon', 'match', 'store', 'text', 'translit', 'variants'];

let codeFingerprint: string | undefined;
/** Names, sizes and modification times of the code that builds the index (src/ or dist/), and package.json. */
function fingerprintOfCode(): string {
  if (codeFingerprint) return codeFingerprint;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (/\.(ts|js|json)$/.test(name) && !name.endsWith('.d.ts')) {
        const stat = statSync(path);
        hash.update(`${relative(CODE_ROOT, path)}\0${stat.size}\0${stat.mtimeMs}\n`);
      } else if (!name.includes('.')) walk(path);
    }
  };
  for (const dir of BUILD_CODE) walk(join(CODE_ROOT, dir));
  // The CLI runs from dist/bundle/ (scripts/build-cli.mjs), whose chunks hold the same code again: a bundle rebuilt
  // without tsc must not reuse an index that dist/'s unchanged modules vouch for. Absent under src/.
  walk(join(CODE_ROOT, 'bundle'));
  hash.update(readFileSync(PACKAGE_JSON));
  return (codeFingerprint = hash.digest('hex'));
}

function layerDirs(source: GlossarySource): string[] {
  return [...(source.withoutShipped ? [] : [SHIPPED_GLOSSARY_DIR]), ...(source.layers ?? [])];
}

/** What the key remembers of each glossary file: its content's hash, and the stat that says it has not changed. */
type FileHashes = Record<string, { size: number; mtimeMs: number; ino: number; hash: string }>;
const FILE_HASHES = 'file-hashes.json';

/**
 * The content hash of each file, read again only when its size, modification time or inode changed since the
 * last run (the way make and git's index decide): a run with an unchanged glossary reads no YAML at all.
 */
function fileHashes(files: readonly string[], cacheDir: string | false): Map<string, string> {
  let known: FileHashes = {};
  const manifest = cacheDir ? join(cacheDir, FILE_HASHES) : undefined;
  if (manifest) {
    try {
      known = JSON.parse(readFileSync(manifest, 'utf8')) as FileHashes;
    } catch {
      known = {};
    }
  }
  const out = new Map<string, string>();
  let changed = false;
  for (const file of files) {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      out.set(file, 'unreadable');
      continue;
    }
    const seen = known[file];
    if (seen && seen.size === stat.size && seen.mtimeMs === stat.mtimeMs && seen.ino === stat.ino) {
      out.set(file, seen.hash);
      continue;
    }
    let hash: string;
    try {
      hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    } catch {
      hash = 'unreadable';
    }
    out.set(file, hash);
    known[file] = { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, hash };
    changed = true;
  }
  if (manifest && changed) {
    const temp = `${manifest}.${process.pid}.tmp`;
    try {
      mkdirSync(cacheDir as string, { recursive: true });
      writeFileSync(temp, JSON.stringify(known));
      renameSync(temp, manifest);
    } catch {
      try {
        rmSync(temp, { force: true });
      } catch {
        // no usable cache folder: the hashes are worked out again next time
      }
    }
  }
  return out;
}

/** The cache key: the format, the code, and the content of every glossary file in layer order. */
export function indexKey(source: GlossarySource, cacheDir: string | false = false): string {
  const hash = createHash('sha256').update(`${FORMAT}\0${fingerprintOfCode()}\0${source.withoutShipped ? 1 : 0}\n`);
  const layers = layerDirs(source).map((dir) => {
    try {
      return { dir, files: statSync(dir).isDirectory() ? yamlFiles(dir) : [dir] };
    } catch {
      return { dir, files: [] }; // a missing layer: loadGlossary reports it; the key only has to differ from a present one
    }
  });
  const hashes = fileHashes(layers.flatMap((l) => l.files), cacheDir);
  for (const { dir, files } of layers) {
    hash.update(`layer\0${dir}\0${files.length}\n`);
    for (const file of files) hash.update(`${relative(dir, file)}\0${hashes.get(file)}\n`);
  }
  return hash.digest('hex');
}

/**
 * Stored forms become live ones without touching their entities: `entity` and `variant` are read through the
 * index's entity map when the matcher first asks (a one-line check resolves the few forms it matched, not every
 * form of every shard it reads).
 */
function formPrototype(entities: Map<string, Entity>): object {
  return Object.defineProperties({}, {
    entity: { get(this: StoredForm) { return entities.get(this.e)!; } },
    variant: { get(this: StoredForm) { return this.v === undefined ? undefined : entities.get(this.e)!.variants[this.v]; } },
  });
}

function nameFormPrototype(entities: Map<string, Entity>): object {
  return Object.defineProperties({}, { entity: { get(this: StoredNameForm) { return entities.get(this.e)!; } } });
}

function reviveNode(node: StoredNode, proto: object): TrieNode {
  if (node.forms) for (const f of node.forms) Object.setPrototypeOf(f, proto);
  if (node.next) for (const child of node.next.values()) reviveNode(child, proto);
  return node as unknown as TrieNode;
}

/** Reads a file by positioned reads on a descriptor kept open for the index's life. */
function reader(fd: number) {
  return (position: number, length: number): Buffer => {
    const buffer = Buffer.allocUnsafeSlow(length);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, buffer, done, length - done, position + done);
      if (n === 0) break;
      done += n;
    }
    return done === length ? buffer : buffer.subarray(0, done);
  };
}

/**
 * The stored index's shards in shared memory, for the threads of one run (check --jobs): plain data that crosses
 * threads. Each shared section is the span of the file its shards lie in, a SharedArrayBuffer that fills as the
 * threads read shards (a shard is read and checked by one thread, then read in place by every other: an entry
 * shard's tags and entries, the fuzzy index's hash groups), with a state per shard and the section's table of
 * contents.
 */
export interface IndexShare {
  path: string;
  key: string;
  /** The file's size: a thread whose index is another file (rebuilt meanwhile) reads its own. */
  size: number;
  sections: SharedSection[];
}
interface SharedSection {
  /** Where the section's table of contents is in the file: which section this is. */
  tocAt: number;
  toc: Uint8Array;
  /** The file offset of bytes[0]. */
  base: number;
  bytes: Uint8Array;
  /** Per shard: SHARED_FREE, SHARED_BUSY (a thread is reading it) or SHARED_READY (read and checked). */
  state: Int32Array;
}
const SHARED_FREE = 0;
const SHARED_BUSY = 1;
const SHARED_READY = 2;
const PRIVATE = Symbol('read it privately');
/**
 * The most bytes of the file a run shares: pages are committed only as shards are read into them, but V8 counts
 * the buffers as external memory, so a huge index shares the sections that fit (all of the shipped one's 41 MB).
 */
const SHARE_AT_MOST = 256 << 20;
let currentShare: IndexShare | undefined;
/** How each stored index read in this thread makes its share. */
const sharers = new WeakMap<NameIndex, () => IndexShare | undefined>();

/**
 * The shards of a stored index shared with other threads from now on (this thread reads through them as well);
 * undefined for an index that was not read from a file. Give the result to joinIndexShare in each worker.
 */
export function shareStoredIndex(index: NameIndex): IndexShare | undefined {
  const share = sharers.get(index)?.();
  if (share) currentShare = share;
  return share;
}

/** A worker's side: shards of the index file the share names are read through it (undefined: none). */
export function joinIndexShare(share: IndexShare | undefined): void {
  currentShare = share;
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The stored index at `path` when its key is `key`. */
function readStored(path: string, key: string, rebuild: () => NameIndexData): NameIndex | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  const size = fstatSync(fd).size;
  const readAt = reader(fd);
  const reject = () => {
    closeSync(fd);
    return undefined;
  };
  const keyBytes = Buffer.from(key, 'hex');
  const prefix = MAGIC.length + KEY_BYTES;
  const trailer = 4 + END.length;
  if (size < prefix + trailer) return reject();
  const start = readAt(0, prefix);
  const tail = readAt(size - trailer, trailer);
  if (!start.subarray(0, MAGIC.length).equals(MAGIC) || !start.subarray(MAGIC.length).equals(keyBytes) || !tail.subarray(4).equals(END)) return reject();
  const headerLength = tail.readUInt32LE(0);
  if (headerLength > size - prefix - trailer) return reject();
  let header: Header;
  try {
    header = JSON.parse(readAt(size - trailer - headerLength, headerLength).toString('utf8')) as Header;
  } catch {
    return reject();
  }
  if (header.format !== FORMAT) return reject();
  const bodyEnd = size - trailer - headerLength;
  const inBody = (at: number, length: number) => at >= prefix && length >= 0 && at + length <= bodyEnd;
  const sections: Sharded[] = [header.entities, header.trie, header.trieSplit, ...Object.values(header.fuzzy).filter((s): s is Sharded => typeof s === 'object')];
  if (sections.some((s) => !(s.shards >= 1 && inBody(s.toc, s.shards * ENTRY))) || ![header.startUnits, header.trieTags, header.collisions, header.places, header.placeKeys, header.placeWords].every((r) => Array.isArray(r) && inBody(r[0], r[1]))) return reject();
  const startUnitBytes = readAt(header.startUnits[0], header.startUnits[1]);
  if (startUnitBytes.length !== 0x10000 || checksumBytes(startUnitBytes).toString('hex') !== header.startUnits[2]) return reject();

  // A shard whose checksum fails was damaged after the file was written. Shards are read lazily, so that is found
  // mid-run: from then on the run takes what it still needs from a fresh build (each entity stays one object,
  // whichever source it came from), and the damaged file is removed so that the next run stores a good one.
  let fresh: NameIndexData | undefined;
  let damaged = false;
  const fallback = (): NameIndexData => {
    if (!fresh) {
      fresh = rebuild();
      damaged = true;
      rmSync(path, { force: true });
    }
    return fresh;
  };
  // The shards that the threads of this run share (check --jobs; shareStoredIndex): by section, found by the
  // offset of its table of contents, for the share in force.
  let sharedFor: IndexShare | undefined;
  const sharedSections = new Map<number, SharedSection>();
  const sharedOf = (section: Sharded): SharedSection | undefined => {
    const share = currentShare;
    if (!share || share.path !== path || share.key !== key || share.size !== size) return undefined;
    if (share !== sharedFor) {
      sharedFor = share;
      sharedSections.clear();
      for (const shared of share.sections) sharedSections.set(shared.tocAt, shared);
    }
    return sharedSections.get(section.toc);
  };
  /**
   * A shard through shared memory: there already when another thread has read and checked it; else read into it
   * here (the first thread to claim it); PRIVATE while another thread is reading it (this one reads its own copy).
   */
  const sharedShard = (shared: SharedSection, shard: number): Uint8Array | undefined | typeof PRIVATE => {
    if (shard < 0 || shard >= shared.state.length) return undefined;
    const entry = new DataView(shared.toc.buffer, shared.toc.byteOffset + shard * ENTRY, ENTRY);
    const at = entry.getFloat64(0, true);
    const length = entry.getUint32(8, true);
    if (!inBody(at, length) || at < shared.base || at + length > shared.base + shared.bytes.length) return undefined;
    const view = shared.bytes.subarray(at - shared.base, at - shared.base + length);
    const state = Atomics.load(shared.state, shard);
    if (state === SHARED_READY) return view;
    if (state !== SHARED_FREE || Atomics.compareExchange(shared.state, shard, SHARED_FREE, SHARED_BUSY) !== SHARED_FREE) return PRIVATE;
    let done = 0;
    while (done < length) {
      const n = readSync(fd, view, done, length - done, at + done);
      if (n === 0) break;
      done += n;
    }
    if (done === length && sameBytes(checksumBytes(view), shared.toc.subarray(shard * ENTRY + 12, (shard + 1) * ENTRY))) {
      Atomics.store(shared.state, shard, SHARED_READY);
      return view;
    }
    Atomics.store(shared.state, shard, SHARED_FREE);
    return undefined;
  };
  /** The bytes of a shard, or undefined when the file is damaged (there, or earlier in this run). */
  const shardBytes = (section: Sharded, shard: number): Uint8Array | undefined => {
    if (damaged) return undefined;
    const shared = sharedOf(section);
    if (shared) {
      const bytes = sharedShard(shared, shard);
      if (bytes !== PRIVATE) return bytes;
    }
    const entry = readAt(section.toc + shard * ENTRY, ENTRY);
    if (entry.length !== ENTRY) return undefined;
    const at = entry.readDoubleLE(0);
    const length = entry.readUInt32LE(8);
    if (!inBody(at, length)) return undefined;
    const bytes = readAt(at, length);
    return bytes.length === length && checksumBytes(bytes).equals(entry.subarray(12)) ? bytes : undefined;
  };
  const decode = <T>(bytes: Uint8Array | undefined): T | undefined => {
    if (!bytes) return undefined;
    try {
      return deserialize(bytes) as T;
    } catch {
      return undefined;
    }
  };
  // A split shard is its entries each encoded on its own (layout.ts, splitShardBytes).
  const splitEntries = (bytes: Uint8Array | undefined): Array<[string, StoredNode]> | undefined => {
    if (!bytes) return undefined;
    try {
      return decodeSplitShard(bytes);
    } catch {
      return undefined;
    }
  };
  const entryShard = (bytes: Uint8Array | undefined): EntryShard | undefined => (bytes ? EntryShard.read(bytes) : undefined);
  const rangeBytes = ([at, length, sum]: Range): Buffer | undefined => {
    if (damaged) return undefined;
    const bytes = readAt(at, length);
    return bytes.length === length && checksumBytes(bytes).toString('hex') === sum ? bytes : undefined;
  };
  const range = <T>(r: Range): T | undefined => decode<T>(rangeBytes(r));

  const tables = new Map<string, Map<GrammaticalCase, string>>();
  const counts = {
    entities: header.entities.shards, trie: header.trie.shards, trieSplit: header.trieSplit.shards, keys: header.fuzzy.keys.shards, hashes: header.fuzzy.hashes.shards,
    owners: header.fuzzy.owners.shards, phrases: header.fuzzy.phrases.shards, givenNames: header.fuzzy.givenNames.shards,
    givenSurnames: header.fuzzy.givenSurnames.shards,
  };
  // What a damaged shard held, from the fresh build (its groups worked out once).
  let freshEntities: ((i: number) => EntityShard) | undefined;
  let freshTrie: ((i: number) => Array<[string, StoredNode]>) | undefined;
  const entities: ShardedMap<Entity> = new ShardedMap<Entity>(counts.entities, (shard) => {
    const stored = decode<EntityShard>(shardBytes(header.entities, shard)) ?? (freshEntities ??= build().entityShards(fallback(), counts.entities))(shard);
    for (const [k, table] of stored.tables) if (!tables.has(k)) tables.set(k, table);
    return stored.entities.map((e) => [e.id, e] as const);
  }, header.entities.count);
  const formProto = formPrototype(entities);
  // The split section's shards hold the second level of many first words: each is decoded once and kept.
  let freshSplit: ((i: number) => Array<[string, StoredNode]>) | undefined;
  const splitShards = new Map<number, Array<[string, StoredNode]>>();
  const splitShard = (shard: number) => {
    let entries = splitShards.get(shard);
    if (!entries) {
      entries = splitEntries(shardBytes(header.trieSplit, shard)) ?? (freshSplit ??= build().trieSplitShards(fallback(), header.trieSplit.shards))(shard);
      splitShards.set(shard, entries);
    }
    return entries;
  };
  const revive = (first: string, node: StoredNode): TrieNode => {
    if (node.split === undefined) return reviveNode(node, formProto);
    const { split, ...rest } = node;
    const live = reviveNode(rest, formProto);
    const prefix = `${first}\u0000`;
    live.next = new ShardedMap<TrieNode>(header.trieSplit.shards, (shard) =>
      splitShard(shard).filter(([k]) => k.startsWith(prefix)).map(([k, child]) => [k.slice(prefix.length), reviveNode(child, formProto)] as const),
    split, first);
    return live;
  };
  // The first words: a word that starts no name decodes nothing, one that does decodes its own subtree (EntryMap).
  // The first words' tags, read on the first lookup; when they do not read, every lookup reads its shard as before.
  let trieTags: Uint32Array | null | undefined;
  const root = new EntryMap<TrieNode>(counts.trie, {
    holds: (tag) => {
      if (trieTags === undefined) {
        const bytes = rangeBytes(header.trieTags);
        // A copy: the Buffer's offset need not be aligned for a Uint32Array view.
        trieTags = bytes && bytes.length % 4 === 0 ? new Uint32Array(Uint8Array.from(bytes).buffer) : null;
      }
      return trieTags === null || hasTag(trieTags, tag);
    },
    shard: (shard) => entryShard(shardBytes(header.trie, shard)),
    decode: (bytes) => {
      const stored = decode<[string, StoredNode]>(bytes);
      return stored && [stored[0], revive(stored[0], stored[1])];
    },
    fallback: (shard) => (freshTrie ??= build().trieShards(fallback(), counts.trie))(shard).map(([k, node]) => [k, revive(k, node)] as const),
  }, header.trie.count);
  const startUnits = new Uint8Array(0x10000);
  startUnits.set(startUnitBytes);
  let places: Entity[] | undefined;
  let placeKeys: PlaceKeys[] | undefined;
  let placeWords: PlaceWord[] | undefined;
  const glossary: Glossary = {
    entities,
    // The places alone (the context of a suspect reads them) from their own section, not by reading every shard.
    ofType(type) {
      if (type !== 'place') return [...entities.values()].filter((e) => e.type === type);
      if (!places) {
        const stored = range<EntityShard>(header.places) ?? build().placeShard(fallback());
        for (const [k, table] of stored.tables) if (!tables.has(k)) tables.set(k, table);
        places = stored.entities.map((e) => entities.preset(e.id, e));
      }
      return places;
    },
    // Made at build time: the context's place index without reading the places (ofType above).
    placeKeys() {
      return (placeKeys ??= range<PlaceKeys[]>(header.placeKeys) ?? build().storedPlaceKeys(fallback()));
    },
    // Made at build time too: the far searches' one-word place names without reading the places.
    placeWords() {
      return (placeWords ??= range<PlaceWord[]>(header.placeWords) ?? build().storedPlaceWords(fallback()));
    },
  };

  const fuzzy = (): FuzzyIndex => {
    // A damaged fuzzy shard is taken from a fuzzy index built afresh (rare: only a damaged file gets here).
    let rebuilt: ReturnType<Builder['fuzzyShards']> | undefined;
    // Built from the fresh build's glossary, in the order the stored one was built in, so that key ids agree.
    const fresh = () => (rebuilt ??= build().fuzzyShards(build().buildFuzzy(fallback().glossary), counts));
    const nameProto = nameFormPrototype(entities);
    const keyOf = new Map<number, { key: string; values: WordRef[] }>();
    const keyShards = new Array<EntryShard | null | undefined>(counts.keys);
    const words = new StoredDeleteIndex<WordRef>(
      header.fuzzy.keys.count,
      counts.hashes,
      (shard) => {
        const bytes = shardBytes(header.fuzzy.hashes, shard);
        if (bytes && bytes.length % 12 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
        return fresh().hashes(shard);
      },
      (id) => {
        let found = keyOf.get(id);
        if (found) return found;
        // A key is decoded alone: its shard's entries are tagged with their ids (EntryShard).
        const shard = id % counts.keys;
        let dir = keyShards[shard];
        if (dir === undefined) dir = keyShards[shard] = entryShard(shardBytes(header.fuzzy.keys, shard)) ?? null;
        const at = dir ? dir.tags.indexOf(id) : -1;
        const one = dir && at >= 0 ? decode<StoredKey>(dir.entry(at)) : undefined;
        const damaged = !dir || (at >= 0 && !one);
        for (const [i, k, refs] of one ? [one] : damaged ? fresh().keys(shard) : []) {
          for (const ref of refs) Object.setPrototypeOf(ref.form, nameProto);
          if (!keyOf.has(i)) keyOf.set(i, { key: k, values: refs as unknown as WordRef[] });
        }
        if (damaged) keyShards[shard] = null;
        found = keyOf.get(id);
        return found ?? { key: '', values: [] };
      },
    );
    const owners = new ShardedMap<Set<string>>(counts.owners, (shard) =>
      (decode<Array<[string, string[]]>>(shardBytes(header.fuzzy.owners, shard)) ?? fresh().owners(shard)).map(([k, ids]) => [k, new Set(ids)] as const),
    header.fuzzy.owners.count);
    const strings = (section: Sharded, which: 'phrases' | 'givenNames') => new ShardedSet(section.shards, (shard) =>
      decode<string[]>(shardBytes(section, shard)) ?? fresh()[which](shard), section.count);
    // The given-name table: a lookup of one given name reads its shard, never the persons themselves.
    const givenSurnames = new ShardedMap<GivenSurnames>(counts.givenSurnames, (shard) =>
      (decode<StoredGivenSurnames[]>(shardBytes(header.fuzzy.givenSurnames, shard)) ?? fresh().givenSurnames(shard)).map(([k, list]) =>
        [k, list === 0 ? 'too-many' : list.map(([entityId, form, surnameKey]) => ({ entityId, form, surnameKey }))] as const),
    header.fuzzy.givenSurnames.count);
    return new FuzzyIndex({
      words,
      owners,
      knownPhrases: strings(header.fuzzy.phrases, 'phrases'),
      longestForm: header.fuzzy.longestForm,
      givenNames: strings(header.fuzzy.givenNames, 'givenNames'),
      givenSurnames,
    });
  };

  const index = nameIndexFrom(
    { glossary, locales: header.locales, tables, trie: { root, startUnits, formCount: header.trie.formCount, longest: header.trie.longest } },
    {
      fuzzy,
      collisions: (): GeneratedCollision[] => {
        const stored = range<StoredCollision[]>(header.collisions) ?? build().storedCollisions(fallback());
        return stored.map((c) => ({ entity: entities.get(c.entity)!, form: c.form, path: c.path, owner: c.owner === null ? null : entities.get(c.owner)! }));
      },
    },
  );
  sharers.set(index, () => {
    const shared: SharedSection[] = [];
    let total = 0;
    for (const section of sections) {
      const toc = readAt(section.toc, section.shards * ENTRY);
      if (toc.length !== section.shards * ENTRY) return undefined;
      let base = Infinity;
      let end = 0;
      for (let i = 0; i < section.shards; i++) {
        const at = toc.readDoubleLE(i * ENTRY);
        const length = toc.readUInt32LE(i * ENTRY + 8);
        if (!inBody(at, length)) return undefined;
        base = Math.min(base, at);
        end = Math.max(end, at + length);
      }
      // Memory is committed only as shards are read into it; a huge index shares the sections that fit.
      if (end <= base || total + (end - base) > SHARE_AT_MOST) continue;
      total += end - base;
      const sharedToc = new Uint8Array(new SharedArrayBuffer(toc.length));
      sharedToc.set(toc);
      shared.push({ tocAt: section.toc, toc: sharedToc, base, bytes: new Uint8Array(new SharedArrayBuffer(end - base)), state: new Int32Array(new SharedArrayBuffer(4 * section.shards)) });
    }
    return { path, key, size, sections: shared };
  });
  return index;
}

/** The name index of these layers: from the cache when its key matches, else built (and stored). */
export function loadNameIndex(source: GlossarySource = {}, options: StoreOptions = {}): LoadedIndex {
  const dir = options.cacheDir ?? cacheDirectory();
  if (dir === false) return { index: nameIndexFrom(build().buildData(source)), origin: 'built' };
  // The dictionaries' compiled stem tables and parsed affix rules are kept in the same folder (stem-cache.ts,
  // affix-cache.ts).
  cacheStemTables(stemTableCache(dir));
  cacheAffixRules(affixRuleCache(dir, fingerprintOfCode()));
  const key = indexKey(source, dir);
  const path = join(dir, `index-${key.slice(0, 32)}.bin`);
  const stored = options.rebuild ? undefined : readStored(path, key, () => build().buildData(source));
  if (stored) return { index: stored, origin: 'cache', path };
  // The index is built in partitions straight into the file, the fuzzy index with it (every later run reads it
  // instead); this run reads the file just written too, so that nothing of the build is kept.
  const glossary = build().glossaryOf(source);
  const { written } = build().writeStored(dir, path, key, glossary, { source, ...(options.partitions ? { partitions: options.partitions } : {}) });
  const reread = written ? readStored(path, key, () => build().buildData(source)) : undefined;
  if (reread) return { index: reread, origin: 'built', path };
  return { index: nameIndexFrom(build().buildNameIndexData(glossary)), origin: 'built' };
}


/**
 * The stored, compiled index: the merged glossary with every surface form, case form and generated variant,
 * built once and kept in a cache file, so that a run maps it in instead of parsing YAML and rebuilding tries.
 *
 * The key covers everything the index is made from: the content of every glossary file of every layer, the
 * canonym version, and the code that builds it (names, sizes and times of the modules; a developer's edit must
 * not meet a stale index). A file whose header or body does not match is rebuilt, never trusted.
 *
 * The body is V8's structured-clone format (node:v8 serialize), which keeps shared references (every surface form
 * points at its entity) and Maps and typed arrays as they are, with no schema of ours to keep in step.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { loadGlossary, SHIPPED_GLOSSARY_DIR, yamlFiles } from '../glossary/load.ts';
import { FuzzyIndex, type FuzzyIndexData } from '../fuzzy/fuzzy-index.ts';
import type { Entity } from '../glossary/model.ts';
import type { GrammaticalCase } from '../inflect/index.ts';
import { buildNameIndexData, nameIndexFrom, type NameIndex, type NameIndexData } from '../match/name-index.ts';
import type { SurfaceForm } from '../match/surface.ts';
import type { TrieNode } from '../match/trie.ts';
import { shardOf, ShardedMap } from './lazy.ts';

/** Bumped when the stored layout changes in a way the code fingerprint would not show (it always would today). */
const FORMAT = 'canonym-index-3';
const MAGIC = Buffer.from('CANONYMX');
/** Older cache files beyond this many are removed when a new one is written. */
const KEEP_FILES = 6;

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

let codeFingerprint: string | undefined;
/** Names, sizes and modification times of the code that builds the index (src/ or dist/), and package.json. */
function fingerprintOfCode(): string {
  if (codeFingerprint) return codeFingerprint;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (/\.(ts|js|json)$/.test(name)) hash.update(`${relative(CODE_ROOT, path)}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  walk(CODE_ROOT);
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

/** Where each part of the body lies: [offset, length] from the start of the body, and a checksum of it. */
type Range = [number, number, string];

/** A checksum per section, checked when the section is decoded: a damaged file is never trusted, and costs no
 * more than the sections a run reads (sha256 runs at about 1.7 GB/s here). */
const checksum = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 24);

interface Header {
  locales: string[];
  entities: { count: number; shards: Range[] };
  trie: { keys: number; shards: Range[]; formCount: number; longest: number };
  startUnits: Range;
  collisions: Range;
  fuzzy: { head: Range; shards: Range[] };
}

/** A surface form as a trie shard keeps it: the entity by id, a listed variant by its place in the entity's list. */
type StoredForm = Omit<SurfaceForm, 'entity' | 'variant'> & { entity: string; variant?: number };
type StoredNode = { next?: Map<string, StoredNode>; forms?: StoredForm[] };
interface EntityShard {
  entities: Entity[];
  tables: Array<[string, Map<GrammaticalCase, string>]>;
}
interface StoredCollision {
  entity: string;
  form: string;
  path: string;
  owner: string | null;
}

const ENTITIES_PER_SHARD = 4;
const ROOT_KEYS_PER_SHARD = 16;

function storeNode(node: TrieNode): StoredNode {
  const out: StoredNode = {};
  if (node.forms) {
    out.forms = node.forms.map((f) => {
      const { entity, variant, ...rest } = f;
      return { ...rest, entity: entity.id, ...(variant ? { variant: entity.variants.indexOf(variant) } : {}) };
    });
  }
  if (node.next) out.next = new Map([...node.next].map(([k, n]) => [k, storeNode(n)]));
  return out;
}

/** Turns a stored node back into a live one, in place: ids become the glossary's entities. */
function reviveNode(node: StoredNode, entities: Map<string, Entity>): TrieNode {
  if (node.forms) {
    for (const f of node.forms as unknown as Array<SurfaceForm & StoredForm>) {
      const entity = entities.get(f.entity as unknown as string)!;
      (f as SurfaceForm).entity = entity;
      if (typeof f.variant === 'number') (f as SurfaceForm).variant = entity.variants[f.variant];
    }
  }
  if (node.next) for (const child of node.next.values()) reviveNode(child, entities);
  return node as unknown as TrieNode;
}

/** The body: shards of entities (with their case tables) and of the trie's first words, then the rest. */
function encodeBody(data: NameIndexData, fuzzy: FuzzyIndex): { header: Header; body: Buffer[] } {
  const body: Buffer[] = [];
  let offset = 0;
  const put = (bytes: Buffer): Range => {
    body.push(bytes);
    const range: Range = [offset, bytes.length, checksum(bytes)];
    offset += bytes.length;
    return range;
  };
  const entities = [...data.glossary.entities.values()];
  const entityShards = Math.max(1, Math.ceil(entities.length / ENTITIES_PER_SHARD));
  const byEntityShard: EntityShard[] = Array.from({ length: entityShards }, () => ({ entities: [], tables: [] }));
  for (const e of entities) byEntityShard[shardOf(e.id, entityShards)]!.entities.push(e);
  for (const [key, table] of data.tables) byEntityShard[shardOf(key.slice(0, key.indexOf('\u0000')), entityShards)]!.tables.push([key, table]);
  const rootKeys = [...data.trie.root.keys()];
  const trieShards = Math.max(1, Math.ceil(rootKeys.length / ROOT_KEYS_PER_SHARD));
  const byTrieShard: Array<Array<[string, StoredNode]>> = Array.from({ length: trieShards }, () => []);
  for (const [key, node] of data.trie.root) byTrieShard[shardOf(key, trieShards)]!.push([key, storeNode(node)]);
  const header: Header = {
    locales: data.locales,
    entities: { count: entities.length, shards: byEntityShard.map((shard) => put(serialize(shard))) },
    trie: { keys: rootKeys.length, shards: byTrieShard.map((shard) => put(serialize(shard))), formCount: data.trie.formCount, longest: data.trie.longest },
    startUnits: put(Buffer.from(data.trie.startUnits.buffer, data.trie.startUnits.byteOffset, data.trie.startUnits.byteLength)),
    collisions: put(serialize(data.collisions.map((c): StoredCollision => ({ entity: c.entity.id, form: c.form, path: c.path, owner: c.owner?.id ?? null })))),
    fuzzy: (() => {
      const data = fuzzy.toData();
      return { head: put(serialize(data.head)), shards: data.shards.map((shard) => put(serialize(shard))) };
    })(),
  };
  return { header, body };
}

/**
 * Layout: MAGIC, the 32-byte key, the header's length (uint32) and the header (JSON), then the body. Only the
 * header is read at once; each section is read from the file (positioned reads on a descriptor kept open for the
 * index's life) and decoded when a lookup first needs it, so a one-line check reads a few kilobytes of the file.
 * A file replaced while it is open is not seen: the descriptor still reads the one whose header was checked.
 */
function readStored(path: string, key: string, rebuild: () => NameIndexData): NameIndex | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  const size = fstatSync(fd).size;
  const readAt = (position: number, length: number): Buffer => {
    const buffer = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, buffer, done, length - done, position + done);
      if (n === 0) break;
      done += n;
    }
    return done === length ? buffer : buffer.subarray(0, done);
  };
  const keyBytes = Buffer.from(key, 'hex');
  const fixed = MAGIC.length + keyBytes.length + 4;
  const start = size > fixed ? readAt(0, fixed) : Buffer.alloc(0);
  const reject = () => {
    closeSync(fd);
    return undefined;
  };
  if (start.length < fixed || !start.subarray(0, MAGIC.length).equals(MAGIC) || !start.subarray(MAGIC.length, MAGIC.length + keyBytes.length).equals(keyBytes)) return reject();
  const bodyStart = fixed + start.readUInt32LE(fixed - 4);
  if (bodyStart > size) return reject();
  let header: Header;
  try {
    header = JSON.parse(readAt(fixed, bodyStart - fixed).toString('utf8')) as Header;
  } catch {
    return reject();
  }
  const ranges = [...header.entities.shards, ...header.trie.shards, header.startUnits, header.collisions, header.fuzzy.head, ...header.fuzzy.shards];
  if (ranges.some(([at, length]) => !(at >= 0 && length >= 0 && bodyStart + at + length <= size))) return reject();
  const section = ([at, length]: Range) => readAt(bodyStart + at, length);
  const startUnitBytes = section(header.startUnits);
  if (startUnitBytes.length !== 0x10000 || checksum(startUnitBytes) !== header.startUnits[2]) return reject();

  // A section whose checksum fails was damaged after the file was written. Shards are decoded lazily, so that is
  // found mid-run: from then on the run takes what it still needs from a fresh build (each entity stays one object,
  // whichever source it came from), and the damaged file is removed so that the next run stores a good one.
  let fresh: NameIndexData | undefined;
  const fallback = (): NameIndexData => {
    if (!fresh) {
      fresh = rebuild();
      rmSync(path, { force: true });
    }
    return fresh;
  };
  const decode = <T>(range: Range): T | undefined => {
    if (fresh) return undefined;
    const bytes = section(range);
    if (checksum(bytes) !== range[2]) return undefined;
    try {
      return deserialize(bytes) as T;
    } catch {
      return undefined;
    }
  };

  const tables = new Map<string, Map<GrammaticalCase, string>>();
  const entityShards = header.entities.shards.length;
  const entities = new ShardedMap<Entity>(entityShards, (shard) => {
    const stored = decode<EntityShard>(header.entities.shards[shard]!);
    if (stored) {
      for (const [k, table] of stored.tables) tables.set(k, table);
      return stored.entities.map((e) => [e.id, e] as const);
    }
    const rebuilt = fallback();
    for (const [k, table] of rebuilt.tables) if (shardOf(k.slice(0, k.indexOf('\u0000')), entityShards) === shard) tables.set(k, table);
    return [...rebuilt.glossary.entities].filter(([id]) => shardOf(id, entityShards) === shard);
  }, header.entities.count);
  const trieShards = header.trie.shards.length;
  const root = new ShardedMap<TrieNode>(trieShards, (shard) => {
    const stored = decode<Array<[string, StoredNode]>>(header.trie.shards[shard]!)
      ?? [...fallback().trie.root].filter(([k]) => shardOf(k, trieShards) === shard).map(([k, node]) => [k, storeNode(node)] as [string, StoredNode]);
    return stored.map(([k, node]) => [k, reviveNode(node, entities)] as const);
  }, header.trie.keys);
  const startUnits = new Uint8Array(0x10000);
  startUnits.set(startUnitBytes);
  const glossary = { entities };
  return nameIndexFrom(
    { glossary, locales: header.locales, tables, trie: { root, startUnits, formCount: header.trie.formCount, longest: header.trie.longest } },
    {
      fuzzy: () => {
        const head = decode<FuzzyIndexData['head']>(header.fuzzy.head);
        if (!head) return new FuzzyIndex(glossary);
        // A damaged group of values is taken from a fuzzy index built afresh (rare: only a damaged file gets here).
        let rebuilt: FuzzyIndexData | undefined;
        return FuzzyIndex.fromData(head, (shard) =>
          decode<FuzzyIndexData['shards'][number]>(header.fuzzy.shards[shard]!) ?? (rebuilt ??= new FuzzyIndex(glossary).toData()).shards[shard] ?? [],
        glossary);
      },
      collisions: () => {
        const stored = decode<StoredCollision[]>(header.collisions)
          ?? fallback().collisions.map((c) => ({ entity: c.entity.id, form: c.form, path: c.path, owner: c.owner?.id ?? null }));
        return stored.map((c) => ({ entity: entities.get(c.entity)!, form: c.form, path: c.path, owner: c.owner === null ? null : entities.get(c.owner)! }));
      },
    },
  );
}

/** Write temp file + rename, so that a reader never sees half a file; old cache files beyond KEEP_FILES go. */
function writeStored(dir: string, path: string, key: string, data: NameIndexData, fuzzy: FuzzyIndex): boolean {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    const { header, body } = encodeBody(data, fuzzy);
    const headerBytes = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(headerBytes.length);
    writeFileSync(temp, Buffer.concat([MAGIC, Buffer.from(key, 'hex'), length, headerBytes, ...body]));
    renameSync(temp, path);
  } catch {
    try {
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

/** The name index of these layers: from the cache when its key matches, else built (and stored). */
export function loadNameIndex(source: GlossarySource = {}, options: StoreOptions = {}): LoadedIndex {
  const dir = options.cacheDir ?? cacheDirectory();
  if (dir === false) return { index: nameIndexFrom(buildData(source)), origin: 'built' };
  const key = indexKey(source, dir);
  const path = join(dir, `index-${key.slice(0, 32)}.bin`);
  const stored = options.rebuild ? undefined : readStored(path, key, () => buildData(source));
  if (stored) return { index: stored, origin: 'cache', path };
  const data = buildData(source);
  const index = nameIndexFrom(data);
  // The fuzzy index is built with the rest when it is stored: every later run reads it instead.
  const written = writeStored(dir, path, key, data, index.fuzzy);
  return { index, origin: 'built', ...(written ? { path } : {}) };
}

function buildData(source: GlossarySource): NameIndexData {
  const glossary = loadGlossary({ layers: [...(source.layers ?? [])], withoutShipped: source.withoutShipped === true });
  return buildNameIndexData(glossary);
}

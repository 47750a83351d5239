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
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { loadGlossary, SHIPPED_GLOSSARY_DIR, yamlFiles } from '../glossary/load.ts';
import { FuzzyIndex, type FuzzyIndexData } from '../fuzzy/fuzzy-index.ts';
import { buildNameIndexData, nameIndexFrom, type NameIndex, type NameIndexData } from '../match/name-index.ts';

/** Bumped when the stored layout changes in a way the code fingerprint would not show (it always would today). */
const FORMAT = 'canonym-index-1';
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

/** The cache key: the format, the code, and the content of every glossary file in layer order. */
export function indexKey(source: GlossarySource): string {
  const hash = createHash('sha256').update(`${FORMAT}\0${fingerprintOfCode()}\0${source.withoutShipped ? 1 : 0}\n`);
  for (const dir of layerDirs(source)) {
    let files: string[];
    try {
      files = statSync(dir).isDirectory() ? yamlFiles(dir) : [dir];
    } catch {
      files = []; // a missing layer: loadGlossary reports it; the key only has to differ from a present one
    }
    hash.update(`layer\0${dir}\0${files.length}\n`);
    for (const file of files) {
      hash.update(`${relative(dir, file)}\0`);
      try {
        hash.update(readFileSync(file));
      } catch {
        hash.update('\0unreadable');
      }
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}

/**
 * Layout: MAGIC, the 32-byte key, the length of the main section (uint32), the main section (glossary, trie,
 * case tables), then the fuzzy section, read only when a text has something to suspect.
 */
function readStored(path: string, key: string): NameIndex | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const keyBytes = Buffer.from(key, 'hex');
  const headerLength = MAGIC.length + keyBytes.length + 4;
  if (bytes.length <= headerLength || !bytes.subarray(0, MAGIC.length).equals(MAGIC) || !bytes.subarray(MAGIC.length, MAGIC.length + keyBytes.length).equals(keyBytes)) return undefined;
  const mainEnd = headerLength + bytes.readUInt32LE(headerLength - 4);
  if (mainEnd >= bytes.length) return undefined;
  let data: NameIndexData;
  try {
    data = deserialize(bytes.subarray(headerLength, mainEnd)) as NameIndexData;
    if (!(data?.glossary?.entities instanceof Map && data.trie?.root instanceof Map)) return undefined;
  } catch {
    return undefined; // truncated or corrupt: rebuilt by the caller
  }
  // The key and the main section were whole; a fuzzy section that fails to read is built from the glossary instead.
  return nameIndexFrom(data, () => {
    try {
      return FuzzyIndex.fromData(deserialize(bytes.subarray(mainEnd)) as FuzzyIndexData, data.glossary);
    } catch {
      return new FuzzyIndex(data.glossary);
    }
  });
}

/** Write temp file + rename, so that a reader never sees half a file; old cache files beyond KEEP_FILES go. */
function writeStored(dir: string, path: string, key: string, data: NameIndexData, fuzzy: FuzzyIndex): boolean {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    const main = serialize(data);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(main.length);
    writeFileSync(temp, Buffer.concat([MAGIC, Buffer.from(key, 'hex'), length, main, serialize(fuzzy.toData())]));
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
  const key = indexKey(source);
  const path = join(dir, `index-${key.slice(0, 32)}.bin`);
  const stored = readStored(path, key);
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

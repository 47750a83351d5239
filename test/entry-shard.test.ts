import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/analyse.ts';
import { joinIndexShare, loadNameIndex, shareStoredIndex } from '../src/store/index-store.ts';
import { EntryShard, entryShardBytes, keyHash } from '../src/store/layout.ts';
import { EntryMap, shardOf } from '../src/store/lazy.ts';
import { fixture } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'canonym-entry-'));
afterAll(() => {
  joinIndexShare(undefined);
  rmSync(work, { recursive: true, force: true });
});

/** `count` entries `k<i>` → i in `shards` entry shards, counting the entries decoded and the shards read. */
function make(count: number, shards: number, damaged: (shard: number) => boolean = () => false) {
  const entries = Array.from({ length: count }, (_, i) => [`k${i}`, i] as const);
  const bytes = Array.from({ length: shards }, (_, s) => entryShardBytes(entries.filter(([k]) => shardOf(k, shards) === s).map(([k, v]) => [keyHash(k), serialize([k, v])])));
  const seen = { decoded: 0, read: 0, fallbacks: [] as number[] };
  const map = new EntryMap<number>(shards, {
    shard: (s) => (seen.read++, damaged(s) ? undefined : EntryShard.read(bytes[s]!)),
    decode: (b) => {
      seen.decoded++;
      return deserialize(b) as [string, number];
    },
    fallback: (s) => (seen.fallbacks.push(s), entries.filter(([k]) => shardOf(k, shards) === s)),
  }, count);
  return { map, seen, bytes };
}

describe('entry shards', () => {
  it('give back each entry by its tag, and refuse bytes that are not such a shard', () => {
    const entries = [[7, Uint8Array.of(1, 2, 3)], [7, Uint8Array.of(4)], [0xffffffff, new Uint8Array(0)], [42, Uint8Array.of(5, 6)]] as const;
    const shard = EntryShard.read(entryShardBytes(entries))!;
    expect([...shard.tags]).toEqual([7, 7, 0xffffffff, 42]);
    expect(entries.map((_, i) => [...shard.entry(i)])).toEqual(entries.map(([, b]) => [...b]));
    expect(EntryShard.read(entryShardBytes([]))!.count).toBe(0);
    const whole = entryShardBytes(entries);
    expect(EntryShard.read(whole.subarray(0, whole.length - 1))).toBeUndefined();
    expect(EntryShard.read(Buffer.from([200, 0, 0, 0, 1, 2, 3, 4]))).toBeUndefined();
    expect(EntryShard.read(new Uint8Array(2))).toBeUndefined();
    // Read where the bytes are not aligned to 4 (a shard inside a bigger buffer).
    const unaligned = Buffer.concat([Buffer.from([9]), whole]).subarray(1);
    expect([...EntryShard.read(unaligned)!.entry(3)]).toEqual([5, 6]);
  });

  it('decode only the entry a lookup asks for, and nothing for a key the map lacks', () => {
    const { map, seen } = make(200, 10);
    expect(map.get('k17')).toBe(17);
    expect(seen).toMatchObject({ decoded: 1, read: 1 });
    expect(map.get('k17')).toBe(17);
    expect(map.has('k18')).toBe(true);
    expect(seen.decoded).toBe(2);
    expect(map.get('missing')).toBeUndefined();
    expect(map.has('k200')).toBe(false);
    expect(seen.decoded).toBe(2);
    expect(map.decodedEntries).toBe(2);
    expect(map.size).toBe(200);
    expect(seen.fallbacks).toEqual([]);
  });

  it('walk every entry once, and take a damaged shard whole from the fallback', () => {
    const broken = shardOf('k5', 10);
    const { map, seen } = make(200, 10, (s) => s === broken);
    expect(map.get('k5')).toBe(5);
    expect(seen.fallbacks).toEqual([broken]);
    expect(map.get('k6')).toBe(6);
    expect([...map.keys()].sort()).toEqual(Array.from({ length: 200 }, (_, i) => `k${i}`).sort());
    expect(seen.decoded).toBe(200 - [...map.keys()].filter((k) => shardOf(k, 10) === broken).length);
    expect(seen.fallbacks).toEqual([broken]);
    expect(map.get('k999')).toBeUndefined();
  });
});

const TEXT = 'Vice-President Vera Yurova met Josep Borrell. Later Borel said the talks went well, and Phillip Deventerr agreed.';
const report = (index: ReturnType<typeof loadNameIndex>['index']) =>
  analyse(TEXT, { index, format: 'text', locale: 'en', detectAmong: ['en'] }).diagnostics.map((d) => `${d.ruleId} ${d.found} → ${d.fix?.text ?? ''}`);

describe('stored index read entry by entry', () => {
  it('decodes the first words a text names, not their shards', () => {
    const layer = join(work, 'layer-a');
    cpSync(fixture('glossary'), layer, { recursive: true });
    const source = { withoutShipped: true, layers: [layer] };
    const cacheDir = join(work, 'cache-a');
    const built = loadNameIndex(source, { cacheDir }).index;
    const stored = loadNameIndex(source, { cacheDir }).index;
    const root = stored.trie.root as EntryMap<unknown>;
    expect(root).toBeInstanceOf(EntryMap);
    expect(report(stored)).toEqual(report(built));
    // A handful of words of the text start names; the fixture's trie has hundreds of first words.
    expect(root.decodedEntries).toBeGreaterThan(0);
    expect(root.decodedEntries).toBeLessThan(20);
    expect(built.trie.root.size).toBeGreaterThan(100);
    const before = root.decodedEntries;
    expect(root.get('nosuchword')).toBeUndefined();
    expect(root.decodedEntries).toBe(before);
  });

  it('knows a word that starts no name by the first words’ tags, without reading the shard it hashes to', () => {
    const layer = join(work, 'layer-tags');
    cpSync(fixture('glossary'), layer, { recursive: true });
    const source = { withoutShipped: true, layers: [layer] };
    const cacheDir = join(work, 'cache-tags');
    const built = loadNameIndex(source, { cacheDir });
    const firstWords = [...loadNameIndex(source, { cacheDir: false }).index.trie.root.keys()];
    expect(firstWords.length).toBeGreaterThan(100);
    const fresh = () => loadNameIndex(source, { cacheDir }).index.trie.root as EntryMap<unknown>;
    let root = fresh();
    for (const word of ['nosuchword', 'the', 'said', 'брюссель']) expect(root.get(word)).toBeUndefined();
    expect(root.loadedShards).toBe(0);
    expect(root.get(firstWords[0]!)).toBeDefined();
    expect(root.loadedShards).toBe(1);
    // Every first word the index built in memory has is found: none lacks its tag.
    root = fresh();
    for (const word of firstWords) expect(root.get(word), word).toBeDefined();
    // Tags that fail their checksum are not used: every lookup reads its shard, with the same answers.
    const path = built.path!;
    const bytes = Buffer.from(readFileSync(path));
    const trailer = bytes.length - 12;
    const header = JSON.parse(bytes.toString('utf8', trailer - bytes.readUInt32LE(trailer), trailer));
    bytes[header.trieTags[0] + 1] = bytes[header.trieTags[0] + 1]! ^ 0x5a;
    writeFileSync(path, bytes);
    root = fresh();
    expect(root.get('nosuchword')).toBeUndefined();
    expect(root.loadedShards).toBe(1);
    const damaged = loadNameIndex(source, { cacheDir }).index;
    expect(report(damaged)).toEqual(report(built.index));
  });

  it('shares the shards one index read with another reading the same file, through shared memory', () => {
    const layer = join(work, 'layer-b');
    cpSync(fixture('glossary'), layer, { recursive: true });
    const source = { withoutShipped: true, layers: [layer] };
    const cacheDir = join(work, 'cache-b');
    const { path } = loadNameIndex(source, { cacheDir });
    const first = loadNameIndex(source, { cacheDir });
    const second = loadNameIndex(source, { cacheDir });
    expect(second.origin).toBe('cache');
    const share = shareStoredIndex(first.index)!;
    expect(share.path).toBe(path);
    const expected = report(first.index);
    // What the first read is in shared memory; the file is then damaged under every shard, and the second index
    // (a worker's, in a run) still reads the shards the first read, from memory, and gives the same report.
    expect(share.sections.some((s) => s.state.some((x) => x === 2))).toBe(true);
    const bytes = Buffer.from(readFileSync(path!));
    for (const section of share.sections) {
      for (let i = 0; i < section.state.length; i++) {
        const toc = Buffer.from(section.toc.buffer, section.toc.byteOffset, section.toc.length);
        const at = toc.readDoubleLE(i * 20);
        const length = toc.readUInt32LE(i * 20 + 8);
        for (let j = 0; j < length; j += 7) bytes[at + j] = bytes[at + j]! ^ 0x5a;
      }
    }
    writeFileSync(path!, bytes);
    joinIndexShare(share);
    expect(report(second.index)).toEqual(expected);
    expect(existsSync(path!)).toBe(true); // nothing was read from the damaged file
    // Without the share, the damage is found (and the file removed so that the next run stores a good one).
    joinIndexShare(undefined);
    const third = loadNameIndex(source, { cacheDir });
    expect(third.origin).toBe('cache');
    expect(report(third.index)).toEqual(expected);
    expect(existsSync(path!)).toBe(false);
  });
});

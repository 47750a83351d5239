import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/analyse.ts';
import { glossaryOf, writeStored } from '../src/store/build.ts';
import { deserialize } from 'node:v8';
import { decodeSplitShard, ENTRY, EntryShard, type Header, type Sharded } from '../src/store/layout.ts';
import { indexKey, loadNameIndex } from '../src/store/index-store.ts';
import { fixture } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'canonym-build-worker-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The fixture glossary and 120 generated persons (a misspelling listed for each), in a layer of its own. */
function layer(): string {
  const dir = join(work, 'layer');
  cpSync(fixture('glossary'), dir, { recursive: true });
  const syllables = ['bar', 'cel', 'dor', 'fen', 'gal', 'hor', 'lin', 'mar', 'nov', 'pol', 'ros'];
  const persons = Array.from({ length: 120 }, (_, i) => {
    const surname = `${syllables[i % 11]}${syllables[Math.floor(i / 11) % 11]}ow`.replace(/^./, (c) => c.toUpperCase());
    return `- id: person-${i}\n  type: person\n  gender: male\n  description: generated person ${i}\n  names: { en: Piotr ${surname}, pl: Piotr ${surname} }\n  variants: [Piotr ${surname}ski]\n`;
  });
  writeFileSync(join(dir, 'persons.yaml'), persons.join(''));
  return dir;
}

/**
 * Every section of a stored index, decoded shard by shard (the same values may be serialised in other bytes: V8
 * writes a string one- or two-byte as it holds it), and where its shards are in the file left out.
 */
function sections(path: string): Record<string, unknown> {
  const file = readFileSync(path);
  const length = file.readUInt32LE(file.length - 12);
  const header = JSON.parse(file.subarray(file.length - 12 - length, file.length - 12).toString()) as Header;
  const bytesOf = ([at, len]: readonly [number, number, ...unknown[]]) => file.subarray(at, at + len);
  const out: Record<string, unknown> = {
    startUnits: bytesOf(header.startUnits),
    collisions: deserialize(bytesOf(header.collisions)),
    places: deserialize(bytesOf(header.places)),
    facts: [header.locales, header.trie.formCount, header.trie.longest, header.fuzzy.longestForm],
  };
  const sharded: Array<[string, Sharded]> = [['entities', header.entities], ['trie', header.trie], ['trieSplit', header.trieSplit]];
  for (const [name, section] of Object.entries(header.fuzzy)) if (typeof section === 'object') sharded.push([`fuzzy.${name}`, section as Sharded]);
  for (const [name, { shards, toc, count }] of sharded) {
    out[name] = [count, Array.from({ length: shards }, (_, i) => {
      const bytes = bytesOf([file.readDoubleLE(toc + i * ENTRY), file.readUInt32LE(toc + i * ENTRY + 8)]);
      if (name === 'fuzzy.hashes') return bytes;
      if (name === 'trieSplit') return decodeSplitShard(bytes);
      if (name !== 'trie' && name !== 'fuzzy.keys') return deserialize(bytes);
      const shard = EntryShard.read(bytes)!;
      return Array.from(shard.tags, (tag, e) => [tag, deserialize(shard.entry(e))]);
    })];
  }
  return out;
}

const TEXT = 'Vice-President Vera Yurova met Josep Borrell and Piotr Barcelow. Later Piotr Barcelov and Piotr Dorbarowski spoke.';
const report = (index: ReturnType<typeof loadNameIndex>['index']) =>
  analyse(TEXT, { index, format: 'text', locale: 'en', detectAmong: ['en'] }).diagnostics.map((d) => `${d.ruleId} ${d.found} → ${d.fix?.text ?? ''}`);

describe('the fuzzy index built on a worker thread', () => {
  const source = { withoutShipped: true, layers: [layer()] };
  const glossary = glossaryOf(source);
  /** Writes the stored index where loadNameIndex looks for it, then reads it back from there. */
  const build = (dir: string, options: Parameters<typeof writeStored>[4]) => {
    const key = indexKey(source, dir);
    const path = join(dir, `index-${key.slice(0, 32)}.bin`);
    const result = writeStored(dir, path, key, glossary, { partitions: 2, ...options });
    const loaded = loadNameIndex(source, { cacheDir: dir });
    expect(loaded.origin).toBe('cache');
    return { result, path, index: loaded.index };
  };

  it('stores what the building thread makes, and the index answers alike', () => {
    const here = build(join(work, 'cache-here'), { source, worker: false });
    const worker = build(join(work, 'cache-worker'), { source, worker: true });
    const trie = build(join(work, 'cache-trie'), { source, worker: 'trie' });
    expect(here.result).toEqual({ written: true, fuzzyOnWorker: false, triePartitionsOnWorker: 0 });
    expect(worker.result).toMatchObject({ written: true, fuzzyOnWorker: true });
    // Every trie partition built by the worker, its split entries (Piotr's next words) spilled there too.
    expect(trie.result).toEqual({ written: true, fuzzyOnWorker: true, triePartitionsOnWorker: 2 });
    const expected = sections(here.path);
    expect((expected['trieSplit'] as [number, unknown[][]])[1].flat().length).toBeGreaterThan(64);
    expect(sections(worker.path)).toEqual(expected);
    expect(sections(trie.path)).toEqual(expected);
    for (const { index } of [worker, trie]) expect(report(index)).toEqual(report(here.index));
    expect(report(here.index).some((r) => r.startsWith('suspected-variant'))).toBe(true);
  });

  it('is built on the building thread when the worker fails (here: it cannot read the layers)', () => {
    const missing = { withoutShipped: true, layers: [join(work, 'no-such-layer')] };
    const here = build(join(work, 'cache-here-2'), { source, worker: false });
    const failed = build(join(work, 'cache-failed'), { source: missing, worker: 'trie' });
    expect(failed.result).toEqual({ written: true, fuzzyOnWorker: false, triePartitionsOnWorker: 0 });
    expect(sections(failed.path)).toEqual(sections(here.path));
    expect(report(failed.index)).toEqual(report(here.index));
  });
});

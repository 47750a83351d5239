import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/analyse.ts';
import { cacheDirectory, indexKey, loadNameIndex } from '../src/store/index-store.ts';
import { ShardedMap, ShardedSet } from '../src/store/lazy.ts';
import { nameKey } from '../src/fuzzy/key.ts';
import { placeKeysOf, placesNamedBy } from '../src/context/entity-context.ts';
import { placeWordsOf } from '../src/fuzzy/place-words.ts';
import type { Glossary } from '../src/glossary/model.ts';
import { farCountries } from '../src/suspects/countries.ts';
import { farPlaces } from '../src/suspects/datelines.ts';
import type { FuzzyIndex } from '../src/fuzzy/fuzzy-index.ts';
import type { Word } from '../src/suspects/words.ts';
import { fixture } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'canonym-store-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the fixture glossary that a test may edit. */
function layerCopy(name: string): string {
  const dir = join(work, name);
  cpSync(fixture('glossary'), dir, { recursive: true });
  return dir;
}

/** The fixture glossary's index read back from its stored file (built by a first load), and built in memory. */
function storedAndInMemory(name: string) {
  const cacheDir = join(work, `cache-${name}`);
  const source = { withoutShipped: true, layers: [layerCopy(`layer-${name}`)] };
  loadNameIndex(source, { cacheDir });
  return { stored: loadNameIndex(source, { cacheDir }).index, memory: loadNameIndex(source, { cacheDir: false }).index };
}

const TEXT = 'Vice-President Vera Yurova met Josep Borrell. Later Borel said the talks went well, and Phillip Deventerr agreed.';
const report = (index: ReturnType<typeof loadNameIndex>['index']) =>
  analyse(TEXT, { index, format: 'text', locale: 'en', detectAmong: ['en'] }).diagnostics.map((d) => `${d.ruleId} ${d.found} → ${d.fix?.text ?? ''}`);

describe('stored index', () => {
  it('is built once, then read back with the same results, suspects included', () => {
    const cacheDir = join(work, 'cache-a');
    const source = { withoutShipped: true, layers: [layerCopy('layer-a')] };
    const first = loadNameIndex(source, { cacheDir });
    expect(first.origin).toBe('built');
    expect(first.path).toBeDefined();
    const second = loadNameIndex(source, { cacheDir });
    expect(second.origin).toBe('cache');
    expect(report(second.index)).toEqual(report(first.index));
    expect(report(second.index).some((r) => r.startsWith('suspected-variant'))).toBe(true);
    // A form in the stored trie points at the very entity object the stored glossary has (identity kept).
    const forms = [...second.index.trie.root.values()].flatMap((n) => n.forms ?? []);
    expect(forms.length).toBeGreaterThan(0);
    for (const f of forms) expect(second.index.glossary.entities.get(f.entity.id)).toBe(f.entity);
  });

  it('rebuilds when a glossary file changes, and never trusts a corrupt or truncated file', () => {
    const cacheDir = join(work, 'cache-b');
    const layer = layerCopy('layer-b');
    const source = { withoutShipped: true, layers: [layer] };
    const built = loadNameIndex(source, { cacheDir });
    const keyBefore = indexKey(source);
    expect(indexKey(source, cacheDir)).toBe(keyBefore); // remembered file hashes give the same key
    expect(existsSync(join(cacheDir, 'file-hashes.json'))).toBe(true);
    const file = join(layer, readdirSync(layer).find((n) => n.endsWith('.yaml'))!);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n# an edit\n`);
    expect(indexKey(source)).not.toBe(keyBefore);
    expect(indexKey(source, cacheDir)).toBe(indexKey(source));
    expect(loadNameIndex(source, { cacheDir }).origin).toBe('built');

    const path = loadNameIndex(source, { cacheDir }).path!;
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 3)));
    const fromTruncated = loadNameIndex(source, { cacheDir });
    expect(fromTruncated.origin).toBe('built');
    expect(report(fromTruncated.index)).toEqual(report(built.index));

    const garbled = Buffer.from(readFileSync(path));
    for (let i = 48; i < garbled.length; i += 97) garbled[i] = garbled[i]! ^ 0xff;
    writeFileSync(path, garbled);
    const fromGarbled = loadNameIndex(source, { cacheDir });
    expect(fromGarbled.origin).toBe('built');
    expect(report(fromGarbled.index)).toEqual(report(built.index));
  });

  it('reads a shard only when a lookup needs it, and takes what a damaged shard held from a fresh build', () => {
    const cacheDir = join(work, 'cache-c');
    const source = { withoutShipped: true, layers: [layerCopy('layer-c')] };
    const expected = report(loadNameIndex(source, { cacheDir }).index);
    const stored = loadNameIndex(source, { cacheDir });
    expect(stored.origin).toBe('cache');
    const entities = stored.index.glossary.entities as ShardedMap<unknown>;
    expect(entities).toBeInstanceOf(ShardedMap);
    expect(entities.loadedShards).toBe(0);
    entities.get('josep-borrell');
    expect(entities.loadedShards).toBe(1);

    // Damage every shard and whole section: the header and key still match, so only the checksums can tell.
    const path = stored.path!;
    const bytes = Buffer.from(readFileSync(path));
    const trailer = bytes.length - 12;
    const header = JSON.parse(bytes.toString('utf8', trailer - bytes.readUInt32LE(trailer), trailer));
    const damage = (at: number, length: number) => {
      for (let i = 0; i < length; i += 53) bytes[at + i] = bytes[at + i]! ^ 0x5a;
    };
    const sections = [header.entities, header.trie, header.trieSplit, ...Object.values(header.fuzzy).filter((s) => typeof s === 'object')] as Array<{ shards: number; toc: number }>;
    expect(sections.length).toBe(9);
    for (const { shards, toc } of sections) {
      for (let i = 0; i < shards; i++) damage(bytes.readDoubleLE(toc + i * 20), bytes.readUInt32LE(toc + i * 20 + 8));
    }
    damage(header.collisions[0], header.collisions[1]);
    writeFileSync(path, bytes);
    const damaged = loadNameIndex(source, { cacheDir });
    expect(damaged.origin).toBe('cache');
    expect(report(damaged.index)).toEqual(expected);
    expect(existsSync(path)).toBe(false); // removed, so the next run stores a good one
    expect(loadNameIndex(source, { cacheDir }).origin).toBe('built');
  });

  it('works without a writable cache directory, and with caching off', () => {
    const blocker = join(work, 'not-a-dir');
    writeFileSync(blocker, 'a file where the cache directory would be');
    const source = { withoutShipped: true, layers: [fixture('glossary')] };
    const unwritable = loadNameIndex(source, { cacheDir: join(blocker, 'cache') });
    expect(unwritable.origin).toBe('built');
    expect(unwritable.path).toBeUndefined();
    const off = loadNameIndex(source, { cacheDir: false });
    expect(off.origin).toBe('built');
    expect(report(off.index)).toEqual(report(unwritable.index));
  });

  it('lives in $CANONYM_CACHE_DIR, else $XDG_CACHE_HOME/canonym, else ~/.cache/canonym', () => {
    expect(cacheDirectory({ CANONYM_CACHE_DIR: '/x/y' })).toBe('/x/y');
    expect(cacheDirectory({ XDG_CACHE_HOME: '/c' })).toBe(join('/c', 'canonym'));
    expect(cacheDirectory({ HOME: '/h' })).toMatch(/\.cache[/\\]canonym$/);
  });

  it('reads the fuzzy index by the shard, with the lookups of the index it was built from', () => {
    const cacheDir = join(work, 'cache-d');
    const source = { withoutShipped: true, layers: [layerCopy('layer-d')] };
    const built = loadNameIndex(source, { cacheDir }).index;
    const stored = loadNameIndex(source, { cacheDir }).index;
    const fuzzy = stored.fuzzy;
    const phrases = fuzzy.knownPhrases as ShardedSet;
    const owners = fuzzy.owners as ShardedMap<Set<string>>;
    expect(phrases).toBeInstanceOf(ShardedSet);
    expect(owners).toBeInstanceOf(ShardedMap);
    expect(phrases.loadedShards).toBe(0);
    expect(fuzzy.knownPhrases.has('josep borrell')).toBe(built.fuzzy.knownPhrases.has('josep borrell'));
    expect(phrases.loadedShards).toBe(1);
    // The same candidates in the same order, for every key the built index knows and for near misses of them.
    const queries = [...built.fuzzy.owners.keys()].flatMap((k) => [k, `${k}h`, k.slice(1), k.replace(/[aeiou]/, 'y')]);
    expect(queries.length).toBeGreaterThan(40);
    const shape = (index: typeof built) => queries.map((q) => index.fuzzy.words.candidates(q).map((c) => [c.key, c.values.map((v) => [v.form.entity.id, v.form.form, v.position])]));
    expect(shape(stored)).toEqual(shape(built));
    expect(stored.fuzzy.words.candidates(nameKey('Borrell'))[0]!.values[0]!.form.entity).toBe(stored.glossary.entities.get('josep-borrell'));
    for (const key of [...built.fuzzy.owners.keys()]) expect([...stored.fuzzy.owners.get(key)!]).toEqual([...built.fuzzy.owners.get(key)!]);
    expect([...stored.fuzzy.givenNames].sort()).toEqual([...built.fuzzy.givenNames].sort());
    expect(stored.fuzzy.longestForm).toBe(built.fuzzy.longestForm);
  });

  it('lists the places from their own section, the same objects the entity shards give', () => {
    const cacheDir = join(work, 'cache-e');
    const source = { withoutShipped: true, layers: [layerCopy('layer-e')] };
    const built = loadNameIndex(source, { cacheDir }).index;
    const stored = loadNameIndex(source, { cacheDir }).index;
    const entities = stored.glossary.entities as unknown as ShardedMap<{ id: string }>;
    const places = [...stored.glossary.ofType!('place')];
    expect(places.map((e) => e.id).sort()).toEqual([...built.glossary.entities.values()].filter((e) => e.type === 'place').map((e) => e.id).sort());
    expect(places.length).toBeGreaterThan(0);
    expect(entities.loadedShards).toBe(0);
    for (const place of places) expect(stored.glossary.entities.get(place.id)).toBe(place);
    entities.loadAll();
    for (const place of places) expect(stored.glossary.entities.get(place.id)).toBe(place);
    expect(report(stored)).toEqual(report(built));
  });

  it('keeps the places as folded words, made at build time, for the context of a suspect without reading the places', () => {
    const { stored, memory } = storedAndInMemory('keys');
    const keys = stored.glossary.placeKeys!();
    expect(keys).toEqual(placeKeysOf(memory.glossary));
    expect(keys.find((p) => p.id === 'turkiye')?.country).toBe(true);
    expect(keys.find((p) => p.id === 'kyiv')?.names).toContainEqual(['київ']);
    // The place index of the stored glossary is made from them alone: neither the places nor any entity is read.
    const unread = { ...stored.glossary, ofType: () => expect.unreachable('the places were read'), entities: new Map() };
    for (const word of ['Kyiv', 'Kijowa', 'Київ', 'Türkei', 'Deventer', 'Zwolle', 'Berlin']) expect(placesNamedBy(unread, word)).toEqual(placesNamedBy(memory.glossary, word));
    expect(placesNamedBy(memory.glossary, 'Kijowa')).toEqual(['kyiv']);
  });

  it('keeps the places’ one-word names with their keys, made at build time, for the searches past the fuzzy index’s bound', () => {
    const { stored, memory } = storedAndInMemory('place-words');
    const words = stored.glossary.placeWords!();
    expect(words).toEqual(placeWordsOf(memory.glossary));
    expect(words).toContainEqual({ id: 'turkiye', locale: 'en', form: 'Türkiye', key: nameKey('Türkiye'), short: false, country: true });
    expect(words.find((w) => w.id === 'deventer')?.country).toBe(false);
    // Keys of four or five letters are too short for such a search (Kyiv, Türkei).
    expect(words.some((w) => w.id === 'kyiv' || w.form === 'Türkei')).toBe(false);
    // The searches read the rows alone: the places are never listed, and only the entities they keep are read.
    const unread: Glossary = { ...stored.glossary, ofType: () => expect.unreachable('the places were read') };
    const countries = (g: Glossary, word: string, language?: string) => farCountries(g, nameKey(word), language).map(({ form, d }) => `${form.entity.id} ${form.form} ${d}`);
    const datelines = (g: Glossary, word: string, language: string) =>
      farPlaces({ key: nameKey(word) } as Word, { glossary: g, language, fuzzy: undefined as unknown as FuzzyIndex } as Parameters<typeof farPlaces>[1]).map((h) => `${h.form.entity.id} ${h.form.form} ${h.score.toFixed(3)} ${h.short}`);
    for (const [word, language] of [['Tyrkaia', 'en'], ['Turkmeya', undefined], ['Turkmeya', 'de'], ['Zwoltte', 'nl']] as const) {
      expect(countries(unread, word, language)).toEqual(countries(memory.glossary, word, language));
    }
    expect(countries(unread, 'Tyrkaia', 'en')).toEqual(['turkiye Türkiye 2.5']);
    for (const [word, language] of [['DEVNTER', 'nl'], ['DEVANTAR', 'de'], ['ZWOLLLE', 'en'], ['TUERKIJE', 'de']] as const) {
      expect(datelines(unread, word, language)).toEqual(datelines(memory.glossary, word, language));
    }
    expect(datelines(unread, 'DEVNTER', 'nl')).toHaveLength(1);
    expect(datelines(unread, 'DEVNTER', 'nl')[0]).toMatch(/^deventer Deventer /);
  });

  it('keeps the next words of a first word that starts many names apart, and finds them as the built index does', () => {
    // 150 persons named Josep: the stored "josep" entry does not hold them all, each is read by its second word.
    const layer = layerCopy('layer-f');
    const syllables = ['bar', 'cel', 'dor', 'fen', 'gal', 'hor', 'lin', 'mar', 'nov', 'pol', 'ros', 'tem', 'val'];
    const persons = Array.from({ length: 150 }, (_, i) => {
      const surname = `${syllables[i % 13]}${syllables[Math.floor(i / 13) % 13]}ert`.replace(/^./, (c) => c.toUpperCase());
      return `- id: josep-${i}\n  type: person\n  gender: male\n  description: generated person ${i}\n  names: { en: Josep ${surname} }\n`;
    });
    writeFileSync(join(layer, 'many-joseps.yaml'), persons.join(''));
    const cacheDir = join(work, 'cache-f');
    const source = { withoutShipped: true, layers: [layer] };
    const built = loadNameIndex(source, { cacheDir }).index;
    const stored = loadNameIndex(source, { cacheDir }).index;
    const text = 'Josep Barcelert met Josep Borrell and Josep Valdorert in Brussels; Josep Celbarert stayed home.';
    const names = (index: typeof built) => analyse(text, { index, format: 'text', locale: 'en', detectAmong: ['en'] }).mentions.map((m) => [m.text, m.entity.id]);
    expect(names(stored)).toEqual(names(built));
    expect(names(stored).length).toBeGreaterThanOrEqual(3);
    const josep = stored.trie.root.get('josep')!;
    expect(josep.next).toBeInstanceOf(ShardedMap);
    expect((josep.next as ShardedMap<unknown>).loadedShards).toBeLessThan(150);
    expect([...josep.next!.keys()].sort()).toEqual([...built.trie.root.get('josep')!.next!.keys()].sort());
  });
  it('builds in partitions what the index built in memory has: every form, case table and collision', () => {
    // 150 persons named Josep (their first word goes to the split section) beside the fixture glossary, in 3 partitions.
    const layer = layerCopy('layer-g');
    const syllables = ['bar', 'cel', 'dor', 'fen', 'gal', 'hor', 'lin', 'mar', 'nov', 'pol', 'ros', 'tem', 'val'];
    const persons = Array.from({ length: 150 }, (_, i) => {
      const surname = `${syllables[i % 13]}${syllables[Math.floor(i / 13) % 13]}ert`.replace(/^./, (c) => c.toUpperCase());
      return `- id: josep-${i}\n  type: person\n  gender: male\n  description: generated person ${i}\n  names: { en: Josep ${surname}, pl: Josep ${surname} }\n`;
    });
    writeFileSync(join(layer, 'many-joseps.yaml'), persons.join(''));
    const source = { withoutShipped: true, layers: [layer] };
    const memory = loadNameIndex(source, { cacheDir: false }).index;
    const stored = loadNameIndex(source, { cacheDir: join(work, 'cache-g'), partitions: 3 });
    expect(stored.path).toBeDefined();
    const index = loadNameIndex(source, { cacheDir: join(work, 'cache-g') });
    expect(index.origin).toBe('cache');
    const shape = (i: typeof memory) => {
      const out: string[] = [];
      const walk = (path: string, node: { forms?: Array<{ entity: { id: string }; form: string; grammaticalCase?: string; generated?: unknown }>; next?: Map<string, any> }) => {
        for (const f of node.forms ?? []) out.push(`${path} ${f.entity.id} ${f.form} ${f.grammaticalCase ?? ''} ${f.generated ? 'g' : ''}`);
        for (const [k, child] of node.next ?? []) walk(`${path}/${k}`, child);
      };
      for (const [k, node] of i.trie.root) walk(k, node);
      return out.sort();
    };
    const expected = shape(memory);
    expect(expected.length).toBeGreaterThan(500);
    expect(shape(index.index)).toEqual(expected);
    expect(index.index.trie.root.get('josep')!.next).toBeInstanceOf(ShardedMap);
    for (const e of memory.glossary.entities.values()) {
      for (const locale of Object.keys(e.names)) {
        for (const c of ['genitive', 'instrumental', 'locative'] as const) expect(index.index.formFor(index.index.glossary.entities.get(e.id)!, locale, false, c)).toBe(memory.formFor(e, locale, false, c));
      }
    }
    const collisions = (i: typeof memory) => i.collisions.map((c) => `${c.entity.id} ${c.form} ${c.owner?.id ?? ''}`);
    expect(collisions(index.index)).toEqual(collisions(memory));
    expect(report(index.index)).toEqual(report(memory));
  });
});

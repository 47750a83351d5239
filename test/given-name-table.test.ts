import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../src/analyse.ts';
import { nameKey } from '../src/fuzzy/key.ts';
import { loadNameIndex } from '../src/store/index-store.ts';
import { ShardedMap } from '../src/store/lazy.ts';

// The suspects' given-name table (the surnames a given name can be followed by) is built with the fuzzy index and
// stored by the shard: a one-line check reads the shard of its given name, never every person.
const work = mkdtempSync(join(tmpdir(), 'canonym-given-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const syllables = ['bar', 'cel', 'dor', 'fen', 'gal', 'hor', 'lin', 'mar', 'nov', 'pol', 'ros', 'tem', 'val', 'wes', 'zun'];
const cap = (s: string) => s.replace(/^./, (c) => c.toUpperCase());
/** Person i of the generated ones: a given name of its own, a surname of its own. */
const givenOf = (i: number) => cap(`${syllables[i % 15]}${syllables[Math.floor(i / 15) % 15]}${i < 225 ? '' : 'in'}o`);
const surnameOf = (i: number) => cap(`${syllables[Math.floor(i / 15) % 15]}${syllables[i % 15]}${i < 225 ? '' : 'and'}ert`);
const PERSONS = 400;
const ANNAS = 70;

function layer(): string {
  const dir = join(work, 'layer');
  mkdirSync(dir, { recursive: true });
  const entities = [
    `- id: wopke-hoekstra\n  type: person\n  gender: male\n  description: Dutch politician\n  native: { nl: Wopke Hoekstra }\n  names: { en: Wopke Hoekstra, de: Wopke Hoekstra, ru: Вопке Хукстра }\n`,
    // Spellings with one key (one entry, the first), and a name of three words (none).
    `- id: dmytro-kuleba\n  type: person\n  gender: male\n  description: Ukrainian politician\n  native: { uk: Дмитро Кулеба }\n  names: { en: Dmytro Kuleba, de: Dmytro Kuleba, fr: Dmytro Kouleba, ru: Дмитрий Иванович Кулеба }\n`,
    // Two surnames with keys of their own (two entries, names before native).
    `- id: olena-zelenska\n  type: person\n  gender: female\n  description: Ukrainian first lady\n  native: { uk: Олена Зеленська }\n  names: { en: Olena Zelenska, de: Olena Selenska }\n`,
    ...Array.from({ length: PERSONS }, (_, i) =>
      `- id: person-${i}\n  type: person\n  gender: male\n  description: generated person ${i}\n  names: { en: ${givenOf(i)} ${surnameOf(i)} }\n`),
    // More persons with one given name than a lookup compares.
    ...Array.from({ length: ANNAS }, (_, i) =>
      `- id: anna-${i}\n  type: person\n  gender: female\n  description: generated person ${i}\n  names: { en: Anna ${surnameOf(i)}a }\n`),
  ];
  writeFileSync(join(dir, 'persons.yaml'), entities.join(''));
  return dir;
}

const TEXT = 'Dutch Foreign Minister Wopke Gokstra said his government would consider it.';
const GOKSTRA = 'suspected-variant Wopke Gokstra → Wopke Hoekstra wopke-hoekstra';

describe('the given-name table', () => {
  const source = { withoutShipped: true, layers: [layer()] };
  const memory = loadNameIndex(source, { cacheDir: false }).index;
  const fixes = (index: typeof memory) =>
    analyse(TEXT, { index, format: 'text', locale: 'en', detectAmong: ['en'] }).diagnostics.map((d) => `${d.ruleId} ${d.found} → ${d.expected} ${d.entity}`);

  it('finds a garbled surname through the given name on a stored index, reading a few entity shards, not all', () => {
    const cacheDir = join(work, 'cache-a');
    expect(loadNameIndex(source, { cacheDir }).origin).toBe('built');
    const stored = loadNameIndex(source, { cacheDir });
    expect(stored.origin).toBe('cache');
    const entities = stored.index.glossary.entities as ShardedMap<unknown>;
    expect(entities).toBeInstanceOf(ShardedMap);
    const shards = Math.ceil(entities.size / 8);
    expect(shards).toBeGreaterThan(50);
    expect(fixes(stored.index)).toEqual([GOKSTRA]);
    expect(fixes(memory)).toEqual([GOKSTRA]);
    expect(entities.loadedShards).toBeGreaterThan(0);
    expect(entities.loadedShards).toBeLessThanOrEqual(5);
  });

  it('holds each person\'s two-word names under the given name, in glossary order, stored and built in partitions alike', () => {
    const table = (index: typeof memory, key: string) => index.fuzzy.surnamesAfterGiven(key);
    expect([nameKey('Дмитро'), nameKey('Kouleba'), nameKey('Кулеба')]).toEqual([nameKey('Dmytro'), nameKey('Kuleba'), nameKey('Kuleba')]);
    expect(table(memory, nameKey('Dmytro'))).toEqual([{ entityId: 'dmytro-kuleba', form: 'Dmytro Kuleba', surnameKey: nameKey('Kuleba') }]);
    expect(table(memory, nameKey('Дмитрий'))).toEqual([]);
    expect(table(memory, nameKey('Olena'))).toEqual([
      { entityId: 'olena-zelenska', form: 'Olena Zelenska', surnameKey: nameKey('Zelenska') },
      { entityId: 'olena-zelenska', form: 'Olena Selenska', surnameKey: nameKey('Selenska') },
    ]);
    expect(table(memory, nameKey(givenOf(17)))).toEqual([{ entityId: 'person-17', form: `${givenOf(17)} ${surnameOf(17)}`, surnameKey: nameKey(surnameOf(17)) }]);
    expect(table(memory, nameKey('Anna'))).toBe('too-many');

    const keys = [...memory.fuzzy.givenSurnames.keys()];
    expect(keys.length).toBeGreaterThan(PERSONS);
    const cached = loadNameIndex(source, { cacheDir: join(work, 'cache-a') });
    loadNameIndex(source, { cacheDir: join(work, 'cache-p'), partitions: 3 });
    const partitioned = loadNameIndex(source, { cacheDir: join(work, 'cache-p') });
    expect([cached.origin, partitioned.origin]).toEqual(['cache', 'cache']);
    for (const key of keys) {
      expect(table(cached.index, key), key).toEqual(table(memory, key));
      expect(table(partitioned.index, key), key).toEqual(table(memory, key));
    }
    expect(table(cached.index, 'nosuchgivenname')).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../src/cli/commands/export.ts';
import { Workspace } from '../src/cli/workspace.ts';
import { i18nextBundles } from '../src/export/i18next.ts';
import { glossaryJson } from '../src/export/json.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import type { Glossary } from '../src/glossary/model.ts';
import { captureOutput, tempDirsRemovedAfterAll } from './helpers.ts';

// Every temp folder a test makes is removed when the file is done.
const newTempDir = tempDirsRemovedAfterAll();

let shipped: Glossary | undefined;
const glossary = () => (shipped ??= loadGlossary({}));

describe('i18next bundles', () => {
  it('keys names by entity id, with short forms and Slavic cases as context variants', () => {
    const b = i18nextBundles(glossary());
    expect(b.ru!['josep-borrell']).toBe('Жозеп Боррель');
    expect(b.ru!['josep-borrell_short']).toBe('Боррель');
    expect(b.ru!['josep-borrell_genitive']).toBe('Жозепа Борреля');
    expect(b.ru!['josep-borrell_short_instrumental']).toBe('Боррелем');
    expect(b.pl!['volodymyr-zelenskyy_genitive']).toBe('Wołodymyra Zełenskiego');
    expect(b.de!['volodymyr-zelenskyy']).toBe('Wolodymyr Selenskyj');
    expect(b.de!['volodymyr-zelenskyy_genitive']).toBeUndefined(); // German names get no case forms
    expect(b.bg!['josep-borrell_genitive']).toBeUndefined(); // nor do Bulgarian ones
    expect(b.ru!['european-union_short']).toBe('ЕС');
    expect(b.ru!['european-union_genitive']).toBe('Европейского союза'); // a name of noun and adjective declines
    expect(b.ru!['nato_short_genitive']).toBe('НАТО'); // an acronym does not decline: every case is the acronym
    expect(b.es!['dmytro-kuleba']).toBeUndefined(); // no Spanish form in the glossary
  });

  it('works with i18next itself: t() with a context gives the case, and falls back to the nominative', async () => {
    const dir = newTempDir('canonym-export-');
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await runExport(new Workspace({}), 'i18next', { out: dir })).toBe(0);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['de', 'en', 'pl', 'ru', 'uk', 'bg']));
    const load = (lng: string) => JSON.parse(readFileSync(join(dir, lng, 'names.json'), 'utf8'));
    const t = await i18next.createInstance().init({
      lng: 'ru',
      fallbackLng: false,
      ns: ['names'],
      resources: { ru: { names: load('ru') }, uk: { names: load('uk') }, de: { names: load('de') } },
    });
    expect(t('names:josep-borrell')).toBe('Жозеп Боррель');
    expect(t('names:josep-borrell', { context: 'genitive' })).toBe('Жозепа Борреля');
    expect(t('names:josep-borrell_short', { context: 'dative' })).toBe('Боррелю');
    expect(t('names:volodymyr-zelenskyy', { lng: 'uk', context: 'instrumental' })).toBe('Володимиром Зеленським');
    expect(t('names:kyiv', { lng: 'uk', context: 'locative' })).toBe('Києві');
    // No case forms for an acronym: i18next falls back to the key without context.
    expect(t('names:nato_short', { context: 'genitive' })).toBe('НАТО');
    expect(t('names:volodymyr-zelenskyy', { lng: 'de', context: 'genitive' })).toBe('Wolodymyr Selenskyj');
  });
  afterEach(() => vi.restoreAllMocks());
});

describe('JSON export', () => {
  it('has a stable, documented shape', () => {
    const doc = glossaryJson(glossary());
    expect(doc.format).toBe('canonym-glossary');
    expect(doc.version).toBe(1);
    expect(doc.locales).toEqual(expect.arrayContaining(['bg', 'de', 'en', 'es', 'pl', 'ru', 'uk']));
    const ids = doc.entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    const borrell = doc.entities.find((e) => e.id === 'josep-borrell')!;
    expect(Object.keys(borrell)).toEqual(['id', 'type', 'gender', 'description', 'native', 'names', 'short', 'cases', 'shortCases', 'variants', 'sources']);
    expect(borrell.names.bg).toEqual(['Жозеп Борел']);
    expect(borrell.short.en).toEqual(['Borrell']); // derived from the name
    expect(borrell.cases.ru!.genitive).toBe('Жозепа Борреля');
    expect(borrell.shortCases.pl!.instrumental).toBe('Borrellem');
    expect(borrell.variants).toContainEqual({ form: 'Borel', status: 'forbidden', wrongIn: null });
  });

  it('prints to standard output, or writes the file --out names', async () => {
    const io = captureOutput();
    expect(await runExport(new Workspace({}), 'json', {})).toBe(0);
    expect(JSON.parse(io.stdout).format).toBe('canonym-glossary');
    const file = join(newTempDir('canonym-export-'), 'sub', 'glossary.json');
    expect(await runExport(new Workspace({}), 'json', { out: file })).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).entities.length).toBeGreaterThan(300);
    await expect(runExport(new Workspace({}), 'i18next', {})).rejects.toThrow(/needs --out/);
  });
});

/** Glossary exchange: TBX and CSV export and import, and the YAML layers they write. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/glossary/load.ts';
import type { Entity, Glossary } from '../src/glossary/model.ts';
import { glossaryToCsv, csvToEntities } from '../src/exchange/csv.ts';
import { comparable, entityYaml, layerYaml, loadLayerText, scalar } from '../src/exchange/layer.ts';
import { glossaryToTbx, roleOfStatus, tbxToEntities } from '../src/exchange/tbx.ts';
import { fixture, runCli, tempDirsRemovedAfterAll } from './helpers.ts';

// Every temp folder a test makes is removed when the file is done.
const newTempDir = tempDirsRemovedAfterAll();

const shipped: Glossary = loadGlossary();
const tbxFixture = (name: string) => readFileSync(fixture(`import/tbx/${name}`), 'utf8');

/** Export, import, write the layer, load it alone: every entity must come back field for field. */
function roundTrip(exported: string, importer: (text: string) => Parameters<typeof layerYaml>[0]) {
  const layer = loadLayerText(layerYaml(importer(exported)));
  expect(layer.problems).toEqual([]);
  return layer.glossary;
}

function expectSameGlossary(back: Glossary, original: Glossary) {
  expect(back.entities.size).toBe(original.entities.size);
  for (const entity of original.entities.values()) {
    const returned = back.entities.get(entity.id);
    expect(returned, entity.id).toBeDefined();
    expect(comparable(returned!), entity.id).toEqual(comparable(entity));
  }
}

describe('TBX export and import', () => {
  it('gives back the shipped glossary exactly (every entity, every field)', () => {
    const tbx = glossaryToTbx(shipped);
    expectSameGlossary(roundTrip(tbx, (text) => tbxToEntities(text).entities), shipped);
  });

  it('exports TBX v3 TBX-Basic in DCA style, with the statuses CAT tools read', () => {
    const borrell = shipped.entities.get('josep-borrell')!;
    const tbx = glossaryToTbx(shipped, [borrell]);
    expect(tbx).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(tbx).toMatch(/<term>Josep Borrell<\/term>\s*<termNote type="administrativeStatus">preferredTerm-admn-sts<\/termNote>\s*<termNote type="termType">fullForm<\/termNote>\s*<termNote type="grammaticalGender">masculine<\/termNote>/);
    expect(tbx).toMatch(/<term>Borel<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts<\/termNote>\s*<note>Bulgarian Борел romanised<\/note>/);
    // A variant wrong wherever it is not canonical appears in every language whose name it is not.
    expect(tbx.match(/<term>Borel<\/term>/g)).toHaveLength(Object.keys(borrell.names).length);
  });

  it('escapes markup characters and reads them back', () => {
    const entity: Entity = {
      id: 'at-and-t', type: 'organisation', description: 'A <test> of "quotes" & ampersands', native: {}, names: { en: ['AT&T'] }, short: {},
      variants: [{ form: 'AT & T <Inc>', status: 'admitted', wrongIn: ['en'], origin: 'x > y' }], specs: [], sources: ['https://example.org/?a=1&b=2'], notThisEntity: [],
    };
    const glossary: Glossary = { entities: new Map([[entity.id, entity]]) };
    expectSameGlossary(roundTrip(glossaryToTbx(glossary), (t) => tbxToEntities(t).entities), glossary);
  });

  it.each([
    ['preferredTerm-admn-sts', 'canonical'], ['admittedTerm-admn-sts', 'admitted'], ['deprecatedTerm-admn-sts', 'forbidden'],
    ['supersededTerm-admn-sts', 'forbidden'], ['standardizedTerm-admn-sts', 'canonical'], ['deprecatedTerm', 'forbidden'],
    ['admittedTerm', 'admitted'], [undefined, 'canonical'],
  ] as const)('administrativeStatus %s is %s', (status, role) => {
    expect(roleOfStatus(status)).toBe(role);
  });

  it('reads TBX-Basic v2 (martif, tig): statuses, short forms, grammatical gender, notes, links', () => {
    const read = tbxToEntities(tbxFixture('tbx-basic-v2-martif.tbx'));
    expect(read.dialect).toBe('TBX v2 (martif)');
    const [borrell, kyiv] = read.entities;
    expect(borrell).toMatchObject({
      id: 'josep-borrell', type: 'person', gender: 'male',
      names: { en: 'Josep Borrell', ru: 'Жозеп Боррель', bg: 'Жозеп Борел' }, short: { en: 'Borrell' },
      variants: [{ form: 'Josep Borel', wrongIn: ['en'], origin: 'Bulgarian Жозеп Борел romanised' }],
      sources: ['https://en.wikipedia.org/wiki/Josep_Borrell'],
    });
    // Superseded in English and deprecated in German: one forbidden variant, wrong in both.
    expect(kyiv).toMatchObject({ id: 'kyiv', type: 'place', description: 'Capital of Ukraine', names: { en: 'Kyiv', de: 'Kiew' } });
    expect(kyiv!.variants).toEqual([{ form: 'Kiev', wrongIn: ['en', 'de'] }, { form: 'Kyjiw', status: 'admitted', wrongIn: ['de'] }]);
  });

  it('reads TBX v2 default (ntig/termGrp), normativeAuthorization, and a term without status as canonical', () => {
    const [kyiv] = tbxToEntities(tbxFixture('tbx-default-v2-ntig.tbx'), { file: 'kb.tbx' }).entities;
    expect(kyiv).toMatchObject({ id: 'kyiv', names: { en: 'Kyiv', pl: 'Kijów' }, variants: [{ form: 'Kiev', wrongIn: ['en'] }], description: 'Kyiv (imported from kb.tbx)' });
  });

  it('reads TBX v3 DCA: a definition over two lines, gender from feminine names, a diacritics-only variant left out', () => {
    const read = tbxToEntities(tbxFixture('tbx-basic-v3-dca.tbx'));
    expect(read.dialect).toBe('TBX v3 (DCA)');
    const [jourova, commission] = read.entities;
    expect(jourova).toMatchObject({ id: 'vera-jourova', type: 'person', gender: 'female', description: 'Czech politician, European Commission Vice-President 2019–2024' });
    expect(jourova!.variants).toEqual([
      { form: 'Vera Yurova', wrongIn: ['en'], origin: 'cs → ru/bg media (Юрова) → en' },
      { form: 'Вера Юрова', wrongIn: ['ru'] },
    ]);
    expect(read.skipped.join('\n')).toContain('"Vera Jourova" left out');
    expect(commission).toMatchObject({ id: 'european-commission', type: 'organisation', names: { en: 'European Commission', de: 'Europäische Kommission' } });
  });

  it('reads TBX v3 DCT (data categories as elements)', () => {
    const read = tbxToEntities(tbxFixture('tbx-basic-v3-dct.tbx'));
    expect(read.dialect).toBe('TBX v3 (DCT)');
    expect(read.entities).toEqual([
      { id: 'dnipro', type: 'place', description: 'City in eastern Ukraine', names: { en: 'Dnipro', uk: 'Дніпро' }, variants: [{ form: 'Dnipropetrovsk', wrongIn: ['en'] }] },
    ]);
  });

  it('refuses a document that is not TBX', () => {
    expect(() => tbxToEntities('<xliff version="2.0"/>')).toThrow(/not a TBX document/);
  });
});

describe('CSV export and import', () => {
  it('gives back the shipped glossary exactly', () => {
    expectSameGlossary(roundTrip(glossaryToCsv(shipped), (text) => csvToEntities(text).entities), shipped);
  });

  it('writes one column per locale and one row per variant and spec', () => {
    const csv = glossaryToCsv(shipped, [shipped.entities.get('kyiv')!]);
    const [head, entityRow] = csv.split('\r\n');
    expect(head).toBe('id,kind,type,gender,description,en,de,fr,nl,es,it,pl,cs,ru,uk,bg,native:uk,form,status,wrongIn,until,origin,locale,from,to,sources,notThisEntity');
    expect(entityRow).toMatch(/^kyiv,entity,place,,Capital of Ukraine,Kyiv,Kiew,Kiev,/);
    expect(csv).toContain('kyiv,variant,,,,,,,,,,,,,,,,Kiev,forbidden,"en,de,pl,cs",1991,');
  });

  it('reads a sheet of names only, and reports rows it cannot use', () => {
    const read = csvToEntities(readFileSync(fixture('import/csv/newsdesk-names.csv'), 'utf8'));
    expect(read.problems).toEqual([]);
    expect(read.entities).toEqual([
      { id: 'josep-borrell-newsdesk', type: 'person', gender: 'male', description: 'Spanish politician, EU foreign policy chief 2019–2024', names: { en: 'Josep Borrell', de: 'Josep Borrell', ru: 'Жозеп Боррель' } },
      { id: 'kyiv-newsdesk', type: 'place', description: 'Capital of Ukraine', names: { en: 'Kyiv', de: 'Kiew', ru: 'Киев' } },
    ]);
    const bad = csvToEntities('id,kind,type,en,form\nx,variant,,,Foo\ny,entity,city,Y,\ny,entity,place,Y,\n');
    expect(bad.problems).toEqual(['line 2: a variant row for "x" before its entity row', 'line 3: type "city" is none of person, place, organisation, other']);
    expect(bad.entities.map((e) => e.id)).toEqual(['y']);
  });
});

describe('YAML layers', () => {
  const tricky = ['yes', 'No', 'null', '~', '1918', '0x1F', '1e3', '.5', 'a: b', 'a #b', '#x', '- x', '[x]', '{x}', '@x', '`x', '"q"', "'q'", ' lead', 'trail ', 'Kiev, 1918', '12:30', 'Véra Jourová', 'Боррель', 'AT&T', '*star', '!tag', '%pc', '|', '>', '?', 'a\nb', 'tab\there', '\u2028'];

  it('writes every string so that YAML reads back the same string, plain or in a flow list', () => {
    for (const s of tricky) {
      expect(parseYaml(`k: ${scalar(s)}`), s).toEqual({ k: s });
      expect(parseYaml(`k: [${scalar(s, true)}, ${scalar('x', true)}]`), s).toEqual({ k: [s, 'x'] });
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (s) => {
        expect(parseYaml(`k: ${scalar(s)}`)).toEqual({ k: s });
        expect(parseYaml(`k: [${scalar(s, true)}]`)).toEqual({ k: [s] });
      }),
      { numRuns: 500, seed: 14 },
    );
  });

  it('writes an entity the glossary loader reads back field for field', () => {
    const entity = comparable(shipped.entities.get('kyiv')!);
    const text = entityYaml({ id: entity.id, type: entity.type, description: entity.description, names: { en: 'Kyiv' }, variants: [{ form: 'Kiev', wrongIn: ['en'], until: 1991 }] });
    const back = loadLayerText(text);
    expect(back.problems).toEqual([]);
    expect(back.glossary.entities.get('kyiv')!.variants).toMatchObject([{ form: 'Kiev', status: 'forbidden', wrongIn: ['en'], until: 1991 }]);
  });
});

describe('glossary export and import on the command line', () => {
  it('exports TBX, imports it into a layer that validates, and does not overwrite it without --force', async () => {
    const dir = newTempDir('canonym-exchange-');
    const exported = join(dir, 'glossary.tbx');
    const exportRun = await runCli(['glossary', 'export', 'tbx', '--out', exported]);
    expect(exportRun.code, exportRun.stderr).toBe(0);
    expect(exportRun.stderr).toContain(`TBX export of ${shipped.entities.size.toLocaleString('en')} entities`);
    const layer = join(dir, 'layer', 'imported.yaml');
    const importRun = await runCli(['glossary', 'import', 'tbx', exported, '--out', layer]);
    expect(importRun.code, importRun.stderr).toBe(0);
    expect(importRun.stderr).toContain(`${shipped.entities.size.toLocaleString('en')} entities of`);
    // The layer alone is the whole glossary again.
    const validate = await runCli(['glossary', 'validate', '--no-shipped-glossary', '--glossary', join(dir, 'layer')]);
    expect(validate.code, validate.stdout).toBe(0);
    expect(validate.stdout).toContain(`${shipped.entities.size.toLocaleString('en')} entities in 1 layer, no problems`);
    const again = await runCli(['glossary', 'import', 'tbx', exported, '--out', layer]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
  }, 180_000);

  it('imports each fixture TBX into a layer, and the layers validate over the shipped glossary', async () => {
    const dir = newTempDir('canonym-tbx-');
    const args: string[] = [];
    for (const name of ['tbx-basic-v2-martif.tbx', 'tbx-default-v2-ntig.tbx', 'tbx-basic-v3-dca.tbx', 'tbx-basic-v3-dct.tbx']) {
      const layer = join(dir, name.replace('.tbx', '.yaml'));
      const run = await runCli(['glossary', 'import', 'tbx', fixture(`import/tbx/${name}`), '--out', layer]);
      expect(run.code, run.stderr).toBe(0);
      args.push('--glossary', layer);
    }
    const validate = await runCli(['glossary', 'validate', ...args]);
    expect(validate.code, validate.stdout).toBe(0);
  }, 180_000);

  it('refuses input that is not TBX with exit 2 and the file named', async () => {
    const dir = newTempDir('canonym-tbx-bad-');
    const bad = join(dir, 'bad.tbx');
    writeFileSync(bad, '<html><body>no</body></html>');
    const run = await runCli(['glossary', 'import', 'tbx', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${bad}: cannot be imported: not a TBX document`);
  });
});

/** Glossary layers made from Wikidata (dump, entity data, SPARQL results) and JRC-Names. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { EntityInput } from '../src/glossary/schema.ts';
import { loadLayerText, layerYaml } from '../src/exchange/layer.ts';
import { lines } from '../src/exchange/stream.ts';
import { emptyStats, parseDumpLine, VariantClaims, wikidataEntity, wikidataFile, type WikidataEntity, type WikidataOptions } from '../src/exchange/wikidata.ts';
import { emptyJrcStats, jrcEntity, jrcFile, parseJrcLine } from '../src/exchange/jrc.ts';
import { fixture, runCli, tempDirsRemovedAfterAll } from './helpers.ts';

// Every temp folder a test makes is removed when the file is done.
const newTempDir = tempDirsRemovedAfterAll();

const wd = (name: string) => fixture(`import/wikidata/${name}`);

async function importWikidata(path: string, options: WikidataOptions = {}) {
  const stats = emptyStats();
  const entities: EntityInput[] = [];
  for await (const e of wikidataFile(path, options, stats)) entities.push(e);
  return { entities, stats };
}

/** The real entities of the dump fixture, by Q-id. */
function dumpEntity(id: string): WikidataEntity {
  for (const line of readFileSync(wd('dump-sample.json'), 'utf8').split('\n')) {
    const e = parseDumpLine(line);
    if (e?.id === id) return e;
  }
  throw new Error(id);
}

describe('Wikidata import', () => {
  it('streams the dump, plain, gzip and bzip2 alike', async () => {
    const plain = await importWikidata(wd('dump-sample.json'));
    expect(plain.stats).toMatchObject({ format: 'dump', read: 5, kept: 4, skipped: { 'no-label': 1 } });
    expect(plain.entities.map((e) => e.id)).toEqual(['veronica-roth-q328212', 'henning-christophersen-q646148', 'bielefeld-q2112', 'book-q571']);
    for (const compressed of ['dump-sample.json.gz', 'dump-sample.json.bz2']) expect((await importWikidata(wd(compressed))).entities).toEqual(plain.entities);
  });

  it('maps labels, aliases, P21, description and P1559 of real entities', async () => {
    const { entities } = await importWikidata(wd('dump-sample.json'));
    const roth = entities[0]!;
    expect(roth).toMatchObject({
      type: 'person',
      gender: 'female',
      description: 'American author',
      native: { en: 'Veronica Roth' },
      names: { en: 'Veronica Roth', cs: 'Veronica Rothová', ru: 'Вероника Рот', uk: 'Вероніка Рот', bg: 'Вероника Рот' },
      sources: ['https://www.wikidata.org/wiki/Q328212'],
    });
    // An alias is a name people use: admitted, not forbidden, in the locales that list it.
    expect(roth.variants).toEqual([{ form: 'Veronica Anne Roth', status: 'admitted', wrongIn: ['en', 'de', 'fr', 'es', 'pl'], origin: 'Wikidata alias' }]);
    // "Рот, Вероника" (a catalogue's inverted label) is not a name in running text.
    expect(JSON.stringify(roth)).not.toContain('Рот, Вероника');
    expect(entities[1]).toMatchObject({ gender: 'male', native: { da: 'Henning Christophersen' }, description: 'Danish politician (1939-2016)' });
    expect(entities[2]).toMatchObject({ type: 'place', description: 'city in Germany', names: { de: 'Bielefeld', ru: 'Билефельд', bg: 'Билефелд' } });
    expect(entities[3]).toMatchObject({ type: 'other', names: { en: 'book', pl: 'książka' } });
  });

  it('filters by ids, instance-of classes, sitelinks, and writes only the wanted locales', async () => {
    const ids = async (options: WikidataOptions) => (await importWikidata(wd('dump-sample.json'), options)).entities.map((e) => e.id);
    expect(await ids({ instanceOf: new Set(['Q5']) })).toEqual(['veronica-roth-q328212', 'henning-christophersen-q646148']);
    expect(await ids({ instanceOf: new Set(['Q1549591', 'Q515']) })).toEqual(['bielefeld-q2112']);
    expect(await ids({ minSitelinks: 100 })).toEqual(['bielefeld-q2112', 'book-q571']);
    expect(await ids({ ids: new Set(['Q646148', 'Q1']) })).toEqual(['henning-christophersen-q646148']);
    const [roth] = (await importWikidata(wd('dump-sample.json'), { ids: new Set(['Q328212']), locales: ['en', 'ru'] })).entities;
    expect(Object.keys(roth!.names!)).toEqual(['en', 'ru']);
  });

  it('reads Special:EntityData JSON and SPARQL results', async () => {
    const single = await importWikidata(wd('Q646148.json'));
    expect(single.stats.format).toBe('entity-data');
    expect(single.entities.map((e) => e.id)).toEqual(['henning-christophersen-q646148']);
    const sparql = await importWikidata(wd('sparql-pseudonyms.json'));
    expect(sparql.stats.format).toBe('sparql');
    expect(sparql.entities).toHaveLength(48);
    const kierkegaard = sparql.entities.find((e) => e.id === 'soren-kierkegaard-q6512')!;
    expect(kierkegaard).toMatchObject({ names: { en: 'Søren Kierkegaard' }, description: 'Danish philosopher and theologian, founder of Existentialism' });
    // One-letter pseudonyms ("B") are not names the checker could look for.
    expect(sparql.entities.find((e) => e.id === 'bastien-lecouffe-deharme-q4868292')!.variants).toBeUndefined();
  });

  it('turns an official name with an end time (P1448 + P582) into an until variant', () => {
    // Bielefeld's real P1448 statement, given a P582 qualifier in Wikidata's time-value shape (a test-made change).
    const bielefeld = structuredClone(dumpEntity('Q2112'));
    expect(wikidataEntity(bielefeld)).not.toHaveProperty('variants.0.until');
    const official = structuredClone(bielefeld.claims!['P1448']![0]!);
    official.mainsnak.datavalue = { value: { text: 'Bielefeld-Sennestadt', language: 'de' }, type: 'monolingualtext' };
    official.qualifiers = { P582: [{ snaktype: 'value', property: 'P582', datavalue: { value: { time: '+1973-01-01T00:00:00Z', precision: 11 }, type: 'time' } }] };
    bielefeld.claims!['P1448']!.push(official);
    const made = wikidataEntity(bielefeld) as EntityInput;
    expect(made.variants![0]).toEqual({ form: 'Bielefeld-Sennestadt', wrongIn: ['de'], until: 1973, origin: 'official name until 1973 (Wikidata P1448)' });
  });

  it('never gives two entities the same variant, nor one the glossary has', () => {
    const claims = new VariantClaims();
    claims.claim('Leineweberstadt', 'some-glossary-entity');
    const made = wikidataEntity(dumpEntity('Q2112'), { claimed: claims }) as EntityInput;
    expect(made.variants!.map((v) => (typeof v === 'string' ? v : v.form))).toEqual(['Builefeld', 'Beilefeld', 'Builefeild']);
  });

  it('reads the dump as it is consumed, not all at once', async () => {
    let produced = 0;
    const entity = JSON.stringify(dumpEntity('Q646148'));
    const source = Readable.from((function* () {
      yield '[\n';
      for (let i = 0; i < 100_000; i++) {
        produced++;
        yield `${entity},\n`;
      }
      yield ']\n';
    })());
    for await (const line of lines(source)) {
      if (line.startsWith('{')) break;
    }
    // Only what the stream buffers ahead (its high-water mark) has been made.
    expect(produced).toBeLessThan(100);
  });

  it('writes a layer that validates over the shipped glossary and checks text in five locales', async () => {
    const dir = newTempDir('canonym-wikidata-');
    const layer = join(dir, 'wikidata.yaml');
    const run = await runCli(['glossary', 'import', 'wikidata', wd('dump-sample.json.gz'), '--instance-of', 'Q5,Q1549591', '--out', layer]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('3 entities of 5');
    const validate = await runCli(['glossary', 'validate', '--glossary', layer]);
    expect(validate.code, validate.stdout).toBe(0);
    const checks: Array<[string, string, string]> = [
      ['de', 'Die Autorin Veronica Rothová schrieb das Buch.', '"Veronica Rothová" is the cs form of Veronica Roth; in de write "Veronica Roth"'],
      ['fr', 'Le roman de Veronica Rothová est paru en 2011.', '"Veronica Rothová" is the cs form of Veronica Roth; in fr write "Veronica Roth"'],
      ['en', 'The author Veronica Roth grew up far from Builefeld.', '"Builefeld" is a misspelling of Bielefeld; write "Bielefeld"'],
      ['uk', 'Письменниця Вероніка Рот була в місті Билефельд.', '"Билефельд" is the ru form of Білефельд; in uk write "Білефельд"'],
      ['cs', 'Spisovatelka Veronica Roth navštívila Bielefeld.', '"Veronica Roth" is the en, de, fr, nl, es, it, pl form of Veronica Rothová; in cs write "Veronica Rothová"'],
    ];
    for (const [locale, text, message] of checks) {
      const check = await runCli(['check', '--no-shipped-glossary', '--glossary', layer, '--locale', locale, '-'], text);
      expect(check.stdout, locale).toContain(message);
    }
  }, 120_000);

  it('refuses a broken or foreign input with exit 2 and the file named', async () => {
    const dir = newTempDir('canonym-wikidata-bad-');
    const truncated = join(dir, 'cut.json.gz');
    writeFileSync(truncated, gzipSync(readFileSync(wd('dump-sample.json'))).subarray(0, 2000));
    const cut = await runCli(['glossary', 'import', 'wikidata', truncated]);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toContain(`${truncated}: cannot be imported: unexpected end of file`);
    const foreign = join(dir, 'other.json');
    writeFileSync(foreign, '{"hello": "world"}\n');
    const other = await runCli(['glossary', 'import', 'wikidata', foreign]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('neither a Wikidata JSON dump');
    const badIds = await runCli(['glossary', 'import', 'wikidata', wd('dump-sample.json'), '--ids', 'Q1,Berlin']);
    expect(badIds.code).toBe(2);
    expect(badIds.stderr).toContain('--ids Berlin: not a list of Wikidata ids');
  }, 120_000);
});

describe('JRC-Names import', () => {
  const jrc = fixture('import/jrc/entities-sample.txt');

  it('reads its lines: four fields, + for spaces, comments skipped', () => {
    expect(parseJrcLine('1000595\tP\tu\tDani+Ábalo')).toEqual({ id: '1000595', type: 'P', language: 'u', name: 'Dani Ábalo' });
    expect(parseJrcLine('42 O u Procter+&amp;+Gamble')).toEqual({ id: '42', type: 'O', language: 'u', name: 'Procter & Gamble' });
    expect(parseJrcLine('# a comment')).toBeUndefined();
    expect(parseJrcLine('7 P u')).toBeUndefined();
  });

  async function importJrc(options: Parameters<typeof jrcFile>[1]) {
    const stats = emptyJrcStats();
    const entities: EntityInput[] = [];
    for await (const e of jrcFile(jrc, options, stats)) entities.push(e);
    return { entities, stats };
  }

  it('takes each locale’s own variant as its name and makes the rest forbidden variants by default', async () => {
    const { entities, stats } = await importJrc({ locales: ['en', 'de', 'fr', 'ru', 'uk'] });
    expect(stats).toMatchObject({ lines: 7, ids: 2, kept: 2 });
    expect(entities[0]).toMatchObject({ id: 'dani-abalo-jrc1000595', type: 'person', names: { en: 'Dani Ábalo', de: 'Dani Ábalo', fr: 'Dani Ábalo' } });
    expect(entities[0]!.variants).toBeUndefined();
    const netanyahu = entities[1]!;
    // No Ukrainian variant: the Latin universal form is not a Ukrainian name, so uk is left out.
    expect(netanyahu.names).toEqual({ en: 'Benjamin Netanyahu', de: 'Benjamin Netanjahu', fr: 'Benjamin Nétanyahou', ru: 'Беньямин Нетаньяху' });
    expect(netanyahu.variants).toEqual(['Binyamin Netanyahu', 'Benjamin Netahnyahu']);
  });

  it('makes them admitted with --variants admitted, keeps the language a variant was seen in, and filters by id', async () => {
    const { entities } = await importJrc({ variants: 'admitted', ids: new Set(['9999901']) });
    expect(entities).toHaveLength(1);
    expect(entities[0]!.names).toEqual({ en: 'Benjamin Netanyahu' });
    expect(entities[0]!.variants).toEqual([
      { form: 'Binyamin Netanyahu', status: 'admitted' },
      { form: 'Benjamin Netanjahu', status: 'admitted', wrongIn: ['de'] },
      { form: 'Benjamin Nétanyahou', status: 'admitted', wrongIn: ['fr'] },
      { form: 'Benjamin Netahnyahu', status: 'admitted' },
      { form: 'Беньямин Нетаньяху', status: 'admitted', wrongIn: ['ru'] },
    ]);
    expect(loadLayerText(layerYaml(entities)).problems).toEqual([]);
  });

  it('leaves out a variant that differs only by diacritics, and ids whose lines are scattered', async () => {
    const made = jrcEntity([
      { id: '5', type: 'P', language: 'u', name: 'Věra Jourová' },
      { id: '5', type: 'P', language: 'u', name: 'Vera Jourova' },
      { id: '5', type: 'P', language: 'de', name: 'Vera Yourova' },
    ])!;
    expect(made.names).toEqual({ en: 'Věra Jourová' });
    expect(made.variants).toEqual([{ form: 'Vera Yourova', wrongIn: ['de'] }]);
    const dir = newTempDir('canonym-jrc-');
    const scattered = join(dir, 'entities.txt');
    writeFileSync(scattered, '1\tP\tu\tAnna+Example\n2\tP\tu\tBoris+Example\n1\tP\tu\tAnna+Exampel\n');
    const stats = emptyJrcStats();
    const ids: string[] = [];
    for await (const e of jrcFile(scattered, {}, stats)) ids.push(e.id);
    expect(ids).toEqual(['anna-example-jrc1', 'boris-example-jrc2']);
    expect(stats.scattered).toBe(1);
  });

  it('writes a layer from the command line that validates over the shipped glossary', async () => {
    const dir = newTempDir('canonym-jrc-cli-');
    const layer = join(dir, 'jrc.yaml');
    const run = await runCli(['glossary', 'import', 'jrc', jrc, '--locales', 'en,de,fr,ru', '--out', layer]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(layer, 'utf8')).toContain('de: Benjamin Netanjahu');
    const validate = await runCli(['glossary', 'validate', '--glossary', layer]);
    expect(validate.code, validate.stdout).toBe(0);
    const bad = await runCli(['glossary', 'import', 'jrc', jrc, '--variants', 'wrong']);
    expect(bad.code).toBe(2);
  }, 120_000);
});

/**
 * `localize` on bilingual files: empty targets filled with their source, every name in the target locale's form,
 * marked as drafts; inline codes kept; every other byte of the file unchanged; a second run changes nothing.
 * The names asserted are product facts of the shipped glossary (Sergei Lawrow, Kiew, Wolodymyr Selenskyj).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBilingual, type BilingualFormat } from '../src/formats/bilingual/document.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { fillBilingual, type FillResult } from '../src/localize/bilingual.ts';
import { buildNameIndex, type NameIndex } from '../src/match/name-index.ts';
import { runCli, tempDirsRemovedAfterAll } from './helpers.ts';

/** Temporary folders of this file's tests, removed when they are done. */
const tempDir = tempDirsRemovedAfterAll();


let shipped: NameIndex | undefined;
const index = () => (shipped ??= buildNameIndex(loadGlossary({})));
// Building the shipped glossary's index takes a while on a busy machine: once, before the tests, with time for it.
beforeAll(() => void index(), 180_000);

function fill(text: string, format: BilingualFormat, to: string, skipStates?: string[]): FillResult {
  const result = fillBilingual(text, { format, index: index(), to, ...(skipStates ? { skipStates } : {}) });
  // Filling again finds nothing empty and changes nothing.
  const again = fillBilingual(result.text, { format, index: index(), to, ...(skipStates ? { skipStates } : {}) });
  expect(again.filled).toBe(0);
  expect(again.text).toBe(result.text);
  return result;
}

const XLIFF_12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="article.html" source-language="en-US" target-language="de-DE" datatype="html">
    <body>
      <trans-unit id="1" xml:space="preserve">
        <source>Foreign Minister <g id="1" ctype="bold">Sergey Lavrov</g> arrived in Kyiv.<x id="2" ctype="lb"/></source>
      </trans-unit>
      <trans-unit id="2">
        <source>Volodymyr Zelenskyy &amp; Olaf Scholz</source>
        <target xml:lang="de-DE"/>
      </trans-unit>
      <trans-unit id="3">
        <source>Josep Borrell spoke <bpt id="3">&lt;i&gt;</bpt>in Moscow<ept id="3">&lt;/i&gt;</ept>.</source>
        <target state="new"></target>
      </trans-unit>
      <group id="g" translate="no">
        <trans-unit id="4">
          <source>Sergey Lavrov</source>
        </trans-unit>
      </group>
      <trans-unit id="5">
        <source>Sergey Lavrov in Kyiv</source>
        <target state="translated">Lawrow in Kyiv</target>
      </trans-unit>
    </body>
  </file>
</xliff>
`;

const XLIFF_12_FILLED = XLIFF_12
  .replace('ctype="lb"/></source>\n', 'ctype="lb"/></source>\n        <target state="needs-translation">Foreign Minister <g id="1" ctype="bold">Sergei Lawrow</g> arrived in Kiew.<x id="2" ctype="lb"/></target>\n')
  .replace('<target xml:lang="de-DE"/>', '<target xml:lang="de-DE" state="needs-translation">Wolodymyr Selenskyj &amp; Olaf Scholz</target>')
  .replace('<target state="new"></target>', '<target state="needs-translation">Josep Borrell spoke <bpt id="3">&lt;i&gt;</bpt>in Moskau<ept id="3">&lt;/i&gt;</ept>.</target>');

describe('localize fills the empty targets of a bilingual file', () => {
  it('XLIFF 1.2: a missing <target> written after <source>, <target/> and an empty one filled, all needs-translation; translate="no" and targets with text untouched', () => {
    const result = fill(XLIFF_12, 'xliff', 'de-DE');
    // The whole file: every byte outside the three filled targets and their state is the input's.
    expect(result.text).toBe(XLIFF_12_FILLED);
    expect([result.filled, result.empty, result.skipped]).toEqual([3, 4, 1]);
    expect(result.from).toBe('en-US');
    expect(result.names.map((n) => `${n.id}:${n.written}`)).toEqual(['1:Sergei Lawrow', '1:Kiew', '2:Wolodymyr Selenskyj', '2:Olaf Scholz', '3:Josep Borrell', '3:Moskau']);
    // Offsets are the source's in the input file.
    const lavrov = result.names[0]!;
    expect(XLIFF_12.slice(lavrov.start, lavrov.end)).toBe('Sergey Lavrov');
    // The filled file reads back with the targets' text.
    const units = readBilingual(result.text, 'xliff').units;
    expect(units.find((u) => u.id === '2')!.targets[0]!.text).toBe('Wolodymyr Selenskyj & Olaf Scholz');
    expect(units.find((u) => u.id === '3')!.state).toBe('needs-translation');
  });

  it('XLIFF 1.2: --skip-state leaves a target in that state empty', () => {
    const result = fill(XLIFF_12, 'xliff', 'de', ['new']);
    expect([result.filled, result.empty, result.skipped]).toEqual([2, 4, 2]);
    expect(result.text).toContain('<target state="new"></target>');
  });

  it('XLIFF 1.2: a missing <target> goes after <seg-source> (Trados) when the unit has one', () => {
    const xliff = '<xliff version="1.2"><file source-language="en" target-language="de"><body>\n<trans-unit id="1">\n  <source>Kyiv</source>\n  <seg-source><mrk mtype="seg" mid="1">Kyiv</mrk></seg-source>\n</trans-unit>\n</body></file></xliff>';
    expect(fill(xliff, 'xliff', 'de').text).toBe(xliff.replace('</seg-source>\n', '</seg-source>\n  <target state="needs-translation">Kiew</target>\n'));
  });

  it('XLIFF 2.0: the segment marked state="initial"; <pc> and <ph/> copied; a name over an inline code kept as the source writes it and listed', () => {
    const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
  <file id="f1">
    <unit id="u1">
      <segment id="s1">
        <source>Foreign Minister <pc id="1">Sergey Lavrov</pc> arrived in Kyiv.<ph id="2"/></source>
      </segment>
    </unit>
    <unit id="u2">
      <segment state="translated">
        <source>Olaf Scholz</source>
        <target>Olaf Scholz</target>
      </segment>
      <segment id="s2" state="reviewed">
        <source>Volodymyr <pc id="3">Zelenskyy</pc> in Moscow</source>
        <target/>
      </segment>
    </unit>
    <unit id="u3" translate="no">
      <segment><source>Kyiv</source></segment>
    </unit>
  </file>
</xliff>
`;
    const result = fill(xliff, 'xliff', 'de');
    expect(result.text).toBe(xliff
      .replace('<segment id="s1">', '<segment id="s1" state="initial">')
      .replace('<ph id="2"/></source>\n', '<ph id="2"/></source>\n        <target>Foreign Minister <pc id="1">Sergei Lawrow</pc> arrived in Kiew.<ph id="2"/></target>\n')
      .replace('state="reviewed"', 'state="initial"')
      .replace('<target/>', '<target>Volodymyr <pc id="3">Zelenskyy</pc> in Moskau</target>'));
    expect([result.filled, result.empty, result.skipped]).toEqual([2, 3, 1]);
    expect(result.kept).toEqual([expect.objectContaining({ id: 'u2#s2', entity: 'volodymyr-zelenskyy', reason: 'inline-code' })]);
    expect(xliff.slice(result.kept[0]!.start, result.kept[0]!.end)).toBe('Volodymyr <pc id="3">Zelenskyy');
  });

  it('PO: msgstr "" filled (plural forms, continued strings, escapes), the entry flagged fuzzy; header, obsolete entries and translated entries untouched', () => {
    const po = [
      '# German translation.',
      'msgid ""',
      'msgstr ""',
      '"Language: de\\n"',
      '"X-Source-Language: en\\n"',
      '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
      '',
      '#: front.html:12',
      '#, python-format',
      'msgid "Sergey Lavrov met %(name)s in \\"Kyiv\\"."',
      'msgstr ""',
      '',
      '#. Continued over lines',
      '#: article.html:40',
      '#| msgid "Zelenskyy thanked Scholz"',
      'msgid ""',
      '"Volodymyr Zelenskyy thanked Olaf Scholz "',
      '"in Moscow.\\n"',
      'msgstr ""',
      '',
      'msgctxt "count"',
      'msgid "One visit to Kyiv"',
      'msgid_plural "%d visits to Kyiv"',
      'msgstr[0] ""',
      'msgstr[1] ""',
      '',
      'msgid "Moscow"',
      'msgstr "Moskau"',
      '',
      '#, fuzzy',
      'msgid "Kyiv"',
      'msgstr ""',
      '',
      '#~ msgid "Kyiv"',
      '#~ msgstr ""',
      '',
    ].join('\r\n');
    const result = fill(po, 'po', 'de');
    expect(result.text).toBe(po
      .replace('#, python-format', '#, fuzzy, python-format')
      .replace('in \\"Kyiv\\"."\r\nmsgstr ""', 'in \\"Kyiv\\"."\r\nmsgstr "Sergei Lawrow met %(name)s in \\"Kiew\\"."')
      .replace('#| msgid', '#, fuzzy\r\n#| msgid')
      .replace('"in Moscow.\\n"\r\nmsgstr ""', '"in Moscow.\\n"\r\nmsgstr ""\r\n"Wolodymyr Selenskyj thanked Olaf Scholz "\r\n"in Moskau.\\n"')
      .replace('msgctxt "count"', '#, fuzzy\r\nmsgctxt "count"')
      .replace('msgstr[0] ""', 'msgstr[0] "One visit to Kiew"')
      .replace('msgstr[1] ""', 'msgstr[1] "%d visits to Kiew"')
      .replace('msgid "Kyiv"\r\nmsgstr ""', 'msgid "Kyiv"\r\nmsgstr "Kiew"'));
    expect([result.filled, result.empty, result.skipped]).toEqual([5, 5, 0]);
    const units = readBilingual(result.text, 'po').units;
    expect(units.filter((u) => u.fuzzy).length).toBe(4);
    // An entry already fuzzy gets no second flag.
    expect(result.text).toContain('\r\n\r\n#, fuzzy\r\nmsgid "Kyiv"');
    // --skip-state fuzzy leaves fuzzy entries empty.
    expect(fill(po, 'po', 'de', ['fuzzy']).text).toContain('msgid "Kyiv"\r\nmsgstr ""');
    expect(units.find((u) => u.id === 'Moscow')!.fuzzy).toBe(false);
  });

  it('CSV and TSV: an empty cell filled, quoted when the text needs it; rows with a target untouched', () => {
    const csv = 'id,en,de,note\r\nh1,"Sergey Lavrov, in Kyiv",,headline\r\nh2,Olaf Scholz in Moscow,"",\r\nh3,"He said ""Kyiv"".",,\r\nh4,Kyiv,Kiew,\r\n';
    const result = fill(csv, 'csv', 'de');
    expect(result.text).toBe('id,en,de,note\r\nh1,"Sergey Lavrov, in Kyiv","Sergei Lawrow, in Kiew",headline\r\nh2,Olaf Scholz in Moscow,"Olaf Scholz in Moskau",\r\nh3,"He said ""Kyiv"".","He said ""Kiew"".",\r\nh4,Kyiv,Kiew,\r\n');
    expect([result.filled, result.empty]).toEqual([3, 3]);
    const tsv = 'source (en)\ttarget (de)\nSergey Lavrov in Kyiv\t\nKyiv\tKiew\n';
    expect(fill(tsv, 'tsv', 'de').text).toBe('source (en)\ttarget (de)\nSergey Lavrov in Kyiv\tSergei Lawrow in Kiew\nKyiv\tKiew\n');
  });

  it('CSV and TSV: a row without its target cell (fewer cells than the header) gets the cell, every other byte kept', () => {
    // h1 ends after its source, h2 after a quoted source at the end of the file (no line break), h3 has its id
    // only; h4 has its target and is left alone.
    const csv = 'id,note,en,de\r\nh1,,Sergey Lavrov in Kyiv\r\nh4,x,Kyiv,Kiew\r\nh3\r\nh2,,"Olaf Scholz, in Moscow"';
    const result = fill(csv, 'csv', 'de');
    expect(result.text).toBe('id,note,en,de\r\nh1,,Sergey Lavrov in Kyiv,Sergei Lawrow in Kiew\r\nh4,x,Kyiv,Kiew\r\nh3\r\nh2,,"Olaf Scholz, in Moscow","Olaf Scholz, in Moskau"');
    // h3 has no source to copy: not counted.
    expect([result.filled, result.empty]).toEqual([2, 2]);
    expect(result.names.map((n) => `${n.id}:${n.written}`)).toEqual(['h1:Sergei Lawrow', 'h1:Kiew', 'h2:Olaf Scholz', 'h2:Moskau']);
    // A column between the source and the target is written empty; a TSV row with no tab at all is one cell.
    const wide = 'en,note,de\nSergey Lavrov\nKyiv,,Kiew\n';
    expect(fill(wide, 'csv', 'de').text).toBe('en,note,de\nSergey Lavrov,,Sergei Lawrow\nKyiv,,Kiew\n');
    const tsv = 'source (en)\ttarget (de)\nSergey Lavrov in Kyiv\nKyiv\tKiew\n';
    expect(fill(tsv, 'tsv', 'de').text).toBe('source (en)\ttarget (de)\nSergey Lavrov in Kyiv\tSergei Lawrow in Kiew\nKyiv\tKiew\n');
    // The filled file reads back with the new target cell in the target column.
    const units = readBilingual(result.text, 'csv').units;
    expect(units.find((u) => u.id === 'h2')!.targets[0]!.text).toBe('Olaf Scholz, in Moskau');
  });
});

describe('canonym localize <bilingual file>', () => {
  const dir = () => tempDir('canonym-fill-');

  // The CLI builds the stored index of the shipped glossary when it is missing or stale.
  it('--write fills in place and reports the counts; a second run writes nothing; --dry-run and --out leave the input alone', { timeout: 180_000 }, async () => {
    const path = join(dir(), 'article.xlf');
    writeFileSync(path, XLIFF_12);
    const dry = await runCli(['localize', '--dry-run', path]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe('');
    expect(dry.stderr).toContain('filled 3 of 4 empty targets, 1 skipped');
    expect(readFileSync(path, 'utf8')).toBe(XLIFF_12);

    const out = join(dir(), 'filled.xlf');
    const copy = await runCli(['localize', path, '-o', out]);
    expect(copy.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(XLIFF_12_FILLED);
    expect(readFileSync(path, 'utf8')).toBe(XLIFF_12);

    const write = await runCli(['localize', '--write', path]);
    expect(write.code).toBe(0);
    expect(write.stderr).toContain('filled 3 of 4 empty targets');
    expect(write.stderr).toContain('6 names');
    expect(readFileSync(path, 'utf8')).toBe(XLIFF_12_FILLED);
    const mtime = statSync(path).mtimeMs;
    const again = await runCli(['localize', '--write', path]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('filled 0 of 1 empty target');
    expect(statSync(path).mtimeMs).toBe(mtime);
  });

  it('prints to standard output by default; exit 1 when a name is copied in the source\'s form; exit 2 for another target language', async () => {
    const path = join(dir(), 'news.po');
    writeFileSync(path, 'msgid ""\nmsgstr ""\n"Language: de\\n"\n\nmsgid "Sergey Lavrov in Kyiv"\nmsgstr ""\n');
    const printed = await runCli(['localize', '--from', 'en', path]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('#, fuzzy\nmsgid "Sergey Lavrov in Kyiv"\nmsgstr "Sergei Lawrow in Kiew"\n');
    // A TSV that declares no language takes the target from --locale (or --to).
    const tsv = join(dir(), 'names.tsv');
    writeFileSync(tsv, 'source\ttarget\nSergey Lavrov\t\n');
    const named = await runCli(['localize', '-l', 'de', '--from', 'en', tsv]);
    expect(named.stdout).toBe('source\ttarget\nSergey Lavrov\tSergei Lawrow\n');
    expect((await runCli(['localize', tsv])).code).toBe(2);
    const other = await runCli(['localize', '--to', 'fr', path]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('the file\'s target language is de, not fr');

    const xlf = join(dir(), 'codes.xlf');
    writeFileSync(xlf, '<xliff version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="1"><segment><source>Volodymyr <pc id="1">Zelenskyy</pc> in Kyiv</source></segment></unit></file></xliff>');
    const kept = await runCli(['localize', xlf]);
    expect(kept.code).toBe(1);
    expect(kept.stdout).toContain('<target>Volodymyr <pc id="1">Zelenskyy</pc> in Kiew</target>');
    expect(kept.stderr).toContain('"Volodymyr Zelenskyy": copied as written, since the name runs over an inline code');
  });

  it('refuses --write on a text that is not bilingual', async () => {
    const path = join(dir(), 'a.txt');
    writeFileSync(path, 'Sergey Lavrov');
    const run = await runCli(['localize', '--to', 'de', '--write', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--write is for bilingual files');
  });
});

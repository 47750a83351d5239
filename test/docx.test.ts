/**
 * DOCX, read-only `check`: the body's paragraphs read as Word shows them (runs joined, tabs and breaks, tracked
 * deletions and field codes left out, a text box read once), findings placed as paragraph:column, `fix` refused.
 * The package is built here with fflate (the library canonym reads it with), in the layout Word writes: content
 * types, package relationships, document.xml with the w:, r: and mc: namespaces and runs split by revision ids.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Diagnostic } from '../src/diagnostic.ts';
import { describe, expect, it } from 'vitest';
import { DocxLayout, docxParagraphs, docxText, readDocxParts, toParagraphs } from '../src/formats/docx.ts';
import { fixture, runCli, runCliProcess, tempDirsRemovedAfterAll } from './helpers.ts';

/** Temporary folders of this file's tests, removed when they are done. */
const tempDir = tempDirsRemovedAfterAll();


const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const run = (text: string, rsid = '00A1B2C3') => `<w:r w:rsidRPr="${rsid}"><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;

const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="${W}" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="w14 wp14"><w:body>
<w:p w:rsidR="00B5E2F1"><w:pPr><w:pStyle w:val="Title"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${run('Consul expelled')}</w:p>
<w:p>${run('The EU commissioner Vera Yu')}${run('rova', '00C4D5E6')}${run(' said on Monday &amp; left.')}<w:del w:id="1" w:author="Editor" w:date="2024-03-01T10:00:00Z"><w:r><w:delText>Philip Deventer agreed.</w:delText></w:r></w:del><w:ins w:id="2" w:author="Editor"><w:r><w:t xml:space="preserve"> Josep Borrell agreed.</w:t></w:r></w:ins></w:p>
<w:p/>
<w:p>${run('Source:')}<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/Philip-Deventer" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('the agency')}<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:br/></w:r>${run('Borel spoke last.')}</w:p>
<w:tbl><w:tr><w:tc><w:p>${run('Philip Deventer')}</w:p></w:tc><w:tc><w:p>${run('Věra Jourová')}</w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p>${run('A box about Josep Borrell')}</w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p>${run('A box about Josep Borrell')}</w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>${run('End.')}</w:p>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;

function docxPackage(document: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(document),
    'word/_rels/document.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'),
  });
}

describe('DOCX', () => {
  it('reads each paragraph as Word shows it', () => {
    expect(docxParagraphs(DOCUMENT)).toEqual([
      'Consul expelled',
      'The EU commissioner Vera Yurova said on Monday & left. Josep Borrell agreed.',
      '',
      'Source:\tthe agency\nBorel spoke last.',
      'Philip Deventer',
      'Věra Jourová',
      // The paragraph that holds a text box, then the box's own paragraph (its VML fallback copy is not read).
      'End.',
      'A box about Josep Borrell',
    ]);
  });

  it('places an offset as paragraph:column', () => {
    const { text, starts } = docxText(['ab', '', 'cd\nef']);
    expect(text).toBe('ab\n\n\n\ncd\nef');
    expect(starts).toEqual([0, 4, 6]);
    const layout = new DocxLayout([{ paragraphs: ['ab', '', 'cd\nef'] }]);
    expect(layout.place(text.indexOf('ef'))).toEqual({ line: 3, column: 4 });
    expect(layout.place(1)).toEqual({ line: 1, column: 2 });
  });

  // The CLI builds the stored index of the shipped glossary when it is missing or stale.
  it('check reports names in paragraph:column, not in deleted text or field codes; fix refuses the file', { timeout: 180_000 }, async () => {
    const dir = tempDir('canonym-docx-');
    const path = join(dir, 'report.docx');
    writeFileSync(path, docxPackage(DOCUMENT));
    const result = await runCli(['check', '--locale', 'en', '--format', 'json', path]);
    expect(result.code).toBe(1);
    const [report] = JSON.parse(result.stdout) as Array<{ diagnostics: Array<{ ruleId: string; message: string; line: number; column: number; fix: unknown }> }>;
    const found = report!.diagnostics.map((m) => `${m.ruleId} ${m.line}:${m.column}`);
    // "Vera Yurova" across two runs of paragraph 2; "Borel" after a line break in paragraph 4; "Philip Deventer" in a table cell (paragraph 5).
    expect(found).toContain('known-variant 2:21');
    expect(found).toContain('known-variant 5:1');
    expect(found.some((f) => f.startsWith('known-variant 4:'))).toBe(true);
    // The deleted "Philip Deventer" and the one in the field code are not read: the table cell's is the only one.
    expect(report!.diagnostics.filter((m) => m.message.includes('Filip Dewinter')).map((m) => `${m.line}:${m.column}`)).toEqual(['5:1']);
    expect(report!.diagnostics.every((m) => !m.fix)).toBe(true);

    const stylish = await runCli(['check', '--locale', 'en', path]);
    expect(stylish.stdout).toContain('2:21');

    const fix = await runCli(['fix', '--locale', 'en', path]);
    expect(fix.code).toBe(2);
    expect(fix.stderr).toContain('DOCX files are read-only');
  });

  it('a file named .docx that is no DOCX package exits 2 with its name', async () => {
    const dir = tempDir('canonym-docx-');
    const path = join(dir, 'broken.docx');
    writeFileSync(path, 'not a zip at all');
    const result = await runCli(['check', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${path}: not a DOCX document`);
    const noBody = join(dir, 'empty.docx');
    writeFileSync(noBody, zipSync({ 'word/other.xml': strToU8('<x/>') }));
    expect((await runCli(['check', noBody])).stderr).toContain('not a DOCX document');
    // The body's size as the archive declares it counts against --max-size before anything is inflated.
    const big = join(dir, 'big.docx');
    const zip = docxPackage(DOCUMENT);
    writeFileSync(big, zip);
    const limit = zip.length + 1;
    expect(Buffer.byteLength(DOCUMENT)).toBeGreaterThan(limit);
    const tooLarge = await runCli(['check', '--max-size', String(limit), big]);
    expect(tooLarge.code).toBe(2);
    expect(tooLarge.stderr).toContain(`${big}: word/document.xml`);
  });
});

// A document of two sections with notes, a header and a footer, as Word writes them: the parts are found through
// word/_rels/document.xml.rels, the notes numbered in the order the body refers to them (footnote id 2 first).
const NS = `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="${W}"`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PARTS_BODY = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${NS}><w:body>
<w:p>${run('The press met Josep Borrell.')}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="2"/></w:r></w:p>
<w:p>${run('Later')}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:del w:id="7" w:author="Editor"><w:r><w:footnoteReference w:id="3"/></w:r></w:del>${run(' more.')}<w:r><w:endnoteReference w:id="1"/></w:r></w:p>
<w:p><w:pPr><w:sectPr><w:headerReference w:type="first" r:id="rId10"/><w:pgSz w:w="11906" w:h="16838"/><w:titlePg/></w:sectPr></w:pPr>${run('Section one ends.')}</w:p>
<w:p>${run('Second section.')}</w:p>
<w:sectPr><w:footerReference w:type="default" r:id="rId11"/><w:pgSz w:w="11906" w:h="16838"/><w:sectPrChange w:id="8" w:author="Editor"><w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:sectPrChange></w:sectPr></w:body></w:document>`;
const note = (kind: 'footnote' | 'endnote', id: string, ...paragraphs: string[]) =>
  `<w:${kind} w:id="${id}">${paragraphs.map((p, k) => `<w:p><w:pPr><w:pStyle w:val="${kind === 'footnote' ? 'FootnoteText' : 'EndnoteText'}"/></w:pPr>${k ? '' : `<w:r><w:rPr><w:rStyle w:val="${kind === 'footnote' ? 'FootnoteReference' : 'EndnoteReference'}"/></w:rPr><w:${kind}Ref/></w:r>`}${run(p)}</w:p>`).join('')}</w:${kind}>`;
const separators = (kind: 'footnote' | 'endnote') =>
  `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}><w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`;
const FOOTNOTES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes ${NS}>${separators('footnote')}${note('footnote', '1', ' See Philip Deventer.')}${note('footnote', '2', ' Source: the agency.', 'Quoted by Vera Yurova.')}${note('footnote', '3', ' A deleted note on Philip Deventer.')}</w:footnotes>`;
const ENDNOTES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:endnotes ${NS}>${separators('endnote')}${note('endnote', '1', ' Josep Borrell and Borel.')}</w:endnotes>`;
const hf = (kind: 'hdr' | 'ftr', text: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${kind} ${NS}><w:p><w:pPr><w:pStyle w:val="${kind === 'hdr' ? 'Header' : 'Footer'}"/></w:pPr>${run(text)}</w:p></w:${kind}>`;

function partsPackage(header2Target = 'header2.xml'): Uint8Array {
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'word/document.xml')}</Relationships>`),
    'word/document.xml': strToU8(PARTS_BODY),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'styles', 'styles.xml')}${rel('rId7', 'footnotes', 'footnotes.xml')}${rel('rId8', 'endnotes', 'endnotes.xml')}${rel('rId9', 'header', 'header1.xml')}${rel('rId10', 'header', header2Target)}${rel('rId11', 'footer', 'footer1.xml')}<Relationship Id="rId12" Type="${REL}/hyperlink" Target="https://example.org/Vera-Yurova" TargetMode="External"/></Relationships>`),
    'word/styles.xml': strToU8(`<w:styles ${NS}/>`),
    'word/footnotes.xml': strToU8(FOOTNOTES),
    'word/endnotes.xml': strToU8(ENDNOTES),
    // header1.xml is in the package but no section refers to it: Word does not show it.
    'word/header1.xml': strToU8(hf('hdr', 'An unused header on Vera Yurova')),
    'word/header2.xml': strToU8(hf('hdr', 'Brief for Vera Yurova')),
    'word/footer1.xml': strToU8(hf('ftr', 'Page by Philip Deventer')),
  });
}

describe('DOCX notes, headers and footers', () => {
  it('reads the notes, headers and footers the body refers to, each named as Word shows it', () => {
    expect(readDocxParts(partsPackage())).toEqual([
      { paragraphs: ['The press met Josep Borrell.', 'Later more.', 'Section one ends.', 'Second section.'] },
      { name: 'footnote 1', paragraphs: [' Source: the agency.', 'Quoted by Vera Yurova.'] },
      { name: 'footnote 2', paragraphs: [' See Philip Deventer.'] },
      { name: 'endnote 1', paragraphs: [' Josep Borrell and Borel.'] },
      { name: 'section 1 first-page header', paragraphs: ['Brief for Vera Yurova'] },
      { name: 'section 2 footer', paragraphs: ['Page by Philip Deventer'] },
    ]);
    const layout = new DocxLayout(readDocxParts(partsPackage()));
    expect(layout.place(layout.text.indexOf('Second'))).toEqual({ line: 4, column: 1 });
    expect(layout.place(layout.text.indexOf('Vera Yurova'))).toEqual({ part: 'footnote 1', line: 2, column: 11 });
    expect(layout.place(layout.text.indexOf('Page by'))).toEqual({ part: 'section 2 footer', line: 1, column: 1 });
  });

  it('reads a part once: a header whose target is the body adds nothing', () => {
    const parts = readDocxParts(partsPackage('document.xml'));
    expect(parts.map((p) => p.name)).toEqual([undefined, 'footnote 1', 'footnote 2', 'endnote 1', 'section 2 footer']);
  });

  it('a message that cites a line of the joined text cites the paragraph in its part', () => {
    const layout = new DocxLayout([{ paragraphs: ['Josep Borrell spoke.'] }, { name: 'footnote 1', paragraphs: ['Source.', 'Quoted by Josep Borel.'] }]);
    const offset = layout.text.indexOf('Borel');
    const d: Diagnostic = { ruleId: 'inconsistent-name', severity: 'warning', message: 'spelled "Josep Borrell" at 1:1', line: 5, column: 17, endLine: 5, endColumn: 22, offset, length: 5, found: 'Borel', expected: null, entity: 'josep-borrell', fix: null };
    // The joined text's lines: the body's paragraph is line 1, the footnote's second paragraph line 5.
    const diagnostics: Diagnostic[] = [d, { ...d, message: 'spelled "Borel" at 5:17', offset: 0, length: 13 }];
    toParagraphs(diagnostics, layout);
    expect(diagnostics.map((x) => [x.part, `${x.line}:${x.column}`, x.message])).toEqual([
      ['footnote 1', '2:17', 'spelled "Josep Borrell" at 1:1'],
      [undefined, '1:1', 'spelled "Borel" at footnote 1, 2:17'],
    ]);
  });

  it('parts count against --max-size together; a part that is not well-formed is named with its line and column', async () => {
    const size = (name: string) => Buffer.byteLength(({ 'word/document.xml': PARTS_BODY, 'word/footnotes.xml': FOOTNOTES } as Record<string, string>)[name]!);
    // The body and its relationships fit; the footnotes, read next, take the parts over the limit.
    expect(() => readDocxParts(partsPackage(), size('word/document.xml') + size('word/footnotes.xml') - 1)).toThrow(/^word\/footnotes\.xml: \d+ bytes$/);
    expect(readDocxParts(partsPackage(), partsPackage().length * 10)).toHaveLength(6);
    const dir = tempDir('canonym-docx-');
    const broken = join(dir, 'broken-note.docx');
    writeFileSync(broken, zipSync({
      'word/document.xml': strToU8(PARTS_BODY),
      'word/_rels/document.xml.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="${REL}/footnotes" Target="footnotes.xml"/></Relationships>`),
      'word/footnotes.xml': strToU8(`<w:footnotes ${NS}>\n<w:footnote w:id="1"><w:p></w:footnote></w:footnotes>`),
    }));
    const result = await runCli(['check', '--no-shipped-glossary', '--glossary', fixture('glossary'), broken]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${broken}: word/footnotes.xml:2:`);
  });

  it('check places findings in notes, headers and footers (stylish, JSON, SARIF); names lists them', async () => {
    const dir = tempDir('canonym-docx-');
    const path = join(dir, 'parts.docx');
    writeFileSync(path, partsPackage());
    const args = ['--no-shipped-glossary', '--glossary', fixture('glossary'), '--locale', 'en'];
    const json = await runCli(['check', ...args, '--format', 'json', path]);
    expect(json.code).toBe(1);
    const [report] = JSON.parse(json.stdout) as Array<{ diagnostics: Array<{ ruleId: string; part?: string; line: number; column: number; endLine: number; endColumn: number }> }>;
    const places = report!.diagnostics.filter((d) => d.ruleId === 'known-variant').map((d) => `${d.part ?? 'body'} ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);
    expect(places).toEqual([
      'footnote 1 2:11-2:22',
      'footnote 2 1:6-1:21',
      'endnote 1 1:20-1:25',
      'section 1 first-page header 1:11-1:22',
      'section 2 footer 1:9-1:24',
    ]);

    const stylish = await runCli(['check', ...args, path]);
    expect(stylish.stdout).toMatch(/ {2}footnote 1, 2:11 +error/);
    expect(stylish.stdout).toContain('section 2 footer, 1:9');

    const sarif = JSON.parse((await runCli(['check', ...args, '--format', 'sarif', path])).stdout) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { region: { startLine: number } }; logicalLocations?: Array<{ name: string }> }> }> }>;
    };
    const located = sarif.runs[0]!.results.map((r) => `${r.locations[0]!.logicalLocations?.[0]?.name ?? 'body'} ${r.locations[0]!.physicalLocation.region.startLine}`);
    expect(located).toContain('footnote 1 2');
    expect(located).toContain('section 1 first-page header 1');

    // Formats with no place for it name the part before the message.
    const github = await runCli(['check', ...args, '--format', 'github', path]);
    expect(github.stdout).toContain('line=2,col=11,endLine=2,endColumn=22,title=canonym known-variant::footnote 1: "Vera Yurova"');

    const namesStylish = await runCli(['names', ...args, path]);
    expect(namesStylish.stdout).toMatch(/\n {2}1:15 +Josep Borrell/);
    expect(namesStylish.stdout).toMatch(/\n {2}footnote 1, 2:11 +Vera Yurova/);
    const names = await runCli(['names', ...args, '--format', 'json', path]);
    expect(names.code).toBe(0);
    const [listed] = JSON.parse(names.stdout) as Array<{ mentions: Array<{ entity: string; part?: string; line: number; column: number; text: string }> }>;
    expect(listed!.mentions.map((m) => `${m.part ?? 'body'} ${m.line}:${m.column} ${m.text}`)).toEqual([
      'body 1:15 Josep Borrell',
      'footnote 1 2:11 Vera Yurova',
      'footnote 2 1:6 Philip Deventer',
      'endnote 1 1:2 Josep Borrell',
      'endnote 1 1:20 Borel',
      'section 1 first-page header 1:11 Vera Yurova',
      'section 2 footer 1:9 Philip Deventer',
    ]);
  });
});

describe('DOCX in folder walks', () => {
  // A folder with text files, a .docx file in a sub-folder and one that is no DOCX package.
  const folder = () => {
    const dir = tempDir('canonym-docx-walk-');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), 'Vice-President Vera Yurova spoke.\n');
    writeFileSync(join(dir, 'sub', 'report.docx'), docxPackage(DOCUMENT));
    writeFileSync(join(dir, 'z.txt'), 'Philip Deventer answered.\n');
    return dir;
  };
  const GLOSSARY = ['--no-shipped-glossary', '--glossary', fixture('glossary'), '--locale', 'en'];

  it('check and names take .docx files; fix leaves them out of the walk', async () => {
    const dir = folder();
    const check = await runCli(['check', ...GLOSSARY, '--format', 'json', dir]);
    expect(check.code).toBe(1);
    const reports = JSON.parse(check.stdout) as Array<{ path: string; diagnostics: Array<{ line: number; column: number; message: string }> }>;
    expect(reports.map((r) => r.path)).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'report.docx'), join(dir, 'z.txt')]);
    expect(reports[1]!.diagnostics.map((d) => `${d.line}:${d.column}`)).toContain('2:21');

    const names = await runCli(['names', ...GLOSSARY, '--format', 'json', dir]);
    expect(names.code).toBe(0);
    const listed = JSON.parse(names.stdout) as Array<{ path: string; mentions: Array<{ line: number; column: number; text: string }> }>;
    const docx = listed.find((f) => f.path.endsWith('report.docx'))!;
    expect(docx.mentions.map((m) => `${m.line}:${m.column} ${m.text}`)).toContain('2:21 Vera Yurova');
    // Deleted text and field codes are not read: the table cell's is the only Philip Deventer.
    expect(docx.mentions.filter((m) => m.text === 'Philip Deventer').map((m) => `${m.line}:${m.column}`)).toEqual(['5:1']);

    // fix cannot write a .docx: a walk does not hand it one (named, it is refused: see above).
    const before = readFileSync(join(dir, 'sub', 'report.docx'));
    const fix = await runCli(['fix', ...GLOSSARY, '--write', dir]);
    expect(fix.code).toBe(0);
    expect(fix.stderr).not.toContain('read-only');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Vice-President Věra Jourová spoke.\n');
    expect(readFileSync(join(dir, 'sub', 'report.docx')).equals(before)).toBe(true);
  });

  it('--jobs 2 checks the text files on two threads and the .docx on the main one: the same output as --jobs 1', { timeout: 120_000 }, async () => {
    const dir = folder();
    writeFileSync(join(dir, 'broken.docx'), 'not a zip');
    const env = { CANONYM_CACHE_DIR: join(dir, '.cache') };
    const one = await runCliProcess(['check', ...GLOSSARY, '--format', 'json', '--jobs', '1', dir], env);
    const two = await runCliProcess(['check', ...GLOSSARY, '--format', 'json', '--jobs', '2', dir], env);
    expect(one.code).toBe(2);
    expect(JSON.parse(one.stdout).map((r: { path: string }) => r.path)).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'report.docx'), join(dir, 'z.txt')]);
    expect(one.stderr).toContain(`${join(dir, 'broken.docx')}: not a DOCX document`);
    expect(two).toEqual(one);
  });
});

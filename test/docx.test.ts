/**
 * DOCX, read-only `check`: the body's paragraphs read as Word shows them (runs joined, tabs and breaks, tracked
 * deletions and field codes left out, a text box read once), findings placed as paragraph:column, `fix` refused.
 * The package is built here with fflate (the library canonym reads it with), in the layout Word writes: content
 * types, package relationships, document.xml with the w:, r: and mc: namespaces and runs split by revision ids.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxParagraphs, docxText, paragraphPosition } from '../src/formats/docx.ts';
import { runCli } from './helpers.ts';

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
    expect(paragraphPosition(starts, text.indexOf('ef'))).toEqual({ line: 3, column: 4 });
    expect(paragraphPosition(starts, 1)).toEqual({ line: 1, column: 2 });
  });

  // The CLI builds the stored index of the shipped glossary when it is missing or stale.
  it('check reports names in paragraph:column, not in deleted text or field codes; fix refuses the file', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'canonym-docx-'));
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
    const dir = mkdtempSync(join(tmpdir(), 'canonym-docx-'));
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

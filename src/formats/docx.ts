/**
 * DOCX, read-only: the paragraphs of the body (`word/document.xml`, unzipped with fflate, read with the offset-keeping
 * XML scanner of the bilingual readers) as plain text, checked as one document, and every finding placed as
 * paragraph:column (the n-th `<w:p>` of the body, counting empty paragraphs and those of table cells; the column
 * counts UTF-16 units from 1, as elsewhere).
 *
 * A paragraph's text is its runs' text (`<w:t>`), with `<w:tab/>` as a tab and `<w:br/>`, `<w:cr/>` as a line
 * break; a non-breaking hyphen is U+2011 and an optional hyphen is nothing. Left out: deleted text (`<w:del>`,
 * `<w:moveFrom>`: tracked changes show the document as it would be once accepted), field codes (`<w:instrText>`;
 * a field's shown result is text), the fallback copy of a drawing (`<mc:Fallback>`), tab stops of a paragraph's
 * properties. Paragraphs are joined by a blank line, so no name runs from one into the next. Headers, footers,
 * footnotes and comments (their own parts of the package) are not read.
 */
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import { decodeXml, scanXml } from './bilingual/xml.ts';
import { lastAtMost } from '../text/lines.ts';

const require = createRequire(import.meta.url);
/** fflate is loaded only when a DOCX file is read. */
const fflate = (): typeof import('fflate') => require('fflate') as typeof import('fflate');

const WORDML = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const BODY = 'word/document.xml';

export const isDocx = (path: string): boolean => extname(path).toLowerCase() === '.docx';

/** The paragraphs of a document.xml part, in the order they start. */
export function docxParagraphs(xml: string): string[] {
  const events = scanXml(xml);
  // The prefixes the root binds to WordprocessingML and to markup compatibility (w: and mc: in every Word file).
  const root = events.find((e) => e.type === 'open');
  let w = 'w';
  let mc = 'mc';
  if (root?.type === 'open') {
    for (const [name, value] of Object.entries(root.attrs)) {
      if (!name.startsWith('xmlns:')) continue;
      if (WORDML.has(value)) w = name.slice(6);
      else if (value === MARKUP_COMPATIBILITY) mc = name.slice(6);
    }
  }
  const skipped = new Set([`${w}:del`, `${w}:moveFrom`, `${w}:instrText`, `${w}:delText`, `${mc}:Fallback`, `${w}:pPr`, `${w}:rPr`]);
  const paragraphs: string[] = [];
  const open: number[] = []; // paragraphs being read (a text box's paragraphs sit inside a run of another)
  let skipDepth = 0;
  let runDepth = 0;
  let inText = 0;
  const add = (s: string) => {
    const p = open[open.length - 1];
    if (p !== undefined) paragraphs[p] += s;
  };
  for (const e of events) {
    if (e.type === 'open') {
      if (skipDepth) {
        if (!e.selfClosing) skipDepth++;
        continue;
      }
      if (skipped.has(e.name)) {
        if (!e.selfClosing) skipDepth = 1;
        continue;
      }
      if (e.name === `${w}:p`) {
        paragraphs.push('');
        if (!e.selfClosing) open.push(paragraphs.length - 1);
      } else if (e.name === `${w}:r`) {
        if (!e.selfClosing) runDepth++;
      } else if (e.name === `${w}:t`) {
        if (!e.selfClosing) inText++;
      } else if (runDepth) {
        if (e.name === `${w}:tab`) add('\t');
        else if (e.name === `${w}:br` || e.name === `${w}:cr`) add('\n');
        else if (e.name === `${w}:noBreakHyphen`) add('\u2011');
      }
    } else if (e.type === 'close') {
      if (skipDepth) {
        skipDepth--;
        continue;
      }
      if (e.name === `${w}:p`) open.pop();
      else if (e.name === `${w}:r`) runDepth = Math.max(0, runDepth - 1);
      else if (e.name === `${w}:t`) inText = Math.max(0, inText - 1);
    } else if (inText && !skipDepth) {
      add(e.type === 'cdata' ? xml.slice(e.start, e.end) : decodeXml(xml.slice(e.start, e.end)));
    }
  }
  return paragraphs;
}

/** Why a .docx file cannot be read: not a zip package with a body, or a body over the size limit. */
export class DocxReadError extends Error {
  constructor(readonly reason: 'not-docx' | 'too-large', readonly size = 0) {
    super(reason === 'not-docx' ? 'not a DOCX package (no word/document.xml)' : `word/document.xml is ${size} bytes`);
    this.name = 'DocxReadError';
  }
}

/**
 * The text of the body of a .docx file, one paragraph a string. Throws a DocxReadError for a file that is no DOCX
 * package or whose body inflates past `maxBytes` (refused before it is inflated: the size the archive declares),
 * and a BilingualSyntaxError (line and column in word/document.xml) for XML that is not well-formed.
 */
export function readDocx(bytes: Uint8Array, maxBytes = Number.MAX_SAFE_INTEGER): string[] {
  let part: Uint8Array | undefined;
  try {
    part = fflate().unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== BODY) return false;
        if (file.originalSize > maxBytes) throw new DocxReadError('too-large', file.originalSize);
        return true;
      },
    })[BODY];
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
    throw new DocxReadError('not-docx');
  }
  if (!part) throw new DocxReadError('not-docx');
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(part);
  } catch {
    throw new DocxReadError('not-docx');
  }
  return docxParagraphs(xml);
}

/** The paragraphs joined by a blank line, and where each starts in that text. */
export function docxText(paragraphs: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 2;
  }
  return { text: paragraphs.join('\n\n'), starts };
}

/** Paragraph (from 1) and column (from 1) of an offset in the joined text. */
export function paragraphPosition(starts: readonly number[], offset: number): { line: number; column: number } {
  const paragraph = lastAtMost(starts, offset);
  return { line: paragraph + 1, column: offset - (starts[paragraph] ?? 0) + 1 };
}

/**
 * Diagnostics found in the joined text, placed as paragraph:column, without fixes (the file is read-only); a
 * message that cites a place (inconsistent-name's "at 9:24", a line of the joined text) cites its paragraph.
 */
export function toParagraphs(diagnostics: Diagnostic[], text: string, starts: readonly number[]): void {
  let lineStarts: number[] | undefined;
  const cited = (line: number, column: number): string | undefined => {
    lineStarts ??= [0, ...Array.from(text.matchAll(/\r\n?|\n/g), (m) => m.index + m[0].length)];
    const start = lineStarts[line - 1];
    if (start === undefined || column < 1) return undefined;
    const p = paragraphPosition(starts, start + column - 1);
    return `${p.line}:${p.column}`;
  };
  for (const d of diagnostics) {
    if (d.ruleId === 'inconsistent-name') d.message = d.message.replace(/\b(\d+):(\d+)\b/g, (m, l: string, c: string) => cited(Number(l), Number(c)) ?? m);
    const from = paragraphPosition(starts, d.offset);
    const to = paragraphPosition(starts, d.offset + d.length);
    Object.assign(d, { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, fix: null });
  }
}


/**
 * DOCX, read-only: the paragraphs of the body (`word/document.xml`), then of the footnotes, endnotes, headers and
 * footers the body refers to (unzipped with fflate, read with the offset-keeping XML scanner of the bilingual
 * readers) as plain text, checked as one document, and every finding placed as paragraph:column in its part: the
 * n-th `<w:p>` of the body (counting empty paragraphs and those of table cells), or of one footnote, endnote,
 * header or footer; the column counts UTF-16 units from 1, as elsewhere.
 *
 * A paragraph's text is its runs' text (`<w:t>`), with `<w:tab/>` as a tab and `<w:br/>`, `<w:cr/>` as a line
 * break; a non-breaking hyphen is U+2011 and an optional hyphen is nothing. Left out: deleted text (`<w:del>`,
 * `<w:moveFrom>`: tracked changes show the document as it would be once accepted), field codes (`<w:instrText>`;
 * a field's shown result is text), the fallback copy of a drawing (`<mc:Fallback>`), tab stops of a paragraph's
 * properties, comments, the separators of the notes, and notes, headers and footers the body does not refer to
 * (Word does not show them). Paragraphs are joined by a blank line, so no name runs from one into the next.
 *
 * Parts other than the body are named as Word shows them, in English whatever the UI's language (they are
 * identifiers in JSON and SARIF): `footnote 2` and `endnote 1` (numbered in the order the body refers to them,
 * as Word numbers them by default), `section 1 header`, `section 2 first-page footer`, `section 1 even-page header`
 * (first-page and even-page ones are read whether or not the document's settings show them; a part that several
 * sections refer to is named by the first).
 */
import { createRequire } from 'node:module';
import { extname, posix } from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import { decodeXml, scanXml } from './bilingual/xml.ts';
import { BilingualSyntaxError } from './bilingual/types.ts';
import { lastAtMost } from '../text/lines.ts';

const require = createRequire(import.meta.url);
/** fflate is loaded only when a DOCX file is read. */
const fflate = (): typeof import('fflate') => require('fflate') as typeof import('fflate');

const WORDML = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const RELATIONSHIPS = new Set(['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships']);
const BODY = 'word/document.xml';
const BODY_RELS = 'word/_rels/document.xml.rels';
/** Notes that are no note: the line above the notes and its continuation. */
const SEPARATORS = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

export const isDocx = (path: string): boolean => extname(path).toLowerCase() === '.docx';

/** A header or footer a section refers to: its kind, its type (default, first, even) and relationship id. */
interface HeaderFooterReference {
  kind: 'header' | 'footer';
  type: string;
  id: string;
  section: number;
}

/** What one part of the package holds, and what the body says of the others. */
interface PartScan {
  paragraphs: string[];
  /** Notes parts: the w:id of the note each paragraph belongs to (undefined outside a note and in a separator). */
  notes: Array<string | undefined>;
  /** Body: the ids of the footnotes and endnotes it refers to, in order. */
  footnotes: string[];
  endnotes: string[];
  /** Body: the headers and footers of each section. */
  headersFooters: HeaderFooterReference[];
}

const WORD_NAMES = ['br', 'cr', 'endnote', 'endnoteReference', 'footerReference', 'footnote', 'footnoteReference', 'headerReference', 'id', 'noBreakHyphen', 'p', 'r', 'sectPr', 'sectPrChange', 't', 'tab', 'type'] as const;

function scanPart(xml: string): PartScan {
  const events = scanXml(xml);
  // The prefixes the root binds to WordprocessingML, markup compatibility and relationships (w:, mc: and r:).
  const root = events.find((e) => e.type === 'open');
  let w = 'w';
  let mc = 'mc';
  let r = 'r';
  if (root?.type === 'open') {
    for (const [name, value] of Object.entries(root.attrs)) {
      if (!name.startsWith('xmlns:')) continue;
      if (WORDML.has(value)) w = name.slice(6);
      else if (value === MARKUP_COMPATIBILITY) mc = name.slice(6);
      else if (RELATIONSHIPS.has(value)) r = name.slice(6);
    }
  }
  const skipped = new Set([`${w}:del`, `${w}:moveFrom`, `${w}:instrText`, `${w}:delText`, `${mc}:Fallback`, `${w}:pPr`, `${w}:rPr`]);
  // The qualified names compared with every tag, made once.
  const N = Object.fromEntries(WORD_NAMES.map((name) => [name, `${w}:${name}`])) as Record<(typeof WORD_NAMES)[number], string>;
  const rid = `${r}:id`;
  const scan: PartScan = { paragraphs: [], notes: [], footnotes: [], endnotes: [], headersFooters: [] };
  const { paragraphs } = scan;
  const open: number[] = []; // paragraphs being read (a text box's paragraphs sit inside a run of another)
  let skipDepth = 0;
  let runDepth = 0;
  let inText = 0;
  let note: string | undefined;
  let section = 1;
  let sectionChange = 0; // inside <w:sectPrChange>: a section's former properties, no section of its own
  const add = (s: string) => {
    const p = open[open.length - 1];
    if (p !== undefined) paragraphs[p] += s;
  };
  for (const e of events) {
    if (e.type === 'open') {
      // A section's properties sit in the last paragraph's properties (skipped below) or at the end of the body.
      if ((e.name === N.headerReference || e.name === N.footerReference) && !sectionChange && e.attrs[rid]) {
        scan.headersFooters.push({ kind: e.name === N.headerReference ? 'header' : 'footer', type: e.attrs[N.type] ?? 'default', id: e.attrs[rid]!, section });
      } else if (e.name === N.sectPrChange && !e.selfClosing) sectionChange++;
      else if (e.name === N.sectPr && e.selfClosing && !sectionChange) section++;
      if (skipDepth) {
        if (!e.selfClosing) skipDepth++;
        continue;
      }
      if (skipped.has(e.name)) {
        if (!e.selfClosing) skipDepth = 1;
        continue;
      }
      if (e.name === N.p) {
        paragraphs.push('');
        scan.notes.push(note);
        if (!e.selfClosing) open.push(paragraphs.length - 1);
      } else if (e.name === N.footnote || e.name === N.endnote) {
        note = SEPARATORS.has(e.attrs[N.type] ?? '') ? undefined : e.attrs[N.id];
      } else if (e.name === N.r) {
        if (!e.selfClosing) runDepth++;
      } else if (e.name === N.t) {
        if (!e.selfClosing) inText++;
      } else if (runDepth) {
        if (e.name === N.tab) add('\t');
        else if (e.name === N.br || e.name === N.cr) add('\n');
        else if (e.name === N.noBreakHyphen) add('\u2011');
        else if (e.name === N.footnoteReference && e.attrs[N.id] !== undefined) scan.footnotes.push(e.attrs[N.id]!);
        else if (e.name === N.endnoteReference && e.attrs[N.id] !== undefined) scan.endnotes.push(e.attrs[N.id]!);
      }
    } else if (e.type === 'close') {
      if (e.name === N.sectPrChange) sectionChange = Math.max(0, sectionChange - 1);
      else if (e.name === N.sectPr && !sectionChange) section++;
      if (skipDepth) {
        skipDepth--;
        continue;
      }
      if (e.name === N.p) open.pop();
      else if (e.name === N.r) runDepth = Math.max(0, runDepth - 1);
      else if (e.name === N.t) inText = Math.max(0, inText - 1);
      else if (e.name === N.footnote || e.name === N.endnote) note = undefined;
    } else if (inText && !skipDepth) {
      add(e.type === 'cdata' ? xml.slice(e.start, e.end) : decodeXml(xml.slice(e.start, e.end)));
    }
  }
  return scan;
}

/** The paragraphs of a document.xml part (or of any part of WordprocessingML), in the order they start. */
export function docxParagraphs(xml: string): string[] {
  return scanPart(xml).paragraphs;
}

/** The paragraphs of one part of the document: the body (no name), a note, a header or a footer. */
export interface DocxPart {
  name?: string;
  paragraphs: string[];
}

/** Why a .docx file cannot be read: not a zip package with a body, or parts over the size limit. */
export class DocxReadError extends Error {
  constructor(readonly reason: 'not-docx' | 'too-large', readonly size = 0, readonly part = BODY) {
    super(reason === 'not-docx' ? 'not a DOCX package (no word/document.xml)' : `${part}: ${size} bytes`);
    this.name = 'DocxReadError';
  }
}

/** XML that is not well-formed in a part of the package: the part, and the line and column in it. */
export class DocxSyntaxError extends Error {
  constructor(readonly part: string, readonly line: number, readonly column: number, readonly detail: string) {
    super(`${part}:${line}:${column}: ${detail}`);
    this.name = 'DocxSyntaxError';
  }
}

const utf8 = (bytes: Uint8Array): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocxReadError('not-docx');
  }
};

/** `read(xml)`, a syntax error naming the part. */
function named<T>(part: string, xml: string, read: (xml: string) => T): T {
  try {
    return read(xml);
  } catch (error) {
    if (error instanceof BilingualSyntaxError) throw new DocxSyntaxError(part, error.line, error.column, error.detail);
    throw error;
  }
}

const scanNamed = (part: string, xml: string): PartScan => named(part, xml, scanPart);

/** The body's relationships: id → part name, for headers, footers, footnotes and endnotes. */
function relationships(xml: string | undefined): Map<string, { type: string; part: string }> {
  const out = new Map<string, { type: string; part: string }>();
  if (xml === undefined) return out;
  for (const e of named(BODY_RELS, xml, scanXml)) {
    if (e.type !== 'open' || !/(^|:)Relationship$/.test(e.name) || e.attrs['TargetMode'] === 'External') continue;
    const { Id: id, Type: type, Target: target } = e.attrs;
    const kind = /\/(header|footer|footnotes|endnotes)$/.exec(type ?? '')?.[1];
    if (!id || !kind || !target) continue;
    // A target is relative to word/, or absolute in the package.
    const part = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('word', target));
    out.set(id, { type: kind, part });
  }
  return out;
}

const SECTION_TYPE: Record<string, string> = { first: 'first-page ', even: 'even-page ' };

/**
 * The parts of a .docx file that Word shows as text, body first, then footnotes and endnotes in the order the body
 * refers to them, then headers and footers section by section. Throws a DocxReadError for a file that is no DOCX
 * package or whose parts inflate past `maxBytes` together (refused before they are inflated: the sizes the archive
 * declares), and a DocxSyntaxError (part, line and column) for XML that is not well-formed.
 */
export function readDocxParts(bytes: Uint8Array, maxBytes = Number.MAX_SAFE_INTEGER): DocxPart[] {
  // The sizes of the parts read so far, together (the error gives the sum when a part takes it over the limit).
  let total = 0;
  const unzip = (wanted: (name: string) => boolean): Record<string, Uint8Array> => {
    try {
      return fflate().unzipSync(bytes, {
        filter: (file) => {
          if (!wanted(file.name)) return false;
          total += file.originalSize;
          if (total > maxBytes) throw new DocxReadError('too-large', total, file.name);
          return true;
        },
      });
    } catch (error) {
      if (error instanceof DocxReadError) throw error;
      throw new DocxReadError('not-docx');
    }
  };
  // The body and its relationships first, then the parts they name.
  const first = unzip((name) => name === BODY || name === BODY_RELS);
  if (!first[BODY]) throw new DocxReadError('not-docx');
  const body = scanNamed(BODY, utf8(first[BODY]));
  const rels = relationships(first[BODY_RELS] ? utf8(first[BODY_RELS]) : undefined);
  const parts: DocxPart[] = [{ paragraphs: body.paragraphs }];
  const hf = new Map<string, string>(); // part → its name, the first section that refers to it naming it
  for (const ref of body.headersFooters) {
    const rel = rels.get(ref.id);
    // A part is read once: a header or footer pointing at the body (or at a part already named) adds nothing.
    if (rel?.type !== ref.kind || hf.has(rel.part) || rel.part === BODY || rel.part === BODY_RELS) continue;
    hf.set(rel.part, `section ${ref.section} ${SECTION_TYPE[ref.type] ?? ''}${ref.kind}`);
  }
  const notesParts = new Map<'footnotes' | 'endnotes', string>();
  for (const rel of rels.values()) {
    if ((rel.type === 'footnotes' || rel.type === 'endnotes') && !notesParts.has(rel.type) && rel.part !== BODY && !hf.has(rel.part)) notesParts.set(rel.type, rel.part);
  }
  const wanted = new Set([...hf.keys(), ...(body.footnotes.length && notesParts.has('footnotes') ? [notesParts.get('footnotes')!] : []), ...(body.endnotes.length && notesParts.has('endnotes') ? [notesParts.get('endnotes')!] : [])]);
  if (!wanted.size) return parts;
  const files = unzip((name) => wanted.has(name));
  for (const [kind, label] of [['footnotes', 'footnote'], ['endnotes', 'endnote']] as const) {
    const part = notesParts.get(kind);
    const file = part === undefined ? undefined : files[part];
    if (!file) continue;
    const scan = scanNamed(part!, utf8(file));
    const byNote = new Map<string, string[]>();
    scan.paragraphs.forEach((p, k) => {
      const id = scan.notes[k];
      if (id === undefined) return;
      const list = byNote.get(id);
      if (list) list.push(p);
      else byNote.set(id, [p]);
    });
    const seen = new Set<string>();
    for (const id of kind === 'footnotes' ? body.footnotes : body.endnotes) {
      if (seen.has(id)) continue;
      seen.add(id);
      const paragraphs = byNote.get(id);
      if (paragraphs) parts.push({ name: `${label} ${seen.size}`, paragraphs });
    }
  }
  for (const [part, name] of hf) {
    const file = files[part];
    if (file) parts.push({ name, paragraphs: scanNamed(part, utf8(file)).paragraphs });
  }
  return parts;
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

/** A place in a document: the part (none for the body), the paragraph in it and the column, from 1. */
export interface DocxPlace {
  part?: string;
  line: number;
  column: number;
}

/** Every part's paragraphs as one text, and the place of any offset in it. */
export class DocxLayout {
  readonly text: string;
  private readonly starts: number[];
  /** For each paragraph of the text: its part's name and its number in the part. */
  private readonly owners: Array<{ part: string | undefined; paragraph: number }> = [];

  constructor(parts: readonly DocxPart[]) {
    const paragraphs: string[] = [];
    for (const part of parts) {
      part.paragraphs.forEach((p, k) => {
        paragraphs.push(p);
        this.owners.push({ part: part.name, paragraph: k + 1 });
      });
    }
    ({ text: this.text, starts: this.starts } = docxText(paragraphs));
  }

  place(offset: number): DocxPlace {
    const k = lastAtMost(this.starts, offset);
    const owner = this.owners[k];
    const column = offset - (this.starts[k] ?? 0) + 1;
    return owner?.part === undefined ? { line: owner?.paragraph ?? 1, column } : { part: owner.part, line: owner.paragraph, column };
  }

  /** A place as a message cites it: `2:21` in the body, `footnote 1, 2:21` elsewhere. */
  cite(offset: number): string {
    const p = this.place(offset);
    return `${p.part === undefined ? '' : `${p.part}, `}${p.line}:${p.column}`;
  }
}

/**
 * Diagnostics found in the joined text, placed as paragraph:column in their part (`part` set outside the body),
 * without fixes (the file is read-only); a message that cites a place (inconsistent-name's "at 9:24", a line of
 * the joined text) cites its paragraph.
 */
export function toParagraphs(diagnostics: Diagnostic[], layout: DocxLayout): void {
  const { text } = layout;
  let lineStarts: number[] | undefined;
  const cited = (line: number, column: number): string | undefined => {
    lineStarts ??= [0, ...Array.from(text.matchAll(/\r\n?|\n/g), (m) => m.index + m[0].length)];
    const start = lineStarts[line - 1];
    if (start === undefined || column < 1) return undefined;
    return layout.cite(start + column - 1);
  };
  for (const d of diagnostics) {
    if (d.ruleId === 'inconsistent-name') d.message = d.message.replace(/\b(\d+):(\d+)\b/g, (m, l: string, c: string) => cited(Number(l), Number(c)) ?? m);
    const from = layout.place(d.offset);
    const to = layout.place(d.offset + d.length);
    Object.assign(d, { ...(from.part === undefined ? {} : { part: from.part }), line: from.line, column: from.column, endLine: to.line, endColumn: to.column, fix: null });
  }
}

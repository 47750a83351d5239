/**
 * `check` and `names` on a .docx file: its body, notes, headers and footers read (src/formats/docx.ts) as one text,
 * findings placed as paragraph:column in their part.
 */
import type { Analysis } from '../analyse.ts';
import { DocxLayout, DocxReadError, DocxSyntaxError, readDocxParts, toParagraphs, type DocxPlace } from '../formats/docx.ts';
import { t } from '../i18n/index.ts';
import { ParseError, UserError } from '../io/errors.ts';
import { DEFAULT_MAX_BYTES, readBytes } from '../io/read.ts';

/** A .docx file read: its parts' text as one, and the place of an offset in it. */
export interface DocxFile {
  path: string;
  text: string;
  place: (offset: number) => DocxPlace;
}

function readLayout(path: string, maxBytes: number | undefined): DocxLayout {
  const max = maxBytes ?? DEFAULT_MAX_BYTES;
  const { bytes } = readBytes(path, max);
  try {
    return new DocxLayout(readDocxParts(bytes, max));
  } catch (error) {
    if (error instanceof DocxReadError) {
      throw error.reason === 'too-large'
        ? new UserError(t('cli.io.too-large', { path: `${path}: ${error.part}`, size: String(error.size), max: String(max) }))
        : new ParseError(t('cli.docx.error.not-docx', { path }));
    }
    if (error instanceof DocxSyntaxError) throw new ParseError(`${path}: ${error.message}`);
    throw error;
  }
}

/**
 * The text of a .docx file (`names` lists its mentions). A file that cannot be read (no zip, no word/document.xml,
 * XML that is not well-formed, parts over --max-size) is a UserError naming the file (exit 2).
 */
export function readDocxFile(path: string, maxBytes: number | undefined): DocxFile {
  const layout = readLayout(path, maxBytes);
  return { path, text: layout.text, place: (offset) => layout.place(offset) };
}

/** The analysis of a .docx file by `analyse` (the workspace's check of a plain text), without fixes. */
export function analyseDocx(path: string, maxBytes: number | undefined, analyse: (text: string) => Analysis): Analysis {
  const layout = readLayout(path, maxBytes);
  const result = analyse(layout.text);
  toParagraphs(result.diagnostics, layout);
  return result;
}

/** `check` on a .docx file: its body read (src/formats/docx.ts), checked as text, findings placed as paragraph:column. */
import type { Analysis } from '../analyse.ts';
import { BilingualSyntaxError } from '../formats/bilingual/types.ts';
import { BODY, DocxReadError, docxText, readDocx, toParagraphs } from '../formats/docx.ts';
import { t } from '../i18n/index.ts';
import { ParseError, UserError } from '../io/errors.ts';
import { DEFAULT_MAX_BYTES, readBytes } from '../io/read.ts';

/**
 * The analysis of a .docx file by `analyse` (the workspace's check of a plain text), without fixes. A file that
 * cannot be read (no zip, no word/document.xml, XML that is not well-formed, a body over --max-size) is a
 * UserError naming the file (exit 2).
 */
export function analyseDocx(path: string, maxBytes: number | undefined, analyse: (text: string) => Analysis): Analysis {
  const max = maxBytes ?? DEFAULT_MAX_BYTES;
  const { bytes } = readBytes(path, max);
  let paragraphs: string[];
  try {
    paragraphs = readDocx(bytes, max);
  } catch (error) {
    if (error instanceof DocxReadError) {
      throw error.reason === 'too-large'
        ? new UserError(t('cli.io.too-large', { path: `${path}: ${BODY}`, size: String(error.size), max: String(max) }))
        : new ParseError(t('cli.docx.error.not-docx', { path }));
    }
    if (error instanceof BilingualSyntaxError) throw new ParseError(`${path}: ${BODY}:${error.line}:${error.column}: ${error.detail}`);
    throw error;
  }
  const { text, starts } = docxText(paragraphs);
  const result = analyse(text);
  toParagraphs(result.diagnostics, text, starts);
  return result;
}

import { extname } from 'node:path';
import type { DocumentFormat, ProseDocument } from './document.ts';
import { markdownDocument } from './markdown.ts';
import { plainDocument } from './plain.ts';
import { bilingualDocument, type BilingualFormat, type BilingualOptions } from './bilingual/document.ts';
import { htmlDocument } from './html.ts';
import { srtDocument, vttDocument } from './subtitles.ts';

export type { DocumentFormat, ProseDocument } from './document.ts';

const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd']);
const HTML = new Set(['.html', '.htm', '.xhtml']);
const OTHER_FORMATS = new Map<string, DocumentFormat>([['.srt', 'srt'], ['.vtt', 'vtt']]);
export const CHECKABLE_EXTENSIONS = new Set(['.txt', '.text', ...MARKDOWN, ...HTML, ...OTHER_FORMATS.keys()]);

/** Bilingual files: XLIFF (memoQ .mqxliff and Trados .sdlxliff are XLIFF 1.2), PO, and CSV/TSV given by name. */
const BILINGUAL = new Map<string, BilingualFormat>([['.xlf', 'xliff'], ['.xliff', 'xliff'], ['.mqxliff', 'xliff'], ['.sdlxliff', 'xliff'], ['.po', 'po'], ['.csv', 'csv'], ['.tsv', 'tsv']]);
// A folder walk takes XLIFF and PO files; a CSV or TSV is checked only when named (most are not bilingual).
for (const ext of ['.xlf', '.xliff', '.mqxliff', '.sdlxliff', '.po']) CHECKABLE_EXTENSIONS.add(ext);

export function formatFor(path: string): DocumentFormat {
  const bilingual = BILINGUAL.get(extname(path).toLowerCase());
  if (bilingual) return bilingual;
  const ext = extname(path).toLowerCase();
  if (HTML.has(ext)) return 'html';
  return OTHER_FORMATS.get(ext) ?? (MARKDOWN.has(ext) ? 'markdown' : 'text');
}

export function readDocument(source: string, format: DocumentFormat, options: BilingualOptions = {}): ProseDocument {
  if (format === 'xliff' || format === 'po' || format === 'csv' || format === 'tsv') return bilingualDocument(source, format, options);
  switch (format) {
    case 'html': return htmlDocument(source);
    case 'srt': return srtDocument(source);
    case 'vtt': return vttDocument(source);
    default: return format === 'markdown' ? markdownDocument(source) : plainDocument(source);
  }
}

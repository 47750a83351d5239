import { extname } from 'node:path';
import type { DocumentFormat, ProseDocument } from './document.ts';
import { markdownDocument } from './markdown.ts';
import { plainDocument } from './plain.ts';
import { htmlDocument } from './html.ts';
import { srtDocument, vttDocument } from './subtitles.ts';

export type { DocumentFormat, ProseDocument } from './document.ts';

const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd']);
const HTML = new Set(['.html', '.htm', '.xhtml']);
const OTHER_FORMATS = new Map<string, DocumentFormat>([['.srt', 'srt'], ['.vtt', 'vtt']]);
export const CHECKABLE_EXTENSIONS = new Set(['.txt', '.text', ...MARKDOWN, ...HTML, ...OTHER_FORMATS.keys()]);

export function formatFor(path: string): DocumentFormat {
  const ext = extname(path).toLowerCase();
  if (HTML.has(ext)) return 'html';
  return OTHER_FORMATS.get(ext) ?? (MARKDOWN.has(ext) ? 'markdown' : 'text');
}

export function readDocument(source: string, format: DocumentFormat): ProseDocument {
  switch (format) {
    case 'html': return htmlDocument(source);
    case 'srt': return srtDocument(source);
    case 'vtt': return vttDocument(source);
    default: return format === 'markdown' ? markdownDocument(source) : plainDocument(source);
  }
}

import { extname } from 'node:path';
import type { DocumentFormat, ProseDocument } from './document.ts';
import { markdownDocument } from './markdown.ts';
import { plainDocument } from './plain.ts';

export type { DocumentFormat, ProseDocument } from './document.ts';

const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd']);
export const CHECKABLE_EXTENSIONS = new Set(['.txt', '.text', ...MARKDOWN]);

export function formatFor(path: string): DocumentFormat {
  return MARKDOWN.has(extname(path).toLowerCase()) ? 'markdown' : 'text';
}

export function readDocument(source: string, format: DocumentFormat): ProseDocument {
  return format === 'markdown' ? markdownDocument(source) : plainDocument(source);
}

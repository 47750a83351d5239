import { blank, urlRanges, type ProseDocument } from './document.ts';

export function plainDocument(source: string): ProseDocument {
  return { format: 'text', source, prose: blank(source, urlRanges(source)) };
}

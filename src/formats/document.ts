/**
 * A document as rules see it: the prose of the source with everything else (code, markup, URLs, front matter)
 * blanked to spaces. Blanking keeps every offset, so diagnostics and fixes point into the source unchanged.
 */
import type { MappedText } from './mapped-text.ts';
import type { BilingualFormat, BilingualInfo } from './bilingual/document.ts';

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'srt' | 'vtt' | BilingualFormat;

export interface ProseDocument {
  format: DocumentFormat;
  source: string;
  /** Same length as `source`; non-prose replaced by spaces (line breaks kept). */
  prose: string;
  /** Bilingual files (XLIFF, PO, CSV): the declared languages and the segment pairs; `prose` is the targets' text. */
  bilingual?: BilingualInfo;
  /**
   * When the matcher must read something else than `prose` (HTML and WebVTT character references decoded, markup
   * inside a word taken out): that text, with its map back to the source (see mapped-text.ts).
   */
  view?: MappedText;
}

/** Blank [start, end) ranges of `source`, keeping line breaks. */
export function blank(source: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  if (!ranges.length) return source;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  for (const [start, end] of sorted) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    out += source.slice(cursor, from) + source.slice(from, end).replace(/[^\r\n]/g, ' ');
    cursor = end;
  }
  return out + source.slice(cursor);
}

/**
 * The local part of an e-mail address starts only where a run of its characters starts (the lookbehind): without
 * it the engine would try every position of a long word or a run of hyphens and scan the rest of it from each,
 * which is quadratic (a 128 KB word took 20 s). Each run is now scanned once.
 */
const URL_LIKE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"')\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
const URL_ONLY = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"')\]]+/giu;
const EMAIL_ONLY = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/**
 * Ranges of URLs and e-mail addresses: never names, whatever letters they contain. Each alternative runs only on a
 * text that can hold it (a literal search first): the e-mail one tries every run of word characters, which on news
 * without an '@' was a fifth of a check's time. Where only one can match, its pattern alone finds the same ranges.
 */
export function urlRanges(text: string): Array<[number, number]> {
  const url = text.includes('://') || /www\./i.test(text);
  const email = text.includes('@');
  if (!url && !email) return [];
  const pattern = url && email ? URL_LIKE : url ? URL_ONLY : EMAIL_ONLY;
  return Array.from(text.matchAll(pattern), (m) => [m.index, m.index + m[0].length] as [number, number]);
}

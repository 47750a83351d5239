/**
 * A small XML scanner that keeps offsets: start tags, end tags, text and CDATA, each with its place in the file.
 * fast-xml-parser builds a tree without positions; the bilingual readers need the offset of every target's
 * content, so they scan the file themselves. Comments, processing instructions and the DOCTYPE are skipped;
 * tags must nest (a mismatched end tag is a syntax error with its line and column).
 */
import { LineIndex } from '../../text/lines.ts';
import { BilingualSyntaxError } from './types.ts';

export type XmlEvent =
  | { type: 'open'; name: string; attrs: Record<string, string>; start: number; end: number; selfClosing: boolean }
  | { type: 'close'; name: string; start: number; end: number }
  /** Text between tags, raw (character references not yet resolved). */
  | { type: 'text'; start: number; end: number }
  /** The content of a CDATA section (start and end exclude `<![CDATA[` and `]]>`). */
  | { type: 'cdata'; start: number; end: number };

const NAME = /[A-Za-z_:][\w.:\u00B7\u00C0-\uFFFF-]*/y;
const ATTR = /\s*([A-Za-z_:][\w.:\u00B7\u00C0-\uFFFF-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function fail(text: string, offset: number, message: string): never {
  const { line, column } = new LineIndex(text).position(offset);
  throw new BilingualSyntaxError(message, line, column);
}

/** The local name of a tag (`xliff:target` → `target`). */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

export function scanXml(text: string): XmlEvent[] {
  const events: XmlEvent[] = [];
  const open: string[] = [];
  const openedAt: number[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const textEnd = lt === -1 ? text.length : lt;
    if (textEnd > i) {
      checkReferences(text, i, textEnd);
      events.push({ type: 'text', start: i, end: textEnd });
    }
    if (lt === -1) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) fail(text, i, 'unclosed comment');
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      if (end === -1) fail(text, i, 'unclosed CDATA section');
      events.push({ type: 'cdata', start: i + 9, end });
      i = end + 3;
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end === -1) fail(text, i, 'unclosed processing instruction');
      i = end + 2;
    } else if (text.startsWith('<!', i)) {
      // DOCTYPE, with an internal subset in brackets when there is one.
      let j = i + 2;
      let depth = 0;
      for (; j < text.length; j++) {
        const c = text[j];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      if (j >= text.length) fail(text, i, 'unclosed declaration');
      i = j + 1;
    } else if (text[i + 1] === '/') {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(text);
      if (!m) fail(text, i, 'bad end tag');
      const gt = text.indexOf('>', NAME.lastIndex);
      if (gt === -1 || text.slice(NAME.lastIndex, gt).trim()) fail(text, i, `bad end tag </${m[0]}`);
      const expected = open.pop();
      openedAt.pop();
      if (expected !== m[0]) fail(text, i, expected ? `</${m[0]}> closes <${expected}>` : `</${m[0]}> closes nothing`);
      events.push({ type: 'close', name: m[0], start: i, end: gt + 1 });
      i = gt + 1;
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(text);
      if (!m) fail(text, i, 'a "<" that starts no tag (write &lt;)');
      let j = NAME.lastIndex;
      const attrs: Record<string, string> = {};
      for (;;) {
        ATTR.lastIndex = j;
        const a = ATTR.exec(text);
        if (!a) break;
        const value = a[2] ?? a[3] ?? '';
        const valueStart = ATTR.lastIndex - value.length - 1;
        checkReferences(text, valueStart, valueStart + value.length);
        attrs[a[1]!] = decodeXml(value);
        j = ATTR.lastIndex;
      }
      while (j < text.length && /\s/.test(text[j]!)) j++;
      let selfClosing = false;
      if (text[j] === '/') {
        selfClosing = true;
        j++;
      }
      if (text[j] !== '>') fail(text, j, `bad tag <${m[0]}`);
      events.push({ type: 'open', name: m[0], attrs, start: i, end: j + 1, selfClosing });
      if (!selfClosing) {
        open.push(m[0]);
        openedAt.push(i);
      }
      i = j + 1;
    }
  }
  // Reported where the element starts: the end of a truncated file says nothing about which element was cut.
  if (open.length) fail(text, openedAt[openedAt.length - 1]!, `<${open[open.length - 1]}> is not closed`);
  return events;
}

const REF = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;

/** XML 1.0's Char production: what a character reference may stand for. */
function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** A numeric character reference to no character (`&#x110000;`, `&#0;`, a surrogate) is a syntax error at its place. */
function checkReferences(text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  if (!raw.includes('&#')) return;
  for (const m of raw.matchAll(REF)) {
    const body = m[1]!;
    if (!body.startsWith('#')) continue;
    const cp = body.startsWith('#x') ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    if (!isXmlChar(cp)) fail(text, start + m.index, `&${body}; is no character`);
  }
}

function refChar(body: string): string {
  if (body.startsWith('#x')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
  return PREDEFINED[body] ?? '';
}

export function decodeXml(raw: string): string {
  return raw.replace(REF, (_, body: string) => refChar(body));
}

/**
 * The decoded text of raw XML text at [start, end) of `text`, and the ranges that are text as written: a
 * character reference (`&amp;`, `&#160;`) is resolved in the decoded text and left out of the ranges, since its
 * length in the file is not the length of what it means.
 */
export function decodeRange(text: string, start: number, end: number): { text: string; prose: Array<[number, number]> } {
  const raw = text.slice(start, end);
  let out = '';
  const prose: Array<[number, number]> = [];
  let cursor = 0;
  for (const m of raw.matchAll(REF)) {
    if (m.index > cursor) prose.push([start + cursor, start + m.index]);
    out += raw.slice(cursor, m.index) + refChar(m[1]!);
    cursor = m.index + m[0].length;
  }
  if (cursor < raw.length) prose.push([start + cursor, end]);
  return { text: out + raw.slice(cursor), prose };
}

/**
 * HTML through parse5 with source locations: text nodes and the quoted values of `alt` and `title` are prose.
 * `<script>`, `<style>`, `<template>`, `<noscript>`, `<textarea>`, code (`<code>`, `<pre>`, `<kbd>`, `<samp>`,
 * `<var>`), comments, every other attribute and the markup itself are not.
 *
 * The matcher reads a view (see mapped-text.ts): character references decoded (`Jourov&aacute;` is "Jourová",
 * `&#268;` is "Č", `Věra&nbsp;Jourová` a name with a no-break space), inline elements read as nothing, block
 * elements and `<br>` as breaks. So a name split by inline markup, `Zelen<b>s</b>kyy`, is read whole and
 * reported over its whole source span; its fix changes only the letters that differ when they lie outside the
 * tags (`Zelen<b>s</b>kyy` → `Zelen<b>s</b>ky`), and is withheld when it would have to cross a tag (the markup
 * would be lost: fix it by hand). A fix is written raw (UTF-8), with `&` and `<` escaped, and quotes in attributes.
 *
 * The decoding is parse5's own (each distinct reference through parse5 once, cached); every text node and attribute
 * value decoded here is compared with parse5's value, and one that differs is left out rather than misread.
 */
import { createRequire } from 'node:module';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { ProseDocument } from './document.ts';
import { firstAtLeast } from '../text/lines.ts';
import { MappedTextBuilder } from './mapped-text.ts';

/**
 * parse5, loaded with the first HTML or WebVTT input: some 80 ms of module loading (measured) that a run over text
 * and Markdown should not pay. require() of this ES module is synchronous on Node 20.19 and later.
 */
let parse5Module: typeof import('parse5') | undefined;
export const parse5 = (): typeof import('parse5') => (parse5Module ??= createRequire(import.meta.url)('parse5') as typeof import('parse5'));

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose content is never prose. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'code', 'pre', 'kbd', 'samp', 'var', 'iframe', 'object', 'xmp', 'plaintext', 'noembed', 'noframes']);

/** Elements that start and end a block: a name never continues over their tags. The rest are inline (read as nothing). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup',
  'hr', 'html', 'img', 'input', 'legend', 'li', 'main', 'menu', 'meta', 'nav', 'ol', 'option', 'p', 'section', 'select',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'video', 'audio', 'picture', 'source',
  'button', 'label', 'link', 'svg', 'math',
  ...SKIPPED,
]);

/** Attributes whose values are prose. */
const PROSE_ATTRIBUTES = new Set(['alt', 'title']);

interface Segment {
  start: number;
  end: number;
  /** What parse5 read there, to compare with our decoding. */
  value: string;
  attribute: boolean;
}

const REFERENCE = /&(?:#[xX][0-9A-Fa-f]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/g;
const decodedCache = new Map<string, string>();

/** What parse5 makes of a string in a text node. */
function parse5Text(raw: string): string {
  let decoded = decodedCache.get(raw);
  if (decoded === undefined) {
    const node = parse5().parseFragment(raw).childNodes[0];
    decoded = node && 'value' in node ? node.value : raw;
    if (decodedCache.size > 10_000) decodedCache.clear();
    decodedCache.set(raw, decoded);
  }
  return decoded;
}

/**
 * The reference at the start of `candidate` (a match of REFERENCE): how many units it takes and what it reads as,
 * or undefined when it is no reference. A named one without `;` takes the longest legacy name it starts with
 * (`&copy2024` is "©" and "2024"): parse5 reads the whole candidate, the characters it leaves are a suffix of it.
 */
export function reference(candidate: string, attribute: boolean, next: string | undefined): { length: number; chars: string } | undefined {
  const decoded = parse5Text(candidate);
  if (decoded === candidate) return undefined;
  if (candidate[1] === '#') return { length: candidate.length, chars: decoded };
  for (let length = candidate.length; length >= 2; length--) {
    const rest = candidate.slice(length);
    if (!decoded.endsWith(rest)) continue;
    const chars = decoded.slice(0, decoded.length - rest.length);
    const name = candidate.slice(0, length);
    // A named reference reads as one or two characters, no ASCII letter or digit (but &fjlig;), no ";" it did not take.
    if (!chars || [...chars].length > 2) continue;
    if (/[A-Za-z0-9]/.test(chars) && name !== '&fjlig;') continue;
    if (chars.includes(';') && !name.endsWith(';')) continue;
    // In an attribute a legacy name followed by a letter, digit or "=" stays as written (HTML's tokenizer rule).
    if (attribute && !name.endsWith(';') && /^[A-Za-z0-9=]/.test(rest || next || '')) return undefined;
    return { length, chars };
  }
  return undefined;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** The quoted value of an attribute in the source: [start, end), inside the quotes. */
function quotedValue(source: string, start: number, end: number): [number, number] | undefined {
  const raw = source.slice(start, end);
  const m = /^[^=]*=\s*(["'])/.exec(raw);
  if (!m || raw[raw.length - 1] !== m[1]) return undefined;
  return [start + m[0].length, end - 1];
}

/** Text nodes, prose attributes, and the source offsets where a block starts or ends, in one walk of the tree. */
function collect(source: string): { segments: Segment[]; breaks: number[] } {
  const document = parse5().parse(source, { sourceCodeLocationInfo: true });
  const segments: Segment[] = [];
  const breaks: number[] = [];
  // An explicit stack: parse5 nests elements as deep as the source does.
  const stack: Node[] = [document];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === '#text' && 'value' in node) {
      const at = node.sourceCodeLocation;
      if (at) segments.push({ start: at.startOffset, end: at.endOffset, value: node.value, attribute: false });
      continue;
    }
    if (isElement(node)) {
      const at = node.sourceCodeLocation;
      if (at && BLOCK.has(node.tagName)) {
        breaks.push(at.startOffset);
        if (at.endTag) breaks.push(at.endTag.startOffset);
        // A void or unclosed block ends where its start tag does (and the text after it starts anew).
        else if (at.startTag) breaks.push(at.startTag.endOffset - 1);
      }
      for (const attr of node.attrs) {
        const where = at?.attrs?.[attr.name];
        if (!PROSE_ATTRIBUTES.has(attr.name) || !where || attr.namespace) continue;
        const range = quotedValue(source, where.startOffset, where.endOffset);
        if (range) segments.push({ start: range[0], end: range[1], value: attr.value, attribute: true });
      }
      if (SKIPPED.has(node.tagName)) continue;
    }
    const children = 'childNodes' in node ? node.childNodes : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  segments.sort((a, b) => a.start - b.start);
  breaks.sort((a, b) => a - b);
  return { segments, breaks };
}

/** Whether a block starts or ends in source [from, to). */
function breaksBetween(breaks: readonly number[], from: number, to: number): boolean {
  const first = firstAtLeast(breaks, from);
  return first < breaks.length && breaks[first]! < to;
}

/** A segment's source with its references decoded, or undefined when that is not what parse5 read. */
function decodeSegment(builder: MappedTextBuilder, source: string, segment: Segment): boolean {
  const raw = source.slice(segment.start, segment.end);
  const steps: Array<{ at: number; length: number; chars: string }> = [];
  let decoded = '';
  let cursor = 0;
  for (const m of raw.matchAll(REFERENCE)) {
    if (m.index < cursor) continue;
    const ref = reference(m[0], segment.attribute, raw[m.index + m[0].length]);
    if (!ref) continue;
    decoded += raw.slice(cursor, m.index) + ref.chars;
    steps.push({ at: segment.start + m.index, length: ref.length, chars: ref.chars });
    cursor = m.index + ref.length;
  }
  decoded += raw.slice(cursor);
  // parse5 turns CRLF and CR into LF and drops NUL in text; the view keeps the source's line breaks.
  if (decoded.replace(/\r\n?/g, '\n').replace(/\0/g, segment.attribute ? '\ufffd' : '') !== segment.value.replace(/\0/g, '')) return false;
  for (const step of steps) {
    builder.copy(step.at);
    builder.decoded(step.at + step.length, step.chars);
  }
  builder.copy(segment.end);
  return true;
}

/** `&` and `<` escaped, and a no-break space written as `&nbsp;` (visible in the source, as authors write it). */
export const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\u00a0/g, '&nbsp;');

export function htmlDocument(source: string): ProseDocument {
  const { segments, breaks } = collect(source);
  const builder = new MappedTextBuilder(source);
  const attributes: Array<[number, number]> = [];
  let previous: Segment | undefined;
  for (const segment of segments) {
    if (segment.start < builder.position) continue; // overlapping (never expected): the first one wins
    // Inline markup between two text nodes reads as nothing; a block boundary, or an attribute's edge, as a break.
    const inline = previous !== undefined && !previous.attribute && !segment.attribute && !breaksBetween(breaks, previous.end, segment.start);
    builder.markup(segment.start, inline);
    if (!decodeSegment(builder, source, segment)) {
      builder.markup(segment.end, false);
      previous = undefined;
      continue;
    }
    if (segment.attribute) attributes.push([segment.start, segment.end]);
    previous = segment;
  }
  const inAttribute = (at: number) => {
    let lo = 0;
    let hi = attributes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (attributes[mid]![0] <= at) lo = mid;
      else hi = mid - 1;
    }
    return hi >= 0 && attributes[lo]![0] <= at && at <= attributes[lo]![1];
  };
  const { view, prose } = builder.build((text, start) => {
    const escaped = escapeText(text);
    return inAttribute(start) ? escaped.replace(/"/g, '&quot;').replace(/'/g, '&#39;') : escaped;
  });
  return { format: 'html', source, prose, view };
}

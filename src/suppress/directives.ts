/**
 * Suppression comments, read per format into one shape: where a directive is and which source range it covers.
 *
 * | format | how it is written |
 * |---|---|
 * | Markdown, HTML | `<!-- canonym-disable-next-line [rule …] -->`, `<!-- canonym-disable-line [rule …] -->`, `<!-- canonym-disable [rule …] -->` … `<!-- canonym-enable [rule …] -->` (comments only: not in code) |
 * | plain text | a line that holds only the directive, bare or in an HTML comment: `canonym-disable-next-line known-variant` |
 * | WebVTT | a NOTE block: `NOTE canonym-disable-next-line known-variant` (next-line means the next cue), `NOTE canonym-disable` … `NOTE canonym-enable` |
 * | SubRip | none: any line of an .srt file is shown on screen |
 *
 * Rule ids are separated by spaces or commas; none means every rule; ` -- ` starts a reason, which is ignored.
 * In plain text the marker line stays in the file (plain text has no comments), so it is a line of its own that no
 * sentence holds and that a translator can delete before publishing; it names no name, so it is never reported.
 */
import { createRequire } from 'node:module';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { ProseDocument } from '../formats/document.ts';
import { parse5 } from '../formats/html.ts';
import { isVttMetaBlock, subtitleBlocks, cueText } from '../formats/subtitles.ts';
import { lastAtMost } from '../text/lines.ts';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named, with their source offsets; empty for every rule. */
  rules: Array<{ id: string; offset: number }>;
  /** Where the comment is in the source. */
  offset: number;
  /**
   * The source range a one-shot directive covers (`disable-next-line`, `disable-line`); for `disable` and `enable`,
   * the offset from which they hold.
   */
  from: number;
  to: number;
}

const DIRECTIVE = /^\s*canonym-(disable-next-line|disable-line|disable|enable)(?=\s|$)/;

/** The directive in one comment's text (which starts at `offset` in the source), if it is one. */
function parseDirective(text: string, offset: number): { kind: DirectiveKind; rules: Directive['rules'] } | undefined {
  const m = DIRECTIVE.exec(text);
  if (!m) return undefined;
  let rest = text.slice(m[0].length);
  const reason = /(?:^|\s)--(?:\s|$)/.exec(rest);
  if (reason) rest = rest.slice(0, reason.index);
  const rules = Array.from(rest.matchAll(/[^\s,]+/g), (r) => ({ id: r[0], offset: offset + m[0].length + r.index }));
  return { kind: m[1] as DirectiveKind, rules };
}

/** Line starts of the source (LF, CRLF, lone CR). */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (const m of source.matchAll(/\r\n?|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}

/** Comments as (text, offset of the text): the directive's position in each format's own comment syntax. */
interface Comment {
  text: string;
  textOffset: number;
  start: number;
  end: number;
}

/** Directives from comments: a one-shot directive covers the comment's own lines or the line after its end. */
function fromComments(source: string, comments: readonly Comment[]): Directive[] {
  const starts = lineStarts(source);
  const lineRange = (line: number): [number, number] => [starts[line] ?? source.length, starts[line + 1] ?? source.length];
  const out: Directive[] = [];
  for (const c of comments) {
    const parsed = parseDirective(c.text, c.textOffset);
    if (!parsed) continue;
    const first = lastAtMost(starts, c.start);
    const last = lastAtMost(starts, Math.max(c.start, c.end - 1));
    let [from, to] = [c.start, c.start];
    if (parsed.kind === 'disable-next-line') [from, to] = lineRange(last + 1);
    else if (parsed.kind === 'disable-line') [from, to] = [lineRange(first)[0], lineRange(last)[1]];
    out.push({ ...parsed, offset: c.start, from, to });
  }
  return out;
}

const HTML_COMMENT = /<!--([\s\S]*?)-->/g;

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number } };
}

/** HTML comments that Markdown reads as HTML (flow or inline), never those in code. */
function markdownComments(source: string): Comment[] {
  // Loaded only for a Markdown file that has "canonym-" in it (micromark is some 60 modules).
  const require = createRequire(import.meta.url);
  const { fromMarkdown } = require('mdast-util-from-markdown') as typeof import('mdast-util-from-markdown');
  const { frontmatterFromMarkdown } = require('mdast-util-frontmatter') as typeof import('mdast-util-frontmatter');
  const { frontmatter } = require('micromark-extension-frontmatter') as typeof import('micromark-extension-frontmatter');
  const tree = fromMarkdown(source, { extensions: [frontmatter(['yaml', 'toml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])] }) as MdNode;
  const out: Comment[] = [];
  const stack: MdNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'html' && node.value !== undefined && node.position?.start.offset !== undefined) {
      const base = node.position.start.offset;
      for (const m of node.value.matchAll(HTML_COMMENT)) {
        out.push({ text: m[1]!, textOffset: base + m.index + 4, start: base + m.index, end: base + m.index + m[0].length });
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return out.sort((a, b) => a.start - b.start);
}

function htmlComments(source: string): Comment[] {
  const out: Comment[] = [];
  const stack: DefaultTreeAdapterMap['node'][] = [parse5().parse(source, { sourceCodeLocationInfo: true })];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === '#comment' && 'data' in node && node.sourceCodeLocation) {
      const { startOffset, endOffset } = node.sourceCodeLocation;
      // The data sits after "<!--" unless the comment is malformed (then no directive is read from it).
      if (source.startsWith(`<!--${node.data}`, startOffset)) out.push({ text: node.data, textOffset: startOffset + 4, start: startOffset, end: endOffset });
    }
    // A <template>'s content is not checked (formats/html.ts), so a comment in it is no directive either: a
    // `canonym-disable` there turned every rule off to the end of the page. parse5 keeps it in `content`, not walked.
    if ('childNodes' in node) for (const child of node.childNodes) stack.push(child);
  }
  return out.sort((a, b) => a.start - b.start);
}

const TEXT_MARKER = /^[ \t]*(?:<!--(.*?)-->|(canonym-\S.*?))[ \t]*$/gm;

/** Plain text: a line that holds only a directive, bare or in an HTML comment. */
function textComments(source: string): Comment[] {
  const out: Comment[] = [];
  for (const m of source.matchAll(TEXT_MARKER)) {
    const text = m[1] ?? m[2]!;
    const textOffset = m.index + m[0].indexOf(text);
    out.push({ text, textOffset, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** WebVTT: NOTE blocks. disable-next-line covers the next cue. */
function vttDirectives(source: string): Directive[] {
  const blocks = subtitleBlocks(source, true);
  const out: Directive[] = [];
  blocks.forEach((block, i) => {
    const head = block[0]!;
    if (!/^NOTE(?:[ \t]|$)/.test(head.text)) return;
    const textOffset = head.start + 4;
    const last = block[block.length - 1]!;
    const parsed = parseDirective(source.slice(textOffset, last.end), textOffset);
    if (!parsed) return;
    let [from, to] = [head.start, head.start];
    if (parsed.kind === 'disable-next-line' || parsed.kind === 'disable-line') {
      const next = blocks.slice(i + 1).find((b, j) => !isVttMetaBlock(b, false) && cueText(b).length > 0 && j >= 0);
      [from, to] = next ? [next[0]!.start, next[next.length - 1]!.end] : [last.end, last.end];
    }
    out.push({ ...parsed, offset: head.start, from, to });
  });
  return out;
}

/** Every suppression directive of a document, in source order. */
export function directivesOf(document: ProseDocument): Directive[] {
  const { source } = document;
  if (!source.includes('canonym-')) return [];
  switch (document.format) {
    case 'markdown': return fromComments(source, markdownComments(source));
    case 'html': return fromComments(source, htmlComments(source));
    case 'text': return fromComments(source, textComments(source));
    case 'vtt': return vttDirectives(source);
    default: return [];
  }
}

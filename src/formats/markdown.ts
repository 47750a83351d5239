/**
 * Markdown through mdast (micromark): only `text` nodes are prose. Code spans, code blocks, HTML, link targets,
 * autolinks and YAML/TOML front matter are blanked.
 */
import { NestingError } from '../io/errors.ts';
import { markdownParser } from '../io/lazy-deps.ts';
import { blank, urlRanges, type ProseDocument } from './document.ts';

/** Block quotes and list items nested deeper than this are refused (markdown-it's default nesting limit is 100). */
export const MAX_MARKDOWN_NESTING = 100;

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * Where a line opens more than `max` containers (block quotes, list items), counted from its prefix: the quote
 * markers and list markers it starts with, plus half its indentation when that indentation leads to a marker
 * (a nested list's item). micromark recurses once per container and spends time per container on every line,
 * so a document 20,000 levels deep overflows the stack after seconds; this look takes one pass.
 */
export function excessiveNesting(source: string, max = MAX_MARKDOWN_NESTING): { line: number; column: number } | undefined {
  let line = 1;
  for (let start = 0; start <= source.length; line++) {
    let end = source.indexOf('\n', start);
    if (end === -1) end = source.length;
    let i = start;
    let depth = 0;
    while (i < end) {
      let indent = 0;
      while (i < end && (source[i] === ' ' || source[i] === '\t')) indent += source[i++] === '\t' ? 4 : 1;
      if (source[i] === '>') {
        depth += 1 + (indent >> 1);
        i++;
      } else {
        const m = LIST_MARKER.exec(source.slice(i, Math.min(end, i + 11)));
        if (!m) break;
        depth += 1 + (indent >> 1);
        i += m[0].length;
      }
      if (depth > max) return { line, column: i - start };
    }
    start = end + 1;
  }
  return undefined;
}

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** A document nested too deeply is refused with a NestingError (which the caller gives the file's name). */
export function markdownDocument(source: string): ProseDocument {
  const deep = excessiveNesting(source);
  if (deep) throw new NestingError(deep.line, deep.column, MAX_MARKDOWN_NESTING);
  let tree: MdNode;
  try {
    // micromark is some 60 modules: loaded with the first Markdown input, not with every run.
    const { fromMarkdown, frontmatter, frontmatterFromMarkdown, gfmAutolinkLiteral, gfmAutolinkLiteralFromMarkdown } = markdownParser();
    tree = fromMarkdown(source, {
      extensions: [frontmatter(['yaml', 'toml']), gfmAutolinkLiteral()],
      mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmAutolinkLiteralFromMarkdown()],
    }) as MdNode;
  } catch (error) {
    // Nesting of another kind than the prefix look counts; refused the same way rather than crashing.
    if (error instanceof RangeError) throw new NestingError(1, 1, MAX_MARKDOWN_NESTING);
    throw error;
  }
  const prose: Array<[number, number]> = [];
  // An explicit stack: the tree can be as deep as the nesting limit allows, and inline nesting has no limit.
  const stack: Array<[MdNode, boolean]> = [[tree, false]];
  while (stack.length) {
    const [node, insideAutolink] = stack.pop()!;
    if (node.type === 'text' && !insideAutolink) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) prose.push([start, end]);
      continue;
    }
    // A link whose text is its own address is an autolink: not prose.
    const autolink = node.type === 'link' && node.children?.length === 1 && node.children[0]?.value !== undefined &&
      (node.url === node.children[0].value || node.url?.endsWith(node.children[0].value ?? '\u0000') === true);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, insideAutolink || autolink]);
  }
  // Everything outside prose ranges is blanked.
  const outside: Array<[number, number]> = [];
  let cursor = 0;
  for (const [start, end] of prose.sort((a, b) => a[0] - b[0])) {
    if (start > cursor) outside.push([cursor, start]);
    cursor = Math.max(cursor, end);
  }
  if (cursor < source.length) outside.push([cursor, source.length]);
  const blanked = blank(source, outside);
  return { format: 'markdown', source, prose: blank(blanked, urlRanges(blanked)) };
}

/**
 * Markdown through mdast (micromark): only `text` nodes are prose. Code spans, code blocks, HTML, link targets,
 * autolinks and YAML/TOML front matter are blanked.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { blank, urlRanges, type ProseDocument } from './document.ts';

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

export function markdownDocument(source: string): ProseDocument {
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(['yaml', 'toml']), gfmAutolinkLiteral()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmAutolinkLiteralFromMarkdown()],
  }) as MdNode;
  const prose: Array<[number, number]> = [];
  const visit = (node: MdNode, insideAutolink: boolean) => {
    if (node.type === 'text' && !insideAutolink) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) prose.push([start, end]);
      return;
    }
    // A link whose text is its own address is an autolink: not prose.
    const autolink = node.type === 'link' && node.children?.length === 1 && node.children[0]?.value !== undefined &&
      (node.url === node.children[0].value || node.url?.endsWith(node.children[0].value ?? '\u0000') === true);
    for (const child of node.children ?? []) visit(child, insideAutolink || autolink);
  };
  visit(tree, false);
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

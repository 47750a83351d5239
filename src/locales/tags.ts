/**
 * Markup inside messages: react-i18next's `<0>…</0>` and `<1/>`, named components (`<link/>`, `<bold>`), plain
 * HTML (`<b>`, `<br>`), and formatjs rich-text tags. Positions are in the decoded value.
 */
export interface Tag {
  name: string;
  kind: 'open' | 'close' | 'self';
  /** The tag as compared: `<b>`, `</b>`, `<br/>` (attributes dropped; void HTML elements count as self-closing). */
  text: string;
  start: number;
  end: number;
}

const TAG = /<(\/?)([A-Za-z][\w.:-]*|\d+)(?:\s+[^<>]*?)?\s*(\/?)>/g;
const VOID = new Set(['br', 'hr', 'img', 'input', 'wbr', 'meta', 'link', 'source', 'col', 'area', 'embed', 'track']);

export function findTags(value: string): Tag[] {
  if (!value.includes('<')) return [];
  const tags: Tag[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(value); m; m = TAG.exec(value)) {
    const name = m[2]!;
    // `<link>` is void in HTML but a paired component in react-i18next; only a missing close makes it self-closing.
    const kind = m[1] ? 'close' : m[3] || (VOID.has(name.toLowerCase()) && name !== 'link') ? 'self' : 'open';
    tags.push({ name, kind, text: kind === 'close' ? `</${name}>` : kind === 'self' ? `<${name}/>` : `<${name}>`, start: m.index, end: m.index + m[0].length });
  }
  return tags;
}

/** Open tags never closed and close tags never opened, in order. */
export function unbalancedTags(tags: readonly Tag[]): Tag[] {
  const open: Tag[] = [];
  const bad: Tag[] = [];
  for (const tag of tags) {
    if (tag.kind === 'open') open.push(tag);
    else if (tag.kind === 'close') {
      const at = open.map((t) => t.name).lastIndexOf(tag.name);
      if (at === -1) bad.push(tag);
      else bad.push(...open.splice(at).slice(1)); // tags opened inside and left open
    }
  }
  return [...bad, ...open].sort((a, b) => a.start - b.start);
}

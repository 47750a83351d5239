/** A variable or reference inside a message, the unit that placeholder-mismatch compares. */
export interface Placeholder {
  /** What is compared: the variable's name, or `$t(key)` for i18next nesting. */
  name: string;
  /** As written, for messages: `{{- name}}`, `{count, plural}`, `$t(key)`. */
  text: string;
  /** In the decoded value. */
  start: number;
  end: number;
  /** i18next `{{- name}}`: inserted without HTML escaping. */
  unescaped?: boolean;
}

/** A copy of `value` with the given ranges blanked to spaces: offsets stay, markup stops looking like words. */
export function blank(value: string, ranges: Iterable<{ start: number; end: number }>): string {
  // A mask of the UTF-16 units to blank, then the text rebuilt from its runs: no array of one-character strings.
  let mask: Uint8Array | undefined;
  for (const r of ranges) {
    const start = Math.max(0, r.start);
    const end = Math.min(r.end, value.length);
    if (start >= end) continue;
    mask ??= new Uint8Array(value.length);
    mask.fill(1, start, end);
  }
  if (!mask) return value;
  let out = '';
  let i = 0;
  while (i < value.length) {
    let j = i;
    const blanked = mask[i];
    while (j < value.length && mask[j] === blanked) j++;
    out += blanked ? ' '.repeat(j - i) : value.slice(i, j);
    i = j;
  }
  return out;
}

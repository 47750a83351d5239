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
  const chars = value.split('');
  for (const r of ranges) for (let i = r.start; i < r.end && i < chars.length; i++) chars[i] = ' ';
  return chars.join('');
}

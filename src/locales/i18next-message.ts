/**
 * An i18next value's moving parts, found with i18next's own patterns (Interpolator): `{{name}}`, `{{- name}}`
 * (unescaped), `{{name, format}}`, and `$t(key, {…})` nesting. i18next trims the name, so `{{ name }}` is `name`.
 */
import { blank, type Placeholder } from './placeholder.ts';
import { findTags, type Tag } from './tags.ts';

export interface I18nextMessage {
  placeholders: Placeholder[];
  tags: Tag[];
  /** The value with placeholders, nesting and tags blanked: what the name rules and language detection read. */
  prose: string;
}

const INTERPOLATION = /\{\{(.+?)\}\}/g;
// i18next's nestingRegexp with the default $t( … ) delimiters.
const NESTING = /\$t\(((?:[^()"']|"[^"]*"|'[^']*'|\((?:[^()"']|"[^"]*"|'[^']*')*\))*?)\)/g;

// Shared by every plain message: messages are kept for the whole run and never changed.
const NO_PLACEHOLDERS: Placeholder[] = [];
const NO_TAGS: Tag[] = [];

export function parseI18next(value: string): I18nextMessage {
  const placeholders: Placeholder[] = [];
  if (value.includes('{{')) {
    INTERPOLATION.lastIndex = 0;
    for (let m = INTERPOLATION.exec(value); m; m = INTERPOLATION.exec(value)) {
      const unescaped = m[1]!.startsWith('-');
      const inner = unescaped ? m[1]!.slice(1) : m[1]!;
      const name = inner.split(',')[0]!.trim();
      placeholders.push({ name, text: m[0], start: m.index, end: m.index + m[0].length, ...(unescaped ? { unescaped } : {}) });
    }
  }
  if (value.includes('$t(')) {
    NESTING.lastIndex = 0;
    for (let m = NESTING.exec(value); m; m = NESTING.exec(value)) {
      // `$t(key, { "count": 2 })`: the key is what comes before the options.
      const key = m[1]!.replace(/,\s*\{[\s\S]*$/, '').trim();
      placeholders.push({ name: `$t(${key})`, text: m[0], start: m.index, end: m.index + m[0].length });
    }
    placeholders.sort((a, b) => a.start - b.start);
  }
  const tags = findTags(value);
  if (!placeholders.length && !tags.length) return { placeholders: NO_PLACEHOLDERS, tags: NO_TAGS, prose: value };
  return { placeholders, tags, prose: blank(value, [...placeholders, ...tags]) };
}

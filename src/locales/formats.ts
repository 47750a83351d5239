/**
 * Placeholders beyond a syntax's own: the formats other libraries and hand-written `replace()` calls use, found in
 * i18next and ICU values alike, and the project's own patterns (config `locales.placeholders`).
 *   - `{name}` in an i18next value (excalidraw's "Saved to {filename}"): compared as `{name}`, so that `{{name}}`
 *     written for it, or the reverse, is a mismatch too;
 *   - printf: `%s`, `%d`, `%1$s`, `%@` (Apple), Python's `%(name)s`, Ruby's `%{name}`.
 * A match inside a placeholder the syntax already found is not counted twice.
 */
import type { Placeholder } from './placeholder.ts';

const SINGLE_BRACE = /(?<!\{)\{([\p{L}_][\p{L}\p{N}_.-]*)\}(?!\})/gu;
// Not after a Latin letter or digit ("50%d", "x%s") and not before a Latin letter ("%default"), so that prose is
// not taken; a letter of another script may touch it (Korean "%s을", Arabic "لـ%(option)s", Japanese "約%d分").
const PRINTF = /(?<![A-Za-z0-9%])%(?:\(([\p{L}_][\p{L}\p{N}_]*)\)[-+ #0]*\d*(?:\.\d+)?[sdifrxXeEgGc]|\{([\p{L}_][\p{L}\p{N}_]*)\}|(?:\d+\$)?[-+ #0]?\d*(?:\.\d+)?(?:l{0,2}|h{0,2}|z|j|t|q|L)[sdifuxXeEgGcoap@])(?![A-Za-z])/gu;

export type PlaceholderPatterns = readonly RegExp[];

/** The project's patterns, compiled; a pattern that is not a valid regular expression throws with its text. */
export function compilePatterns(sources: readonly string[] | undefined): PlaceholderPatterns {
  return (sources ?? []).map((source) => new RegExp(source, 'gu'));
}

const overlaps = (found: readonly Placeholder[], start: number, end: number) => found.some((p) => start < p.end && end > p.start);

function scan(value: string, pattern: RegExp, found: Placeholder[], name: (m: RegExpExecArray) => string): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(value); m; m = pattern.exec(value)) {
    if (!m[0]) {
      pattern.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (!overlaps(found, start, end)) found.push({ name: name(m), text: m[0], start, end });
  }
}

/**
 * `placeholders` with the other formats' found in `value` added, in order. `singleBraces`: take `{name}` too (an
 * i18next value; in ICU it is the syntax's own argument).
 */
export function withOtherFormats(value: string, placeholders: Placeholder[], singleBraces: boolean, custom: PlaceholderPatterns): Placeholder[] {
  const hasBrace = singleBraces && value.includes('{');
  const hasPercent = value.includes('%');
  if (!hasBrace && !hasPercent && !custom.length) return placeholders;
  const found = [...placeholders];
  const before = found.length;
  for (const pattern of custom) scan(value, pattern, found, (m) => m[1] ?? m[0]);
  // printf first: Ruby's %{name} is one placeholder, not a % before an i18next {name}.
  if (hasPercent) scan(value, PRINTF, found, (m) => m[0]);
  if (hasBrace) scan(value, SINGLE_BRACE, found, (m) => m[0]);
  if (found.length === before) return placeholders;
  return found.sort((a, b) => a.start - b.start);
}

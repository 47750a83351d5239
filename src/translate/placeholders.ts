/**
 * Names out before the engine, back in after it. Each mention becomes a numbered placeholder that Apertium
 * passes through untouched: tried on the real engine (test/translate.test.ts), `{{1}}` survives every position
 * (subject, object, possessive, after a preposition), while a letter code such as `XQZ1` comes back marked
 * unknown and makes the engine capitalise the next word, and a bare number could be taken for a real one.
 * A text that already contains `{{1}}`-like strings (templates) gets the next style instead.
 */
export interface PlaceholderStyle {
  name: string;
  make(n: number): string;
  /** Global pattern with the number in group 1. */
  pattern: RegExp;
}

export const PLACEHOLDER_STYLES: readonly PlaceholderStyle[] = [
  { name: 'braces', make: (n) => `{{${n}}}`, pattern: /\{\{(\d+)\}\}/g },
  { name: 'brackets', make: (n) => `[[${n}]]`, pattern: /\[\[(\d+)\]\]/g },
  { name: 'underscores', make: (n) => `__${n}__`, pattern: /__(\d+)__/g },
];

/** The first style whose placeholders cannot be confused with anything already in the text. */
export function chooseStyle(text: string): PlaceholderStyle {
  const style = PLACEHOLDER_STYLES.find((s) => !new RegExp(s.pattern.source).test(text));
  if (!style) throw new Error(`the text contains every placeholder style (${PLACEHOLDER_STYLES.map((s) => s.make(1)).join(', ')})`);
  return style;
}

export interface Span {
  start: number;
  end: number;
}

/** Spans (sorted, not overlapping) replaced by placeholders 1, 2, 3… in order. */
export function protect(text: string, spans: readonly Span[], style: PlaceholderStyle): string {
  let out = '';
  let cursor = 0;
  spans.forEach((s, i) => {
    out += text.slice(cursor, s.start) + style.make(i + 1);
    cursor = s.end;
  });
  return out + text.slice(cursor);
}

export interface Restored {
  text: string;
  /** Numbers (1-based) of placeholders that did not come back. */
  missing: number[];
}

/** Every placeholder the engine returned becomes `fill(n)`; one it invented (no such number) is left as it is. */
export function restore(output: string, count: number, style: PlaceholderStyle, fill: (n: number) => string): Restored {
  const seen = new Set<number>();
  const text = output.replace(new RegExp(style.pattern.source, 'g'), (whole, digits: string) => {
    const n = Number(digits);
    if (n < 1 || n > count) return whole;
    seen.add(n);
    return fill(n);
  });
  const missing: number[] = [];
  for (let n = 1; n <= count; n++) if (!seen.has(n)) missing.push(n);
  return { text, missing };
}

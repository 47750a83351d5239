/**
 * Names out before the engine, back in after it. Each mention becomes a numbered placeholder that Apertium
 * passes through untouched: tried on the real engine (test/translate.test.ts), `{{1}}` survives every position
 * (subject, object, possessive, after a preposition), while a letter code such as `XQZ1` comes back marked
 * unknown and makes the engine capitalise the next word, and a bare number could be taken for a real one.
 * A text that already contains `{{1}}`-like strings (templates) gets the next style instead.
 */
import { t } from '../i18n/index.ts';
import { UserError } from '../io/errors.ts';

export interface PlaceholderStyle {
  name: string;
  make(n: number): string;
  /** Global pattern with the number in group 1. */
  pattern: RegExp;
  /**
   * Anything an engine may have made of a placeholder (spaces inside, a bracket lost, digits changed): found in
   * the output beyond the exact placeholders sent, it means the engine altered or invented one.
   */
  lookalike: RegExp;
}

export const PLACEHOLDER_STYLES: readonly PlaceholderStyle[] = [
  { name: 'braces', make: (n) => `{{${n}}}`, pattern: /\{\{(\d+)\}\}/g, lookalike: /\{\s*\{?\s*\d+\s*\}?\s*\}/g },
  { name: 'brackets', make: (n) => `[[${n}]]`, pattern: /\[\[(\d+)\]\]/g, lookalike: /\[\s*\[\s*\d+\s*\]?\s*\]|\[\s*\[?\s*\d+\s*\]\s*\]/g },
  { name: 'underscores', make: (n) => `__${n}__`, pattern: /__(\d+)__/g, lookalike: /_\s*_\s*\d+\s*_\s*_?|_?\s*_\s*\d+\s*_\s*_/g },
];

/** The first style whose placeholders (and their lookalikes) cannot be confused with anything already in the text. */
export function chooseStyle(text: string): PlaceholderStyle {
  const style = PLACEHOLDER_STYLES.find((s) => !new RegExp(s.pattern.source).test(text) && !new RegExp(s.lookalike.source).test(text));
  if (!style) throw new UserError(t('cli.translate.error.all-styles', { styles: PLACEHOLDER_STYLES.map((s) => s.make(1)).join(', ') }));
  return style;
}

export interface Audit {
  /** Numbers sent that did not come back. */
  missing: number[];
  /** Numbers that came back more than once. */
  repeated: number[];
  /** Placeholder-like strings in the output that canonym did not send (`{{99}}`, `{{ 1 }}`). */
  invented: string[];
}

/** Whether every placeholder 1…count came back exactly once and nothing else in the output looks like one. */
export function audit(output: string, count: number, style: PlaceholderStyle): Audit {
  const seen = new Map<number, number>();
  const invented: string[] = [];
  const exact = new RegExp(`^(?:${style.pattern.source})$`);
  for (const m of output.matchAll(new RegExp(style.lookalike.source, 'g'))) {
    const whole = m[0];
    const number = exact.exec(whole);
    const n = number ? Number(number[1]) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= count && whole === style.make(n)) seen.set(n, (seen.get(n) ?? 0) + 1);
    else invented.push(whole);
  }
  const missing: number[] = [];
  const repeated: number[] = [];
  for (let n = 1; n <= count; n++) {
    const times = seen.get(n) ?? 0;
    if (times === 0) missing.push(n);
    else if (times > 1) repeated.push(n);
  }
  return { missing, repeated, invented };
}

export const auditPassed = (a: Audit) => !a.missing.length && !a.repeated.length && !a.invented.length;

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

/**
 * Applying fixes in one place (ESLint's model): sort, drop duplicates, refuse overlaps, splice once.
 * Nothing outside the reported spans changes, and a fix is never applied inside its own result.
 */
import type { Diagnostic, Fix } from '../diagnostic.ts';

export interface FixResult {
  output: string;
  applied: Diagnostic[];
  /** Fixes left out because they overlapped an earlier one with a different replacement. */
  conflicts: Diagnostic[];
}

export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): FixResult {
  const withFix = diagnostics.filter((d): d is Diagnostic & { fix: Fix } => d.fix !== null);
  withFix.sort((a, b) => a.fix.offset - b.fix.offset || b.fix.length - a.fix.length);
  const applied: Diagnostic[] = [];
  const conflicts: Diagnostic[] = [];
  const chosen: Fix[] = [];
  for (const d of withFix) {
    const last = chosen[chosen.length - 1];
    if (last && d.fix.offset < last.offset + last.length) {
      const same = d.fix.offset === last.offset && d.fix.length === last.length && d.fix.text === last.text;
      (same ? applied : conflicts).push(d);
      continue;
    }
    chosen.push(d.fix);
    applied.push(d);
  }
  let output = '';
  let cursor = 0;
  for (const f of chosen) {
    output += text.slice(cursor, f.offset) + f.text;
    cursor = f.offset + f.length;
  }
  output += text.slice(cursor);
  return { output, applied, conflicts };
}

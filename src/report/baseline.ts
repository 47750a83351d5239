/**
 * A baseline: problems recorded once, by a key that survives edits around them, and hidden from later reports.
 * `canonym check` and `canonym locales` key problems differently (src/cli/baseline.ts, src/locales/baseline.ts);
 * taking them away is the same.
 */
import type { Diagnostic } from '../diagnostic.ts';
import type { FileReport } from './types.ts';

/**
 * The reports without the problems the baseline lists, each listed key taken as often as it is listed (a repeat
 * beyond the recorded count is new), and how many were hidden.
 */
export function withoutBaseline(reports: readonly FileReport[], problems: readonly string[], keyOf: (path: string, d: Diagnostic) => string): { reports: FileReport[]; hidden: number } {
  const left = new Map<string, number>();
  for (const p of problems) left.set(p, (left.get(p) ?? 0) + 1);
  let hidden = 0;
  const out = reports.map((r) => ({
    ...r,
    diagnostics: r.diagnostics.filter((d) => {
      const key = keyOf(r.path, d);
      const n = left.get(key) ?? 0;
      if (!n) return true;
      left.set(key, n - 1);
      hidden++;
      return false;
    }),
  }));
  return { reports: out, hidden };
}

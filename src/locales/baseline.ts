/**
 * A baseline for CI (`--write-baseline`, then `--baseline`): the problems a tree has today, so that only new ones
 * are reported and fail the build. A problem is known by its file (relative to the tree), rule, key and the text
 * it points at, not by its line, so that editing elsewhere in the file does not make old problems new. Written
 * sorted, one problem a line, so that its diff in review shows what was fixed or accepted.
 */
import { relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import { withoutBaseline } from '../report/baseline.ts';
import type { FileReport } from '../report/types.ts';

export interface Baseline {
  version: 1;
  problems: string[];
}

/** The key a locale message is about: every locale message starts with "key: " (French "key : "). */
function keyOf(message: string): string {
  const cut = message.indexOf(':');
  return cut > 0 ? message.slice(0, cut).trim() : '';
}

export function fingerprint(dir: string, path: string, d: Diagnostic): string {
  return [relative(dir, path).split(sep).join('/'), d.ruleId, keyOf(d.message), d.found].join('\t');
}

export function writeBaseline(dir: string, reports: readonly FileReport[]): string {
  const problems = reports.flatMap((r) => r.diagnostics.map((d) => fingerprint(dir, r.path, d))).sort();
  return `${JSON.stringify({ version: 1, problems } satisfies Baseline, null, 1)}\n`;
}

export function parseBaseline(text: string): Baseline | undefined {
  try {
    const data = JSON.parse(text) as Partial<Baseline>;
    if (data.version !== 1 || !Array.isArray(data.problems) || !data.problems.every((p) => typeof p === 'string')) return undefined;
    return { version: 1, problems: data.problems };
  } catch {
    return undefined;
  }
}

/** The reports without the problems the baseline lists (each listed once is taken once), and how many were hidden. */
export function applyBaseline(dir: string, reports: readonly FileReport[], baseline: Baseline): { reports: FileReport[]; hidden: number } {
  return withoutBaseline(reports, baseline.problems, (path, d) => fingerprint(dir, path, d));
}

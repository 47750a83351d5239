/**
 * A baseline for `check` in CI (`--write-baseline`, then `--baseline`): the problems the texts have today, so that
 * only new ones are reported and fail the build. A problem is known by its file (relative to the baseline file's
 * folder, so that the baseline works from any working folder), its rule, its entity and the text it points at;
 * not by its line or column, so that editing elsewhere in the file does not make old problems new. The same
 * problem twice in a file is listed twice: a third occurrence is new. Written sorted, one problem a line, so
 * that its diff in review shows what was fixed or accepted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import { t } from '../i18n/index.ts';
import { fileError, UserError } from '../io/errors.ts';
import { withoutBaseline } from '../report/baseline.ts';
import type { FileReport } from '../report/types.ts';

export const DEFAULT_CHECK_BASELINE = '.canonym-baseline.json';

export interface CheckBaseline {
  version: 1;
  tool: 'canonym check';
  problems: string[];
}

function relativePath(baselineFile: string, path: string): string {
  if (path === '-') return '-';
  return relative(dirname(resolve(baselineFile)), resolve(path)).split(sep).join('/');
}

export function problemKey(baselineFile: string, path: string, d: Diagnostic): string {
  return [relativePath(baselineFile, path), d.ruleId, d.entity ?? '', d.found].join('\t');
}

export function baselineText(baselineFile: string, reports: readonly FileReport[]): string {
  const problems = reports.flatMap((r) => r.diagnostics.map((d) => problemKey(baselineFile, r.path, d))).sort();
  return `${JSON.stringify({ version: 1, tool: 'canonym check', problems } satisfies CheckBaseline, null, 1)}\n`;
}

/** Writes the baseline; returns how many problems it lists. */
export function writeCheckBaseline(file: string, reports: readonly FileReport[]): number {
  try {
    writeFileSync(file, baselineText(file, reports));
  } catch (error) {
    throw fileError(error, file, 'write');
  }
  return reports.reduce((n, r) => n + r.diagnostics.length, 0);
}

export function readCheckBaseline(file: string): CheckBaseline {
  let data: Partial<CheckBaseline>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CheckBaseline>;
  } catch {
    throw new UserError(t('cli.check.baseline-unreadable', { file }));
  }
  if (data?.version !== 1 || data.tool !== 'canonym check' || !Array.isArray(data.problems) || !data.problems.every((p) => typeof p === 'string')) {
    throw new UserError(t('cli.check.baseline-unreadable', { file }));
  }
  return { version: 1, tool: 'canonym check', problems: data.problems };
}

/** The reports without the problems the baseline lists (each listed once is taken once), and how many were hidden. */
export function applyCheckBaseline(file: string, reports: readonly FileReport[], baseline: CheckBaseline): { reports: FileReport[]; hidden: number } {
  return withoutBaseline(reports, baseline.problems, (path, d) => problemKey(file, path, d));
}

/** Option values parsed strictly: a value that does not say what it means is refused, never read as something else. */
import type { Command } from 'commander';
import { t } from '../i18n/index.ts';
import { UserError } from '../io/errors.ts';
import { loadIgnoreRules, type IgnoreRules } from '../io/walk.ts';

export { parseSize } from '../io/read.ts';

/** `--timeout`: seconds, a number greater than zero (`1.5` allowed; `1e3`, `10s`, `abc` refused). */
export function parseSeconds(value: string): number {
  const seconds = /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!(seconds > 0) || seconds > 2_000_000) throw new UserError(t('cli.translate.error.bad-timeout', { value }));
  return seconds;
}

/** `--jobs`: a whole number of worker threads from 1 to 256. */
export function parseJobs(value: string): number {
  const jobs = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= 256)) throw new UserError(t('cli.check.error.bad-jobs', { value }));
  return jobs;
}

/** `--max-warnings`: a whole number of warnings, 0 or more. */
export function parseMaxWarnings(value: string): number {
  const max = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(max)) throw new UserError(t('locales.error.max-warnings', { value }));
  return max;
}

/** The walk options of `check`, `fix` and `names`: `--ignore-path <file>` and `--no-ignore` (Commander's `ignore: false`). */
export interface IgnoreCliOptions {
  ignorePath?: string;
  /** false with --no-ignore. */
  ignore?: boolean;
}

export function addIgnoreOptions(cmd: Command): Command {
  return cmd
    .option('--ignore-path <file>', t('cli.option.ignore-path'))
    .option('--no-ignore', t('cli.option.no-ignore'));
}

/** `.canonymignore` (or --ignore-path), unless --no-ignore. */
export function ignoreRulesOf(options: IgnoreCliOptions): IgnoreRules | undefined {
  return loadIgnoreRules({ ...(options.ignorePath !== undefined ? { ignorePath: options.ignorePath } : {}), noIgnore: options.ignore === false });
}

/** Option values parsed strictly: a value that does not say what it means is refused, never read as something else. */
import { t } from '../i18n/index.ts';
import { UserError } from '../io/errors.ts';

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

import { createTwoFilesPatch } from 'diff';
import { applyFixes } from '../../fix/apply.ts';
import { t } from '../../i18n/index.ts';
import { UserError } from '../../io/errors.ts';
import { encode } from '../../io/read.ts';
import { writeFileSafely } from '../../io/write.ts';
import { readInput } from '../inputs.ts';
import type { CommonOptions, Workspace } from '../workspace.ts';

export interface FixCommandOptions extends CommonOptions {
  write?: boolean;
  diff?: boolean;
}

export async function runFix(ws: Workspace, input: string, options: FixCommandOptions): Promise<number> {
  if (options.write && input === '-') throw new UserError(t('cli.fix.error.write-stdin'));
  const file = await readInput(input, options.maxSize);
  const result = ws.analyse(input, file.text);
  const fixed = applyFixes(file.text, result.diagnostics);
  if (options.write) {
    if (fixed.output !== file.text) writeFileSafely(input, encode(fixed.output, file.encoding), file.identity ? { expect: file.identity } : {});
  } else if (options.diff) {
    process.stdout.write(createTwoFilesPatch(file.path, file.path, file.text, fixed.output, '', '', { context: 2 }));
  } else {
    process.stdout.write(fixed.output);
  }
  const names = new Set(fixed.applied.map((d) => `${d.offset}:${d.length}`)).size;
  const summary = t(options.write ? 'cli.fix.summary-written' : 'cli.fix.summary', { path: file.path, locale: result.locale, names });
  const conflicts = fixed.conflicts.length ? `, ${t('cli.fix.conflicts', { count: fixed.conflicts.length })}` : '';
  process.stderr.write(`${summary}${conflicts}\n`);
  const unfixed = result.diagnostics.filter((d) => d.severity === 'error' && !d.fix);
  return unfixed.length ? 1 : 0;
}

import { createTwoFilesPatch } from 'diff';
import type { Diagnostic } from '../../diagnostic.ts';
import { applyFixes, type FixResult } from '../../fix/apply.ts';
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

/** As ESLint does: at most this many passes, each over the text the one before wrote. */
export const MAX_FIX_PASSES = 10;

/**
 * Fixes applied until the text is stable, so that fixing a fixed text changes nothing: one fix can show another
 * (a name written in the locale's form makes a second mention inconsistent with it). `diagnose` checks a text;
 * the last diagnostics are those of the output.
 */
export function fixUntilStable(text: string, diagnose: (text: string) => Diagnostic[]): FixResult & { diagnostics: Diagnostic[]; passes: number } {
  let output = text;
  let diagnostics = diagnose(text);
  const applied: Diagnostic[] = [];
  const conflicts: Diagnostic[] = [];
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const pass = applyFixes(output, diagnostics);
    if (pass.output === output) break;
    passes++;
    applied.push(...pass.applied);
    if (passes === 1) conflicts.push(...pass.conflicts);
    output = pass.output;
    diagnostics = diagnose(output);
  }
  return { output, applied, conflicts, diagnostics, passes };
}

export async function runFix(ws: Workspace, input: string, options: FixCommandOptions): Promise<number> {
  if (options.write && input === '-') throw new UserError(t('cli.fix.error.write-stdin'));
  const file = await readInput(input, options.maxSize);
  const first = ws.analyse(input, file.text);
  const fixed = fixUntilStable(file.text, (text) => (text === file.text ? first : ws.analyse(input, text)).diagnostics);
  if (options.write) {
    if (fixed.output !== file.text) writeFileSafely(input, encode(fixed.output, file.encoding), file.identity ? { expect: file.identity } : {});
  } else if (options.diff) {
    process.stdout.write(createTwoFilesPatch(file.path, file.path, file.text, fixed.output, '', '', { context: 2 }));
  } else {
    process.stdout.write(fixed.output);
  }
  const names = new Set(fixed.applied.map((d) => `${d.offset}:${d.length}`)).size;
  const summary = t(options.write ? 'cli.fix.summary-written' : 'cli.fix.summary', { path: file.path, locale: first.locale, names });
  const conflicts = fixed.conflicts.length ? `, ${t('cli.fix.conflicts', { count: fixed.conflicts.length })}` : '';
  process.stderr.write(`${summary}${conflicts}\n`);
  // What the output still has: errors no fix repairs (and, after the last pass, any fix that did not settle).
  const unfixed = fixed.diagnostics.filter((d) => d.severity === 'error' && (!d.fix || fixed.passes === MAX_FIX_PASSES));
  return unfixed.length ? 1 : 0;
}

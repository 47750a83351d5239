import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { Diagnostic } from '../../diagnostic.ts';
import { applyFixes, type FixResult } from '../../fix/apply.ts';
import { t } from '../../i18n/index.ts';
import { UserError } from '../../io/errors.ts';
import { encode } from '../../io/read.ts';
import { writeFileSafely } from '../../io/write.ts';
import { isDocx } from '../../formats/docx.ts';
import { expandInputs, readInput, writeNotes, writeUnreadable } from '../inputs.ts';
import { ignoreRulesOf, type IgnoreCliOptions } from '../options.ts';
import type { CommonOptions, Workspace } from '../workspace.ts';

export interface FixCommandOptions extends CommonOptions, IgnoreCliOptions {
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

/**
 * `fix` over one input or many (files and folders, walked as `check` walks them, `.canonymignore` honoured).
 * Several inputs need --write (each file written atomically) or --diff (one patch after another). A file that
 * cannot be read or written is reported and the others are still fixed (exit 2); exit 1 when errors are left
 * that no fix repairs.
 */
export async function runFix(ws: Workspace, inputs: string[], options: FixCommandOptions): Promise<number> {
  if (options.write && inputs.includes('-')) throw new UserError(t('cli.fix.error.write-stdin'));
  const expanded = expandInputs(inputs, ignoreRulesOf(options));
  const { notes } = expanded;
  writeNotes(notes);
  // A file named twice (given, and inside a folder given) is fixed once.
  const seen = new Set<string>();
  const paths = expanded.paths.filter((p) => p === '-' || (!seen.has(resolve(p)) && Boolean(seen.add(resolve(p)))));
  // Everything named was ignored (.canonymignore): nothing to fix.
  if (!paths.length) return notes.some((n) => n.unread) ? 2 : 0;
  const single = inputs.length === 1 && paths.length === 1 && paths[0] === inputs[0];
  if (!single && !options.write && !options.diff) throw new UserError(t('cli.fix.error.several-inputs'));
  let failed = notes.some((n) => n.unread);
  let unfixed = false;
  let changedFiles = 0;
  let fixedNames = 0;
  for (const path of paths) {
    try {
      const outcome = await fixOne(ws, path, options, single);
      if (outcome.changed) changedFiles++;
      fixedNames += outcome.names;
      unfixed ||= outcome.unfixed;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      writeUnreadable(error.message);
      failed = true;
    }
  }
  if (!single) process.stderr.write(`${t(options.write ? 'cli.fix.summary-files-written' : 'cli.fix.summary-files', { files: changedFiles, total: paths.length, names: fixedNames })}\n`);
  return failed ? 2 : unfixed ? 1 : 0;
}

/** Fixes one input; the per-file line on stderr always for one input, and for several only when it changed. */
async function fixOne(ws: Workspace, input: string, options: FixCommandOptions, single: boolean): Promise<{ changed: boolean; names: number; unfixed: boolean }> {
  if (isDocx(input)) throw new UserError(t('cli.fix.error.docx', { path: input }));
  const file = await readInput(input, options.maxSize);
  const first = ws.analyse(input, file.text);
  const fixed = fixUntilStable(file.text, (text) => (text === file.text ? first : ws.analyse(input, text)).diagnostics);
  if (options.write) {
    if (fixed.output !== file.text) writeFileSafely(input, encode(fixed.output, file.encoding), file.identity ? { expect: file.identity } : {});
  } else if (options.diff) {
    if (single || fixed.output !== file.text) process.stdout.write(createTwoFilesPatch(file.path, file.path, file.text, fixed.output, '', '', { context: 2 }));
  } else {
    process.stdout.write(fixed.output);
  }
  const names = new Set(fixed.applied.map((d) => `${d.offset}:${d.length}`)).size;
  if (single || fixed.output !== file.text || fixed.conflicts.length) {
    const summary = t(options.write ? 'cli.fix.summary-written' : 'cli.fix.summary', { path: file.path, locale: first.locale, names });
    const conflicts = fixed.conflicts.length ? `, ${t('cli.fix.conflicts', { count: fixed.conflicts.length })}` : '';
    process.stderr.write(`${summary}${conflicts}\n`);
  }
  // What the output still has: errors no fix repairs (and, after the last pass, any fix that did not settle).
  const unfixed = fixed.diagnostics.filter((d) => d.severity === 'error' && (!d.fix || fixed.passes === MAX_FIX_PASSES));
  return { changed: fixed.output !== file.text, names, unfixed: unfixed.length > 0 };
}

/** `canonym translate`: machine translation that leaves names alone, then spells them as the target locale does. */
import pc from 'picocolors';
import { formatFor } from '../../formats/index.ts';
import { isKnownLocale } from '../../glossary/validate.ts';
import { UserError } from '../../io/errors.ts';
import { formatStylish } from '../../report/stylish.ts';
import { LineIndex } from '../../text/lines.ts';
import { createEngine } from '../../translate/engines.ts';
import { translate, type TranslatedName, type TranslationResult } from '../../translate/translate.ts';
import { readInput } from '../inputs.ts';
import type { CommonOptions, Workspace } from '../workspace.ts';

export interface TranslateCommandOptions extends CommonOptions {
  from: string;
  to: string;
  engine?: string;
  engineUrl?: string;
}

function report(path: string, result: TranslationResult, lines: LineIndex): string {
  const out: string[] = [];
  const nominative = result.names.filter((n) => n.nominative);
  const parts = [`${result.names.length} ${result.names.length === 1 ? 'name' : 'names'} kept out of the engine and written in ${result.to}`];
  if (nominative.length) parts.push(`${nominative.length} in the nominative (check the case)`);
  if (result.kept.length) parts.push(pc.red(`${result.kept.length} with no ${result.to} form, written as in ${result.from}`));
  if (result.lost.length) parts.push(pc.red(`${result.lost.length} dropped by the engine`));
  out.push(`${path} (${result.from} → ${result.to}, ${result.engine}): ${parts.join(', ')}`);
  const row = (n: TranslatedName, text: string) => {
    const { line, column } = lines.position(n.start);
    return { at: n.start, text: `  ${pc.dim(`${line}:${column}`.padEnd(8))} ${text}` };
  };
  const rows = [
    ...result.kept.map((n) => row(n, `${pc.red('kept   ')} "${n.found}": the glossary has no ${result.to} form for ${n.entity}`)),
    ...result.lost.map((n) => row(n, `${pc.red('lost   ')} "${n.found}": the engine dropped its placeholder ${n.placeholder}`)),
    ...nominative.map((n) => row(n, `${pc.yellow('case   ')} "${n.found}" → "${n.written}" (nominative: ${n.nominative === 'case-unknown' ? `${result.from} does not show the case` : 'no paradigm for this name'})`)),
  ].sort((a, b) => a.at - b.at);
  for (const r of rows) out.push(r.text);
  // The engine's unknown words: what it could not translate, often a name the glossary lacks.
  const unknown = result.engineMarks.filter((m) => m.kind === 'unknown').map((m) => m.word);
  if (unknown.length) out.push(pc.dim(`  unknown to ${result.engine}: ${unknown.join(', ')}`));
  const failed = result.engineMarks.filter((m) => m.kind !== 'unknown');
  if (failed.length) out.push(pc.dim(`  ${result.engine} could not generate or transfer: ${failed.map((m) => m.word).join(', ')}`));
  return out.join('\n') + '\n';
}

/**
 * The translation goes to standard output, the report to standard error. Exit code 1 when a name could not be
 * written in the target's form, the engine dropped one, or the checker finds an error in the translation.
 */
export async function runTranslate(ws: Workspace, input: string, options: TranslateCommandOptions): Promise<number> {
  for (const l of [options.from, options.to]) {
    if (!l || !isKnownLocale(l)) throw new UserError(`translate needs --from and --to as BCP 47 language codes (e.g. --from en --to es); got "${l ?? ''}"`);
  }
  const engine = createEngine(options.engine, options.engineUrl);
  const file = await readInput(input, options.maxSize);
  const result = await translate(file.text, { from: options.from, to: options.to, engine, index: ws.index, format: formatFor(input) });
  process.stdout.write(result.text);
  process.stderr.write(report(file.path, result, new LineIndex(file.text)));
  if (result.diagnostics.length) {
    process.stderr.write(formatStylish([{ path: `${file.path} (translation)`, locale: result.to, diagnostics: result.diagnostics }]));
  }
  const errors = result.diagnostics.some((d) => d.severity === 'error');
  return result.kept.length || result.lost.length || errors ? 1 : 0;
}

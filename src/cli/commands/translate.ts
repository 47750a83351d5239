/** `canonym translate`: machine translation that leaves names alone, then spells them as the target locale does. */
import { colorEnabled, stderrColors as pc } from '../../report/color.ts';
import { formatFor } from '../../formats/index.ts';
import { isKnownLocale } from '../../glossary/validate.ts';
import { t } from '../../i18n/index.ts';
import { NestingError, UserError } from '../../io/errors.ts';
import { formatStylish } from '../../report/stylish.ts';
import { LineIndex } from '../../text/lines.ts';
import { createEngine } from '../../translate/engines.ts';
import { chooseStyle } from '../../translate/placeholders.ts';
import { translate, type TranslatedName, type TranslationResult, type UntranslatedSegment } from '../../translate/translate.ts';
import { readInput } from '../inputs.ts';
import { rowLabels } from './localize.ts';
import type { CommonOptions, Workspace } from '../workspace.ts';

export interface TranslateCommandOptions extends CommonOptions {
  from: string;
  to: string;
  engine?: string;
  engineUrl?: string;
  /** Seconds the engine may take for one request before it is stopped. */
  timeout?: number;
}

function untranslatedReason(u: UntranslatedSegment, style: (n: number) => string): string {
  const reasons: string[] = [];
  if (u.audit.missing.length) reasons.push(t('cli.translate.reason.missing', { placeholders: u.audit.missing.map(style).join(', ') }));
  if (u.audit.repeated.length) reasons.push(t('cli.translate.reason.repeated', { placeholders: u.audit.repeated.map(style).join(', ') }));
  if (u.audit.invented.length) reasons.push(t('cli.translate.reason.invented', { placeholders: [...new Set(u.audit.invented)].join(', ') }));
  return reasons.join('; ');
}

function report(path: string, result: TranslationResult, lines: LineIndex, source: string): string {
  const out: string[] = [];
  const nominative = result.names.filter((n) => n.nominative);
  const parts = [t('cli.translate.summary.names', { count: result.names.length, to: result.to })];
  if (nominative.length) parts.push(t('cli.names-report.nominative-count', { count: nominative.length }));
  if (result.kept.length) parts.push(pc.red(t('cli.translate.summary.kept', { count: result.kept.length, to: result.to, from: result.from })));
  if (result.lost.length) parts.push(pc.red(t('cli.translate.summary.lost', { count: result.lost.length })));
  if (result.untranslated.length) parts.push(pc.red(t('cli.translate.summary.untranslated', { count: result.untranslated.length })));
  out.push(t('cli.translate.summary', { path, from: result.from, to: result.to, engine: result.engine, parts: parts.join(', ') }));
  const labels = rowLabels();
  const row = (n: TranslatedName, text: string) => {
    const { line, column } = lines.position(n.start);
    return { at: n.start, text: `  ${pc.dim(`${line}:${column}`.padEnd(8))} ${text}` };
  };
  const rows = [
    ...result.kept.map((n) => row(n, `${pc.red(labels.kept)} ${t('cli.names-report.kept', { found: n.found, locale: result.to, entity: n.entity })}`)),
    ...result.lost.map((n) => row(n, `${pc.red(labels.lost)} ${t('cli.translate.lost', { found: n.found, placeholder: n.placeholder })}`)),
    ...nominative.map((n) => row(n, `${pc.yellow(labels.case)} ${t('cli.names-report.case', {
      found: n.found,
      written: n.written,
      note: n.nominative === 'case-unknown' ? t('cli.translate.nominative.case-unknown', { from: result.from }) : t('cli.names-report.nominative.no-paradigm'),
    })}`)),
    ...result.untranslated.map((u) => {
      const { line, column } = lines.position(u.start);
      const style = chooseStyle(source);
      return { at: u.start, text: `  ${pc.dim(`${line}:${column}`.padEnd(8))} ${pc.red(labels.untranslated)} ${t('cli.translate.untranslated', { reason: untranslatedReason(u, (n) => style.make(n)) })}` };
    }),
  ].sort((a, b) => a.at - b.at);
  for (const r of rows) out.push(r.text);
  // The engine's unknown words: what it could not translate, often a name the glossary lacks.
  const unknown = result.engineMarks.filter((m) => m.kind === 'unknown').map((m) => m.word);
  if (unknown.length) out.push(pc.dim(`  ${t('cli.translate.unknown-words', { engine: result.engine, words: unknown.join(', ') })}`));
  const failed = result.engineMarks.filter((m) => m.kind !== 'unknown');
  if (failed.length) out.push(pc.dim(`  ${t('cli.translate.failed-words', { engine: result.engine, words: failed.map((m) => m.word).join(', ') })}`));
  return out.join('\n') + '\n';
}

/**
 * The translation goes to standard output, the report to standard error. Exit code 1 when a name could not be
 * written in the target's form, the engine dropped one, or the checker finds an error in the translation.
 */
export async function runTranslate(ws: Workspace, input: string, options: TranslateCommandOptions): Promise<number> {
  for (const l of [options.from, options.to]) {
    if (!l || !isKnownLocale(l)) throw new UserError(t('cli.translate.error.locales', { value: l ?? '' }));
  }
  const engine = createEngine(options.engine, options.engineUrl, options.timeout !== undefined ? options.timeout * 1000 : undefined);
  const file = await readInput(input, options.maxSize);
  let result: TranslationResult;
  try {
    result = await translate(file.text, { from: options.from, to: options.to, engine, index: ws.index, format: formatFor(input) });
  } catch (error) {
    if (error instanceof NestingError) throw error.at(file.path);
    throw error;
  }
  process.stdout.write(result.text);
  process.stderr.write(report(file.path, result, new LineIndex(file.text), file.text));
  if (result.diagnostics.length) {
    process.stderr.write(formatStylish([{ path: t('cli.translate.translation-path', { path: file.path }), locale: result.to, diagnostics: result.diagnostics }], colorEnabled(process.stderr)));
  }
  const errors = result.diagnostics.some((d) => d.severity === 'error');
  return result.kept.length || result.lost.length || result.untranslated.length || errors ? 1 : 0;
}

/** `canonym localize`: one version of a text per target locale, names written as each locale writes them. */
import { mkdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { stderrColors as pc } from '../../report/color.ts';
import { detectLocale } from '../../detect/language.ts';
import { readBilingual, type BilingualFormat } from '../../formats/bilingual/document.ts';
import { formatFor, readDocument } from '../../formats/index.ts';
import { isKnownLocale } from '../../glossary/validate.ts';
import { languageName, t } from '../../i18n/index.ts';
import { fileError, naming, UserError } from '../../io/errors.ts';
import { encode } from '../../io/read.ts';
import { writeFileSafely, writeOutputFile } from '../../io/write.ts';
import { fillBilingual, type FillResult } from '../../localize/bilingual.ts';
import { localizeMentions, mentionsOf, type LocalizedText } from '../../localize/localize.ts';
import type { NominativeReason } from '../../localize/target-form.ts';
import { LineIndex } from '../../text/lines.ts';
import { readInput } from '../inputs.ts';
import type { CommonOptions, Workspace } from '../workspace.ts';

export interface LocalizeCommandOptions extends CommonOptions {
  /** Required for a monolingual text; a bilingual file has its own target locale. */
  to?: string[];
  from?: string;
  out?: string;
  /** Replace an output file that exists with other content (a hand edit is otherwise never overwritten). */
  force?: boolean;
  /** Bilingual files: fill the empty targets in place. */
  write?: boolean;
  /** Bilingual files: count what would be filled, write nothing. */
  dryRun?: boolean;
}

/** Target locales from repeated and comma-separated --to values (`--to de,fr --to pl`). */
export function parseTargets(values: readonly string[]): string[] {
  const targets = [...new Set(values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
  if (!targets.length) throw new UserError(t('cli.localize.error.no-targets'));
  for (const locale of targets) if (!isKnownLocale(locale)) throw new UserError(t('cli.error.unknown-locale', { locale }));
  return targets;
}

/** `article.md` → `article.de.md`; a name that already carries the source locale loses it (`article.en.md` → `article.de.md`). */
export function outputName(input: string, from: string, to: string): string {
  const ext = input === '-' ? '.txt' : extname(input);
  let stem = input === '-' ? 'stdin' : basename(input, ext);
  if (extname(stem).slice(1).toLowerCase() === from.toLowerCase()) stem = stem.slice(0, -(from.length + 1));
  return `${stem}.${to}${ext}`;
}

/** The row labels of the localize and translate reports ("kept", "case", "lost"), padded to one width. */
export function rowLabels(): { kept: string; case: string; lost: string; untranslated: string } {
  const labels = { kept: t('cli.names-report.label.kept'), case: t('cli.names-report.label.case'), lost: t('cli.names-report.label.lost'), untranslated: t('cli.names-report.label.untranslated') };
  const width = Math.max(7, ...Object.values(labels).map((l) => l.length));
  return { kept: labels.kept.padEnd(width), case: labels.case.padEnd(width), lost: labels.lost.padEnd(width), untranslated: labels.untranslated.padEnd(width) };
}

function nominativeNote(reason: NominativeReason, from: string): string {
  return reason === 'case-unknown' ? t('cli.localize.nominative.case-unknown', { language: languageName(from) }) : t('cli.names-report.nominative.no-paradigm');
}

function report(label: string, result: LocalizedText, from: string, lines: LineIndex): string {
  const nominative = result.names.filter((n) => n.nominative);
  const parts = [t('cli.localize.summary.names', { count: result.names.length })];
  if (nominative.length) parts.push(t('cli.names-report.nominative-count', { count: nominative.length }));
  if (result.kept.length) parts.push(pc.red(t('cli.localize.summary.kept', { count: result.kept.length, locale: result.locale })));
  const out = [t('cli.localize.summary', { label, parts: parts.join(', ') })];
  const labels = rowLabels();
  const rows = [
    ...result.kept.map((k) => ({ at: k.start, text: `${pc.red(labels.kept)} ${t('cli.names-report.kept', { found: k.found, locale: result.locale, entity: k.entity })}` })),
    ...nominative.map((n) => ({ at: n.start, text: `${pc.yellow(labels.case)} ${t('cli.names-report.case', { found: n.found, written: n.written, note: nominativeNote(n.nominative!, from) })}` })),
  ].sort((a, b) => a.at - b.at);
  for (const row of rows) {
    const { line, column } = lines.position(row.at);
    out.push(`  ${pc.dim(`${line}:${column}`.padEnd(8))} ${row.text}`);
  }
  return out.join('\n') + '\n';
}

/** Exit code 1 when a name had to be left as the source spells it, as `fix` does for errors it cannot repair. */
export async function runLocalize(ws: Workspace, input: string, options: LocalizeCommandOptions): Promise<number> {
  const format = formatFor(input);
  if (format === 'xliff' || format === 'po' || format === 'csv' || format === 'tsv') return runFill(ws, input, format, options);
  for (const [given, option] of [[options.write, '--write'], [options.dryRun, '--dry-run']] as const) {
    if (given) throw new UserError(t('cli.localize.error.bilingual-only', { option }));
  }
  const targets = parseTargets(options.to ?? []);
  if (targets.length > 1 && !options.out && input === '-') {
    throw new UserError(t('cli.localize.error.stdin-targets'));
  }
  const file = await readInput(input, options.maxSize);
  let from = options.from ?? ws.locale;
  let assumed = false;
  if (from && !isKnownLocale(from)) throw new UserError(t('cli.error.unknown-locale', { locale: from }));
  if (!from) {
    from = detectLocale(naming(file.path, () => readDocument(file.text, format)).prose, ws.glossaryLocales);
    assumed = from === undefined;
    from ??= 'en';
  }
  const mentions = naming(file.path, () => mentionsOf(file.text, from, ws.index, format));
  const lines = new LineIndex(file.text);
  const toStdout = targets.length === 1 && !options.out;
  if (options.out) {
    try {
      mkdirSync(options.out, { recursive: true });
    } catch (error) {
      throw fileError(error, options.out, 'write');
    }
  }
  let kept = 0;
  const how = options.from || ws.locale ? 'report.file.locale' : assumed ? 'report.file.locale-assumed' : 'report.file.locale-detected';
  process.stderr.write(pc.dim(`${file.path} ${t(how, { locale: from })}\n`));
  for (const to of targets) {
    const result = localizeMentions(file.text, mentions, ws.index, from, to);
    kept += result.kept.length;
    let label = to;
    if (toStdout) {
      process.stdout.write(result.text);
    } else {
      const path = join(options.out ?? dirname(input), outputName(input, from, to));
      if (input !== '-' && resolve(path) === resolve(input)) throw new UserError(t('cli.localize.error.overwrite', { path }));
      writeOutputFile(path, encode(result.text, file.encoding), { force: options.force ?? false });
      label = path;
    }
    process.stderr.write(report(label, result, from, lines));
  }
  return kept ? 1 : 0;
}

/** The primary language subtag: `de-DE` and `de_AT` are German. */
const language = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();

/**
 * The target locale of a bilingual file: the one it declares; else --to or --locale; else the config's locale.
 * A --to or --locale that names another language than the file declares is refused: names written in the wrong
 * locale would be worse than none.
 */
function fillTarget(ws: Workspace, path: string, declared: string | undefined, options: LocalizeCommandOptions): string {
  const asked = options.to?.length ? parseTargets(options.to) : options.locale ? [options.locale] : [];
  if (asked.length > 1) throw new UserError(t('cli.localize.error.one-target', { path }));
  const wanted = asked[0];
  if (declared && wanted && language(declared) !== language(wanted)) {
    throw new UserError(t('cli.localize.error.target-mismatch', { path, declared, asked: wanted }));
  }
  const to = declared ?? wanted ?? ws.config.locale;
  if (!to) throw new UserError(t('cli.localize.error.no-target', { path }));
  return to;
}

function fillReport(label: string, result: FillResult, lines: LineIndex, dryRun: boolean): string {
  const nominative = result.names.filter((n) => n.nominative);
  const parts = [t('cli.localize.fill.count', { filled: result.filled, empty: result.empty })];
  if (result.skipped) parts.push(t('cli.localize.fill.skipped', { count: result.skipped }));
  parts.push(t('cli.localize.summary.names', { count: result.names.length }));
  if (nominative.length) parts.push(t('cli.names-report.nominative-count', { count: nominative.length }));
  if (result.kept.length) parts.push(pc.red(t('cli.localize.summary.kept', { count: result.kept.length, locale: result.to })));
  if (dryRun) parts.push(t('cli.localize.fill.dry-run'));
  const out = [t('cli.localize.summary', { label, parts: parts.join(', ') })];
  const labels = rowLabels();
  const kept = (k: FillResult['kept'][number]) =>
    k.reason === 'no-form'
      ? t('cli.names-report.kept', { found: k.found, locale: result.to, entity: k.entity })
      : t(k.reason === 'inline-code' ? 'cli.localize.fill.kept-inline' : 'cli.localize.fill.kept-quoting', { found: k.found });
  const rows = [
    ...result.kept.map((k) => ({ at: k.start, text: `${pc.red(labels.kept)} ${kept(k)}` })),
    ...nominative.map((n) => ({ at: n.start, text: `${pc.yellow(labels.case)} ${t('cli.names-report.case', { found: n.found, written: n.written, note: nominativeNote(n.nominative!, result.from) })}` })),
  ].sort((a, b) => a.at - b.at);
  for (const row of rows) {
    const { line, column } = lines.position(row.at);
    out.push(`  ${pc.dim(`${line}:${column}`.padEnd(8))} ${row.text}`);
  }
  return out.join('\n') + '\n';
}

/**
 * `localize` on a bilingual file: its empty targets filled with their sources, names in the target's form
 * (src/localize/bilingual.ts). Printed to standard output, written in place (--write, as `fix --write` writes),
 * or to --out (a file, or a folder that gets the input's name). Exit 1 when a name was copied in the source's form.
 */
async function runFill(ws: Workspace, input: string, format: BilingualFormat, options: LocalizeCommandOptions): Promise<number> {
  if (options.write && options.out) throw new UserError(t('cli.localize.error.write-and-out'));
  if (options.from && !isKnownLocale(options.from)) throw new UserError(t('cli.error.unknown-locale', { locale: options.from }));
  const file = await readInput(input, options.maxSize);
  const bilingual = naming(file.path, () => readBilingual(file.text, format));
  const to = fillTarget(ws, file.path, bilingual.targetLanguage, options);
  const result = naming(file.path, () => fillBilingual(file.text, {
    format,
    index: ws.index,
    to,
    file: bilingual,
    ...(options.from ? { from: options.from } : {}),
    ...(ws.options.skipState?.length ? { skipStates: ws.options.skipState } : {}),
  }));
  let label = file.path;
  if (options.dryRun) {
    // Nothing written.
  } else if (options.write) {
    if (result.text !== file.text) writeFileSafely(input, encode(result.text, file.encoding), file.identity ? { expect: file.identity } : {});
  } else if (options.out) {
    let path = options.out;
    try {
      if (statSync(path).isDirectory()) path = join(path, basename(input));
    } catch {
      // a new file
    }
    if (resolve(path) === resolve(input)) throw new UserError(t('cli.localize.error.out-is-input', { path }));
    writeOutputFile(path, encode(result.text, file.encoding), { force: options.force ?? false });
    label = path;
  } else {
    process.stdout.write(result.text);
  }
  process.stderr.write(pc.dim(`${file.path} ${t('report.file.locale', { locale: `${result.from} → ${result.to}` })}\n`));
  process.stderr.write(fillReport(label, result, new LineIndex(file.text), options.dryRun ?? false));
  return result.kept.length ? 1 : 0;
}

/**
 * `canonym locales <dir>`: check an i18next or ICU locale tree the way CI needs it; exit 1 on any error, or on
 * more warnings than --max-warnings. With --baseline, only problems the baseline file does not list count.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import picomatch from 'picomatch';
import type { Config } from '../../config.ts';
import { t } from '../../i18n/index.ts';
import { UserError } from '../../io/errors.ts';
import { checkLocaleTree, defaultBaseLocale, formatLocaleSummary, loadLocaleTree, loadNameChecker } from '../../locales/index.ts';
import { applyBaseline, parseBaseline, writeBaseline } from '../../locales/baseline.ts';
import type { EmptyConvention } from '../../locales/check.ts';
import { isValidTag, usableTag } from '../../locales/locale-tag.ts';
import { countDiagnostics, formatRuleSummary } from '../../locales/summary.ts';
import { findUsedKeys } from '../../locales/unused.ts';
import { writeJsonReport } from '../../locales/json-report.ts';
import { localeCode } from '../../locales/layout.ts';
import type { OutputFormat } from '../../report/index.ts';
import { foldPhrase } from '../../text/fold.ts';
import { loadNameMachinery, type Workspace } from '../workspace.ts';

export interface LocalesCommandOptions {
  base?: string;
  syntax?: string;
  format: OutputFormat;
  /** Words that may stay as in the base (untranslated), on top of the built-in list and the config's. */
  allow?: string[];
  empty?: EmptyConvention;
  /** Placeholder patterns of the project's own, on top of the config's. */
  placeholder?: string[];
  /** Globs of source files: base keys none of them uses are reported. */
  unusedKeys?: string[];
  baseline?: string;
  /** `true` for the default file name. */
  writeBaseline?: string | boolean;
  maxWarnings?: string;
  /** The glossary's name rules on every value (off by default: see the README's "Locale files in CI"). */
  names?: boolean;
}

const DEFAULT_BASELINE = '.canonym-locales-baseline.json';

/** A line on stderr that rewrites itself, on a terminal only (CI logs and pipes get nothing). */
function progressLine(): { update(done: number, total: number): void; clear(): void } {
  const tty = process.stderr.isTTY === true;
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (!tty || (now - last < 100 && done < total)) return;
      last = now;
      shown = true;
      process.stderr.write(`\r${t('locales.progress', { done, total })}\x1b[K`);
    },
    clear() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

type LocalesConfig = NonNullable<Config['locales']>;

/** Key globs use '.' between segments; picomatch's separator is '/', so both sides are read with '/'. */
function keyMatcher(globs: readonly string[]): (key: string) => boolean {
  const match = picomatch(globs.map((g) => g.replaceAll('.', '/')), { dot: true });
  return (key) => match(key.replaceAll('.', '/'));
}

function fileFilter(config: LocalesConfig): (path: string) => boolean {
  const include = config.include?.length ? picomatch(config.include, { dot: true }) : () => true;
  const exclude = config.exclude?.length ? picomatch(config.exclude, { dot: true }) : () => false;
  return (path) => include(path) && !exclude(path);
}

/** keepNames: under a key glob, the names listed (by any of their spellings or the entity id), or every name. */
function keepNameRule(config: LocalesConfig): ((key: string, found: string, entity: string | null) => boolean) | undefined {
  if (!config.keepNames?.length) return undefined;
  const rules = config.keepNames.map((k) => ({ key: keyMatcher([k.key]), names: k.names && new Set(k.names.map(foldPhrase)) }));
  return (key, found, entity) => rules.some((r) => r.key(key) && (!r.names || r.names.has(foldPhrase(found)) || (entity !== null && r.names.has(foldPhrase(entity)))));
}

/**
 * V8 optimises a function with TurboFan after a few rounds of its interrupt budget, on a thread of its own. A run
 * of `locales` calls hundreds of functions a few thousand times each and is over in a second or two: optimising
 * them costs more CPU than it saves. Thirty-two times V8's budget (67,584) leaves TurboFan the few functions that
 * stay hot; measured on mattermost-mobile (eight times: −0.5 s CPU of 2.0; thirty-two: −0.1 s of 1.07 more, TurboFan's
 * threads from 17 % of the run's CPU to 5 %), excalidraw and frigate (unchanged), see the README. Ignition,
 * Sparkplug and Maglev are unchanged.
 */
const INTERRUPT_BUDGET = '--interrupt-budget=2162688';

export async function runLocales(ws: Workspace, dir: string, options: LocalesCommandOptions, version: string): Promise<number> {
  setFlagsFromString(INTERRUPT_BUDGET);
  const config: LocalesConfig = ws.config.locales ?? {};
  const syntax = options.syntax ?? config.syntax ?? 'auto';
  if (syntax !== 'auto' && syntax !== 'i18next' && syntax !== 'icu') throw new UserError(t('cli.locales.error.syntax', { syntax }));
  // The name machinery (index, checker, name rules) only for the name rules, or to know the rules a setting names.
  if (options.names || Object.keys(ws.config.rules ?? {}).length || ws.options.rule?.length) await loadNameMachinery();
  if (options.names) await loadNameChecker();
  const severities = ws.severities;
  const tree = loadLocaleTree(dir, ws.options.maxSize, fileFilter(config));
  const locales = [...new Set(tree.catalogues.map((c) => c.locale))].sort();
  if (!locales.length) throw new UserError(t('cli.locales.error.no-catalogues', { dir }));
  const wanted = options.base ?? config.base;
  let base: string | undefined;
  // PO and XLIFF files carry their source strings: a tree of only those needs no file in the base locale.
  const bilingual = tree.catalogues.every((c) => c.sources);
  if (wanted !== undefined) {
    base = localeCode(wanted);
    if (!base || (!locales.includes(base) && !bilingual)) throw new UserError(t('cli.locales.error.no-such-base', { base: wanted, dir, locales: locales.join(', ') }));
  } else {
    base = defaultBaseLocale(locales) ?? (bilingual ? 'en' : undefined);
    if (!base) throw new UserError(t('cli.locales.error.no-base', { dir, locales: locales.join(', ') }));
  }
  const allow = [...(config.allow ?? []), ...(options.allow ?? [])];
  let maxWarnings: number | undefined;
  if (options.maxWarnings !== undefined) {
    maxWarnings = Number(options.maxWarnings);
    if (!/^\d+$/.test(options.maxWarnings.trim())) throw new UserError(t('locales.error.max-warnings', { value: options.maxWarnings }));
  }
  const empty = options.empty ?? config.empty;
  if (empty !== undefined && empty !== 'fallback' && empty !== 'warning' && empty !== 'error') throw new UserError(t('locales.error.empty', { value: String(empty) }));
  const placeholders = [...(config.placeholders ?? []), ...(options.placeholder ?? [])];
  for (const pattern of placeholders) {
    try {
      new RegExp(pattern, 'u');
    } catch (e) {
      throw new UserError(t('locales.error.placeholder', { pattern, reason: (e as Error).message }));
    }
  }
  const used = options.unusedKeys?.length ? findUsedKeys(options.unusedKeys) : undefined;
  const progress = progressLine();
  const keepName = keepNameRule(config);
  const result = checkLocaleTree(tree, {
    baseLocale: base,
    ...(syntax === 'auto' ? {} : { syntax }),
    // The glossary's index is loaded only when the name rules run.
    index: () => ws.index,
    ...(options.names ? { names: true } : {}),
    severities,
    ...(allow.length ? { allow } : {}),
    ...(config.ignoreKeys?.length ? { ignoreKey: keyMatcher(config.ignoreKeys) } : {}),
    ...(keepName ? { keepName } : {}),
    ...(empty ? { empty } : {}),
    ...(placeholders.length ? { placeholders } : {}),
    ...(used ? { used } : {}),
    progress: progress.update,
  });
  progress.clear();
  // A tag that is not BCP 47 (excalidraw's kab-KAB), once per locale: its files are checked as its valid prefix.
  for (const locale of locales) {
    if (isValidTag(locale)) continue;
    const usable = usableTag(locale);
    const reason = usable ? t('locales.note.invalid-tag', { locale, usable }) : t('locales.note.invalid-tag-unusable', { locale });
    process.stderr.write(`${t('cli.locales.note', { path: tree.dir, reason })}\n`);
  }
  // Crowdin's "" for what is not translated yet: say once how to tell canonym, rather than fail thousands of times.
  const empties = empty ? 0 : result.summaries.reduce((n, s) => n + (s.problems['empty-value'] ?? 0), 0);
  if (empties >= 20) process.stderr.write(`${t('cli.locales.note', { path: tree.dir, reason: t('locales.note.empty-fallback', { count: empties, base }) })}\n`);
  // Notes go to stderr so that json, sarif and github output stays machine-readable.
  for (const note of [...tree.skipped, ...result.notes]) process.stderr.write(`${t('cli.locales.note', { path: note.path, reason: note.reason })}\n`);
  if (options.writeBaseline) {
    const file = options.writeBaseline === true ? DEFAULT_BASELINE : options.writeBaseline;
    writeFileSync(file, writeBaseline(tree.dir, result.reports));
    const count = result.reports.reduce((n, r) => n + r.diagnostics.length, 0);
    process.stderr.write(`${t('cli.locales.note', { path: file, reason: t('locales.baseline.written', { count, file }) })}\n`);
    return 0;
  }
  let reports = result.reports;
  const baselineFile = options.baseline;
  if (baselineFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(baselineFile, 'utf8');
    } catch {
      throw new UserError(t('locales.baseline.unreadable', { file: baselineFile }));
    }
    const baseline = parseBaseline(text);
    if (!baseline) throw new UserError(t('locales.baseline.unreadable', { file: baselineFile }));
    const applied = applyBaseline(tree.dir, reports, baseline);
    reports = applied.reports;
    // The table per locale counts what is left.
    for (const summary of result.summaries) Object.assign(summary, { problems: {}, errors: 0, warnings: 0 });
    const byLocale = new Map(result.summaries.map((s) => [s.locale, s]));
    for (const r of reports) {
      const summary = byLocale.get(r.locale);
      if (summary) countDiagnostics(summary, r.diagnostics);
    }
    if (applied.hidden) process.stderr.write(`${t('cli.locales.note', { path: baselineFile, reason: t('locales.baseline.hidden', { count: applied.hidden, file: baselineFile }) })}\n`);
  }
  if (options.format === 'json') writeJsonReport(reports, (bytes) => process.stdout.write(bytes));
  else {
    // The other formats' writers (SARIF lists the name rules too) only for them.
    const { formatReports } = await import('../../report/index.ts');
    let out = formatReports(reports, options.format, version);
    if (options.format === 'stylish') out += '\n' + formatLocaleSummary(result.summaries) + '\n' + formatRuleSummary(reports);
    process.stdout.write(out);
  }
  let warnings = 0;
  let errors = false;
  for (const r of reports) {
    const list = r.diagnostics;
    for (let i = 0; i < list.length; i++) {
      if (list[i]!.severity === 'warning') warnings++;
      else if (list[i]!.severity === 'error') errors = true;
    }
  }
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    process.stderr.write(`${t('cli.locales.note', { path: tree.dir, reason: t('locales.max-warnings', { count: warnings, max: maxWarnings }) })}\n`);
    return 1;
  }
  return errors ? 1 : 0;
}

import { existsSync, readdirSync, realpathSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { isDocx } from '../../formats/docx.ts';
import { analyseDocx } from '../docx-input.ts';
import { CHECKABLE_EXTENSIONS } from '../../formats/index.ts';
import { t } from '../../i18n/index.ts';
import type { IgnoreRules } from '../../io/walk.ts';
import { formatReports, type FileReport, type OutputFormat } from '../../report/index.ts';
import { applyCheckBaseline, DEFAULT_CHECK_BASELINE, readCheckBaseline, writeCheckBaseline } from '../baseline.ts';
import { analyseOrExplain, expandInputs, readOrExplain, SKIPPED_DIRS, writeNotes, writeUnreadable } from '../inputs.ts';
import { ignoreRulesOf, type IgnoreCliOptions } from '../options.ts';
import { tuneOptimiser, workerCount } from '../parallel/count.ts';
import { progress } from '../progress.ts';
import type { CommonOptions, Workspace } from '../workspace.ts';

export interface CheckCommandOptions extends CommonOptions, IgnoreCliOptions {
  format: OutputFormat;
  /** Worker threads for a folder (default 1; see parallel/count.ts). */
  jobs?: number;
  /** Exit 1 when there are more warnings than this (after the baseline). */
  maxWarnings?: number;
  /** A baseline file: the problems it lists are not reported. */
  baseline?: string;
  /** Write the problems found to this baseline file (`true`: the default name) and exit 0. */
  writeBaseline?: string | boolean;
  /** Check again the files that change, until SIGINT or SIGTERM. */
  watch?: boolean;
  /** Milliseconds to wait after a change before checking (tests use less). */
  watchDebounceMs?: number;
}

/** Reads and checks each path; files that cannot be read are reported on stderr and counted. */
async function checkPaths(ws: Workspace, paths: readonly string[], options: CheckCommandOptions): Promise<{ reports: FileReport[]; unread: boolean }> {
  let unread = false;
  const reports: FileReport[] = [];
  const bar = progress(paths.length);
  const unreadable = (message: string) => {
    writeUnreadable(message);
    unread = true;
  };
  const checkDocx = (path: string) => {
    const result = analyseOrExplain(() => analyseDocx(path, options.maxSize, (text) => ws.analyse(path, text)));
    if ('unreadable' in result) unreadable(result.unreadable);
    else reports.push({ path, locale: result.locale, localeSource: result.localeSource, diagnostics: result.diagnostics });
    bar.tick(path);
  };
  // DOCX files are read in this thread once the workers are done (they read text files); outcomes in path order.
  const texts = paths.filter((p) => !isDocx(p));
  const threads = workerCount(options.jobs, texts.length);
  tuneOptimiser(threads);
  if (threads > 1) {
    void ws.index; // built and stored here, once, so that every worker reads it instead of building it
    const { checkInParallel } = await import('../parallel/pool.ts');
    const outcomes = (await checkInParallel(ws, texts, threads, (path) => bar.tick(path))).values();
    for (const path of paths) {
      if (isDocx(path)) {
        checkDocx(path);
        continue;
      }
      const outcome = outcomes.next().value!;
      if ('report' in outcome) reports.push(outcome.report);
      else unreadable(outcome.unreadable);
    }
  } else {
    for (const path of paths) {
      if (isDocx(path)) {
        checkDocx(path);
        continue;
      }
      const file = await readOrExplain(path, options.maxSize);
      if ('unreadable' in file) {
        unreadable(file.unreadable);
        bar.tick(path);
        continue;
      }
      const result = analyseOrExplain(() => ws.analyse(path, file.text));
      if ('unreadable' in result) {
        unreadable(result.unreadable);
        bar.tick(path);
        continue;
      }
      reports.push({ path: file.path, locale: result.locale, localeSource: result.localeSource, diagnostics: result.diagnostics });
      bar.tick(path);
    }
  }
  bar.done();
  return { reports, unread };
}

/** The reports less the baseline's problems, with a note of how many it hid. */
function filtered(reports: FileReport[], options: CheckCommandOptions): FileReport[] {
  if (options.baseline === undefined) return reports;
  const applied = applyCheckBaseline(options.baseline, reports, readCheckBaseline(options.baseline));
  if (applied.hidden) writeNotes([{ path: options.baseline, reason: t('locales.baseline.hidden', { count: applied.hidden, file: options.baseline }) }]);
  return applied.reports;
}

/** 1 for an error, or for more warnings than --max-warnings (said on stderr); else 0. */
function verdict(reports: readonly FileReport[], options: CheckCommandOptions): number {
  if (reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'))) return 1;
  const warnings = reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(`${t('cli.program.error', { message: t('locales.max-warnings', { count: warnings, max: options.maxWarnings }) })}\n`);
    return 1;
  }
  return 0;
}

/**
 * Exit 1 when a checked file has an error, or more warnings than --max-warnings; 2 when an input could not be
 * read (the others are still checked and reported): a check that could not look at everything must not pass.
 */
export async function runCheck(ws: Workspace, inputs: string[], options: CheckCommandOptions, version: string): Promise<number> {
  const ignore = ignoreRulesOf(options);
  if (options.baseline !== undefined) readCheckBaseline(options.baseline); // a bad baseline fails before the work
  if (options.watch) return watchCheck(ws, inputs, options, version, ignore);
  const { paths, notes } = expandInputs(inputs, ignore, { docx: true });
  writeNotes(notes);
  const checked = await checkPaths(ws, paths, options);
  const unread = checked.unread || notes.some((n) => n.unread);
  if (options.writeBaseline) {
    const file = options.writeBaseline === true ? DEFAULT_CHECK_BASELINE : options.writeBaseline;
    const count = writeCheckBaseline(file, checked.reports);
    writeNotes([{ path: file, reason: t('locales.baseline.written', { count, file }) }]);
    return unread ? 2 : 0;
  }
  const reports = filtered(checked.reports, options);
  process.stdout.write(formatReports(reports, options.format, version));
  const result = verdict(reports, options);
  return unread ? 2 : result;
}

/**
 * --watch: check everything once, then again each checkable file that changes (after a quiet `debounce` ms, so
 * that an editor's save in several writes is one check), until SIGINT or SIGTERM (exit 0). Folders are watched
 * as the walk goes through them; a file given by name is watched through its folder, so that editors that save by
 * renaming a new file over the old one are seen too.
 */
async function watchCheck(ws: Workspace, inputs: string[], options: CheckCommandOptions, version: string, ignore: IgnoreRules | undefined): Promise<number> {
  const files = inputs.filter((i) => i !== '-');
  const first = expandInputs(files, ignore, { docx: true });
  writeNotes(first.notes);
  const initial = await checkPaths(ws, first.paths, options);
  process.stdout.write(formatReports(filtered(initial.reports, options), options.format, version));
  const debounce = options.watchDebounceMs ?? 150;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const checkPending = () => {
    timer = undefined;
    const paths = [...pending].filter((p) => existsSync(p) && isFile(p)).sort();
    pending.clear();
    if (!paths.length) return;
    running = running.then(async () => {
      const { reports } = await checkPaths(ws, paths, options);
      process.stdout.write(formatReports(filtered(reports, options), options.format, version));
    });
  };
  const changed = (path: string) => {
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(checkPending, debounce);
  };
  const watchers: FSWatcher[] = [];
  const named = new Map<string, { dir: string; names: Set<string> }>(); // folder → files given by name in it
  // One watcher per folder the walk would enter, rather than fs.watch's recursive mode, which on Linux also watches
  // node_modules and .git (and runs out of inotify watches in a big tree). A folder created later is watched as
  // it appears.
  const watchedDirs = new Set<string>();
  const skipDir = (path: string) => {
    const name = basename(path);
    return SKIPPED_DIRS.has(name) || name.startsWith('.') || Boolean(ignore?.ignores(path, true));
  };
  const watchTree = (root: string) => {
    const stack = [root];
    while (stack.length) {
      const dir = stack.pop()!;
      let real: string;
      try {
        real = realpathSync(dir);
      } catch {
        continue;
      }
      if (watchedDirs.has(real)) continue;
      watchedDirs.add(real);
      try {
        const watcher = watch(dir, (_event, name) => {
          if (!name) return;
          const path = join(dir, name.toString());
          if (isDirectory(path)) {
            if (skipDir(path)) return;
            // A folder moved or made here: watch it, and check the files it already holds.
            watchTree(path);
            for (const file of expandInputs([path], ignore, { docx: true }).paths) changed(file);
            return;
          }
          if ((CHECKABLE_EXTENSIONS.has(extname(path).toLowerCase()) || isDocx(path)) && !ignore?.ignores(path, false)) changed(path);
        });
        watcher.on('error', () => watcher.close()); // the folder went away
        watchers.push(watcher);
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const path = join(dir, entry.name);
          if ((entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(path))) && !skipDir(path)) stack.push(path);
        }
      } catch {
        // A folder that went away or cannot be read: the first check reported it.
      }
    }
  };
  for (const input of files) {
    if (isDirectory(input)) {
      watchTree(input);
    } else if (!ignore?.ignores(input, false)) {
      const dir = dirname(input);
      const entry = named.get(resolve(dir)) ?? { dir, names: new Set<string>() };
      entry.names.add(basename(input));
      named.set(resolve(dir), entry);
    }
  }
  for (const { dir, names } of named.values()) {
    const watcher = watch(dir, (_event, name) => {
      if (name && names.has(name.toString())) changed(join(dir, name.toString()));
    });
    watcher.on('error', () => watcher.close());
    watchers.push(watcher);
  }
  process.stderr.write(`${t('cli.check.watching', { count: first.paths.length })}\n`);
  return new Promise<number>((resolvePromise) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      void running.then(() => resolvePromise(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

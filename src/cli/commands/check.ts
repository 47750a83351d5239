import { formatReports, type FileReport, type OutputFormat } from '../../report/index.ts';
import { expandInputs, readOrExplain, writeNotes, writeUnreadable } from '../inputs.ts';
import { workerCount } from '../parallel/count.ts';
import { progress } from '../progress.ts';
import type { CommonOptions, Workspace } from '../workspace.ts';

export interface CheckCommandOptions extends CommonOptions {
  format: OutputFormat;
  /** Worker threads for a folder (default 1; see parallel/count.ts). */
  jobs?: number;
}

/**
 * Exit 1 when a checked file has an error; 2 when an input could not be read (the others are still checked and
 * reported): a check that could not look at everything must not pass.
 */
export async function runCheck(ws: Workspace, inputs: string[], options: CheckCommandOptions, version: string): Promise<number> {
  const { paths, notes } = expandInputs(inputs);
  writeNotes(notes);
  let unread = notes.some((n) => n.unread);
  const reports: FileReport[] = [];
  const bar = progress(paths.length);
  const unreadable = (message: string) => {
    writeUnreadable(message);
    unread = true;
  };
  const threads = workerCount(options.jobs, paths.length);
  if (threads > 1) {
    void ws.index; // built and stored here, once, so that every worker reads it instead of building it
    const { checkInParallel } = await import('../parallel/pool.ts');
    for (const outcome of await checkInParallel(paths, ws.options, threads, (path) => bar.tick(path))) {
      if ('report' in outcome) reports.push(outcome.report);
      else unreadable(outcome.unreadable);
    }
  } else {
    for (const path of paths) {
      const file = await readOrExplain(path, options.maxSize);
      if ('unreadable' in file) {
        unreadable(file.unreadable);
        bar.tick(path);
        continue;
      }
      const result = ws.analyse(path, file.text);
      reports.push({ path: file.path, locale: result.locale, localeSource: result.localeSource, diagnostics: result.diagnostics });
      bar.tick(path);
    }
  }
  bar.done();
  process.stdout.write(formatReports(reports, options.format, version));
  if (unread) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

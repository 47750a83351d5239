/**
 * One file, checked on a worker thread: read, analyse, and hand back plain data (a report, or the message of an
 * input that could not be read). Each worker loads its workspace once, from the stored index the main thread
 * made sure of, and keeps it for every file it is given.
 */
import { workerData } from 'node:worker_threads';
import { setLanguage } from '../../i18n/index.ts';
import type { FileReport } from '../../report/index.ts';
import { analyseOrExplain, readOrExplain } from '../inputs.ts';
import { Workspace, type CommonOptions } from '../workspace.ts';

export type CheckOutcome = { report: FileReport } | { unreadable: string };

/** What every worker gets: the command's options and the language of the messages. */
export interface WorkerSetup {
  options: CommonOptions;
  language: string;
}

const setup = workerData as WorkerSetup;
const options = setup.options;
let workspace: Workspace | undefined;

export default async function checkFile(path: string): Promise<CheckOutcome> {
  if (!workspace) {
    setLanguage(setup.language);
    workspace = new Workspace(options);
  }
  const file = await readOrExplain(path, options.maxSize);
  if ('unreadable' in file) return file;
  const ws = workspace;
  const result = analyseOrExplain(() => ws.analyse(path, file.text));
  if ('unreadable' in result) return result;
  return { report: { path: file.path, locale: result.locale, localeSource: result.localeSource, diagnostics: result.diagnostics } };
}

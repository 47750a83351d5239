/** One file of a folder checked: the same steps on the main thread and on a worker, so that both report alike. */
import type { FileReport } from '../../report/index.ts';
import { analyseOrExplain, readOrExplain } from '../inputs.ts';
import type { Workspace } from '../workspace.ts';

/** A report, or the message of an input that could not be read or parsed: plain data that crosses threads. */
export type CheckOutcome = { report: FileReport } | { unreadable: string };

export async function checkOne(ws: Workspace, path: string): Promise<CheckOutcome> {
  const file = await readOrExplain(path, ws.options.maxSize);
  if ('unreadable' in file) return file;
  const result = analyseOrExplain(() => ws.analyse(path, file.text));
  if ('unreadable' in result) return result;
  return { report: { path: file.path, locale: result.locale, localeSource: result.localeSource, diagnostics: result.diagnostics } };
}

import { formatReports, type FileReport, type OutputFormat } from '../../report/index.ts';
import { expandPaths, readInput } from '../inputs.ts';
import { progress } from '../progress.ts';
import type { CommonOptions, Workspace } from '../workspace.ts';

export interface CheckCommandOptions extends CommonOptions {
  format: OutputFormat;
}

export async function runCheck(ws: Workspace, inputs: string[], options: CheckCommandOptions, version: string): Promise<number> {
  const paths = expandPaths(inputs);
  const reports: FileReport[] = [];
  const bar = progress(paths.length);
  for (const path of paths) {
    const file = await readInput(path, options.maxSize);
    const result = ws.analyse(path, file.text);
    reports.push({ path: file.path, locale: result.locale, localeSource: result.localeSource, diagnostics: result.diagnostics });
    bar.tick(path);
  }
  bar.done();
  process.stdout.write(formatReports(reports, options.format, version));
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

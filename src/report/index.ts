import { formatCheckstyle } from './checkstyle.ts';
import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import { formatJunit } from './junit.ts';
import { formatSarif } from './sarif.ts';
import { formatStylish } from './stylish.ts';
import type { FileReport, OutputFormat } from './types.ts';

export type { FileReport, OutputFormat } from './types.ts';
export { OUTPUT_FORMATS } from './types.ts';

export function formatReports(reports: readonly FileReport[], format: OutputFormat, toolVersion: string): string {
  switch (format) {
    case 'json': return formatJson(reports) + '\n';
    case 'sarif': return formatSarif(reports, toolVersion);
    case 'github': return formatGithub(reports);
    case 'junit': return formatJunit(reports);
    case 'checkstyle': return formatCheckstyle(reports);
    default: return formatStylish(reports);
  }
}

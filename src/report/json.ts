/** The stable JSON format (README § JSON output): an array with one object per input. */
import type { FileReport } from './types.ts';

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(
    reports.map((r) => ({
      path: r.path,
      locale: r.locale,
      diagnostics: r.diagnostics.map((d) => ({
        ruleId: d.ruleId, severity: d.severity, message: d.message,
        ...(d.part === undefined ? {} : { part: d.part }),
        line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn,
        offset: d.offset, length: d.length, found: d.found, expected: d.expected, entity: d.entity, fix: d.fix,
      })),
    })),
    null,
    2,
  );
}

/**
 * Checkstyle XML, read by Jenkins (Warnings NG), reviewdog, SonarQube and GitLab converters: one `<file>` per
 * input, one `<error>` per diagnostic with its line, column, severity (error, warning, info), message and the
 * rule as `source` (`canonym.known-variant`). Every input is listed, a clean one with no errors.
 */
import type { FileReport } from './types.ts';
import { attributes, XML_DECLARATION } from './xml.ts';

export function formatCheckstyle(reports: readonly FileReport[]): string {
  const lines = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const r of reports) {
    if (!r.diagnostics.length) {
      lines.push(`  <file${attributes({ name: r.path })}/>`);
      continue;
    }
    lines.push(`  <file${attributes({ name: r.path })}>`);
    for (const d of r.diagnostics) {
      const message = d.part === undefined ? d.message : `${d.part}: ${d.message}`; // a DOCX part outside the body
      lines.push(`    <error${attributes({ line: d.line, column: d.column, severity: d.severity, message, source: `canonym.${d.ruleId}` })}/>`);
    }
    lines.push('  </file>');
  }
  lines.push('</checkstyle>');
  return lines.join('\n') + '\n';
}

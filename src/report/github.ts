/** GitHub Actions workflow commands: one annotation per diagnostic. */
import type { FileReport } from './types.ts';

// Workflow-command escaping: data and property values have their own sets.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
      const props = [
        `file=${escapeProperty(r.path)}`, `line=${d.line}`, `col=${d.column}`, `endLine=${d.endLine}`, `endColumn=${d.endColumn}`,
        `title=${escapeProperty(`canonym ${d.ruleId}`)}`,
      ].join(',');
      // A DOCX part outside the body (its paragraphs are the lines) is named before the message.
      lines.push(`::${command} ${props}::${escapeData(d.part === undefined ? d.message : `${d.part}: ${d.message}`)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

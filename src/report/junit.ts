/**
 * JUnit XML, for CI test views (GitLab, Jenkins, Azure, CircleCI): one `<testsuite>` per input, one `<testcase>`
 * per diagnostic with a `<failure>` (type error, warning or info; the text says where and what), and a passing
 * test case for a clean input, so that the view shows every file checked. `failures` counts every diagnostic,
 * `errors` (the JUnit word for a test that could not run) is 0.
 */
import type { FileReport } from './types.ts';
import { attributes, xmlEscape, XML_DECLARATION } from './xml.ts';

export function formatJunit(reports: readonly FileReport[]): string {
  const total = reports.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
  const failures = reports.reduce((n, r) => n + r.diagnostics.length, 0);
  const lines = [XML_DECLARATION, `<testsuites${attributes({ name: 'canonym', tests: total, failures, errors: 0 })}>`];
  for (const r of reports) {
    lines.push(`  <testsuite${attributes({ name: r.path, tests: Math.max(1, r.diagnostics.length), failures: r.diagnostics.length, errors: 0, skipped: 0 })}>`);
    if (!r.diagnostics.length) lines.push(`    <testcase${attributes({ name: r.path, classname: 'canonym' })}/>`);
    for (const d of r.diagnostics) {
      const message = d.part === undefined ? d.message : `${d.part}: ${d.message}`; // a DOCX part outside the body
      lines.push(`    <testcase${attributes({ name: `${r.path}:${d.line}:${d.column} ${d.ruleId}`, classname: `canonym.${d.ruleId}`, file: r.path, line: d.line })}>`);
      lines.push(`      <failure${attributes({ message, type: d.severity })}>${xmlEscape(`${r.path}:${d.line}:${d.column}: ${d.severity}: ${message} (${d.ruleId})`)}</failure>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}

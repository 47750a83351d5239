/** The readable default, in the manner of ESLint's stylish: a block per file, a summary line. */
import pc from 'picocolors';
import type { FileReport } from './types.ts';

export function formatStylish(reports: readonly FileReport[], color = pc.isColorSupported): string {
  const c = pc.createColors(color);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of reports) {
    if (!r.diagnostics.length) continue;
    const how = r.localeSource === 'detected' ? ', detected' : r.localeSource === 'fallback' ? ', assumed' : '';
    out.push(c.underline(r.path) + c.dim(` (${r.locale}${how})`));
    const width = Math.max(...r.diagnostics.map((d) => `${d.line}:${d.column}`.length));
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
      if (d.fix) fixable++;
      const sev = d.severity === 'error' ? c.red('error  ') : d.severity === 'warning' ? c.yellow('warning') : c.blue('info   ');
      out.push(`  ${c.dim(`${d.line}:${d.column}`.padEnd(width))}  ${sev}  ${d.message}  ${c.dim(d.ruleId)}`);
    }
    out.push('');
  }
  const total = errors + warnings + infos;
  if (total === 0) return c.green(`✔ no problems in ${reports.length} ${reports.length === 1 ? 'file' : 'files'}`) + '\n';
  const summary = `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}${infos ? `, ${infos} info` : ''})`;
  out.push((errors ? c.red : c.yellow)(c.bold(summary)));
  if (fixable) out.push(c.dim(`  ${fixable} fixable with \`canonym fix\``));
  return out.join('\n') + '\n';
}

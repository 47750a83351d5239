/** The readable default, in the manner of ESLint's stylish: a block per file, a summary line. */
import pc from 'picocolors';
import { colorEnabled } from './color.ts';
import { t } from '../i18n/index.ts';
import type { FileReport } from './types.ts';

const LOCALE_NOTE = { option: 'report.file.locale', detected: 'report.file.locale-detected', fallback: 'report.file.locale-assumed' } as const;

export function formatStylish(reports: readonly FileReport[], color = colorEnabled(process.stdout)): string {
  const c = pc.createColors(color);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  // Severity words padded to one width, so the messages line up in every language.
  const words = { error: t('report.severity.error'), warning: t('report.severity.warning'), info: t('report.severity.info') };
  const sevWidth = Math.max(...Object.values(words).map((w) => w.length));
  const label = { error: c.red(words.error.padEnd(sevWidth)), warning: c.yellow(words.warning.padEnd(sevWidth)), info: c.blue(words.info.padEnd(sevWidth)) };
  for (const r of reports) {
    if (!r.diagnostics.length) continue;
    out.push(c.underline(r.path) + c.dim(` ${t(LOCALE_NOTE[r.localeSource ?? 'option'], { locale: r.locale })}`));
    // A DOCX part outside the body comes before its paragraph:column (`footnote 2, 1:14`).
    const where = (d: (typeof r.diagnostics)[number]) => `${d.part === undefined ? '' : `${d.part}, `}${d.line}:${d.column}`;
    const width = Math.max(...r.diagnostics.map((d) => where(d).length));
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
      if (d.fix) fixable++;
      out.push(`  ${c.dim(where(d).padEnd(width))}  ${label[d.severity]}  ${d.message}  ${c.dim(d.ruleId)}`);
    }
    out.push('');
  }
  const total = errors + warnings + infos;
  if (total === 0) return c.green(t('report.summary.clean', { files: reports.length })) + '\n';
  out.push((errors ? c.red : c.yellow)(c.bold(t('report.summary.problems', { total, errors, warnings, infos }))));
  if (fixable) out.push(c.dim(`  ${t('report.summary.fixable', { count: fixable })}`));
  return out.join('\n') + '\n';
}

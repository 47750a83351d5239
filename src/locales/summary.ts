/** Per locale: how much is translated and what is wrong, for the end of the stylish output. */
import pc from 'picocolors';
import { colorEnabled } from '../cli/color.ts';
import type { Diagnostic } from '../diagnostic.ts';

export interface LocaleSummary {
  locale: string;
  isBase: boolean;
  /** Units of translation in the base (a key, or a whole plural group), across namespaces. */
  keys: number;
  /** Of those, the ones this locale has, non-empty and not left as the base. */
  translated: number;
  /** Diagnostics per rule id. */
  problems: Record<string, number>;
  errors: number;
  warnings: number;
}

export function emptySummary(locale: string, isBase: boolean): LocaleSummary {
  return { locale, isBase, keys: 0, translated: 0, problems: {}, errors: 0, warnings: 0 };
}

export function countDiagnostics(summary: LocaleSummary, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    summary.problems[d.ruleId] = (summary.problems[d.ruleId] ?? 0) + 1;
    if (d.severity === 'error') summary.errors++;
    else if (d.severity === 'warning') summary.warnings++;
  }
}

export const translatedShare = (s: LocaleSummary) => (s.keys ? s.translated / s.keys : 1);

/** A table: locale, share translated, errors, warnings, then the problems by rule, most frequent first. */
export function formatLocaleSummary(summaries: readonly LocaleSummary[], color = colorEnabled(process.stdout)): string {
  if (!summaries.length) return '';
  const c = pc.createColors(color);
  const width = Math.max(6, ...summaries.map((s) => s.locale.length));
  const lines = [c.bold(`${'locale'.padEnd(width)}  translated            errors  warnings  problems`)];
  for (const s of summaries) {
    const share = s.isBase ? 'base' : `${(Math.floor(translatedShare(s) * 1000) / 10).toFixed(1)}% (${s.translated}/${s.keys})`;
    const problems = Object.entries(s.problems).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, n]) => `${id} ${n}`).join(', ');
    const errors = String(s.errors).padStart(6);
    const warnings = String(s.warnings).padStart(8);
    lines.push(`${s.locale.padEnd(width)}  ${share.padEnd(20)}  ${s.errors ? c.red(errors) : errors}  ${s.warnings ? c.yellow(warnings) : warnings}  ${problems || c.green('none')}`);
  }
  return lines.join('\n') + '\n';
}

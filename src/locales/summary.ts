/** Per locale: how much is translated and what is wrong, for the end of the stylish output. */
import pc from 'picocolors';
import { colorEnabled } from '../report/color.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { t } from '../i18n/index.ts';

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
  // A run of one rule at one severity (a flat file's missing keys) is counted at once.
  for (let i = 0; i < diagnostics.length; ) {
    const d = diagnostics[i]!;
    let j = i + 1;
    while (j < diagnostics.length && diagnostics[j]!.ruleId === d.ruleId && diagnostics[j]!.severity === d.severity) j++;
    const n = j - i;
    summary.problems[d.ruleId] = (summary.problems[d.ruleId] ?? 0) + n;
    if (d.severity === 'error') summary.errors += n;
    else if (d.severity === 'warning') summary.warnings += n;
    i = j;
  }
}

export const translatedShare = (s: LocaleSummary) => (s.keys ? s.translated / s.keys : 1);

/**
 * A table: locale, share translated, errors, warnings, then the problems by rule, most frequent first. Headings
 * and words in the language of the messages; columns as wide as their heading or widest cell needs.
 */
export function formatLocaleSummary(summaries: readonly LocaleSummary[], color = colorEnabled(process.stdout)): string {
  if (!summaries.length) return '';
  const c = pc.createColors(color);
  const head = {
    locale: t('locales.summary.locale'), translated: t('locales.summary.translated'), errors: t('locales.summary.errors'),
    warnings: t('locales.summary.warnings'), problems: t('locales.summary.problems'),
  };
  const rows = summaries.map((s) => ({
    s,
    // Rounded down, so that 99.96% is not 100%.
    share: s.isBase ? t('locales.summary.base') : t('locales.summary.share', { share: Math.floor(translatedShare(s) * 1000) / 1000, translated: s.translated, keys: s.keys }),
    problems: Object.entries(s.problems).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, n]) => `${id} ${n}`).join(', '),
  }));
  const width = Math.max(head.locale.length, ...summaries.map((s) => s.locale.length));
  const shareWidth = Math.max(20, head.translated.length, ...rows.map((r) => r.share.length));
  const errorsWidth = Math.max(head.errors.length, ...summaries.map((s) => String(s.errors).length));
  const warningsWidth = Math.max(head.warnings.length, ...summaries.map((s) => String(s.warnings).length));
  const lines = [c.bold(`${head.locale.padEnd(width)}  ${head.translated.padEnd(shareWidth)}  ${head.errors.padStart(errorsWidth)}  ${head.warnings.padStart(warningsWidth)}  ${head.problems}`)];
  for (const { s, share, problems } of rows) {
    const errors = String(s.errors).padStart(errorsWidth);
    const warnings = String(s.warnings).padStart(warningsWidth);
    lines.push(`${s.locale.padEnd(width)}  ${share.padEnd(shareWidth)}  ${s.errors ? c.red(errors) : errors}  ${s.warnings ? c.yellow(warnings) : warnings}  ${problems || c.green(t('locales.summary.none'))}`);
  }
  return lines.join('\n') + '\n';
}

/** A table of the problems by rule: how many, of which severity, in how many locales; most frequent first. */
export function formatRuleSummary(reports: readonly { locale?: string; diagnostics: readonly Diagnostic[] }[], color = colorEnabled(process.stdout)): string {
  const c = pc.createColors(color);
  const rows = new Map<string, { count: number; severity: string; locales: Set<string> }>();
  for (const r of reports) {
    for (const d of r.diagnostics) {
      let row = rows.get(d.ruleId);
      if (!row) rows.set(d.ruleId, (row = { count: 0, severity: d.severity, locales: new Set() }));
      row.count++;
      if (d.severity === 'error') row.severity = 'error';
      if (r.locale) row.locales.add(r.locale);
    }
  }
  if (!rows.size) return '';
  const head = { rule: t('locales.summary.rule'), count: t('locales.summary.count'), locales: t('locales.summary.locales') };
  const sorted = [...rows].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
  const ruleWidth = Math.max(head.rule.length, ...sorted.map(([id]) => id.length));
  const countWidth = Math.max(head.count.length, ...sorted.map(([, r]) => String(r.count).length));
  const lines = [c.bold(`${head.rule.padEnd(ruleWidth)}  ${head.count.padStart(countWidth)}  ${head.locales}`)];
  for (const [id, r] of sorted) {
    const count = String(r.count).padStart(countWidth);
    lines.push(`${id.padEnd(ruleWidth)}  ${r.severity === 'error' ? c.red(count) : c.yellow(count)}  ${r.locales.size}`);
  }
  return lines.join('\n') + '\n';
}

/** The core: text + locale + name index → mentions and diagnostics. Pure; no I/O. */
import type { Diagnostic, SeveritySetting } from './diagnostic.ts';
import { compareDiagnostics } from './diagnostic.ts';
import { findMentions } from './match/matcher.ts';
import type { Mention } from './match/mention.ts';
import type { NameIndex } from './match/name-index.ts';
import { RULES } from './rules/index.ts';
import type { Rule } from './rules/rule.ts';
import { LineIndex } from './text/lines.ts';

export interface CheckOptions {
  locale: string;
  index: NameIndex;
  /** Severity per rule id; rules not named keep their default. */
  severities?: Record<string, SeveritySetting>;
  rules?: readonly Rule[];
}

export interface CheckResult {
  mentions: Mention[];
  diagnostics: Diagnostic[];
}

/**
 * `text` is what rules read (a format adapter may have blanked code and markup in it, keeping offsets);
 * `original` is what diagnostics quote, when they differ.
 */
export function checkText(text: string, options: CheckOptions): CheckResult {
  const mentions = findMentions(text, options.index, { locale: options.locale });
  const context = { text, locale: options.locale, mentions, index: options.index };
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  for (const rule of options.rules ?? RULES) {
    const severity = options.severities?.[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    for (const f of rule.check(context)) {
      const start = lines.position(f.start);
      const end = lines.position(f.end);
      diagnostics.push({
        ruleId: rule.meta.id,
        severity,
        message: f.message,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        offset: f.start,
        length: f.end - f.start,
        found: f.found,
        expected: f.expected ?? null,
        entity: f.entity ?? null,
        fix: f.fix !== undefined && f.fix !== f.found ? { offset: f.start, length: f.end - f.start, text: f.fix } : null,
      });
    }
  }
  diagnostics.sort(compareDiagnostics);
  return { mentions, diagnostics };
}

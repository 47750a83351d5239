/** The core: text + locale + name index → mentions and diagnostics. Pure; no I/O. */
import type { Diagnostic, Severity, SeveritySetting } from './diagnostic.ts';
import { findSuspects } from './suspects/suspects.ts';
import { compareDiagnostics } from './diagnostic.ts';
import { findMentions } from './match/matcher.ts';
import type { Mention } from './match/mention.ts';
import type { NameIndex } from './match/name-index.ts';
import { RULES } from './rules/index.ts';
import type { Rule, RuleSegment } from './rules/rule.ts';
import { TextDocument } from './text/document.ts';

export interface CheckOptions {
  locale: string;
  index: NameIndex;
  /** Severity per rule id; rules not named keep their default. */
  severities?: Record<string, SeveritySetting>;
  rules?: readonly Rule[];
  /** Suspected variants scoring below this are not reported (default 0.8). */
  suspectThreshold?: number;
  /** Suspected variants scoring at least this get a fix that `canonym fix` applies (default: never). */
  fixSuspectsAbove?: number;
  /** Bilingual files: the target segments and their sources (for name-mismatch). */
  segments?: readonly RuleSegment[];
}

/** Add suspected variants as mentions; an exact mention a suspect overrides (the city inside "Philip Deventer") goes. */
function withSuspects(doc: TextDocument, mentions: Mention[], options: CheckOptions): Mention[] {
  const suspects = findSuspects(doc, options.index, mentions, options.locale, { glossary: options.index.glossary, ...(options.suspectThreshold !== undefined ? { threshold: options.suspectThreshold } : {}) });
  if (!suspects.length) return mentions;
  const overridden = new Set(suspects.map((s) => s.overrides).filter((m) => m !== undefined));
  const added: Mention[] = suspects.map((s) => ({
    entity: s.entity,
    start: s.start,
    end: s.end,
    text: s.text,
    kind: 'suspect',
    surface: { entity: s.entity, form: s.resembles, words: [], hyphens: [], short: s.short, canonicalIn: [] },
    exact: false,
    score: s.score,
    ...(s.grammaticalCase ? { grammaticalCase: s.grammaticalCase } : {}),
  }));
  return [...mentions.filter((m) => !overridden.has(m)), ...added].sort((a, b) => a.start - b.start);
}

export interface CheckResult {
  mentions: Mention[];
  diagnostics: Diagnostic[];
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * `text` is what rules read (a format adapter may have blanked code and markup in it, keeping offsets);
 * `original` is what diagnostics quote, when they differ.
 */
export function checkText(text: string, options: CheckOptions): CheckResult {
  const rules = (options.rules ?? RULES).filter((r) => (options.severities?.[r.meta.id] ?? r.meta.defaultSeverity) !== 'off');
  // The text as one document, made once: the matcher, the suspects and the rules read its words, sentences and lines.
  const document = new TextDocument(text);
  let mentions = findMentions(text, options.index, { locale: options.locale, document });
  if (rules.some((r) => r.meta.needs?.includes('suspects'))) mentions = withSuspects(document, mentions, options);
  const context = { text, document, locale: options.locale, mentions, index: options.index, ...(options.fixSuspectsAbove !== undefined ? { fixSuspectsAbove: options.fixSuspectsAbove } : {}), ...(options.segments ? { segments: options.segments } : {}) };
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = (options.severities?.[rule.meta.id] ?? rule.meta.defaultSeverity) as Severity;
    for (const f of rule.check(context)) {
      const start = document.lines.position(f.start);
      const end = document.lines.position(f.end);
      diagnostics.push({
        ruleId: rule.meta.id,
        severity: f.lower && SEVERITY_RANK[f.lower] < SEVERITY_RANK[severity] ? f.lower : severity,
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

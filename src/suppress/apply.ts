/**
 * Suppressions applied in one place, after every rule has run (ESLint's model): a diagnostic is dropped when a
 * directive covers where it starts. `canonym-disable [rules]` holds from its comment to a `canonym-enable` that
 * names those rules or none; `canonym-enable rule` inside a `canonym-disable` of every rule turns that one back on.
 * A rule id no rule has is reported where it is written (a warning, `suppression-comment`), and suppresses nothing.
 */
import type { Diagnostic } from '../diagnostic.ts';
import type { ProseDocument } from '../formats/document.ts';
import { t } from '../i18n/index.ts';
import { RULES } from '../rules/index.ts';
import { LineIndex } from '../text/lines.ts';
import { directivesOf, type Directive } from './directives.ts';

/** The id under which a problem with a suppression comment is reported. */
export const SUPPRESSION_RULE_ID = 'suppression-comment';

export interface Suppressed {
  /** The diagnostics no directive covers, plus a warning for each unknown rule id in a directive. */
  diagnostics: Diagnostic[];
  /** The diagnostics a directive dropped. */
  suppressed: Diagnostic[];
  /** Directives that dropped nothing (not reported by the CLI; a library user may). */
  unused: Directive[];
}

/** The state of `disable`/`enable` directives at one point: every rule off but some, or some rules off. */
class BlockState {
  /** The `disable` of every rule in force, if any. */
  all: Directive | undefined;
  /** With `all`: the rules turned back on; without: the rules turned off, each by the directive that did. */
  readonly rules = new Map<string, Directive>();

  apply(d: Directive): void {
    const off = d.kind === 'disable';
    if (!d.rules.length) {
      this.all = off ? d : undefined;
      this.rules.clear();
      return;
    }
    // Inside a disable-all, enable adds a rule to the exceptions and disable takes it out again.
    for (const { id } of d.rules) (off !== (this.all !== undefined) ? this.rules.set(id, d) : this.rules.delete(id));
  }

  /** The directive that turns this rule off here, if one does. */
  by(ruleId: string): Directive | undefined {
    return this.all ? (this.rules.has(ruleId) ? undefined : this.all) : this.rules.get(ruleId);
  }
}

const names = (d: Directive, ruleId: string) => !d.rules.length || d.rules.some((r) => r.id === ruleId);

/** Whether a fix's source range [offset, offset + length) touches [start, end) (an insertion: strictly inside it). */
export function fixTouches(fix: { offset: number; length: number }, start: number, end: number): boolean {
  return fix.length ? fix.offset < end && start < fix.offset + fix.length : start < fix.offset && fix.offset < end;
}

/**
 * The kept diagnostics, with no fix into a span whose report a directive dropped: a suppressed name is left as
 * written, even when another rule (one the directive does not name) would rewrite it, as inconsistent-name does
 * once the first mention is fixed. Such a diagnostic is still reported, without a fix.
 */
function withoutFixesInto(kept: readonly Diagnostic[], suppressed: readonly Diagnostic[]): Diagnostic[] {
  if (!suppressed.length) return [...kept];
  return kept.map((d) => (d.fix && suppressed.some((s) => fixTouches(d.fix!, s.offset, s.offset + s.length)) ? { ...d, fix: null } : d));
}

export function applySuppressions(document: ProseDocument, diagnostics: readonly Diagnostic[], known: ReadonlySet<string> = new Set(RULES.map((r) => r.meta.id))): Suppressed {
  const directives = directivesOf(document);
  if (!directives.length) return { diagnostics: [...diagnostics], suppressed: [], unused: [] };
  // Unknown ids are left out; a directive that named only unknown ids suppresses nothing (never "every rule").
  const original = new Map<Directive, Directive>();
  const effective: Directive[] = [];
  for (const d of directives) {
    const rules = d.rules.filter((r) => known.has(r.id));
    if (d.rules.length && !rules.length) continue;
    const e = { ...d, rules };
    original.set(e, d);
    effective.push(e);
  }
  const blocks = effective.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.offset - b.offset);
  const oneShot = effective.filter((d) => d.kind === 'disable-next-line' || d.kind === 'disable-line').sort((a, b) => a.from - b.from);
  const used = new Set<Directive>();
  const kept: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  const state = new BlockState();
  let nextBlock = 0;
  let nextOneShot = 0;
  let active: Directive[] = [];
  // One sweep in source order: directives before a diagnostic are applied once, windows that ended are dropped.
  for (const d of [...diagnostics].sort((a, b) => a.offset - b.offset)) {
    while (nextBlock < blocks.length && blocks[nextBlock]!.offset <= d.offset) state.apply(blocks[nextBlock++]!);
    while (nextOneShot < oneShot.length && oneShot[nextOneShot]!.from <= d.offset) active.push(oneShot[nextOneShot++]!);
    active = active.filter((w) => w.to > d.offset);
    const by = active.find((w) => names(w, d.ruleId)) ?? state.by(d.ruleId);
    if (by) {
      used.add(original.get(by)!);
      suppressed.push(d);
    } else kept.push(d);
  }
  const lines = new LineIndex(document.source);
  const problems: Diagnostic[] = [];
  for (const directive of directives) {
    for (const rule of directive.rules) {
      if (known.has(rule.id)) continue;
      const at = lines.position(rule.offset);
      const end = lines.position(rule.offset + rule.id.length);
      problems.push({
        ruleId: SUPPRESSION_RULE_ID,
        severity: 'warning',
        message: t('rules.suppression-comment.unknown-rule', { rule: rule.id, directive: `canonym-${directive.kind}` }),
        line: at.line,
        column: at.column,
        endLine: end.line,
        endColumn: end.column,
        offset: rule.offset,
        length: rule.id.length,
        found: rule.id,
        expected: null,
        entity: null,
        fix: null,
      });
    }
  }
  const unused = directives.filter((d) => d.kind !== 'enable' && !used.has(d));
  return { diagnostics: [...withoutFixesInto(kept, suppressed), ...problems].sort((a, b) => a.offset - b.offset || a.length - b.length || a.ruleId.localeCompare(b.ruleId)), suppressed, unused };
}

/** Shared by known-variant and preferred-form: a listed variant, reported with the locale's form as the fix. */
import { isWrongIn, statusIn, type VariantStatus } from '../glossary/model.ts';
import { mentionFinding } from './mention-finding.ts';
import { nameOf } from './name-of.ts';
import type { Finding, RuleContext } from './rule.ts';

export function variantFindings(context: RuleContext, status: VariantStatus, describe: (found: string, name: string, expected: string | undefined) => string): Finding[] {
  const findings: Finding[] = [];
  for (const m of context.mentions) {
    const variant = m.surface.variant;
    if (m.kind !== 'variant' || !variant || statusIn(variant, context.locale) !== status || !isWrongIn(m.entity, variant, context.locale)) continue;
    const expected = context.index.formFor(m.entity, context.locale, m.surface.short, m.grammaticalCase);
    findings.push(mentionFinding(m, expected, describe(m.text, nameOf(m.entity, context.locale), expected)));
  }
  return findings;
}

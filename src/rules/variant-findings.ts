/**
 * Shared by known-variant and preferred-form: a listed variant, reported with the locale's form as the fix. The
 * admitted ones include a foreign name written without the marks the locale's press drops ("Erdogan" in English,
 * src/lexicon/bare-forms.ts), which exact-form leaves alone.
 */
import { isWrongIn, statusIn, type VariantStatus } from '../glossary/model.ts';
import { isAdmittedBareForm } from '../lexicon/bare-forms.ts';
import { mentionFinding } from './mention-finding.ts';
import { nameOf } from './name-of.ts';
import type { Finding, RuleContext } from './rule.ts';

export function variantFindings(context: RuleContext, status: VariantStatus, describe: (found: string, name: string, expected: string | undefined) => string): Finding[] {
  const findings: Finding[] = [];
  for (const m of context.mentions) {
    const variant = m.surface.variant;
    if (status === 'admitted' && !m.exact && (m.kind === 'canonical' || m.kind === 'short' || m.kind === 'inflected') && isAdmittedBareForm(m.text, m.surface.form, context.locale)) {
      findings.push(mentionFinding(m, m.surface.form, describe(m.text, nameOf(m.entity, context.locale), m.surface.form)));
      continue;
    }
    if (m.kind !== 'variant' || !variant || statusIn(variant, context.locale) !== status || !isWrongIn(m.entity, variant, context.locale)) continue;
    const expected = context.index.formFor(m.entity, context.locale, m.surface.short, m.grammaticalCase);
    findings.push(mentionFinding(m, expected, describe(m.text, nameOf(m.entity, context.locale), expected)));
  }
  return findings;
}

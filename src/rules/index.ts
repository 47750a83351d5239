/** Every rule canonym has, in report order. */
import { exactForm } from './exact-form.ts';
import { foreignScript } from './foreign-script.ts';
import { inconsistentName } from './inconsistent-name.ts';
import { knownVariant } from './known-variant.ts';
import { localeForm } from './locale-form.ts';
import { mixedScript } from './mixed-script.ts';
import { nameMismatch } from './name-mismatch.ts';
import { preferredForm } from './preferred-form.ts';
import type { Rule } from './rule.ts';
import { suspectedVariant } from './suspected-variant.ts';
import { transliterationVariant } from './transliteration-variant.ts';

export const RULES: readonly Rule[] = [knownVariant, transliterationVariant, localeForm, foreignScript, exactForm, inconsistentName, mixedScript, suspectedVariant, preferredForm, nameMismatch];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

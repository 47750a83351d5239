/** prh-style specs inside entries: each `from` fixed in its locale must give `to`, and `to` must be clean. */
import { checkText } from './check.ts';
import { applyFixes } from './fix/apply.ts';
import type { NameIndex } from './match/name-index.ts';
import type { Entity, Spec } from './glossary/model.ts';

export interface SpecFailure {
  entity: Entity;
  spec: Spec;
  actual: string;
  reason: string;
}

export function runSpecs(index: NameIndex): { passed: number; failures: SpecFailure[] } {
  let passed = 0;
  const failures: SpecFailure[] = [];
  for (const entity of index.glossary.entities.values()) {
    for (const spec of entity.specs) {
      const fixed = applyFixes(spec.from, checkText(spec.from, { locale: spec.locale, index }).diagnostics).output;
      if (fixed !== spec.to) {
        failures.push({ entity, spec, actual: fixed, reason: 'fix gives a different text' });
        continue;
      }
      const left = checkText(spec.to, { locale: spec.locale, index }).diagnostics.filter((d) => d.severity === 'error');
      if (left.length) {
        failures.push({ entity, spec, actual: fixed, reason: `the expected text still has errors: ${left.map((d) => d.message).join('; ')}` });
        continue;
      }
      passed++;
    }
  }
  return { passed, failures };
}

import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { buildNameIndex } from '../src/match/name-index.ts';
import { RULES } from '../src/rules/index.ts';

// The documented examples of every rule run against the shipped glossary: they are what the README promises.
const index = buildNameIndex(loadGlossary());

describe.each(RULES.map((r) => [r.meta.id, r] as const))('rule %s', (id, rule) => {
  it('has metadata a reporter can show', () => {
    expect(rule.meta.description.length).toBeGreaterThan(20);
    expect(['error', 'warning', 'info', 'off']).toContain(rule.meta.defaultSeverity);
  });
  it.each(rule.meta.examples.map((e) => [e.text, e] as const))('example: %s', (_text, example) => {
    const reports = checkText(example.text, { locale: example.locale, index, rules: [rule], severities: { [id]: 'error' }, ...(example.segments ? { segments: example.segments } : {}) })
      .diagnostics.map((d) => ({ found: d.found, ...(d.expected !== null && example.reports.some((r) => r.expected !== undefined) ? { expected: d.expected } : {}) }));
    expect(reports).toEqual(example.reports);
  });
});

it('every default-on rule has at least one reporting and one silent example', () => {
  for (const rule of RULES.filter((r) => r.meta.defaultSeverity !== 'off')) {
    expect(rule.meta.examples.some((e) => e.reports.length > 0), rule.meta.id).toBe(true);
    expect(rule.meta.examples.some((e) => e.reports.length === 0), rule.meta.id).toBe(true);
  }
});

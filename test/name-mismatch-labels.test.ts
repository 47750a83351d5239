import { describe, expect, it } from 'vitest';
import { checkPair, readLabels } from '../scripts/eval-bilingual.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { buildNameIndex } from '../src/match/name-index.ts';

// name-mismatch findings on WMT human references, read one by one and labelled (fixtures/eval/bilingual/labels.jsonl,
// each pair with its WMT file and line): a false alarm whose cause the rule now knows must stay quiet, and a
// reference that is wrong about a name (another entity named, a name left out with nothing standing for it) must
// still be reported. Each pair is checked as eval:bilingual checks it, as a one-unit XLIFF 2.0 file.
const index = buildNameIndex(loadGlossary());
const labels = readLabels();
const name = (l: (typeof labels)[number]) => `${l.reference.replace(/.*\//, '')}:${l.line} ${l.entity} (${l.label === 'true' ? 'true' : 'false alarm'}, ${l.cause})`;
const findings = (l: (typeof labels)[number]) => checkPair(index, l.from, l.to, l.src, l.ref).filter((d) => d.ruleId === 'name-mismatch' && d.entity === l.entity);

describe('name-mismatch on labelled human references', () => {
  it('the labels name their WMT source and a known cause', () => {
    expect(labels.length).toBeGreaterThanOrEqual(40);
    for (const l of labels) {
      expect(l.repo).toMatch(/^wmt-conference\/wmt2[134]-news-systems$/);
      expect(l.src.length * l.ref.length).toBeGreaterThan(0);
      expect(['true', 'false']).toContain(l.label);
      expect(l.reason.length).toBeGreaterThan(10);
    }
  });

  it.each(labels.filter((l) => l.expected === 'quiet').map((l) => [name(l), l] as const))('quiet: %s', (_n, l) => {
    expect(l.label).toBe('false');
    expect(findings(l).map((d) => d.message)).toEqual([]);
  });

  it.each(labels.filter((l) => l.expected === 'reported').map((l) => [name(l), l] as const))('reported: %s', (_n, l) => {
    expect(l.label).toBe('true');
    expect(findings(l).length).toBeGreaterThan(0);
  });
});

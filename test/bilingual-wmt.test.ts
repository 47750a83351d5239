import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPair, replaceMentions, type Pair } from '../scripts/eval-bilingual.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { findMentions } from '../src/match/matcher.ts';
import { buildNameIndex } from '../src/match/name-index.ts';

// Real parallel news (WMT21/23/24 sources and human references; see fixtures/bilingual/SOURCES.md), checked as
// one-unit XLIFF 2.0 files the way the eval:bilingual script checks them.
const index = buildNameIndex(loadGlossary());
const pairs = readFileSync(new URL('./fixtures/bilingual/wmt-excerpt.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l) as Pair);

describe('name-mismatch on real parallel news', () => {
  it('the excerpt has both kinds of pairs, from every year', () => {
    expect(pairs.filter((p) => p.entity).length).toBeGreaterThanOrEqual(15);
    expect(pairs.filter((p) => !p.entity).length).toBeGreaterThanOrEqual(15);
    for (const year of ['wmt21', 'wmt23', 'wmt24']) expect(pairs.some((p) => p.repo.includes(year))).toBe(true);
  });

  it('human references as they are raise no name-mismatch', () => {
    const alarms = pairs.map((p) => ({ p, d: checkPair(index, p.from, p.to, p.src, p.ref).filter((d) => d.ruleId === 'name-mismatch') })).filter((x) => x.d.length);
    expect(alarms.map((x) => `${x.p.reference}:${x.p.line} ${x.d.map((d) => d.message).join('; ')}`)).toEqual([]);
  });

  it.each(pairs.filter((p) => p.entity).map((p) => [`${p.from}-${p.to} ${p.entity}`, p] as const))('a name dropped from the reference is reported: %s', (_label, p) => {
    const mentions = findMentions(p.ref, index, { locale: p.to }).filter((m) => m.entity.id === p.entity);
    expect(mentions.length).toBeGreaterThan(0);
    const dropped = replaceMentions(p.ref, mentions, '');
    const found = checkPair(index, p.from, p.to, p.src, dropped).filter((d) => d.ruleId === 'name-mismatch');
    expect(found.map((d) => d.entity)).toContain(p.entity);
  });
});

/**
 * Precision and recall of canonym's name checks on the labelled set test/fixtures/eval/names.jsonl.
 *
 *   npx tsx scripts/eval-names.ts                      # the shipped set, every table and every miss / false alarm
 *   npx tsx scripts/eval-names.ts --tables-only        # the tables alone (Markdown, ready to paste)
 *   npx tsx scripts/eval-names.ts --file other.jsonl   # another set in the same format
 *
 * One JSON object a line: {"id", "lang", "text", "expect": [{"text", "entity"}], "note"}. `expect` lists every
 * misspelled name in the text (the exact substring and the glossary entity it stands for); `expect: []` marks a
 * negative, a text that must get no report. The note starts with the case's nature:
 *   positives  `listed: …`            a spelling the glossary lists as a variant
 *              `translit: …`          a spelling a trip through Cyrillic produces (Sholts, Zhozep Borrel)
 *              `other/<kind>: …`      neither (kind: typo, mt, locale, diacritics, homoglyph, …)
 *              `listed+translit: …`   one nature per expected name, in order, when they differ
 *   negatives  `neg/canonical: …`     right names in the right locale's form
 *              `neg/lookalike: …`     real names close to a glossary name that are not variants of it
 *              `neg/caps: …`          capitalised ordinary words, headings
 *
 * Scoring. The text is checked with `checkText(text, { locale: lang, index })` and the default severities.
 * An expected name is found by a diagnostic whose `found` overlaps the expected substring and whose `entity` is
 * the expected entity (a `mixed-script` diagnostic names no entity: overlap is enough). Every rule's diagnostics
 * count, so `exact-form` ("Vera Jourova") and `inconsistent-name` find names too when they name the right entity.
 * Every other diagnostic, on a negative or a positive, is a false alarm; overall, several rules reporting one
 * span count as one false alarm. Per rule, FN and recall (all) are against every expected name; recall (nature)
 * is against the names of the nature that rule exists for (known-variant: listed, transliteration-variant:
 * translit, suspected-variant: every other/* kind that no rule of its own exists for, shown as other/unpredicted,
 * locale-form: other/locale, exact-form: other/diacritics, mixed-script: other/homoglyph); F1 uses precision and recall (nature) where the rule has a nature, recall (all) otherwise.
 *
 * Always exits 0 once the set is scored (the numbers are the result, not a pass/fail); 2 when the set or the
 * glossary cannot be read.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../src/diagnostic.ts';
import type { Glossary } from '../src/glossary/model.ts';

const DEFAULT_SET = fileURLToPath(new URL('../test/fixtures/eval/names.jsonl', import.meta.url));

const UNPREDICTED = 'other/unpredicted';

/** The nature each rule exists to catch; recall (nature) is computed on the expected names of that nature. */
const RULE_NATURE: Record<string, string> = {
  'known-variant': 'listed',
  'transliteration-variant': 'translit',
  // Misspellings that no system predicts: the other/* kinds that no rule of their own exists for (typos, MT
  // errors, polonised forms …), not diacritics, homoglyphs or another locale's form.
  'suspected-variant': UNPREDICTED,
  'locale-form': 'other/locale',
  'exact-form': 'other/diacritics',
  'mixed-script': 'other/homoglyph',
};

interface Expected {
  text: string;
  entity: string;
}

interface Case {
  id: string;
  lang: string;
  text: string;
  expect: Expected[];
  note: string;
  line: number;
}

interface ExpectedName extends Expected {
  caseId: string;
  lang: string;
  nature: string;
  start: number;
  end: number;
  foundBy: Set<string>;
}

interface CaseResult {
  item: Case;
  names: ExpectedName[];
  diagnostics: Diagnostic[];
  /** Diagnostics that found no expected name. */
  falseAlarms: Diagnostic[];
  category: string;
}

function fail(message: string): never {
  process.stderr.write(`eval-names: ${message}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the set

function readSet(path: string): { cases: Case[]; problems: string[] } {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read ${path}: ${(e as Error).message}`);
  }
  const cases: Case[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  raw.split('\n').forEach((lineText, i) => {
    const line = i + 1;
    if (!lineText.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch (e) {
      fail(`${path}:${line}: not JSON: ${(e as Error).message}`);
    }
    const o = value as Partial<Case>;
    const where = `${path}:${line}`;
    if (typeof o.id !== 'string' || typeof o.lang !== 'string' || typeof o.text !== 'string' || !Array.isArray(o.expect)) {
      fail(`${where}: needs string "id", "lang", "text" and an array "expect"`);
    }
    for (const e of o.expect) {
      if (typeof e?.text !== 'string' || typeof e?.entity !== 'string') fail(`${where}: every "expect" item needs string "text" and "entity"`);
    }
    if (ids.has(o.id)) problems.push(`${where}: duplicate id ${o.id}`);
    ids.add(o.id);
    cases.push({ id: o.id, lang: o.lang, text: o.text, expect: o.expect as Expected[], note: typeof o.note === 'string' ? o.note : '', line });
  });
  return { cases, problems };
}

/** Natures from the note's prefix: one for every expected name ("listed+translit: …"), or one for all. */
function naturesOf(item: Case): string[] {
  const prefix = /^([a-z/-]+(?:\+[a-z/-]+)*):/.exec(item.note)?.[1] ?? 'unknown';
  const parts = prefix.split('+');
  return item.expect.map((_, i) => parts[Math.min(i, parts.length - 1)] ?? 'unknown');
}

function negativeCategory(item: Case): string {
  return /^neg\/([a-z-]+)(?::|$)/.exec(item.note)?.[1] ?? 'unknown';
}

/** Where `needle` stands in `text` as whole words ("Borrel" is not inside "Borrell"). */
function wholeWordOccurrences(text: string, needle: string): number[] {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => m.index);
}

/** The n-th expected name with a given text is its n-th whole-word occurrence. */
function placeExpected(item: Case, natures: string[], problems: string[]): ExpectedName[] {
  const seen = new Map<string, number>();
  const names: ExpectedName[] = [];
  item.expect.forEach((e, i) => {
    const n = seen.get(e.text) ?? 0;
    seen.set(e.text, n + 1);
    const at = wholeWordOccurrences(item.text, e.text)[n] ?? -1;
    if (at < 0) {
      problems.push(`${item.id}: expected "${e.text}" is not in the text${n ? ` ${n + 1} times` : ''}`);
      return;
    }
    names.push({ ...e, caseId: item.id, lang: item.lang, nature: natures[i] ?? 'unknown', start: at, end: at + e.text.length, foundBy: new Set() });
  });
  return names;
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting

const pct = (num: number, den: number) => (den === 0 ? '—' : `${((100 * num) / den).toFixed(1)}%`);
const ratio = (num: number, den: number) => (den === 0 ? NaN : num / den);
const f1 = (p: number, r: number) => (Number.isNaN(p) || Number.isNaN(r) || p + r === 0 ? NaN : (2 * p * r) / (p + r));
const fmt = (x: number) => (Number.isNaN(x) ? '—' : `${(100 * x).toFixed(1)}%`);

function table(header: string[], rows: Array<Array<string | number>>, align: Array<'l' | 'r'>): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(3, ...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((v, c) => (align[c] === 'r' ? v.padStart(widths[c]!) : v.padEnd(widths[c]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (align[c] === 'r' ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(header), rule, ...cells.slice(1).map(line)].join('\n');
}

const describe = (d: Diagnostic) => `${d.ruleId}: "${d.found}"${d.entity ? ` → ${d.entity}` : ''}${d.expected ? ` ("${d.expected}")` : ''}`;

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string', default: DEFAULT_SET },
      'tables-only': { type: 'boolean', default: false },
    },
  });
  const path = values.file!;
  const { cases, problems } = readSet(path);

  let glossary: Glossary;
  let checkText: typeof import('../src/check.ts').checkText;
  let rules: typeof import('../src/rules/index.ts').RULES;
  let index: import('../src/match/name-index.ts').NameIndex;
  try {
    const [{ loadGlossary }, { buildNameIndex }, check, rulesModule] = await Promise.all([
      import('../src/glossary/load.ts'),
      import('../src/match/name-index.ts'),
      import('../src/check.ts'),
      import('../src/rules/index.ts'),
    ]);
    glossary = loadGlossary();
    index = buildNameIndex(glossary);
    checkText = check.checkText;
    rules = rulesModule.RULES;
  } catch (e) {
    fail(`cannot load the shipped glossary or the checker: ${(e as Error).stack ?? e}`);
  }

  const results: CaseResult[] = [];
  const allNames: ExpectedName[] = [];
  for (const item of cases) {
    for (const e of item.expect) if (!glossary.entities.has(e.entity)) problems.push(`${item.id}: unknown entity "${e.entity}"`);
    const names = placeExpected(item, naturesOf(item), problems);
    allNames.push(...names);
    const { diagnostics } = checkText(item.text, { locale: item.lang, index });
    const falseAlarms: Diagnostic[] = [];
    for (const d of diagnostics) {
      const dEnd = d.offset + d.length;
      const hits = names.filter((n) => d.offset < n.end && n.start < dEnd && (d.entity === n.entity || (d.entity === null && d.ruleId === 'mixed-script')));
      for (const n of hits) n.foundBy.add(d.ruleId);
      if (hits.length === 0) falseAlarms.push(d);
    }
    results.push({ item, names, diagnostics, falseAlarms, category: item.expect.length ? '' : negativeCategory(item) });
  }

  const positives = results.filter((r) => r.item.expect.length > 0);
  const negatives = results.filter((r) => r.item.expect.length === 0);
  const distinctSpans = (ds: Diagnostic[]) => new Set(ds.map((d) => `${d.offset}:${d.length}`)).size;
  const langs = [...new Set(cases.map((c) => c.lang))].sort();
  const out: string[] = [];

  out.push(`# canonym name-check evaluation`);
  out.push('');
  out.push(
    `${cases.length} cases from ${path.replace(`${process.cwd()}/`, '')}: ${positives.length} positive (${allNames.length} expected names), ` +
      `${negatives.length} negative; ${langs.length} languages (${langs.join(', ')}). Rules run at their default severities.`,
  );
  if (problems.length) {
    out.push('');
    out.push(`**Problems in the set (${problems.length})** — fix these before trusting the numbers:`);
    for (const p of problems) out.push(`- ${p}`);
  }

  // Per rule -----------------------------------------------------------------------------------------------------
  const owned = new Set(Object.values(RULE_NATURE));
  const byNature = (nature: string) =>
    nature === UNPREDICTED
      ? allNames.filter((n) => n.nature.startsWith('other/') && !owned.has(n.nature))
      : allNames.filter((n) => n.nature === nature || n.nature.startsWith(`${nature}/`));
  const ruleIds = [...new Set([...rules.map((r) => r.meta.id), ...results.flatMap((r) => r.diagnostics.map((d) => d.ruleId))])];
  const active = ruleIds.filter((id) => results.some((r) => r.diagnostics.some((d) => d.ruleId === id)) || rules.find((r) => r.meta.id === id)?.meta.defaultSeverity !== 'off');
  const ruleRows = active.map((id) => {
    const tp = allNames.filter((n) => n.foundBy.has(id)).length;
    const fp = results.reduce((s, r) => s + r.falseAlarms.filter((d) => d.ruleId === id).length, 0);
    const fn = allNames.length - tp;
    const nature = RULE_NATURE[id];
    const ofNature = nature ? byNature(nature) : [];
    const tpNature = ofNature.filter((n) => n.foundBy.has(id)).length;
    const p = ratio(tp, tp + fp);
    const rAll = ratio(tp, allNames.length);
    const rNature = nature ? ratio(tpNature, ofNature.length) : NaN;
    return [
      `\`${id}\``,
      nature ?? '—',
      tp,
      fp,
      fn,
      fmt(p),
      fmt(rAll),
      nature ? `${fmt(rNature)} (${tpNature}/${ofNature.length})` : '—',
      fmt(f1(p, nature ? rNature : rAll)),
    ];
  });
  const tpAll = allNames.filter((n) => n.foundBy.size > 0).length;
  const fpAll = results.reduce((s, r) => s + distinctSpans(r.falseAlarms), 0);
  const pAll = ratio(tpAll, tpAll + fpAll);
  const rAll = ratio(tpAll, allNames.length);
  ruleRows.push(['**all rules**', 'all', tpAll, fpAll, allNames.length - tpAll, fmt(pAll), fmt(rAll), `${fmt(rAll)} (${tpAll}/${allNames.length})`, fmt(f1(pAll, rAll))]);
  out.push('');
  out.push('## Per rule');
  out.push('');
  out.push(table(['rule', 'nature', 'TP', 'FP', 'FN', 'precision', 'recall (all)', 'recall (nature)', 'F1'], ruleRows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r']));

  // Recall per nature ---------------------------------------------------------------------------------------------
  const natures = [...new Set(allNames.map((n) => n.nature))].sort();
  const natureRows = natures.map((nature) => {
    const ns = allNames.filter((n) => n.nature === nature);
    const found = ns.filter((n) => n.foundBy.size > 0);
    const rulesUsed = new Map<string, number>();
    for (const n of found) for (const r of n.foundBy) rulesUsed.set(r, (rulesUsed.get(r) ?? 0) + 1);
    const by = [...rulesUsed].sort((a, b) => b[1] - a[1]).map(([r, c]) => `${r} ${c}`).join(', ');
    return [nature, ns.length, found.length, pct(found.length, ns.length), by || '—'];
  });
  out.push('');
  out.push('## Recall per nature (positives)');
  out.push('');
  out.push(table(['nature', 'names', 'found', 'recall', 'found by'], natureRows, ['l', 'r', 'r', 'r', 'l']));

  // False alarms per negative category ---------------------------------------------------------------------------
  const categories = [...new Set(negatives.map((r) => r.category))].sort();
  const negRows = categories.map((c) => {
    const rs = negatives.filter((r) => r.category === c);
    const flagged = rs.filter((r) => r.falseAlarms.length > 0);
    return [c, rs.length, flagged.length, rs.reduce((s, r) => s + distinctSpans(r.falseAlarms), 0), pct(rs.length - flagged.length, rs.length)];
  });
  const flaggedPos = positives.filter((r) => r.falseAlarms.length > 0);
  negRows.push(['(positives: reports on other spans)', positives.length, flaggedPos.length, positives.reduce((s, r) => s + distinctSpans(r.falseAlarms), 0), pct(positives.length - flaggedPos.length, positives.length)]);
  out.push('');
  out.push('## False alarms per kind of negative');
  out.push('');
  out.push(table(['category', 'cases', 'cases with a report', 'false alarms', 'clean'], negRows, ['l', 'r', 'r', 'r', 'r']));

  // Per language ------------------------------------------------------------------------------------------------
  const langRows = langs.map((lang) => {
    const rs = results.filter((r) => r.item.lang === lang);
    const ns = allNames.filter((n) => n.lang === lang);
    const tp = ns.filter((n) => n.foundBy.size > 0).length;
    const fp = rs.reduce((s, r) => s + distinctSpans(r.falseAlarms), 0);
    const pos = rs.filter((r) => r.item.expect.length > 0).length;
    return [lang, pos, rs.length - pos, ns.length, tp, fp, ns.length - tp, fmt(ratio(tp, tp + fp)), fmt(ratio(tp, ns.length))];
  });
  out.push('');
  out.push('## Per language');
  out.push('');
  out.push(table(['lang', 'positive', 'negative', 'names', 'TP', 'FP', 'FN', 'precision', 'recall'], langRows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']));

  if (!values['tables-only']) {
    const misses = allNames.filter((n) => n.foundBy.size === 0);
    out.push('');
    out.push(`## Misses (${misses.length})`);
    out.push('');
    for (const n of misses) {
      const r = results.find((x) => x.item.id === n.caseId)!;
      const near = r.diagnostics.filter((d) => d.offset < n.end && n.start < d.offset + d.length);
      out.push(`- \`${n.caseId}\` [${n.lang}, ${n.nature}] ${JSON.stringify(r.item.text)}`);
      out.push(`  expected "${n.text}" → ${n.entity}; reported ${near.length ? near.map(describe).join('; ') : 'nothing there'}`);
    }
    const alarms = results.filter((r) => r.falseAlarms.length > 0);
    out.push('');
    out.push(`## False alarms (${alarms.reduce((s, r) => s + r.falseAlarms.length, 0)} diagnostics in ${alarms.length} cases)`);
    out.push('');
    for (const r of alarms) {
      const kind = r.item.expect.length ? 'positive' : `negative, ${r.category}`;
      out.push(`- \`${r.item.id}\` [${r.item.lang}, ${kind}] ${JSON.stringify(r.item.text)}`);
      const expected = r.item.expect.length ? r.item.expect.map((e) => `"${e.text}" → ${e.entity}`).join('; ') : 'nothing';
      out.push(`  expected ${expected}; reported ${r.falseAlarms.map(describe).join('; ')}`);
    }
  }

  process.stdout.write(`${out.join('\n')}\n`);
}

await main();

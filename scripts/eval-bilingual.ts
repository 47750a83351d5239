/**
 * name-mismatch on real parallel news: planted missing or wrong target names must be found, untouched human
 * references must stay quiet. Source/reference pairs come from the WMT21, WMT23 and WMT24 test sets (system-output
 * repositories of the WMT conferences; not the WMT22 or NTREX sets, kept for acceptance), read from their git
 * snapshots under $MIRROR (default /work/.mirror, `<owner>+<name>/repo`); without them, from the verified excerpt
 * test/fixtures/bilingual/wmt-excerpt.jsonl.
 *
 *   npm run eval:bilingual                   # the tables
 *   npm run eval:bilingual -- --verbose      # also every miss and every false alarm
 *   npm run eval:bilingual -- --json
 *   npm run eval:bilingual -- --write-excerpt  # rewrite the excerpt fixture from the snapshots
 *
 * Every pair is checked as what a CAT tool would export: an XLIFF 2.0 file of one unit (source and target escaped),
 * read by the XLIFF reader and checked with the default rules, the target locale and the source locale from the
 * file. False alarms: name-mismatch findings on untouched pairs (a stride sample of every file, at most 250 pairs
 * each), counted per 200 segments. Planted: pairs whose source and reference both name an entity, the reference in
 * its locale's right form (the source surely naming it: not a one-word name that is a word of the source's language,
 * nor one inside a longer name, as name-mismatch reads sources), with no name-mismatch finding untouched; the reference is changed in three ways: the
 * name dropped (every mention of the entity cut out), replaced by a wrong variant the glossary lists for that
 * locale, or replaced by another entity of the same type (its canonical form). Found: a name-mismatch finding on
 * that entity; for the wrong variant, which is the entity in a wrong form, a finding on it of any rule (the form
 * rules report it; name-mismatch leaves forms to them).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyse } from '../src/analyse.ts';
import type { Diagnostic } from '../src/diagnostic.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { statusIn, type Entity } from '../src/glossary/model.ts';
import { findMentions } from '../src/match/matcher.ts';
import { sureMentions } from '../src/rules/name-mismatch.ts';
import type { Mention } from '../src/match/mention.ts';
import { buildNameIndex, type NameIndex } from '../src/match/name-index.ts';
import { localeScript, scriptOf } from '../src/text/script.ts';

const MIRROR = process.env.MIRROR ?? '/work/.mirror';
const EXCERPT = fileURLToPath(new URL('../test/fixtures/bilingual/wmt-excerpt.jsonl', import.meta.url));
const W21 = 'wmt-conference/wmt21-news-systems';
const W23 = 'wmt-conference/wmt23-news-systems';
const W24 = 'wmt-conference/wmt24-news-systems';
const RIGHT = new Set<Mention['kind']>(['canonical', 'short', 'inflected']);
const FA_PER_FILE = 250;

const LABELS = fileURLToPath(new URL('../test/fixtures/eval/bilingual/labels.jsonl', import.meta.url));

/**
 * name-mismatch findings on human references, read one by one (test/fixtures/eval/bilingual/labels.jsonl: the pair,
 * its WMT file and line, the entity): `true` where the reference is wrong about the name (it names another entity,
 * or leaves a name out with nothing standing for it: no pronoun, no "the country"; a loose but faithful rendering
 * is not wrong), `false` for a false alarm, with its cause (pronoun, common-noun, adjective, carried, …) and the
 * reason. A finding labelled true is counted apart from the false alarms and listed with its reason; `expected`
 * says what the rule does on the pair now (`reported`, `quiet`), which test/name-mismatch-labels.test.ts checks.
 */
export interface Label extends Pair {
  entity: string;
  label: 'true' | 'false';
  cause: string;
  reason: string;
  expected?: 'reported' | 'quiet';
}
export const readLabels = (): Label[] => readFileSync(LABELS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Label);
const LABELLED = readLabels();
const labelOf = (pair: Pair, entity: string | undefined) => LABELLED.find((h) => pair.reference === h.reference && pair.line === h.line && h.entity === entity);
const humanError = (pair: Pair, entity: string | undefined) => {
  const label = labelOf(pair, entity);
  return label?.label === 'true' ? label : undefined;
};
const PLANT_PER_FILE = 60;

export interface Pair {
  repo: string;
  commit: string;
  source: string;
  reference: string;
  /** 1-based line of both files. */
  line: number;
  from: string;
  to: string;
  src: string;
  ref: string;
  /** In the excerpt: the entity whose mentions a test drops from the reference (absent for a pair kept as it is). */
  entity?: string;
}

interface FileSpec { repo: string; source: string; reference: string; from: string; to: string; docs?: string }

function specs(): FileSpec[] {
  const out: FileSpec[] = [];
  for (const p of ['cs-en', 'de-en', 'de-fr', 'en-cs', 'en-de', 'en-ru', 'fr-de', 'ru-en']) {
    const [from, to] = p.split('-') as [string, string];
    out.push({ repo: W21, source: `txt/sources/newstest2021.${p}.src.${from}`, reference: `txt/references/newstest2021.${p}.ref.A.${to}`, from, to });
  }
  for (const p of ['cs-uk', 'de-en', 'en-cs', 'en-de', 'en-ru', 'en-uk', 'ru-en', 'uk-en']) {
    const [from, to] = p.split('-') as [string, string];
    out.push({ repo: W23, source: `txt/sources/generaltest2023.${p}.src.${from}`, reference: `txt/references/generaltest2023.${p}.ref.refA.${to}`, from, to });
  }
  for (const p of ['cs-uk', 'en-cs', 'en-de', 'en-es', 'en-ru', 'en-uk']) {
    const [from, to] = p.split('-') as [string, string];
    out.push({ repo: W24, source: `txt/sources/${p}.txt`, reference: `txt/references/${p}.refA.txt`, from, to, docs: `txt/documents/${p}.docs` });
  }
  return out;
}

/** A finding's label as the verbose listing shows it. */
function labelText(pair: Pair, d: Diagnostic): string {
  const label = labelOf(pair, d.entity ?? undefined);
  return label ? `labelled ${label.label === 'true' ? 'true' : 'false alarm'}, ${label.cause}: ${label.reason}` : 'unlabelled';
}

const gitDir = (repo: string) => `${MIRROR}/${repo.replace('/', '+')}/repo`;
const git = (repo: string, ...args: string[]) => execFileSync('git', ['--git-dir', gitDir(repo), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

/** Every aligned line pair of a file (WMT24: the news paragraphs only), both sides non-empty. */
function pairsOf(spec: FileSpec): Pair[] {
  const commit = git(spec.repo, 'rev-parse', 'HEAD').trim().slice(0, 12);
  const src = git(spec.repo, 'show', `HEAD:${spec.source}`).split('\n');
  const ref = git(spec.repo, 'show', `HEAD:${spec.reference}`).split('\n');
  const docs = spec.docs ? git(spec.repo, 'show', `HEAD:${spec.docs}`).split('\n') : undefined;
  const out: Pair[] = [];
  for (let i = 0; i < Math.min(src.length, ref.length); i++) {
    if (docs && docs[i]?.split('\t')[0] !== 'news') continue;
    const s = src[i]!.trim();
    const r = ref[i]!.trim();
    if (!s || !r) continue;
    // A reference decoded with the wrong code page (some WMT23 en-ru lines: "Òåì íå ìåíåå") is no translation.
    if (/[\u00c0-\u00ff]{4}/u.test(r) && localeScript(spec.to) === 'Cyrillic') continue;
    out.push({ repo: spec.repo, commit, source: spec.source, reference: spec.reference, line: i + 1, from: spec.from, to: spec.to, src: s, ref: r });
  }
  return out;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The pair as a one-unit XLIFF 2.0 file, and where its target starts. */
export function asXliff(from: string, to: string, src: string, ref: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${from}" trgLang="${to}">\n <file id="f1">\n  <unit id="u1">\n   <segment state="translated">\n    <source>${escapeXml(src)}</source>\n    <target>${escapeXml(ref)}</target>\n   </segment>\n  </unit>\n </file>\n</xliff>\n`;
}

export function checkPair(index: NameIndex, from: string, to: string, src: string, ref: string): Diagnostic[] {
  return analyse(asXliff(from, to, src, ref), { index, format: 'xliff', detectAmong: index.locales }).diagnostics;
}

type PlantKind = 'dropped' | 'wrong-variant' | 'other-entity';

interface Plant { pair: Pair; entity: string; kind: PlantKind; planted: string; found: boolean; foundByOther: boolean; diagnostics: Diagnostic[] }

/** The reference with every mention of the entity replaced (or cut out, with the space before it). */
export function replaceMentions(ref: string, mentions: readonly Mention[], by: string): string {
  let out = '';
  let cursor = 0;
  for (const m of mentions) {
    let start = m.start;
    if (!by) while (start > cursor && ref[start - 1] === ' ') start--;
    out += ref.slice(cursor, start) + by;
    cursor = m.end;
  }
  return (out + ref.slice(cursor)).replace(/^\s+/, '');
}

function wrongVariant(entity: Entity, locale: string): string | undefined {
  return entity.variants.find((v) => statusIn(v, locale) === 'forbidden' && !(entity.names[locale] ?? []).includes(v.form) && scriptOf(v.form) === localeScript(locale) && v.until === undefined)?.form;
}

function stride<T>(items: readonly T[], quota: number): T[] {
  const k = Math.max(1, Math.floor(items.length / quota));
  return items.filter((_, i) => i % k === 0).slice(0, quota);
}

function main(): void {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, 'write-excerpt': { type: 'boolean', default: false } } });
  const started = Date.now();
  const index = buildNameIndex(loadGlossary());
  const byType = new Map<string, Entity[]>();
  for (const e of index.glossary.entities.values()) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);

  const fromMirror = specs().every((s) => existsSync(gitDir(s.repo)));
  let files: Pair[][];
  if (fromMirror) files = specs().map(pairsOf);
  else {
    const excerpt = readFileSync(EXCERPT, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Pair);
    const groups = new Map<string, Pair[]>();
    for (const p of excerpt) groups.set(`${p.repo}:${p.reference}`, [...(groups.get(`${p.repo}:${p.reference}`) ?? []), p]);
    files = [...groups.values()];
  }

  const alarms: Array<{ pair: Pair; diagnostics: Diagnostic[] }> = [];
  const trueFindings: Array<{ pair: Pair; diagnostic: Diagnostic; reason: string }> = [];
  const reportedLabels = new Set<Label>();
  // Missing names that name-mismatch lowers to a warning (the target names no other entity of the type: it may
  // refer to it with a pronoun or a common noun): not errors, so not false alarms, but counted and listed.
  const warnings: Array<{ pair: Pair; diagnostics: Diagnostic[] }> = [];
  const rows = new Map<string, { segments: number; alarms: number; otherRules: number; plants: Record<PlantKind, { n: number; found: number; other: number }> }>();
  const plants: Plant[] = [];
  const asError: Record<PlantKind, number> = { dropped: 0, 'wrong-variant': 0, 'other-entity': 0 };
  let excludedTotal = 0;
  const excerpt: Pair[] = [];
  for (const pairs of files) {
    if (!pairs.length) continue;
    const { from, to } = pairs[0]!;
    const key = `${pairs[0]!.repo.replace('wmt-conference/', '').replace('-news-systems', '')} ${from}-${to}`;
    const row = rows.get(key) ?? { segments: 0, alarms: 0, otherRules: 0, plants: { dropped: { n: 0, found: 0, other: 0 }, 'wrong-variant': { n: 0, found: 0, other: 0 }, 'other-entity': { n: 0, found: 0, other: 0 } } };
    rows.set(key, row);
    // 1. False alarms on untouched references.
    for (const pair of stride(pairs, FA_PER_FILE)) {
      const diagnostics = checkPair(index, from, to, pair.src, pair.ref);
      row.segments++;
      for (const d of diagnostics) {
        const label = d.ruleId === 'name-mismatch' ? labelOf(pair, d.entity ?? undefined) : undefined;
        if (label) reportedLabels.add(label);
        if (label?.label === 'true') trueFindings.push({ pair, diagnostic: d, reason: label.reason });
      }
      const lowered = diagnostics.filter((d) => d.ruleId === 'name-mismatch' && d.severity !== 'error' && !humanError(pair, d.entity ?? undefined));
      if (lowered.length) warnings.push({ pair, diagnostics: lowered });
      const mismatch = diagnostics.filter((d) => d.ruleId === 'name-mismatch' && d.severity === 'error' && !humanError(pair, d.entity ?? undefined));
      if (mismatch.length) {
        row.alarms++;
        alarms.push({ pair, diagnostics: mismatch });
      }
      if (diagnostics.some((d) => d.ruleId !== 'name-mismatch')) row.otherRules++;
    }
    // 2. Planted errors.
    const candidates: Array<{ pair: Pair; entity: Entity; mentions: Mention[] }> = [];
    let excluded = 0;
    for (const pair of pairs) {
      const all = findMentions(pair.src, index, { locale: from });
      const inSource = new Set(sureMentions(pair.src, all, from).map((m) => m.entity.id));
      const looseOnly = all.some((m) => !inSource.has(m.entity.id));
      const target = findMentions(pair.ref, index, { locale: to });
      const entity = target.find((m) => RIGHT.has(m.kind) && inSource.has(m.entity.id))?.entity;
      if (entity) candidates.push({ pair, entity, mentions: target.filter((m) => m.entity.id === entity.id) });
      else if (looseOnly && target.some((m) => RIGHT.has(m.kind) && all.some((s) => s.entity.id === m.entity.id))) excluded++;
    }
    excludedTotal += excluded;
    let planted = 0;
    for (const c of stride(candidates, PLANT_PER_FILE * 2)) {
      if (planted >= PLANT_PER_FILE) break;
      const untouched = checkPair(index, from, to, c.pair.src, c.pair.ref).filter((d) => d.ruleId === 'name-mismatch' && d.entity === c.entity.id);
      if (untouched.length) continue; // already reported untouched (counted among the false alarms when sampled)
      planted++;
      const others = (byType.get(c.entity.type) ?? []).filter((e) => e.id !== c.entity.id && e.names[to]?.[0] && !c.pair.src.includes(e.names[to]![0]!) && !c.pair.ref.includes(e.names[to]![0]!));
      const other = others[(c.pair.line * 7919) % Math.max(1, others.length)];
      const variant = wrongVariant(c.entity, to);
      const ways: Array<[PlantKind, string | undefined]> = [['dropped', ''], ['wrong-variant', variant], ['other-entity', other?.names[to]?.[0]]];
      for (const [kind, by] of ways) {
        if (by === undefined) continue;
        const changed = replaceMentions(c.pair.ref, c.mentions, by);
        const diagnostics = checkPair(index, from, to, c.pair.src, changed);
        const byMismatch = diagnostics.some((d) => d.ruleId === 'name-mismatch' && d.entity === c.entity.id);
        if (byMismatch && diagnostics.some((d) => d.ruleId === 'name-mismatch' && d.entity === c.entity.id && d.severity === 'error')) asError[kind]++;
        const foundByOther = diagnostics.some((d) => d.ruleId !== 'name-mismatch' && d.entity === c.entity.id);
        // A wrong variant of the entity is the entity, there: the form rules report it, not name-mismatch.
        const found = kind === 'wrong-variant' ? byMismatch || foundByOther : byMismatch;
        row.plants[kind].n++;
        if (found) row.plants[kind].found++;
        if (foundByOther) row.plants[kind].other++;
        plants.push({ pair: c.pair, entity: c.entity.id, kind, planted: changed, found, foundByOther, diagnostics });
        if (values['write-excerpt'] && kind === 'dropped' && found && !excerpt.some((p) => p.reference === c.pair.reference && p.repo === c.pair.repo && p.entity)) excerpt.push({ ...c.pair, entity: c.entity.id });
      }
    }
    if (values['write-excerpt']) {
      // One untouched pair of the file that names an entity on both sides and raises no name-mismatch.
      const quiet = stride(pairs, FA_PER_FILE).find((p) => findMentions(p.src, index, { locale: from }).length > 1 && !alarms.some((a) => a.pair === p));
      if (quiet) excerpt.push(quiet);
    }
  }

  const total = { segments: 0, alarms: 0, otherRules: 0, plants: 0, found: 0 };
  const kinds: Record<PlantKind, { n: number; found: number; other: number }> = { dropped: { n: 0, found: 0, other: 0 }, 'wrong-variant': { n: 0, found: 0, other: 0 }, 'other-entity': { n: 0, found: 0, other: 0 } };
  for (const row of rows.values()) {
    total.segments += row.segments;
    total.alarms += row.alarms;
    total.otherRules += row.otherRules;
    for (const k of Object.keys(kinds) as PlantKind[]) {
      kinds[k].n += row.plants[k].n;
      kinds[k].found += row.plants[k].found;
      kinds[k].other += row.plants[k].other;
      total.plants += row.plants[k].n;
      total.found += row.plants[k].found;
    }
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
  const per200 = (a: number, b: number) => (b ? ((200 * a) / b).toFixed(2) : '–');
  if (values.json) {
    process.stdout.write(JSON.stringify({ fromMirror, rows: Object.fromEntries(rows), total, kinds, asError, warnings: warnings.length, trueFindings: trueFindings.length }, null, 2) + '\n');
  } else {
    const out = [`eval:bilingual — ${fromMirror ? 'WMT21/23/24 snapshots' : 'the verified excerpt'} (${((Date.now() - started) / 1000).toFixed(0)} s)`, ''];
    out.push('| set | untouched pairs | name-mismatch alarms | per 200 | planted | found |', '|---|---:|---:|---:|---:|---:|');
    for (const [key, row] of [...rows].sort()) {
      const n = Object.values(row.plants).reduce((a, p) => a + p.n, 0);
      const f = Object.values(row.plants).reduce((a, p) => a + p.found, 0);
      out.push(`| ${key} | ${row.segments} | ${row.alarms} | ${per200(row.alarms, row.segments)} | ${n} | ${pct(f, n)} |`);
    }
    out.push(`| **all** | **${total.segments}** | **${total.alarms}** | **${per200(total.alarms, total.segments)}** | **${total.plants}** | **${pct(total.found, total.plants)}** |`, '');
    out.push('| planted | cases | found | found by name-mismatch as an error | reported by another rule than name-mismatch |', '|---|---:|---:|---:|---:|');
    for (const [k, v] of Object.entries(kinds) as Array<[PlantKind, { n: number; found: number; other: number }]>) out.push(`| ${k} | ${v.n} | ${pct(v.found, v.n)} | ${pct(asError[k], v.n)} | ${pct(v.other, v.n)} |`);
    out.push('', `Untouched pairs with a finding of another rule: ${total.otherRules} of ${total.segments}.`);
    out.push(`name-mismatch warnings on untouched human references (a missing name where the target names no other entity of the type; not counted as false alarms): ${warnings.length} pairs, ${per200(warnings.length, total.segments)} per 200 segments; errors and warnings together: ${per200(warnings.length + total.alarms, total.segments)} per 200.`);
    out.push(`True name-mismatch findings on human references (the reference is wrong, read one by one; not counted as false alarms): ${trueFindings.length}.`);
    for (const f of trueFindings) out.push(`- ${f.pair.reference}:${f.pair.line} ${f.diagnostic.entity} (${f.diagnostic.severity}): ${f.reason}`);
    const unused = LABELLED.filter((h) => h.label === 'true' && !reportedLabels.has(h));
    if (unused.length) out.push(`Human errors labelled in ${LABELS.replace(/.*\/test\//, 'test/')} and not reported: ${unused.map((h) => `${h.reference.replace(/.*\//, '')}:${h.line} ${h.entity} (${h.cause})`).join(', ')}.`);
    const falseLabels = LABELLED.filter((h) => h.label === 'false');
    out.push(`Labelled false alarms still reported: ${falseLabels.filter((h) => reportedLabels.has(h)).length} of ${falseLabels.length}; unlabelled findings: ${[...alarms, ...warnings].flatMap((a) => a.diagnostics.filter((d) => !labelOf(a.pair, d.entity ?? undefined))).length}.`);
    out.push(`Pairs left out of planting because the source names the entity only loosely (a one-word name that is a word of its language, or inside a longer name: "Apple Maps"): ${excludedTotal}.`);
    if (values.verbose) {
      out.push('', '## False alarms');
      for (const a of alarms) out.push(`- ${a.pair.repo} ${a.pair.reference}:${a.pair.line} (${a.pair.from}→${a.pair.to})`, `  src: ${a.pair.src}`, `  ref: ${a.pair.ref}`, ...a.diagnostics.map((d) => `  → ${d.entity}: ${d.message} [${labelText(a.pair, d)}]`));
      out.push('', '## Warnings (lowered: the target names no other entity of the type)');
      for (const a of warnings) out.push(`- ${a.pair.repo} ${a.pair.reference}:${a.pair.line} (${a.pair.from}→${a.pair.to})`, `  src: ${a.pair.src}`, `  ref: ${a.pair.ref}`, ...a.diagnostics.map((d) => `  → ${d.entity}: ${d.message} [${labelText(a.pair, d)}]`));
      out.push('', '## Missed plants');
      for (const p of plants.filter((x) => !x.found)) out.push(`- ${p.kind} ${p.entity} ${p.pair.reference}:${p.pair.line}`, `  src: ${p.pair.src}`, `  planted: ${p.planted}`, ...p.diagnostics.map((d) => `  → ${d.ruleId}: ${d.message}`));
    }
    process.stdout.write(out.join('\n') + '\n');
  }
  if (values['write-excerpt'] && fromMirror) {
    writeFileSync(EXCERPT, excerpt.map((p) => JSON.stringify(p)).join('\n') + '\n');
    process.stderr.write(`${EXCERPT}: ${excerpt.length} pairs\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();

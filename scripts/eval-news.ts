/**
 * canonym on real news it did not write: false alarms on human sentences, recall of wrong name forms in machine
 * translation, coverage of the most frequent names. Fixtures and their sources: test/fixtures/eval/news/ (SOURCES.md).
 *
 *   npm run eval:news                       # the table per locale
 *   npm run eval:news -- --verbose          # also every false alarm, every missed wrong form, every uncovered name
 *   npm run eval:news -- --json             # machine-readable
 *   npm run eval:news -- --glossary <dir>   # check with this glossary directory instead of the shipped one
 *
 * Each line of `<locale>.human.txt` is checked on its own with the locale given (no detection) and the default
 * rule severities: a false alarm is a line with any diagnostic. `mt-wrong-forms.jsonl` holds MT output lines with a
 * labelled name span: a `wrong` span is reported when a diagnostic overlapping it names the labelled entity (or names
 * no entity, as mixed-script does); an `alt` span (a legitimate form) that gets such a diagnostic is counted as a
 * false alarm on MT output. `top-names.jsonl` lists the most frequent person and place names of the human text: a
 * name is in the glossary when checking the name alone finds a canonical or short mention covering it; a mention in
 * the text (the name or one of the case forms its label lists, as Україна, України, Україні) is recognised when a
 * mention of that same entity covers it; --verbose lists the mentions not recognised. Exit 0 once measured, 2 when a fixture or the
 * glossary cannot be read.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { analyse } from '../src/analyse.ts';
import { formatFor } from '../src/formats/index.ts';
import type { Diagnostic } from '../src/diagnostic.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { buildNameIndex, type NameIndex } from '../src/match/name-index.ts';
import { RULES } from '../src/rules/index.ts';

const DIR = fileURLToPath(new URL('../test/fixtures/eval/news/', import.meta.url));
export const LOCALES = ['en', 'de', 'fr', 'nl', 'es', 'it', 'pl', 'cs', 'ru', 'uk', 'bg'] as const;
const PLAIN = formatFor('news.txt');
const MENTIONS_ONLY = Object.fromEntries(RULES.map((r) => [r.meta.id, 'off' as const]));

export interface MtCase { locale: string; system: string; repo: string; commit: string; file: string; line: string; mt: string; span: string; entity: string; label: 'wrong' | 'alt'; kind: string; note: string }
export interface TopName { name: string; language: string; count: number; type: string; source: string; forms?: Record<string, number> }

function check(text: string, locale: string, index: NameIndex, severities?: Record<string, 'off'>) {
  return analyse(text, { index, format: PLAIN, locale, detectAmong: [], ...(severities ? { severities } : {}) });
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

function main(): void {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, glossary: { type: 'string' } } });
  const started = Date.now();
  let index: NameIndex;
  try {
    const glossary = values.glossary ? loadGlossary({ withoutShipped: true, layers: [values.glossary] }) : loadGlossary();
    index = buildNameIndex(glossary);
  } catch (error) {
    process.stderr.write(`eval-news: the glossary cannot be loaded: ${(error as Error).message}\n`);
    process.exit(2);
  }
  const entities = index.glossary.entities;

  // 1. False alarms on human sentences.
  const human: Record<string, { sentences: number; alarms: { line: number; text: string; diagnostics: Diagnostic[] }[] }> = {};
  for (const locale of LOCALES) {
    const lines = readFileSync(`${DIR}${locale}.human.txt`, 'utf8').split('\n');
    const row = (human[locale] = { sentences: 0, alarms: [] as { line: number; text: string; diagnostics: Diagnostic[] }[] });
    lines.forEach((text, i) => {
      if (!text.trim()) return;
      row.sentences++;
      const { diagnostics } = check(text, locale, index);
      if (diagnostics.length) row.alarms.push({ line: i + 1, text, diagnostics });
    });
  }

  // 2. Wrong forms in MT output.
  const cases = readJsonl<MtCase>(`${DIR}mt-wrong-forms.jsonl`);
  const mt: Record<string, { wrong: number; reported: number; unknownEntity: number; alt: number; altReported: number; missed: MtCase[]; altAlarms: { c: MtCase; d: Diagnostic[] }[] }> = {};
  for (const c of cases) {
    const row = (mt[c.locale] ??= { wrong: 0, reported: 0, unknownEntity: 0, alt: 0, altReported: 0, missed: [], altAlarms: [] });
    const start = c.mt.indexOf(c.span);
    const end = start + c.span.length;
    const hits = check(c.mt, c.locale, index).diagnostics.filter((d) => d.offset < end && d.offset + d.length > start && (d.entity === c.entity || d.entity === null));
    if (c.label === 'wrong') {
      row.wrong++;
      if (!entities.has(c.entity)) row.unknownEntity++;
      if (hits.length) row.reported++;
      else row.missed.push(c);
    } else {
      row.alt++;
      if (hits.length) { row.altReported++; row.altAlarms.push({ c, d: hits }); }
    }
  }

  // 3. Coverage of the most frequent names.
  const top = readJsonl<TopName>(`${DIR}top-names.jsonl`).filter((n) => n.type === 'person' || n.type === 'place');
  const coverage: Record<string, { names: number; inGlossary: number; mentions: number; recognised: number; outside: string[]; unrecognised: string[] }> = {};
  const texts = new Map<string, string[]>();
  for (const n of top) {
    const row = (coverage[n.language] ??= { names: 0, inGlossary: 0, mentions: 0, recognised: 0, outside: [], unrecognised: [] });
    row.names++;
    const alone = check(n.name, n.language, index, MENTIONS_ONLY).mentions.find((m) => m.start === 0 && m.end === n.name.length && (m.kind === 'canonical' || m.kind === 'short'));
    if (alone) row.inGlossary++;
    else row.outside.push(n.name);
    const lines = texts.get(n.source) ?? readFileSync(DIR + n.source, 'utf8').split('\n');
    texts.set(n.source, lines);
    // The name and the case forms the labels list for it (Slavic: Україна, України, Україні …), longest first.
    const spellings = [...new Set([n.name, ...Object.keys(n.forms ?? {})])].sort((a, b) => b.length - a.length);
    const word = new RegExp(`(?<![\\p{L}\\p{N}])(?:${spellings.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    for (const line of lines) {
      const found = [...line.matchAll(word)];
      if (!found.length) continue;
      const mentions = check(line, n.language, index, MENTIONS_ONLY).mentions;
      for (const f of found) {
        row.mentions++;
        const s = f.index, e = s + f[0].length;
        if (alone && mentions.some((m) => m.entity.id === alone.entity.id && m.start <= s && m.end >= e)) row.recognised++;
        else row.unrecognised.push(`${f[0]}  (${n.name}${alone ? '' : ', not in glossary'})  | ${line.slice(Math.max(0, s - 50), e + 50)}`);
      }
    }
  }

  const seconds = (Date.now() - started) / 1000;
  const total = Object.values(human).reduce((a, r) => ({ s: a.s + r.sentences, f: a.f + r.alarms.length }), { s: 0, f: 0 });
  const mtTotal = Object.values(mt).reduce((a, r) => ({ w: a.w + r.wrong, r: a.r + r.reported, alt: a.alt + r.alt, ar: a.ar + r.altReported }), { w: 0, r: 0, alt: 0, ar: 0 });
  const byRule = new Map<string, number>();
  for (const r of Object.values(human)) for (const a of r.alarms) for (const d of a.diagnostics) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);

  if (values.json) {
    process.stdout.write(JSON.stringify({
      entities: entities.size, seconds,
      human: Object.fromEntries(Object.entries(human).map(([l, r]) => [l, { sentences: r.sentences, falseAlarms: r.alarms.length, per1000: (1000 * r.alarms.length) / r.sentences, alarms: r.alarms.map((a) => ({ line: a.line, diagnostics: a.diagnostics.map((d) => ({ rule: d.ruleId, found: d.found, expected: d.expected, entity: d.entity })) })) }])),
      humanTotal: { sentences: total.s, falseAlarms: total.f, per1000: (1000 * total.f) / total.s },
      falseAlarmsByRule: Object.fromEntries(byRule),
      mt: Object.fromEntries(Object.entries(mt).map(([l, r]) => [l, { wrong: r.wrong, reported: r.reported, recall: r.wrong ? r.reported / r.wrong : null, entityMissing: r.unknownEntity, alt: r.alt, altReported: r.altReported, missed: r.missed.map((c) => ({ span: c.span, entity: c.entity, kind: c.kind })) }])),
      mtTotal: { wrong: mtTotal.w, reported: mtTotal.r, recall: mtTotal.r / mtTotal.w, alt: mtTotal.alt, altReported: mtTotal.ar },
      coverage,
    }, null, 2) + '\n');
    return;
  }

  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
  const out: string[] = [`canonym eval:news — glossary of ${entities.size} entities, ${seconds.toFixed(1)} s`, ''];
  out.push('| locale | human sentences | false alarms | per 1,000 | MT wrong forms reported | MT legit forms flagged |', '|---|---:|---:|---:|---:|---:|');
  for (const l of LOCALES) {
    const h = human[l]!, m = mt[l];
    out.push(`| ${l} | ${h.sentences} | ${h.alarms.length} | ${((1000 * h.alarms.length) / h.sentences).toFixed(1)} | ${m && m.wrong ? `${m.reported} / ${m.wrong} (${pct(m.reported, m.wrong)})` : '–'} | ${m && m.alt ? `${m.altReported} / ${m.alt}` : '–'} |`);
  }
  out.push(`| all | ${total.s} | ${total.f} | ${((1000 * total.f) / total.s).toFixed(1)} | ${mtTotal.r} / ${mtTotal.w} (${pct(mtTotal.r, mtTotal.w)}) | ${mtTotal.ar} / ${mtTotal.alt} |`, '');
  out.push(`False-alarm diagnostics by rule: ${[...byRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`, '');
  out.push('| language | top names (persons, places) | in glossary | mentions recognised |', '|---|---:|---:|---:|');
  for (const [l, c] of Object.entries(coverage)) out.push(`| ${l} | ${c.names} | ${c.inGlossary} (${pct(c.inGlossary, c.names)}) | ${c.recognised} / ${c.mentions} (${pct(c.recognised, c.mentions)}) |`);
  if (values.verbose) {
    out.push('', '## False alarms on human sentences');
    for (const l of LOCALES) for (const a of human[l]!.alarms) for (const d of a.diagnostics) out.push(`${l}.human.txt:${a.line}:${d.column}  ${d.ruleId}  "${d.found}" → ${d.expected ?? '–'}  (${d.entity ?? '–'})  | ${a.text.slice(Math.max(0, d.column - 60), d.column + 80)}`);
    out.push('', '## MT wrong forms not reported');
    for (const [l, r] of Object.entries(mt)) for (const c of r.missed) out.push(`${l}  "${c.span}"  ${c.entity}${entities.has(c.entity) ? '' : ' (not in glossary)'}  [${c.kind}] ${c.note}  — ${c.system}, ${c.file}:${c.line}`);
    out.push('', '## MT legitimate forms flagged');
    for (const [l, r] of Object.entries(mt)) for (const { c, d } of r.altAlarms) out.push(`${l}  "${c.span}"  ${c.entity}  ${d.map((x) => `${x.ruleId}→${x.expected ?? '–'}`).join(', ')}  (${c.note})`);
    out.push('', '## Top names outside the glossary');
    for (const [l, c] of Object.entries(coverage)) out.push(`${l}: ${c.outside.join(', ')}`);
    out.push('', '## Top-name mentions not recognised');
    for (const [l, c] of Object.entries(coverage)) for (const u of c.unrecognised) out.push(`${l}  ${u}`);
  }
  process.stdout.write(out.join('\n') + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

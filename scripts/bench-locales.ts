/**
 * Benchmark of `canonym locales`: a generated i18next tree of 60 locales × 2,000 keys (4 namespaces of 500),
 * with placeholders, tags, plurals, names from the shipped glossary, and a few planted problems (English left in,
 * renamed placeholders, empty strings), checked with every rule, language detection included. Prints the time
 * of each stage. Not a test: run it by hand.
 *
 *   npx tsx scripts/bench-locales.ts                 # 60 locales × 2,000 keys
 *   npx tsx scripts/bench-locales.ts --locales 20 --keys 500 --keep
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadGlossary } from '../src/glossary/load.ts';
import { buildNameIndex } from '../src/match/name-index.ts';
import { checkLocaleTree, loadLocaleTree } from '../src/locales/index.ts';
import { pluralCategories } from '../src/locales/plural.ts';
import { rng } from './rng.ts';

const { values } = parseArgs({
  options: {
    locales: { type: 'string', default: '60' },
    keys: { type: 'string', default: '2000' },
    keep: { type: 'boolean', default: false },
  },
});
const LOCALES = Number(values.locales);
const KEYS = Number(values.keys);
const NAMESPACES = 4;

const random = rng(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

// Each language's text: its own function words between made-up content words, so that detection has real work.
const STOPWORDS = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
const EXTRA = ['pt-BR', 'es-419', 'fr-CA', 'zh-TW', 'en-GB'];
const codes = ['en', ...Object.keys(STOPWORDS).filter((c) => c !== 'en'), ...EXTRA].slice(0, LOCALES);
const UNSPACED = new Set(['ja', 'zh', 'th', 'zh-TW']);
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vel', 'dor', 'pi', 'an', 'to', 'mer', 'is', 'ul', 'ne', 'ro'];
const NAMES = ['Josep Borrell', 'Kyiv', 'Věra Jourová', 'Ursula von der Leyen', 'NATO', 'Vera Yurova'];

function word(lang: string): string {
  const stop = STOPWORDS[lang.split('-')[0]!] ?? [];
  if (stop.length && random() < 0.5) return pick(stop);
  let w = '';
  for (let i = 0, n = 2 + Math.floor(random() * 2); i < n; i++) w += pick(SYLLABLES);
  return w;
}

function sentence(lang: string, words: number): string {
  const parts = Array.from({ length: words }, () => word(lang));
  if (random() < 0.05) parts.splice(1, 0, pick(NAMES));
  const text = parts.join(UNSPACED.has(lang) ? '' : ' ');
  return text[0]!.toUpperCase() + text.slice(1) + '.';
}

interface Spec { key: string; kind: 'label' | 'sentence' | 'placeholder' | 'tags' | 'plural' }
const specs: Spec[] = Array.from({ length: KEYS }, (_, i) => ({
  key: `section${i % 40}.item${i}`,
  kind: pick(['label', 'label', 'sentence', 'sentence', 'sentence', 'placeholder', 'tags', 'plural'] as const),
}));

/** Where English was planted, per locale, to measure detection beside the time. */
const plantedEnglish = new Set<string>();

function catalogue(lang: string, keys: readonly Spec[]): Record<string, unknown> {
  const out: Record<string, Record<string, string>> = {};
  for (const { key, kind } of keys) {
    const [section, item] = key.split('.') as [string, string];
    const into = (out[section] ??= {});
    // Planted problems, about 1% each, outside the base.
    const planted = lang !== 'en' && kind !== 'plural' ? random() : 1;
    if (planted < 0.01) {
      into[item] = '';
      continue;
    }
    if (planted < 0.02) {
      plantedEnglish.add(`${lang} ${key}`);
      into[item] = sentence('en', 8);
      continue;
    }
    switch (kind) {
      case 'label': into[item] = sentence(lang, 1 + Math.floor(random() * 2)).slice(0, -1); break;
      case 'sentence': into[item] = sentence(lang, 5 + Math.floor(random() * 10)); break;
      case 'placeholder': into[item] = `${sentence(lang, 4).slice(0, -1)} {{${planted < 0.03 ? 'nmae' : 'name'}}} ${sentence(lang, 3)}`; break;
      case 'tags': into[item] = `${sentence(lang, 3).slice(0, -1)} <0>${sentence(lang, 2).slice(0, -1)}</0>.`; break;
      case 'plural':
        for (const c of pluralCategories(lang) ?? ['other']) into[`${item}_${c}`] = `{{count}} ${sentence(lang, 3)}`;
        break;
    }
  }
  return out;
}

let baselineMs = 0;
const dir = mkdtempSync(join(tmpdir(), 'canonym-bench-locales-'));
const perNamespace = Math.ceil(KEYS / NAMESPACES);
for (const lang of codes) {
  mkdirSync(join(dir, lang));
  for (let n = 0; n < NAMESPACES; n++) {
    const slice = specs.slice(n * perNamespace, (n + 1) * perNamespace);
    writeFileSync(join(dir, lang, `ns${n}.json`), JSON.stringify(catalogue(lang, slice), null, 2) + '\n');
  }
}

const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

/**
 * The baseline, in the same run: the least a locale linter does — read and JSON.parse every file, flatten its
 * keys, and list the keys missing from or extra to en (no positions, no placeholders, plurals, names, language).
 */
function baseline(root: string): number {
  const flatten = (value: unknown, prefix: string, out: Set<string>) => {
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    else out.add(prefix);
    return out;
  };
  const keysOf = (lang: string) => {
    const out = new Set<string>();
    for (let n = 0; n < NAMESPACES; n++) flatten(JSON.parse(readFileSync(join(root, lang, `ns${n}.json`), 'utf8')), `ns${n}`, out);
    return out;
  };
  const base = keysOf('en');
  let problems = 0;
  for (const lang of codes) {
    if (lang === 'en') continue;
    const keys = keysOf(lang);
    for (const k of base) if (!keys.has(k)) problems++;
    for (const k of keys) if (!base.has(k)) problems++;
  }
  return problems;
}
{
  const t0 = performance.now();
  const problems = baseline(dir);
  baselineMs = performance.now() - t0;
  console.log(`baseline (JSON.parse + key sets against en): ${baselineMs.toFixed(0)} ms, ${problems} key differences`);
}
let t = performance.now();
const index = buildNameIndex(loadGlossary({}));
console.log(`shipped glossary and name index: ${ms(t)}`);
const total = performance.now();
t = performance.now();
const tree = loadLocaleTree(dir);
console.log(`read ${tree.catalogues.length} files (${codes.length} locales × ${KEYS} keys): ${ms(t)}`);
t = performance.now();
// Every rule on, the opt-in name rules too (the tree plants glossary names), as the README's figures were measured.
const result = checkLocaleTree(tree, { baseLocale: 'en', index, names: true });
console.log(`checked: ${ms(t)}`);
const totalMs = performance.now() - total;
console.log(`read + check: ${totalMs.toFixed(0)} ms (target: under 10 s), ${(totalMs / baselineMs).toFixed(0)}× the baseline`);
const counts: Record<string, number> = {};
for (const r of result.reports) for (const d of r.diagnostics) counts[d.ruleId] = (counts[d.ruleId] ?? 0) + 1;
// Detection quality beside its cost: planted English found, and reports elsewhere (the generator's made-up words
// sometimes spell another language's function words, so a few are expected).
const flagged = result.reports.flatMap((r) => r.diagnostics.filter((d) => d.ruleId === 'wrong-language').map((d) => `${r.locale} ${d.message.split(':')[0]}`));
const found = flagged.filter((f) => plantedEnglish.has(f)).length;
console.log(`wrong-language: ${found} of ${plantedEnglish.size} planted English strings found, ${flagged.length - found} reports elsewhere`);
console.log('diagnostics:', Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', '));
if (values.keep) console.log(`tree kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });

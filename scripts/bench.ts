/**
 * Benchmark: canonym's matcher beside the two usual ways of doing the same job, on the same text and names.
 *   - one big JavaScript regular expression (alternation of every variant, Unicode-aware boundaries);
 *   - textlint with textlint-rule-prh (one regex per rule per paragraph), the common setup in the wild.
 * Prints MB/s and ratios at 100, 1,000 and 10,000 names. textlint is run on a slice of the text, since its
 * cost grows with the number of rules (230 s for 4.3 MB at 10,000 rules, measured in the research notes).
 *
 *   npm run bench                 # default sizes
 *   npm run bench -- --mb 2 --textlint-kb 128 --names 100,1000
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { TextlintKernel } from '@textlint/kernel';
import textPlugin from '@textlint/textlint-plugin-text';
import prhRule from 'textlint-rule-prh';
import { checkText } from '../src/check.ts';
import { foldPhrase } from '../src/text/fold.ts';
import type { Entity, Glossary } from '../src/glossary/model.ts';
import { buildNameIndex } from '../src/match/name-index.ts';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '4' },
    'textlint-kb': { type: 'string', default: '256' },
    names: { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string', default: '3' },
  },
});
const TEXT_BYTES = Number(values.mb) * 1024 * 1024;
const TEXTLINT_BYTES = Number(values['textlint-kb']) * 1024;
const SIZES = values.names!.split(',').map(Number);
const RUNS = Number(values.runs);

// Deterministic pseudo-random numbers, so every run measures the same text.
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

const GIVEN = ['Josep', 'Věra', 'Filip', 'Olaf', 'Ursula', 'Dmytro', 'Mark', 'Maroš', 'Kaja', 'Petr', 'Jan', 'Anna', 'Marta', 'Jean', 'Luis', 'Sofia', 'Lena', 'Tomas', 'Irena', 'Pieter'];
const SYLLABLES = ['bor', 'rell', 'jou', 'ro', 'vá', 'de', 'win', 'ter', 'ku', 'le', 'ba', 'lav', 'rov', 'šef', 'čo', 'vič', 'kal', 'las', 'zel', 'en', 'sky', 'mer', 'kel', 'rut', 'te', 'hoek', 'stra', 'van', 'dam', 'mo', 'ski', 'ła', 'nov', 'ić'];
// How a surname gets misspelled on its way through translation (w→v, doubled letters, lost diacritics).
const MISSPELL: Array<(s: string) => string> = [
  (s) => s.replace(/w/g, 'v').replace(/ll/g, 'l'),
  (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/a/, 'ah'),
  (s) => s.replace(/([^aeiou])([aeiou])/, '$1$1$2'),
  (s) => s + 'h',
];

interface NamePair { canonical: string; variant: string }

function makeNames(count: number): NamePair[] {
  const seen = new Set<string>();
  const out: NamePair[] = [];
  while (out.length < count) {
    const parts = 2 + Math.floor(random() * 2);
    let surname = '';
    for (let i = 0; i < parts; i++) surname += pick(SYLLABLES);
    surname = surname[0]!.toUpperCase() + surname.slice(1);
    const canonical = `${pick(GIVEN)} ${surname}`;
    const variant = `${canonical.split(' ')[0]} ${pick(MISSPELL)(surname)}`;
    // A variant that differs only in case or diacritics is not a variant (exact-form reports it), so skip those.
    const [c, v] = [foldPhrase(canonical), foldPhrase(variant)];
    if (c === v || seen.has(c) || seen.has(v)) continue;
    seen.add(c);
    seen.add(v);
    out.push({ canonical, variant });
  }
  return out;
}

const FILLER = 'the minister said on Tuesday that talks in Brussels would continue after the summit while officials in Kyiv and Warsaw warned of delays to the aid package for the coming winter'.split(' ');
const RU_FILLER = 'министр заявил во вторник что переговоры в Брюсселе продолжатся после саммита а чиновники предупредили о задержках'.split(' ');

function makeText(names: NamePair[], bytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++) {
      const words = Array.from({ length: 12 + Math.floor(random() * 12) }, () => pick(random() < 0.15 ? RU_FILLER : FILLER));
      if (random() < 0.5) {
        const n = pick(names);
        words.splice(Math.floor(random() * words.length), 0, random() < 0.3 ? n.variant : n.canonical);
      }
      sentences.push(words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return paragraphs.join('\n\n');
}

function glossaryOf(names: NamePair[]): Glossary {
  const entities = new Map<string, Entity>();
  names.forEach((n, i) => {
    const id = `name-${i}`;
    entities.set(id, {
      id, type: 'person', gender: 'male', description: 'benchmark name', native: {}, names: { en: [n.canonical] }, short: { en: [] },
      variants: [{ form: n.variant, status: 'forbidden', wrongIn: null }], specs: [], sources: [], notThisEntity: [],
    });
  });
  return { entities };
}

// CommonJS packages seen from ESM: the module object may wrap the default export.
const interop = <T>(m: T): T => ((m as { default?: T }).default ?? m);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function time<T>(fn: () => T): { ms: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, result };
}

async function textlintRun(names: NamePair[], text: string): Promise<{ ms: number; count: number }> {
  const kernel = new TextlintKernel();
  const prh = 'version: 1\nrules:\n' + names.map((n) => `  - expected: ${JSON.stringify(n.canonical)}\n    pattern: ${JSON.stringify(n.variant)}`).join('\n') + '\n';
  const options = {
    ext: '.txt',
    plugins: [{ pluginId: 'text', plugin: interop(textPlugin) }],
    rules: [{ ruleId: 'prh', rule: interop(prhRule), options: { ruleContents: [prh] } }],
  } as unknown as Parameters<TextlintKernel['lintText']>[1];
  const t0 = performance.now();
  const result = await kernel.lintText(text, options);
  return { ms: performance.now() - t0, count: result.messages.length };
}

const mbps = (bytes: number, ms: number) => bytes / 1024 / 1024 / (ms / 1000);
const fmt = (x: number, digits = 1) => x.toFixed(digits).padStart(8);

console.log(`node ${process.version}, ${RUNS} runs each (best), text ${values.mb} MB, textlint on the first ${values['textlint-kb']} KB (* regex measured on that slice too)\n`);
console.log('names   build ms   canonym MB/s   regex MB/s   textlint+prh MB/s   ×regex   ×textlint   variants found: text canonym/regex; slice canonym/regex/textlint');
for (const size of SIZES) {
  const names = makeNames(size);
  const text = makeText(names, TEXT_BYTES);
  const bytes = Buffer.byteLength(text);
  const build = time(() => buildNameIndex(glossaryOf(names)));
  const index = build.result;
  const ours = time(() => checkText(text, { locale: 'en', index }).diagnostics.filter((d) => d.ruleId === 'known-variant').length);
  const alternation = [...names].map((n) => escape(n.variant)).sort((a, b) => b.length - a.length).join('|');
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu');
  const slice = text.slice(0, text.indexOf('\n\n', TEXTLINT_BYTES) > 0 ? text.indexOf('\n\n', TEXTLINT_BYTES) : text.length);
  // The regex backtracks badly with thousands of alternatives; when the whole text would take over half a
  // minute, its speed is measured on the textlint slice instead (and marked with *).
  const probe = time(() => Array.from(slice.matchAll(regex)).length);
  const regexOnSlice = (probe.ms / Buffer.byteLength(slice)) * bytes > 30_000;
  const theirs = regexOnSlice ? probe : time(() => Array.from(text.matchAll(regex)).length);
  const regexBytes = regexOnSlice ? Buffer.byteLength(slice) : bytes;
  const tl = await textlintRun(names, slice);
  const ourMbps = mbps(bytes, ours.ms);
  const regexMbps = mbps(regexBytes, theirs.ms);
  const tlMbps = mbps(Buffer.byteLength(slice), tl.ms);
  const ourOnSlice = checkText(slice, { locale: 'en', index }).diagnostics.filter((d) => d.ruleId === 'known-variant').length;
  console.log(`${String(size).padStart(5)} ${fmt(build.ms, 0)}   ${fmt(ourMbps)}     ${fmt(regexMbps, regexMbps < 1 ? 3 : 1)}${regexOnSlice ? '*' : ' '}  ${fmt(tlMbps, 3)}          ${fmt(ourMbps / regexMbps, 1)}  ${fmt(ourMbps / tlMbps, 0)}     ${ours.result}/${regexOnSlice ? '-' : theirs.result}; slice ${ourOnSlice}/${probe.result}/${tl.count}`);
}

/**
 * Benchmark: canonym's matcher beside the two usual ways of doing the same job, on the same text and names.
 *   - one big JavaScript regular expression (alternation of every variant, Unicode-aware boundaries);
 *   - textlint with textlint-rule-prh (one regex per rule per paragraph), the common setup in the wild.
 * Prints MB/s and ratios at 100, 1,000 and 10,000 names. textlint is run on a slice of the text, since its
 * cost grows with the number of rules (230 s for 4.3 MB at 10,000 rules, measured in the research notes).
 *
 *   npm run bench                 # default sizes
 *   npm run bench -- --mb 2 --textlint-kb 128 --names 100,1000
 *   npm run bench -- --suspects-only   # only the price of suspected variants (same data as a full run)
 *
 * Then the price of the suspected-variant rule: the same check of the same text with the same glossary, with and
 * without the rule, in one process, best of --runs each. The fuzzy index is built once before the timed runs and
 * its build time is printed apart (a one-off check pays it once more). Each run with the rule starts from the
 * state just after that build: what earlier runs looked up in the index is forgotten, so that no run reuses the
 * previous runs' work on the same text.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { TextlintKernel } from '@textlint/kernel';
import textPlugin from '@textlint/textlint-plugin-text';
import prhRule from 'textlint-rule-prh';
import { checkText } from '../src/check.ts';
import { clearLookupCaches } from '../src/suspects/suspects.ts';
import { buildNameIndex } from '../src/match/name-index.ts';
import { glossaryOf, makeNames, makeText, type NamePair } from './bench-data.ts';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '4' },
    'textlint-kb': { type: 'string', default: '256' },
    names: { type: 'string', default: '100,1000,10000' },
    'suspects-entities': { type: 'string', default: '100000' },
    'suspects-mb': { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
    'suspects-only': { type: 'boolean', default: false },
  },
});
const TEXT_BYTES = Number(values.mb) * 1024 * 1024;
const TEXTLINT_BYTES = Number(values['textlint-kb']) * 1024;
const SIZES = values.names!.split(',').map(Number);
const RUNS = Number(values.runs);

// CommonJS packages seen from ESM: the module object may wrap the default export.
const interop = <T>(m: T): T => ((m as { default?: T }).default ?? m);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// With node's --expose-gc (npm run bench passes it), each timed run starts from a collected heap, so that
// garbage left by the run before is not charged to it.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

function time<T>(fn: () => T, before?: () => void): { ms: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < RUNS; i++) {
    before?.();
    collect();
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
if (!values['suspects-only']) console.log('names   build ms   canonym MB/s   regex MB/s   textlint+prh MB/s   ×regex   ×textlint   variants found: text canonym/regex; slice canonym/regex/textlint');
for (const size of SIZES) {
  const names = makeNames(size);
  const text = makeText(names, TEXT_BYTES);
  if (values['suspects-only']) continue; // the data are still made, so that the next section gets the same
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

// The price of suspected variants: the same check with and without the fuzzy rule, on a large glossary.
{
  const count = Number(values['suspects-entities']);
  const names = makeNames(count);
  // One name in ten is misspelt in a way the glossary does not list: the rule has real work to do.
  const planted = { share: 0.1, written: [] as string[] };
  const text = makeText(names, Number(values['suspects-mb']) * 1024 * 1024, planted);
  const bytes = Buffer.byteLength(text);
  const index = buildNameIndex(glossaryOf(names));
  const t0 = performance.now();
  void index.fuzzy; // built once, here, outside the timed runs
  const fuzzyBuild = performance.now() - t0;
  const suspectsOf = (severities?: Record<string, 'off'>) => checkText(text, { locale: 'en', index, ...(severities ? { severities } : {}) }).diagnostics.filter((d) => d.ruleId === 'suspected-variant');
  const without = time(() => suspectsOf({ 'suspected-variant': 'off' }));
  const withRule = time(() => suspectsOf(), () => clearLookupCaches(index));
  console.log(`\nsuspected-variant on ${count.toLocaleString('en')} entities, ${(bytes / 1048576).toFixed(1)} MB, ${RUNS} runs each (best):`);
  console.log(`  without the rule ${fmt(mbps(bytes, without.ms))} MB/s (${without.ms.toFixed(0)} ms)`);
  const unfound = new Map<string, number>();
  for (const name of planted.written) unfound.set(name, (unfound.get(name) ?? 0) + 1);
  let found = 0;
  for (const d of withRule.result) {
    const left = unfound.get(d.found) ?? 0;
    if (left > 0) {
      found++;
      unfound.set(d.found, left - 1);
    }
  }
  console.log(`  with the rule    ${fmt(mbps(bytes, withRule.ms))} MB/s (${withRule.ms.toFixed(0)} ms), cost ×${(withRule.ms / without.ms).toFixed(2)}`);
  console.log(`  ${withRule.result.length.toLocaleString('en')} suspects: ${found.toLocaleString('en')} of the ${planted.written.length.toLocaleString('en')} unlisted misspellings planted, ${(withRule.result.length - found).toLocaleString('en')} elsewhere`);
  console.log(`  fuzzy index built once in ${fuzzyBuild.toFixed(0)} ms, outside the timed runs (a one-off check with the rule: ${(fuzzyBuild + withRule.ms).toFixed(0)} ms)`);
}

/**
 * Start-up, scale and throughput of the compiled CLI, each beside its baseline measured in the same run:
 *   - start-up: `canonym --version` and a one-line `check` against `node -e 0`, cold (no stored index) and warm;
 *   - scale: the same with a generated glossary layer of 10,000 and 100,000 entities (1,000,000 with --sizes);
 *     time to build the stored index and peak memory of each run;
 *   - throughput: `check` with every rule on 4 MB of real news (the human sentences of the news evaluation,
 *     test/fixtures/eval/news/en.human.txt, repeated) against a floor in the same process that only reads the
 *     text, normalises it (NFD), lower-cases it and splits it into words;
 *   - cores: a folder of 200 files of real news in the eleven glossary languages (about 4 MB; the human sentences
 *     of test/fixtures/eval/news, in the order of their files) checked with --jobs 1 and with --jobs <cores>, in
 *     turns, with the wall time, the CPU time (user + sys) and the load average of each run.
 *
 *   npm run bench:scale                     # shipped, 10k, 100k
 *   npm run bench:scale -- --sizes 0,10000  # 0 = the shipped glossary only
 *   npm run bench:scale -- --runs 7
 *   npm run bench:scale -- --cores-only     # the folder of 200 files only (--files, --mb, --runs)
 *
 * Wall times are the best of --runs; memory is the peak resident set (Linux /usr/bin/time when present).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { makeNames } from './bench-data.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'canonym.js');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '0,10000,100000' },
    runs: { type: 'string', default: '5' },
    mb: { type: 'string', default: '4' },
    files: { type: 'string', default: '200' },
    'cores-only': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const SIZES = values.sizes!.split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'canonym-bench-'));
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Run {
  ms: number;
  rssMB?: number;
  /** User + system CPU seconds (GNU time). */
  cpu?: number;
  code: number | null;
}

/** One process, timed from outside; peak RSS and CPU read from GNU time's %M (kilobytes), %U and %S on stderr. */
function runOnce(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const command = TIME ?? process.execPath;
  const argv = TIME ? ['-f', 'canonym-bench-rss %M %U %S', process.execPath, ...args] : args;
  const t0 = performance.now();
  const result = spawnSync(command, argv, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  const rss = /canonym-bench-rss (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr ?? '');
  return { ms, code: result.status, ...(rss ? { rssMB: Number(rss[1]) / 1024, cpu: Number(rss[2]) + Number(rss[3]) } : {}) };
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const mb = (r: Run) => (r.rssMB === undefined ? '' : `${r.rssMB.toFixed(0)} MB`);
const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`;

/** A glossary layer of `count` generated persons, each with a listed misspelling (the benchmark's names). */
function layerOf(count: number): string {
  const dir = join(work, `layer-${count}`);
  mkdirSync(dir, { recursive: true });
  const names = makeNames(count);
  const chunk = 20_000;
  for (let i = 0; i < names.length; i += chunk) {
    const entities = names.slice(i, i + chunk).map((n, j) => ({
      id: `bench-${i + j}`, type: 'person', gender: 'male', description: 'generated benchmark person',
      names: { en: n.canonical }, variants: [n.variant],
    }));
    writeFileSync(join(dir, `part-${String(i / chunk).padStart(3, '0')}.yaml`), stringify(entities));
  }
  return dir;
}

execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(ROOT, 'tsconfig.build.json')]);
execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')]); // the bundle that bin/canonym.js runs
const oneLine = join(work, 'one-line.txt');
writeFileSync(oneLine, 'Vice-President Vera Yurova met Josep Borrell in Brussels on Tuesday.\n');

// The machine may be shared: the load average goes beside the figures (ratios in one run are what compare).
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`node ${process.version}, ${availableParallelism()} cores, best of ${RUNS} runs${TIME ? ', peak RSS by /usr/bin/time' : ''}, load average ${load()}\n`);
if (values['cores-only']) {
  cores();
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
// First every stored index is built (a cold check each); then the warm runs go round in turns, node -e 0 and each
// glossary size one after the other, so that a change of load on a shared machine falls on all of them alike.
const cases = SIZES.map((size) => {
  const layer = size ? ['--glossary', layerOf(size)] : [];
  const env = { CANONYM_CACHE_DIR: join(work, `cache-${size}`) };
  const args = [BIN, 'check', '--locale', 'en', ...layer, oneLine];
  return { size, args, env, cold: runOnce(args, env), warm: undefined as Run | undefined };
});
const keepBest = (a: Run | undefined, b: Run): Run => (!a || b.ms < a.ms ? { ...b, rssMB: Math.max(b.rssMB ?? 0, a?.rssMB ?? 0) || undefined } : { ...a, rssMB: Math.max(b.rssMB ?? 0, a.rssMB ?? 0) || undefined });
let nodeFloor: Run | undefined;
let version: Run | undefined;
for (let i = 0; i < RUNS; i++) {
  nodeFloor = keepBest(nodeFloor, runOnce(['-e', '0']));
  version = keepBest(version, runOnce([BIN, '--version']));
  for (const c of cases) c.warm = keepBest(c.warm, runOnce(c.args, c.env));
}
console.log(`node -e 0             ${ms(nodeFloor!.ms).padStart(8)}   ${mb(nodeFloor!)}`);
console.log(`canonym --version     ${ms(version!.ms).padStart(8)}   ${mb(version!)}   ${ratio(version!.ms, nodeFloor!.ms)} node -e 0\n`);

console.log('glossary                 entities   build (cold check)  CPU    peak     warm one-line check            ×node -e 0   ×shipped');
const shippedWarm = cases.find((c) => c.size === 0)?.warm?.ms;
for (const { size, cold, warm } of cases) {
  if (warm!.code !== 1) console.log(`  (unexpected exit ${warm!.code})`);
  const label = size ? `shipped + ${size.toLocaleString('en')}` : 'shipped';
  console.log(`${label.padEnd(24)} ${String(size ? `+${size.toLocaleString('en')}` : '').padStart(9)}   ${ms(cold.ms).padStart(9)} ${cold.cpu === undefined ? '' : `${cold.cpu.toFixed(0)} s`.padStart(6)} ${mb(cold).padStart(8)}     ${ms(warm!.ms).padStart(8)} ${mb(warm!).padStart(8)}        ${ratio(warm!.ms, nodeFloor!.ms).padStart(7)}   ${shippedWarm ? ratio(warm!.ms, shippedWarm) : ''}`);
}

// Throughput in one process: the compiled library against the floor, on the same text.
const news = readFileSync(join(ROOT, 'test', 'fixtures', 'eval', 'news', 'en.human.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).join('\n');
const target = Number(values.mb) * 1024 * 1024;
let text = '';
while (Buffer.byteLength(text) < target) text += `${news}\n\n`;
const textPath = join(work, 'news.txt');
writeFileSync(textPath, text);
const throughput = `
const { readFileSync } = await import('node:fs');
const { createChecker } = await import(${JSON.stringify(join(ROOT, 'dist', 'index.js'))});
const path = ${JSON.stringify(textPath)};
const bytes = readFileSync(path).length / 1048576;
const bestOf = (fn) => { let b = Infinity; for (let i = 0; i < ${RUNS}; i++) { const t0 = performance.now(); fn(); b = Math.min(b, performance.now() - t0); } return b; };
const floor = bestOf(() => { let n = 0; for (const w of readFileSync(path, 'utf8').normalize('NFD').toLowerCase().split(/[^\\p{L}\\p{N}]+/u)) if (w) n++; return n; });
const checker = createChecker();
checker.check('warm-up.', { locale: 'en' });
const check = bestOf(() => checker.check(readFileSync(path, 'utf8'), { locale: 'en' }));
console.log(JSON.stringify({ bytes, floor, check }));
`;
const measured = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', throughput], { encoding: 'utf8', env: { ...process.env, CANONYM_CACHE_DIR: join(work, 'cache-0') } }));
const floorMBps = measured.bytes / (measured.floor / 1000);
const checkMBps = measured.bytes / (measured.check / 1000);
console.log(`\nthroughput on ${measured.bytes.toFixed(1)} MB of real English news (one core, same process, best of ${RUNS}):`);
console.log(`  floor (read, NFD, lower-case, split)   ${floorMBps.toFixed(1).padStart(6)} MB/s`);
console.log(`  canonym check, every rule               ${checkMBps.toFixed(1).padStart(6)} MB/s   ${((100 * checkMBps) / floorMBps).toFixed(0)} % of the floor`);

cores();

/**
 * Cores: 200 files of real news, checked on one thread and on every core in turns (1, n, 1, n, …), best of --runs.
 * File i is in language i mod 11 and takes the next sentences of that language's file (wrapping round) up to
 * --mb / --files bytes, so that the languages are mixed in path order as in a newsroom's folder named by id. Each
 * run's CPU time (user + sys, /usr/bin/time) goes beside its wall time: on a machine shared with other sessions the
 * kernel gives each session its share however many threads it runs, so that under load two threads cannot finish
 * sooner than their CPU time allows, and the CPU ratio says what a second thread costs.
 */
function cores(): void {
  const newsDir = join(ROOT, 'test', 'fixtures', 'eval', 'news');
  const languages = readdirSync(newsDir).filter((f) => f.endsWith('.human.txt')).sort();
  const sentences = languages.map((f) => readFileSync(join(newsDir, f), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
  const distinct = sentences.reduce((n, lines) => n + Buffer.byteLength(lines.join('\n')), 0);
  const folder = join(work, 'articles');
  mkdirSync(folder, { recursive: true });
  const count = Number(values.files);
  const per = (Number(values.mb) * 1024 * 1024) / count;
  const next = languages.map(() => 0);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const l = i % languages.length;
    const lines = sentences[l]!;
    let article = '';
    while (Buffer.byteLength(article) < per) article += `${lines[next[l]!++ % lines.length]}\n`;
    writeFileSync(join(folder, `article-${String(i).padStart(3, '0')}.txt`), article);
    bytes += Buffer.byteLength(article);
  }
  const env = { ...process.env, CANONYM_CACHE_DIR: join(work, 'cache-0') };
  const args = (jobs: number) => [BIN, 'check', '--format', 'json', '--jobs', String(jobs), folder];
  spawnSync(process.execPath, [BIN, 'check', '--locale', 'en', oneLine], { env }); // the stored index, built once
  const threads = availableParallelism();
  interface Timed { ms: number; cpu: number; rssMB: number; load: number; stdout: string }
  const timed = (jobs: number): Timed => {
    const load1 = loadavg()[0]!;
    const t0 = performance.now();
    const r = TIME
      ? spawnSync(TIME, ['-f', 'canonym-bench-cpu %U %S %M', process.execPath, ...args(jobs)], { encoding: 'utf8', env, maxBuffer: 1 << 30 })
      : spawnSync(process.execPath, args(jobs), { encoding: 'utf8', env, maxBuffer: 1 << 30 });
    const ms = performance.now() - t0;
    const m = /canonym-bench-cpu ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
    return { ms, cpu: m ? Number(m[1]) + Number(m[2]) : NaN, rssMB: m ? Number(m[3]) / 1024 : NaN, load: load1, stdout: r.stdout };
  };
  const runs: Record<'one' | 'all', Timed[]> = { one: [], all: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.one.push(timed(1));
    runs.all.push(timed(threads));
  }
  const same = runs.all.every((r) => r.stdout === runs.one[0]!.stdout) && runs.one.every((r) => r.stdout === runs.one[0]!.stdout);
  const bestOf = (list: Timed[]) => list.reduce((a, b) => (b.ms < a.ms ? b : a));
  const one = bestOf(runs.one);
  const all = bestOf(runs.all);
  const loads = [...runs.one, ...runs.all].map((r) => r.load);
  const cpu = (list: Timed[]) => Math.min(...list.map((r) => r.cpu));
  console.log(`\n${count} files, ${(bytes / 1048576).toFixed(2)} MB of real news in ${languages.length} languages (${(distinct / 1048576).toFixed(2)} MB of distinct sentences), in turns, best of ${RUNS}; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} during the runs:`);
  for (const [label, best, list] of [['--jobs 1', one, runs.one], [`--jobs ${threads}`, all, runs.all]] as const) {
    console.log(`  ${label.padEnd(9)} ${ms(best.ms).padStart(9)} wall (load ${best.load.toFixed(1)}), CPU ${cpu(list).toFixed(2)} s, ${best.rssMB.toFixed(0)} MB peak RSS; every run: ${list.map((r) => (r.ms / 1000).toFixed(1)).join(' ')} s`);
  }
  console.log(`  ${threads} threads: ${ratio(one.ms, all.ms)} faster in wall, ${ratio(cpu(runs.all), cpu(runs.one))} the CPU; output ${same ? 'identical' : 'DIFFERENT'} to --jobs 1`);
}

console.log(`\nload average at the end: ${load()}`);
rmSync(work, { recursive: true, force: true });

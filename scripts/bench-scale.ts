/**
 * Start-up, scale and throughput of the compiled CLI, each beside its baseline measured in the same run:
 *   - start-up: `canonym --version` and a one-line `check` against `node -e 0`, cold (no stored index) and warm;
 *   - scale: the same with a generated glossary layer of 10,000 and 100,000 entities (1,000,000 with --sizes);
 *     time to build the stored index and peak memory of each run;
 *   - throughput: `check` with every rule on 4 MB of real news (the human sentences of the news evaluation,
 *     test/fixtures/eval/news/en.human.txt, repeated) against a floor in the same process that only reads the
 *     text, normalises it (NFD), lower-cases it and splits it into words;
 *   - cores: a folder of 200 files of real news in the eleven glossary languages (4 MB of repeated sentences, and
 *     1.56 MB of distinct ones: test/fixtures/eval/news) checked on one core with --jobs 1 and on two cores with
 *     --jobs 1 and --jobs 2 (taskset), in turns, with the wall time, the CPU time (user + sys) and the load average
 *     of each run.
 *
 *   npm run bench:scale                     # shipped, 10k, 100k
 *   npm run bench:scale -- --sizes 0,10000  # 0 = the shipped glossary only
 *   npm run bench:scale -- --runs 7
 *   npm run bench:scale -- --cores-only     # the folders of 200 files only (--files, --mb, --runs)
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
 * Cores: a folder of --files files of real news checked on one core and on two, in turns, as issue 11 asks ("a folder
 * of 200 files is checked ≥ 1.7× faster on 2 cores than on 1"). Two folders:
 *   - repeated: --mb MB (4 by default); file i is in language i mod 11 and takes the next sentences of that
 *     language's file (wrapping round), so each sentence is used about 2.6 times, which flatters one thread's caches;
 *   - distinct: every human sentence of test/fixtures/eval/news once (1.56 MB), dealt out the same way, as a real
 *     folder of distinct articles would be.
 * Each folder is checked in three ways, one after the other, --runs times: `--jobs 1` on one core (taskset -c 0),
 * `--jobs 1` on two cores and `--jobs 2` on two cores (taskset -c 0,1), and as a baseline of the machine itself two
 * `--jobs 1` processes at once, one pinned to each core; without taskset (or with one core) the
 * processes are not pinned, and the output says so. Each run's wall time, CPU time (user + sys, /usr/bin/time) and
 * the load average when it started are kept: on a machine shared with other sessions the kernel gives each session
 * its share however many threads it runs, so only runs at a low load say what two idle cores give.
 */
function cores(): void {
  const newsDir = join(ROOT, 'test', 'fixtures', 'eval', 'news');
  const languages = readdirSync(newsDir).filter((f) => f.endsWith('.human.txt')).sort();
  const sentences = languages.map((f) => readFileSync(join(newsDir, f), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
  const distinct = sentences.reduce((n, lines) => n + Buffer.byteLength(lines.join('\n')), 0);
  const count = Number(values.files);
  /** A folder of `count` files, file i in language i mod 11, filled with that language's next sentences up to `per` bytes (once each when `per` is undefined). */
  const folderOf = (name: string, per: number | undefined): { folder: string; bytes: number } => {
    const folder = join(work, name);
    mkdirSync(folder, { recursive: true });
    const next = languages.map(() => 0);
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const l = i % languages.length;
      const lines = sentences[l]!;
      let article = '';
      if (per === undefined) {
        // this language's files share its sentences out evenly, in order, each sentence once
        const files = Math.floor((count - 1 - l) / languages.length) + 1;
        const nth = Math.floor(i / languages.length);
        article = lines.slice(Math.floor((nth * lines.length) / files), Math.floor(((nth + 1) * lines.length) / files)).map((line) => `${line}\n`).join('');
      } else while (Buffer.byteLength(article) < per) article += `${lines[next[l]!++ % lines.length]}\n`;
      writeFileSync(join(folder, `article-${String(i).padStart(3, '0')}.txt`), article);
      bytes += Buffer.byteLength(article);
    }
    return { folder, bytes };
  };
  const env = { ...process.env, CANONYM_CACHE_DIR: join(work, 'cache-0') };
  spawnSync(process.execPath, [BIN, 'check', '--locale', 'en', oneLine], { env }); // the stored index, built once
  const taskset = availableParallelism() >= 2 && spawnSync('taskset', ['-c', '0,1', 'true']).status === 0;
  interface Timed { ms: number; cpu: number; rssMB: number; load: number; stdout: string }
  /** `pair`: two --jobs 1 processes at once, one pinned to each core, each checking the whole folder. */
  interface Mode { label: string; cpus: string; jobs: number; pair?: boolean }
  const modes: Mode[] = [
    { label: '1 core, --jobs 1', cpus: '0', jobs: 1 },
    { label: '2 cores, --jobs 1', cpus: '0,1', jobs: 1 },
    { label: '2 cores, --jobs 2', cpus: '0,1', jobs: 2 },
    ...(taskset ? [{ label: '2 processes at once', cpus: '0,1', jobs: 1, pair: true }] : []),
  ];
  const timed = (mode: Mode, folder: string): Timed => {
    const check = [process.execPath, BIN, 'check', '--format', 'json', '--jobs', String(mode.jobs), folder];
    const quoted = check.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
    const pinned = mode.pair
      ? ['sh', '-c', `taskset -c 0 ${quoted} > /dev/null & taskset -c 1 ${quoted}; wait`]
      : taskset ? ['taskset', '-c', mode.cpus, ...check] : check;
    const [command, ...argv] = TIME ? [TIME, '-f', 'canonym-bench-cpu %U %S %M', ...pinned] : pinned;
    const load1 = loadavg()[0]!;
    const t0 = performance.now();
    const r = spawnSync(command!, argv, { encoding: 'utf8', env, maxBuffer: 1 << 30 });
    const ms = performance.now() - t0;
    const m = /canonym-bench-cpu ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
    return { ms, cpu: m ? Number(m[1]) + Number(m[2]) : NaN, rssMB: m ? Number(m[3]) / 1024 : NaN, load: load1, stdout: r.stdout };
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  console.log(`\ncores: ${taskset ? 'pinned with taskset (-c 0 for one core, -c 0,1 for two)' : `NOT pinned (${availableParallelism() < 2 ? 'one core here' : 'no taskset'}): "1 core" and "2 cores" both ran on every core`}; in turns, ${RUNS} runs each; wall best / median, CPU (user + sys) median, load average at the start of each run`);
  for (const [name, per] of [['repeated', (Number(values.mb) * 1024 * 1024) / count], ['distinct', undefined]] as const) {
    const { folder, bytes } = folderOf(name, per);
    const runs = modes.map(() => [] as Timed[]);
    for (let i = 0; i < RUNS; i++) modes.forEach((mode, k) => runs[k]!.push(timed(mode, folder)));
    const same = runs.every((list) => list.every((r) => r.stdout === runs[0]![0]!.stdout));
    console.log(`\n${count} files, ${(bytes / 1048576).toFixed(2)} MB of real news in ${languages.length} languages, ${name === 'repeated' ? `each of the ${(distinct / 1048576).toFixed(2)} MB of distinct sentences used ${(bytes / distinct).toFixed(1)} times` : 'every sentence once'}:`);
    modes.forEach((mode, k) => {
      const list = runs[k]!;
      const best = list.reduce((a, b) => (b.ms < a.ms ? b : a));
      console.log(`  ${mode.label.padEnd(18)} wall ${(best.ms / 1000).toFixed(2)} s at load ${best.load.toFixed(1)} / median ${(median(list.map((r) => r.ms)) / 1000).toFixed(2)} s, CPU ${median(list.map((r) => r.cpu)).toFixed(2)} s, ${median(list.map((r) => r.rssMB)).toFixed(0)} MB; every run: ${list.map((r) => `${(r.ms / 1000).toFixed(2)} s (load ${r.load.toFixed(1)})`).join(', ')}`);
    });
    const best = (k: number) => Math.min(...runs[k]!.map((r) => r.ms));
    const mid = (k: number) => median(runs[k]!.map((r) => r.ms));
    const cpu = (k: number) => median(runs[k]!.map((r) => r.cpu));
    console.log(`  2 cores against 1 core: --jobs 2 ${ratio(best(0), best(2))} faster in wall (best; ${ratio(mid(0), mid(2))} median), --jobs 1 ${ratio(best(0), best(1))} (${ratio(mid(0), mid(1))}); --jobs 2 costs ${ratio(cpu(2), cpu(0))} the CPU of --jobs 1; output ${same ? 'identical' : 'DIFFERENT'} in every run`);
    // The machine's own scaling: twice the work, each process paying its own start and warm-up, in the pair's wall time.
    if (modes[3]) console.log(`  the machine: two processes, one a core, do twice the work ${ratio(2 * best(0), best(3))} faster than one core does it once (best; ${ratio(2 * mid(0), mid(3))} median): the ceiling for --jobs 2 if a thread cost no more than its share of the work`);
  }
}

console.log(`\nload average at the end: ${load()}`);
rmSync(work, { recursive: true, force: true });

/**
 * Start-up, scale and throughput of the compiled CLI, each beside its baseline measured in the same run:
 *   - start-up: `canonym --version` and a one-line `check` against `node -e 0`, cold (no stored index) and warm;
 *   - scale: the same with a generated glossary layer of 10,000 and 100,000 entities (1,000,000 with --sizes);
 *     time to build the stored index and peak memory of each run;
 *   - throughput: `check` with every rule on 4 MB of real news (the human sentences of the news evaluation,
 *     test/fixtures/eval/news/en.human.txt, repeated) against a floor in the same process that only reads the
 *     text, normalises it (NFD), lower-cases it and splits it into words;
 *   - cores: a folder of 200 files checked with one worker and with every core.
 *
 *   npm run bench:scale                     # shipped, 10k, 100k
 *   npm run bench:scale -- --sizes 0,10000  # 0 = the shipped glossary only
 *   npm run bench:scale -- --runs 7
 *
 * Wall times are the best of --runs; memory is the peak resident set (Linux /usr/bin/time when present).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  },
});
const RUNS = Number(values.runs);
const SIZES = values.sizes!.split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'canonym-bench-'));
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Run {
  ms: number;
  rssMB?: number;
  code: number | null;
}

/** One process, timed from outside; peak RSS read from GNU time's %M (kilobytes) on stderr. */
function runOnce(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const command = TIME ?? process.execPath;
  const argv = TIME ? ['-f', 'canonym-bench-rss %M', process.execPath, ...args] : args;
  const t0 = performance.now();
  const result = spawnSync(command, argv, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  const rss = /canonym-bench-rss (\d+)/.exec(result.stderr ?? '');
  return { ms, code: result.status, ...(rss ? { rssMB: Number(rss[1]) / 1024 } : {}) };
}

function best(args: string[], env: NodeJS.ProcessEnv = {}, runs = RUNS): Run {
  let out: Run | undefined;
  for (let i = 0; i < runs; i++) {
    const r = runOnce(args, env);
    if (!out || r.ms < out.ms) out = { ...r, rssMB: Math.max(r.rssMB ?? 0, out?.rssMB ?? 0) || undefined };
  }
  return out!;
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

console.log('glossary                 entities   build (cold check)     warm one-line check            ×node -e 0   ×shipped');
const shippedWarm = cases.find((c) => c.size === 0)?.warm?.ms;
for (const { size, cold, warm } of cases) {
  if (warm!.code !== 1) console.log(`  (unexpected exit ${warm!.code})`);
  const label = size ? `shipped + ${size.toLocaleString('en')}` : 'shipped';
  console.log(`${label.padEnd(24)} ${String(size ? `+${size.toLocaleString('en')}` : '').padStart(9)}   ${ms(cold.ms).padStart(9)} ${mb(cold).padStart(8)}     ${ms(warm!.ms).padStart(8)} ${mb(warm!).padStart(8)}        ${ratio(warm!.ms, nodeFloor!.ms).padStart(7)}   ${shippedWarm ? ratio(warm!.ms, shippedWarm) : ''}`);
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

// Cores: the same news in 200 files, one worker against every core.
const folder = join(work, 'files');
mkdirSync(folder);
const paragraphs = text.split('\n\n');
const files = Number(values.files);
const per = Math.ceil(paragraphs.length / files);
for (let i = 0; i < files; i++) writeFileSync(join(folder, `article-${String(i).padStart(3, '0')}.txt`), paragraphs.slice(i * per, (i + 1) * per).join('\n\n'));
const folderArgs = (jobs: number) => [BIN, 'check', '--locale', 'en', '--format', 'json', '--jobs', String(jobs), folder];
const one = best(folderArgs(1), { CANONYM_CACHE_DIR: join(work, 'cache-0') }, Math.min(RUNS, 3));
const all = best(folderArgs(availableParallelism()), { CANONYM_CACHE_DIR: join(work, 'cache-0') }, Math.min(RUNS, 3));
console.log(`\n${files} files (${measured.bytes.toFixed(1)} MB): 1 worker ${ms(one.ms)}, ${availableParallelism()} workers ${ms(all.ms)}: ${ratio(one.ms, all.ms)} faster`);

console.log(`\nload average at the end: ${load()}`);
rmSync(work, { recursive: true, force: true });

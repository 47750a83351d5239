/**
 * `canonym serve` under load, on loopback only, every loop bounded.
 *
 *   npx tsx scripts/bench-serve.ts                 # throughput and latency: GET /healthz (the floor), then
 *                                                  # POST /v1/check with ~2 KB articles, 32 clients each
 *   npx tsx scripts/bench-serve.ts --duration 20 --connections 32 --workers 2 --detect
 *   npx tsx scripts/bench-serve.ts --rounds 3 --only-check  # the floor and the check, three times, interleaved
 *
 * Each article is sent with its locale (as a CMS or the page knows it); --detect leaves it out, so the server
 * detects the language too (franc: about three times the cost of the check itself on 2 KB). --workers N runs
 * `canonym serve --workers N` (node:cluster, N processes sharing the port).
 *   npx tsx --expose-gc scripts/bench-serve.ts --memory   # 10,000 checks; the heap after each 2,000
 *
 * The server runs in a child process (the same script with --server), so autocannon's own work is not counted
 * against it; the shipped glossary is loaded from the stored index. Each line ends with the machine's load average
 * (1 minute) when the run ended: on a shared machine, figures mean little without it. Figures for the README, not
 * a timed test; test/serve-memory.test.ts is the memory test.
 */
import { spawn } from 'node:child_process';
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createChecker } from '../src/checker.ts';
import { buildApp } from '../src/serve/app.ts';

const require = createRequire(import.meta.url);
// autocannon ships no types; the few fields read here are checked where they are used.
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}

const { values: args } = parseArgs({
  options: {
    server: { type: 'boolean', default: false },
    memory: { type: 'boolean', default: false },
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '32' },
    detect: { type: 'boolean', default: false },
    workers: { type: 'string', default: '1' },
    requests: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '1' },
    'only-check': { type: 'boolean', default: false },
  },
});

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../test/fixtures/${path}`, import.meta.url)), 'utf8');

const SOURCES: Array<[string, string]> = [
  ['editors/summit-machine-translated.txt', 'en'],
  ['news/consul-expelled.txt', 'en'],
  ['news/clean.txt', 'en'],
  ['news/lawrow-de.md', 'de'],
  ['news/borrell-ru.txt', 'ru'],
  ['news/zelenskyy-pl.txt', 'pl'],
];

/** Articles of about 2 KB (1.8–2.2 KB of UTF-8): the fixtures, cut or doubled at a paragraph boundary. */
function articles(): string[] {
  return SOURCES.map(([path]) => {
    const text = fixture(path);
    let out = text;
    while (Buffer.byteLength(out) < 1800) out += `\n\n${text}`;
    while (Buffer.byteLength(out) > 2200) {
      const cut = out.lastIndexOf('\n\n', out.length - 2);
      out = cut > 0 ? out.slice(0, cut) : out.slice(0, 2000);
    }
    return out;
  });
}

async function startServer(): Promise<void> {
  const workers = Number(args.workers);
  if (workers > 1 && cluster.isPrimary) {
    let announced = false;
    for (let i = 0; i < workers; i++) {
      cluster.fork().on('message', (url: string) => {
        if (!announced) process.stdout.write(`${url}\n`);
        announced = true;
      });
    }
    process.once('SIGTERM', () => {
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      cluster.on('exit', () => Object.keys(cluster.workers ?? {}).length || process.exit(0));
    });
    return;
  }
  const checker = createChecker();
  const app = await buildApp(checker, { glossaryVersion: 'bench', maxConcurrent: 10_000, web: false });
  // Port 0 in every worker of a cluster is one port, shared.
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  if (cluster.isPrimary) process.stdout.write(`${url}\n`);
  else process.send?.(url);
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

/** CPU seconds (user + system) used so far by a process and its children (the cluster's workers), from /proc. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return ticks / 100 + children.reduce((sum, child) => sum + cpuSeconds(child), 0);
  } catch {
    return NaN;
  }
}

function spawnServer(): Promise<{ url: string; pid: number; stop: () => void }> {
  const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/loader.mjs', import.meta.url));
  const child = spawn(process.execPath, ['--import', tsx, fileURLToPath(import.meta.url), '--server', '--workers', args.workers], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
      if (m) resolve({ url: m[1]!, pid: child.pid!, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
}

function bodies(texts: readonly string[]): string[] {
  return texts.map((text, i) => JSON.stringify({ text, ...(args.detect ? {} : { locale: SOURCES[i]![1] }) }));
}

/**
 * One autocannon run. Besides req/s and latency, the server's CPU time per request: on a machine shared with
 * other work, 1000 / (CPU ms per request) is what one core of the server can answer when it has the core to itself.
 */
async function run(url: string, title: string, options: Record<string, unknown>, pid?: number): Promise<AutocannonResult> {
  const cpuBefore = pid ? cpuSeconds(pid) : NaN;
  const result = await autocannon({ url, connections: Number(args.connections), duration: Number(args.duration), ...options });
  const cpuMs = ((cpuSeconds(pid ?? 0) - cpuBefore) * 1000) / result.requests.total;
  const line = [
    title.padEnd(34),
    `${result.requests.average.toFixed(0).padStart(6)} req/s`,
    `p50 ${String(result.latency.p50).padStart(4)} ms`,
    `p99 ${String(result.latency.p99).padStart(4)} ms`,
    `max ${String(result.latency.max).padStart(5)} ms`,
    `errors ${result.errors + result.timeouts}, non-2xx ${result.non2xx}`,
    Number.isFinite(cpuMs) ? `server CPU ${cpuMs.toFixed(2)} ms/request (${(1000 / cpuMs).toFixed(0)} req/s per core)` : '',
    `load ${loadavg()[0]!.toFixed(1)}`,
  ].join('  ');
  process.stdout.write(`${line}\n`);
  return result;
}

async function throughput(): Promise<void> {
  const server = await spawnServer();
  try {
    const payloads = bodies(articles());
    const sizes = articles().map((a) => Buffer.byteLength(a));
    process.stdout.write(`canonym serve on ${server.url}: ${args.connections} clients, ${args.duration} s each; articles of ${Math.min(...sizes)}–${Math.max(...sizes)} bytes${args.detect ? ', locale detected' : ', locale given'}, ${args.workers} worker(s)\n`);
    let i = 0;
    const post = (path: string) => ({
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json' },
      setupRequest: (req: Record<string, unknown>) => ({ ...req, body: payloads[i++ % payloads.length] }),
    });
    // Warm-up, not reported: 3 s of checks and annotations, so that the first measured run does not pay for lazy
    // loading and the JIT (a single request per article left the first round at a third of the later ones).
    for (const path of ['/v1/check', '/v1/annotate']) {
      await autocannon({ url: server.url, connections: Number(args.connections), duration: 3, requests: [post(path)] });
    }
    for (let round = 0; round < Number(args.rounds); round++) {
      await run(`${server.url}/healthz`, 'GET /healthz (floor)', {}, server.pid);
      await run(server.url, 'POST /v1/check (2 KB articles)', { requests: [post('/v1/check')] }, server.pid);
      if (!args['only-check']) await run(server.url, 'POST /v1/annotate (2 KB articles)', { requests: [post('/v1/annotate')] }, server.pid);
    }
  } finally {
    server.stop();
  }
}

/** 10,000 checks in process; the heap after a full collection every 2,000. Growth beyond noise is a leak. */
async function memory(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (npx tsx --expose-gc scripts/bench-serve.ts --memory)');
  const checker = createChecker();
  const app = await buildApp(checker, { glossaryVersion: 'bench', maxConcurrent: 10_000, web: false });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const payloads = bodies(articles());
  const total = Number(args.requests);
  const step = Math.max(1, Math.floor(total / 5));
  const heap = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed / 2 ** 20;
  };
  let i = 0;
  const post = { method: 'POST', path: '/v1/check', headers: { 'content-type': 'application/json' }, setupRequest: (req: Record<string, unknown>) => ({ ...req, body: payloads[i++ % payloads.length] }) };
  // One round first: caches that fill once (lexicons, fuzzy shards) are not growth.
  await autocannon({ url, connections: 8, amount: step, requests: [post] });
  const samples = [heap()];
  for (let done = 0; done < total; done += step) {
    const result = await autocannon({ url, connections: 8, amount: step, requests: [post] });
    if (result.non2xx || result.errors) throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors`);
    samples.push(heap());
  }
  await app.close();
  process.stdout.write(`heap after a full GC, every ${step} requests (MiB): ${samples.map((s) => s.toFixed(1)).join(' → ')}\n`);
  const growth = samples[samples.length - 1]! - samples[0]!;
  process.stdout.write(`growth over ${total} requests: ${growth.toFixed(1)} MiB (${((growth * 2 ** 20) / total).toFixed(0)} bytes per request)\n`);
  if (growth > 16) process.exitCode = 1;
}

if (args.server) await startServer();
else if (args.memory) await memory();
else await throughput();

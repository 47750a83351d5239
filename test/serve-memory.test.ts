/**
 * `canonym serve` keeps nothing between requests (issue 15 §5): 10,000 checks of 2 KB articles over loopback, each
 * text different (a per-text cache would grow), with the shipped glossary; the heap after a full collection may
 * not grow by more than 2 MiB (about 200 bytes a request). The same measurement on a server that keeps 2 KB a
 * request must see it, so the test can fail. Loopback only; the request count is fixed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker, type Checker } from '../src/checker.ts';
import { buildApp } from '../src/serve/app.ts';
import { fixture } from './helpers.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface AutocannonResult { non2xx: number; errors: number; '2xx': number }
const autocannon = createRequire(import.meta.url)('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

const SOURCES: Array<[string, string]> = [
  ['editors/summit-machine-translated.txt', 'en'], ['news/consul-expelled.txt', 'en'], ['news/lawrow-de.md', 'de'],
  ['news/borrell-ru.txt', 'ru'], ['news/zelenskyy-pl.txt', 'pl'],
];
/** About 2 KB each: the fixture, doubled until it is. */
const ARTICLES = SOURCES.map(([path, locale]) => {
  const text = readFileSync(fixture(path), 'utf8');
  let out = text;
  while (Buffer.byteLength(out) < 1800) out += `\n\n${text}`;
  return { text: out.slice(0, 2200), locale };
});

function heapMiB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** Sends `total` requests (8 at a time) in five rounds; the heap after the warm-up round and after each round. */
async function heapOver(url: string, path: string, total: number): Promise<number[]> {
  let n = 0;
  const request = {
    method: path === '/healthz' ? 'GET' : 'POST',
    path,
    headers: { 'content-type': 'application/json' },
    setupRequest: (req: Record<string, unknown>) => {
      if (path === '/healthz') return req;
      const a = ARTICLES[n % ARTICLES.length]!;
      return { ...req, body: JSON.stringify({ text: `${a.text}\n\nRef. ${n++}.`, locale: a.locale }) };
    },
  };
  const round = async (amount: number) => {
    const result = await autocannon({ url, connections: 8, amount, requests: [request] });
    expect(result.non2xx + result.errors).toBe(0);
    expect(result['2xx']).toBe(amount);
  };
  await round(total / 5); // caches that fill once (lexicons, index shards, compiled messages) are not growth
  const samples = [heapMiB()];
  for (let i = 0; i < 5; i++) {
    await round(total / 5);
    samples.push(heapMiB());
  }
  return samples;
}

let checker: Checker;
const apps: FastifyInstance[] = [];
beforeAll(() => {
  checker = createChecker(); // from the stored index; built first when the glossary changed (up to a minute)
}, 120_000);
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
});

describe('canonym serve memory', () => {
  it('does not grow over 10,000 checks of different 2 KB articles', async () => {
    const app = await buildApp(checker, { glossaryVersion: 'memory', maxConcurrent: 1000, web: false });
    apps.push(app);
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const samples = await heapOver(url, '/v1/check', 10_000);
    const growth = samples[samples.length - 1]! - samples[0]!;
    console.log(`heap after a full GC every 2,000 requests (MiB): ${samples.map((s) => s.toFixed(1)).join(' → ')}; growth ${growth.toFixed(2)} MiB`);
    expect(growth).toBeLessThan(2);
  }, 300_000);

  it('sees a server that keeps 2 KB a request (the measurement can fail: 5,000 requests, 10 MiB)', async () => {
    const app = await buildApp(checker, { glossaryVersion: 'leaky', maxConcurrent: 1000, web: false });
    const kept: number[][] = [];
    app.addHook('onRequest', async () => void kept.push(new Array(256).fill(kept.length)));
    apps.push(app);
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const samples = await heapOver(url, '/healthz', 5_000);
    expect(samples[samples.length - 1]! - samples[0]!).toBeGreaterThan(2);
  }, 120_000);
});

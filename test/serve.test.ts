/**
 * `canonym serve` on loopback: the API's answers (the CLI's JSON format), and what it does with requests it must
 * refuse: oversized bodies (413), invalid JSON (400), unknown locales (400), slow clients (408), too many at
 * once (503), a handler past its time (503), SIGTERM with a request in progress (answered, then exit 0).
 */
import { spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker, type Checker } from '../src/checker.ts';
import { buildApp, type ServeOptions } from '../src/serve/app.ts';
import type { TranslationEngine } from '../src/translate/engine.ts';
import { fixture } from './helpers.ts';

const ARTICLE = readFileSync(fixture('news/consul-expelled.txt'), 'utf8');
let checker: Checker;
const apps: FastifyInstance[] = [];

async function serve(options: Partial<ServeOptions> = {}): Promise<string> {
  const app = await buildApp(checker, { glossaryVersion: 'test-version', ...options });
  apps.push(app);
  return app.listen({ host: '127.0.0.1', port: 0 });
}

/** A JSON answer, loosely typed: the tests check its shape field by field. */
const json = async (res: Response): Promise<any> => res.json();

const post = (base: string, path: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${base}${path}`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** A raw connection that sends `head` and then nothing: a slow (or stuck) client. */
function stuckClient(url: string, head: string): Promise<{ socket: Socket; received: Promise<string> }> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(head);
      let data = '';
      const received = new Promise<string>((done) => {
        socket.on('data', (c) => (data += c.toString()));
        socket.on('close', () => done(data));
      });
      resolve({ socket, received });
    });
  });
}

beforeAll(() => {
  checker = createChecker({ shippedGlossary: false, glossary: [fixture('glossary')], cacheDir: false });
});

afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
});

describe('the API', () => {
  let base: string;
  beforeAll(async () => {
    base = await serve();
  });

  it('checks a text and answers in the CLI\'s JSON format, with the glossary version', async () => {
    const res = await post(base, '/v1/check', { text: ARTICLE, locale: 'en', path: 'consul.txt' });
    expect(res.status).toBe(200);
    expect(res.headers.get('canonym-glossary')).toBe('test-version');
    const body = await json(res);
    expect(body.path).toBe('consul.txt');
    expect(body.locale).toBe('en');
    const yurova = body.diagnostics.find((d: any) => d.found === 'Vera Yurova');
    expect(Object.keys(yurova)).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'length', 'found', 'expected', 'entity', 'fix']);
    expect(yurova).toMatchObject({ ruleId: 'known-variant', line: 7, entity: 'vera-jourova', fix: { text: 'Věra Jourová' } });
    expect(ARTICLE.slice(yurova.offset, yurova.offset + yurova.length)).toBe('Vera Yurova');
  });

  it('fixes, lists names, localises, and answers in the language asked for', async () => {
    const fixed = await json(await post(base, '/v1/fix', { text: ARTICLE, locale: 'en' }));
    expect(fixed.output).toBe(checker.fix(ARTICLE, { locale: 'en' }).output);
    expect(fixed.output).toContain('Věra Jourová told');
    expect(fixed.applied.length).toBeGreaterThan(3);

    const names = await json(await post(base, '/v1/names', { text: ARTICLE, locale: 'en' }));
    expect(names.mentions.find((m: any) => m.text === 'Josep Borrell')).toMatchObject({ entity: 'josep-borrell', kind: 'canonical', line: 9 });

    const localized = await json(await post(base, '/v1/localize', { text: 'Kyiv and Josep Borrell.', from: 'en', to: ['de', 'ru'] }));
    expect(localized.results.map((r: any) => r.text)).toEqual(['Kiew and Josep Borrell.', 'Киев and Жозеп Боррель.']);

    const german = await json(await post(base, '/v1/check', { text: ARTICLE, locale: 'en', lang: 'de' }));
    expect(german.diagnostics[0].message).not.toBe((await json(await post(base, '/v1/check', { text: ARTICLE, locale: 'en' }))).diagnostics[0].message);
  });

  it('annotates for the page: statuses, fixes, the document\'s entities', async () => {
    const a = await json(await post(base, '/v1/annotate', { text: ARTICLE, locale: 'en' }));
    const span = (text: string) => a.spans.find((s: any) => s.text === text);
    expect(span('Vera Yurova')).toMatchObject({ status: 'wrong', entity: 'vera-jourova', fix: { text: 'Věra Jourová' } });
    expect(span('Josep Borrell')).toMatchObject({ status: 'right', fix: null });
    expect(a.entities.find((e: any) => e.id === 'vera-jourova')).toMatchObject({ count: 2, spellings: [{ text: 'Vera Yurova', count: 1 }, { text: 'Yurova', count: 1 }] });
    expect(a.counts.wrong).toBe(a.spans.filter((s: any) => s.status === 'wrong').length);
  });

  it('searches the glossary', async () => {
    const res = await json(await fetch(`${base}/v1/entities?q=JOUROVA`));
    expect(res.entities.map((e: any) => e.id)).toEqual(['vera-jourova']);
    const cyrillic = await json(await fetch(`${base}/v1/entities?q=${encodeURIComponent('Боррель')}`));
    expect(cyrillic.entities.map((e: any) => e.id)).toEqual(['josep-borrell']);
    const one = await json(await fetch(`${base}/v1/entities/kyiv`));
    expect(one.names.de).toEqual(['Kiew']);
    expect((await fetch(`${base}/v1/entities/nowhere`)).status).toBe(404);
    expect((await fetch(`${base}/v1/entities?q=a&limit=0`)).status).toBe(400);
  });

  it('answers /healthz and refuses what it cannot take, always as JSON with a code', async () => {
    expect(await json(await fetch(`${base}/healthz`))).toMatchObject({ status: 'ok', glossary: 'test-version' });
    const cases: Array<[Response, number, string]> = [
      [await post(base, '/v1/check', '{"text": "Kyiv",'), 400, 'invalid-json'],
      [await post(base, '/v1/check', ''), 400, 'invalid-json'],
      [await post(base, '/v1/check', { text: 42 }), 400, 'invalid-request'],
      [await post(base, '/v1/check', [1, 2]), 400, 'invalid-request'],
      [await post(base, '/v1/check', { text: 'Kyiv', locale: 'klingon-x' }), 400, 'unknown-locale'],
      [await post(base, '/v1/check', { text: 'Kyiv', locale: 'zz' }), 400, 'unknown-locale'],
      [await post(base, '/v1/localize', { text: 'Kyiv', to: ['de', 'qq-QQ'] }), 400, 'unknown-locale'],
      [await post(base, '/v1/localize', { text: 'Kyiv', to: [] }), 400, 'invalid-request'],
      [await post(base, '/v1/check', { text: 'Kyiv', format: 'docx' }), 400, 'invalid-request'],
      [await post(base, '/v1/check', 'text=Kyiv', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported-media-type'],
      [await post(base, '/v1/translate', { text: 'Kyiv', from: 'en', to: 'es' }), 501, 'no-engine'],
      [await fetch(`${base}/v1/nothing`), 404, 'not-found'],
    ];
    for (const [res, status, code] of cases) {
      expect(res.status, code).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect((await json(res)).error.code).toBe(code);
    }
  });
});

describe('limits', () => {
  it('answers 413 to a body over the limit, and takes one just under it', async () => {
    const base = await serve({ bodyLimit: 4096 });
    const over = await post(base, '/v1/check', { text: 'x'.repeat(5000) });
    expect(over.status).toBe(413);
    expect((await json(over)).error.code).toBe('body-too-large');
    expect((await post(base, '/v1/check', { text: 'Kyiv '.repeat(700), locale: 'en' })).status).toBe(200);
  });

  it('answers 408 to a client that sends its body too slowly, and keeps serving others', async () => {
    const base = await serve({ timeoutMs: 800 });
    const started = Date.now();
    const { received } = await stuckClient(base, 'POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"text":');
    expect((await post(base, '/v1/check', { text: 'Kyiv', locale: 'en' })).status).toBe(200);
    expect(await received).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('answers 503 when the requests in progress reach the limit, and serves again once they end', async () => {
    const base = await serve({ maxConcurrent: 2, timeoutMs: 1500 });
    const head = 'POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{';
    const stuck = [await stuckClient(base, head), await stuckClient(base, head)];
    await new Promise((r) => setTimeout(r, 100));
    const refused = await post(base, '/v1/check', { text: 'Kyiv', locale: 'en' });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect((await json(refused)).error.code).toBe('overloaded');
    for (const s of stuck) s.socket.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect((await post(base, '/v1/check', { text: 'Kyiv', locale: 'en' })).status).toBe(200);
  });

  it('answers 503 to a request past its time (an engine that hangs)', async () => {
    const hanging: TranslationEngine = { name: 'hang', pairs: async () => ['en-de'], translate: () => new Promise(() => {}) };
    const base = await serve({ timeoutMs: 300, engine: async () => hanging });
    const res = await post(base, '/v1/translate', { text: 'Kyiv', from: 'en', to: 'de' });
    expect(res.status).toBe(503);
    expect((await json(res)).error.code).toBe('timeout');
  });

  it('translates with names kept from the engine when one is there', async () => {
    const echo: TranslationEngine = { name: 'echo', pairs: async () => ['en-de'], translate: async (text) => text.replace('and', 'und') };
    const base = await serve({ engine: async () => echo });
    const body = await json(await post(base, '/v1/translate', { text: 'Kyiv and Josep Borrell.', from: 'en', to: 'de' }));
    expect(body.text).toBe('Kiew und Josep Borrell.');
    const pair = await post(base, '/v1/translate', { text: 'Kyiv', from: 'en', to: 'fr' });
    expect(pair.status).toBe(501);
    expect((await json(pair)).error.code).toBe('unsupported-pair');
  });
});

describe('canonym serve as a process', () => {
  const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/loader.mjs', import.meta.url));
  async function start(...extra: string[]) {
    const child = spawn(process.execPath, ['--import', tsx, main, 'serve', '--port', '0', '--no-shipped-glossary', '--glossary', fixture('glossary'), ...extra]);
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.once('exit', () => reject(new Error(stderr)));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, url, exited, stderr: () => stderr };
  }

  it('runs --workers 2 on one port, and stops them all on SIGTERM', async () => {
    const { child, url, exited, stderr } = await start('--workers', '2');
    expect(stderr()).toMatch(/×2/);
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(url, '/v1/check', { text: 'Kiev', locale: 'en' }).then(json)));
    for (const a of answers) expect(a.diagnostics.map((d: any) => d.expected)).toEqual(['Kyiv']);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr().match(/SIGTERM/g)).toHaveLength(1);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  }, 60_000);

  it('listens on 127.0.0.1, and on SIGTERM finishes the request in progress and exits 0', async () => {
    const { child, url, exited } = await start('--timeout', '5000');
    // A request whose body is not all there yet when SIGTERM comes: it is still answered.
    const [first, rest] = ['{"text":"Kiev"', ',"locale":"en"}'];
    const { socket, received } = await stuckClient(url, `POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: ${first.length + rest.length}\r\n\r\n${first}`);
    await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    socket.write(rest);
    const answer = await received;
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain('"known-variant"');
    expect(await exited).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  }, 60_000);
});

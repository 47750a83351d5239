/**
 * `canonym serve`: the HTTP API and the editors' page (src/serve/). Loads the glossary once, listens on
 * 127.0.0.1 unless told otherwise, and on SIGTERM or SIGINT stops taking connections, finishes the requests in
 * progress and exits 0.
 */
import cluster from 'node:cluster';
import { createChecker, type Checker, type CheckerOptions } from '../../checker.ts';
import { formatProblem, GlossaryError } from '../../glossary/errors.ts';
import { t } from '../../i18n/index.ts';
import { UserError } from '../../io/errors.ts';
import { buildApp } from '../../serve/app.ts';
import { indexKey } from '../../store/index-store.ts';
import type { TranslationEngine } from '../../translate/engine.ts';
import type { CommonOptions, Workspace } from '../workspace.ts';

export interface ServeCommandOptions extends CommonOptions {
  host: string;
  port: string;
  maxBody: string;
  maxConcurrent: string;
  timeout: string;
  workers: string;
  web?: boolean;
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2 };

/** `1048576`, `512k`, `1MiB`. */
export function parseBytes(option: string, value: string): number {
  const m = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  const n = m && unit !== undefined ? Number(m[1]) * unit : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new UserError(t('cli.serve.error.number', { option, value }));
  return n;
}

export function parseCount(option: string, value: string, min = 1): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new UserError(t('cli.serve.error.number', { option, value }));
  return n;
}

/** Apertium for /v1/translate, looked for once: answered 501 when it is not installed. */
function lazyEngine(): () => Promise<TranslationEngine | undefined> {
  let found: Promise<TranslationEngine | undefined> | undefined;
  return () => (found ??= (async () => {
    try {
      const { ApertiumCli } = await import('../../translate/apertium.ts');
      const engine = new ApertiumCli({ timeoutMs: 30_000 });
      return (await engine.pairs()).length ? engine : undefined;
    } catch {
      return undefined;
    }
  })());
}

/** createChecker, with a broken glossary reported as the other commands report it (exit 2, every problem). */
export function loadChecker(options: CheckerOptions): Checker {
  try {
    return createChecker(options);
  } catch (error) {
    if (error instanceof GlossaryError) {
      throw new UserError(t('cli.error.glossary-problems', { count: error.problems.length, problems: error.problems.map(formatProblem).join('\n') }));
    }
    throw error;
  }
}

/**
 * --workers N: N processes (node:cluster) share the port, each with the glossary loaded; the primary only starts
 * them, starts a new one when one dies, and on SIGTERM passes the signal on and waits for all of them.
 */
function runPrimary(workers: number, host: string, port: number): Promise<number> {
  return new Promise<number>((resolve) => {
    let stopping = false;
    let announced = false;
    const fork = () => {
      const worker = cluster.fork();
      worker.on('message', (m: { canonym?: string; url?: string; version?: string; entities?: number }) => {
        if (m?.canonym !== 'listening' || announced) return;
        announced = true;
        process.stderr.write(`${t('cli.serve.listening', { url: m.url ?? `http://${host}:${port}`, version: m.version ?? '', entities: m.entities ?? 0 })} ×${workers}\n`);
      });
    };
    cluster.on('exit', () => {
      if (!stopping) fork();
      else if (!Object.keys(cluster.workers ?? {}).length) resolve(0);
    });
    for (let i = 0; i < workers; i++) fork();
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      process.stderr.write(`${t('cli.serve.stopping', { signal })}\n`);
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}

export async function runServe(ws: Workspace, options: ServeCommandOptions): Promise<number> {
  const port = parseCount('--port', options.port, 0);
  if (port > 65535) throw new UserError(t('cli.serve.error.number', { option: '--port', value: options.port }));
  const workers = parseCount('--workers', options.workers);
  if (workers > 1 && cluster.isPrimary) return runPrimary(workers, options.host, port);
  const bodyLimit = parseBytes('--max-body', options.maxBody);
  const maxConcurrent = parseCount('--max-concurrent', options.maxConcurrent);
  const timeoutMs = parseCount('--timeout', options.timeout);
  const source = { layers: ws.layers, withoutShipped: ws.withoutShipped };
  const checker = loadChecker({
    glossary: source.layers,
    shippedGlossary: !source.withoutShipped,
    rules: ws.severities,
    ...(ws.config.suspects?.threshold !== undefined ? { suspectThreshold: ws.config.suspects.threshold } : {}),
    ...(ws.config.suspects?.fixAbove !== undefined ? { fixSuspectsAbove: ws.config.suspects.fixAbove } : {}),
  });
  const glossaryVersion = indexKey(source).slice(0, 16);
  const app = await buildApp(checker, { glossaryVersion, bodyLimit, maxConcurrent, timeoutMs, web: options.web !== false, engine: lazyEngine() });
  const address = await app.listen({ host: options.host, port });
  if (cluster.isPrimary) process.stderr.write(`${t('cli.serve.listening', { url: address, version: glossaryVersion, entities: checker.glossary.entities.size })}\n`);
  else process.send?.({ canonym: 'listening', url: address, version: glossaryVersion, entities: checker.glossary.entities.size });

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      if (cluster.isPrimary) process.stderr.write(`${t('cli.serve.stopping', { signal })}\n`);
      // Requests in progress are finished; idle keep-alive connections are closed; new ones are refused.
      // A cluster worker's IPC channel would keep it alive: it is let go once the server has closed.
      const done = (code: number) => {
        if (cluster.isWorker) cluster.worker?.disconnect();
        resolve(code);
      };
      app.close().then(() => done(0), () => done(2));
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}

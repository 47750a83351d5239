/**
 * `canonym serve`: the checker over HTTP (Fastify). Stateless: every answer is a function of the loaded glossary
 * (its version is in `GET /healthz` and the `canonym-glossary` header of every answer) and of the request, so any
 * number of instances with the same glossary can run behind a load balancer.
 *
 * Limits: the body size (413), the time to receive a request (408, slow clients), the time from arrival to answer
 * (503 `timeout`), and the requests in progress at once (503 `overloaded`). Every error is JSON:
 * `{"error": {"code", "message"}}`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Checker } from '../checker.ts';
import { readDocument } from '../formats/index.ts';
import { availableLanguages } from '../i18n/index.ts';
import type { TranslationEngine } from '../translate/engine.ts';
import { annotate } from './annotate.ts';
import {
  check, entityJson, fix, jsonDiagnostic, localizeRequest, localizeText, locale, names, RequestError, searchEntities, textRequest,
} from './service.ts';
import { registerWeb } from './web.ts';

export interface ServeOptions {
  /** The largest request body, in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** Requests in progress at once; the next is answered 503 (default 64). */
  maxConcurrent?: number;
  /** Milliseconds from a request's arrival to its answer (default 10 000); also the limit to receive it. */
  timeoutMs?: number;
  /** The version of the loaded glossary (a hash of its files), echoed in every answer. */
  glossaryVersion: string;
  /** Machine translation for /v1/translate; absent or failing → 501. */
  engine?: () => Promise<TranslationEngine | undefined>;
  /** Serve the editors' page at / (default true). */
  web?: boolean;
  logger?: boolean;
}

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

/** Fastify's own errors → our codes; anything unexpected is a 500 that says nothing about the inside. */
function toErrorReply(error: FastifyError | RequestError | Error): { status: number; code: string; message: string } {
  if (error instanceof RequestError) return { status: error.status, code: error.code, message: error.message };
  const e = error as FastifyError;
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': return { status: 413, code: 'body-too-large', message: e.message };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': return { status: 415, code: 'unsupported-media-type', message: 'send JSON (content-type: application/json)' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY': return { status: 400, code: 'invalid-json', message: 'the body is empty' };
    case 'FST_ERR_CTP_INVALID_JSON_BODY': return { status: 400, code: 'invalid-json', message: e.message };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH': return { status: 400, code: 'invalid-request', message: e.message };
  }
  if (e instanceof SyntaxError || (e.statusCode === 400 && /JSON/i.test(e.message))) return { status: 400, code: 'invalid-json', message: e.message };
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return { status: e.statusCode, code: 'invalid-request', message: e.message };
  return { status: 500, code: 'internal', message: 'internal error' };
}

export async function buildApp(checker: Checker, options: ServeOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? 1024 * 1024;
  const maxConcurrent = options.maxConcurrent ?? 64;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // Node's socket-level limits: a client that sends its request too slowly gets 408 and is closed. The checking
    // interval is Node's default 30 s otherwise, far longer than the limit.
    serverFactory: (handler) => createServer({
      requestTimeout: timeoutMs,
      headersTimeout: Math.min(timeoutMs, 60_000),
      connectionsCheckingInterval: Math.min(1000, timeoutMs),
      keepAliveTimeout: 5000,
    }, handler as (req: IncomingMessage, res: ServerResponse) => void) as Server,
  });

  let inFlight = 0;
  app.addHook('onRequest', async (request, reply) => {
    reply.header('canonym-glossary', options.glossaryVersion);
    if (inFlight >= maxConcurrent) {
      reply.header('retry-after', '1');
      return reply.code(503).send(errorBody('overloaded', `more than ${maxConcurrent} requests in progress; try again`));
    }
    inFlight++;
    (request as FastifyRequest & { counted?: boolean }).counted = true;
  });
  const release = async (request: FastifyRequest) => {
    const r = request as FastifyRequest & { counted?: boolean };
    if (r.counted) {
      r.counted = false;
      inFlight--;
    }
  };
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);
  // The time limit from arrival to answer. A request that used it all waiting (the checks are synchronous, so
  // requests queue behind each other) is not computed; one whose handler waits past it (the translation engine)
  // is answered 503 and its result dropped. (Fastify's handlerTimeout is not used: Node ends a request's 'close'
  // once its body is read, which clears that timer for every POST.)
  app.addHook('preHandler', async (request, reply) => {
    const left = timeoutMs - reply.elapsedTime;
    if (left <= 0) return reply.code(503).send(errorBody('timeout', 'the request waited too long'));
    const timer = setTimeout(() => {
      if (!reply.sent) void reply.code(503).send(errorBody('timeout', 'the request took too long'));
    }, left);
    timer.unref();
    (request as FastifyRequest & { timer?: NodeJS.Timeout }).timer = timer;
  });
  app.addHook('onResponse', async (request) => clearTimeout((request as FastifyRequest & { timer?: NodeJS.Timeout }).timer));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, code, message } = toErrorReply(error);
    if (status >= 500 && code === 'internal') request.log.error(error);
    void reply.code(status).send(errorBody(code, message));
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send(errorBody('not-found', `no route ${request.method} ${request.url.split('?')[0]}`));
  });

  app.get('/healthz', async () => ({ status: 'ok', glossary: options.glossaryVersion, entities: checker.glossary.entities.size }));
  app.get('/v1/info', async () => ({
    glossary: options.glossaryVersion,
    entities: checker.glossary.entities.size,
    locales: checker.index.locales,
    languages: availableLanguages(),
    limits: { bodyBytes: bodyLimit, timeoutMs, concurrent: maxConcurrent },
  }));

  app.post('/v1/check', async (request) => check(checker, textRequest(request.body)));
  app.post('/v1/fix', async (request) => fix(checker, textRequest(request.body)));
  app.post('/v1/names', async (request) => names(checker, textRequest(request.body)));
  app.post('/v1/annotate', async (request) => annotate(checker, textRequest(request.body)));
  app.post('/v1/localize', async (request) => localizeText(checker, localizeRequest(request.body)));

  app.post('/v1/translate', async (request, reply: FastifyReply) => {
    const r = textRequest(request.body);
    const b = request.body as Record<string, unknown>;
    const to = locale(b.to, 'to');
    const engine = options.engine ? await options.engine() : undefined;
    if (!engine) return reply.code(501).send(errorBody('no-engine', 'no translation engine is installed on this server (Apertium)'));
    const from = r.locale ?? (b.from !== undefined ? locale(b.from, 'from') : undefined);
    if (!from) throw new RequestError('invalid-request', '"from" (or "locale") is required for translation');
    const pairs = await engine.pairs();
    if (!pairs.includes(`${from}-${to}`)) throw new RequestError('unsupported-pair', `no ${from} → ${to} pair installed; installed: ${pairs.join(', ') || 'none'}`, 501);
    const { translate } = await import('../translate/translate.ts');
    const result = await translate(r.text, { from, to, engine, index: checker.index, ...(r.format ? { format: r.format } : {}) });
    return { ...result, diagnostics: result.diagnostics.map(jsonDiagnostic) };
  });

  app.get('/v1/entities', async (request) => {
    const query = request.query as Record<string, string | undefined>;
    const q = query.q ?? '';
    if (q.length > 200) throw new RequestError('invalid-request', '"q" is longer than 200 characters');
    const limit = query.limit === undefined ? 20 : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new RequestError('invalid-request', '"limit" must be an integer from 1 to 200');
    return { query: q, entities: searchEntities(checker, q, limit) };
  });
  app.get('/v1/entities/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const e = checker.glossary.entities.get(id);
    if (!e) return reply.code(404).send(errorBody('unknown-entity', `no entity "${id}"`));
    return entityJson(e);
  });

  if (options.web !== false) registerWeb(app);
  // The format adapters are loaded once here rather than on the first request.
  readDocument('', 'markdown');
  return app;
}

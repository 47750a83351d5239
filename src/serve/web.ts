/**
 * The editors' page: static files from src/web/ (no build step, nothing from a CDN) and its messages from
 * locales/<lng>/web.json. Read once at start; the page is a few kilobytes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { LOCALES_DIR } from '../i18n/index.ts';

/** src/web next to src/serve; from a built dist/serve, the sources' src/web. */
function webDir(): string {
  for (const rel of ['../web/', '../../src/web/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}index.html`)) return dir;
  }
  throw new Error('the web page files (src/web) are missing');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

// The page talks only to its own origin; no inline script, no third party.
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export function registerWeb(app: FastifyInstance): void {
  const dir = webDir();
  const files = new Map<string, { type: string; body: Buffer }>();
  for (const name of readdirSync(dir)) {
    const ext = name.slice(name.lastIndexOf('.'));
    if (TYPES[ext]) files.set(name, { type: TYPES[ext]!, body: readFileSync(`${dir}${name}`) });
  }
  const messages = new Map<string, Buffer>();
  const localesDir = fileURLToPath(LOCALES_DIR);
  for (const lng of readdirSync(localesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    const path = `${localesDir}${lng}/web.json`;
    if (existsSync(path)) messages.set(lng, readFileSync(path));
  }

  const send = (name: string) => async (_: unknown, reply: import('fastify').FastifyReply) => {
    const file = files.get(name);
    if (!file) return reply.code(404).send({ error: { code: 'not-found', message: name } });
    return reply.header('content-type', file.type).header('content-security-policy', CSP).header('cache-control', 'no-cache').send(file.body);
  };
  app.get('/', send('index.html'));
  app.get('/web/:name', async (request, reply) => send((request.params as { name: string }).name)(request, reply));
  app.get('/web/messages/:lng', async (request, reply) => {
    const lng = (request.params as { lng: string }).lng.replace(/\.json$/, '');
    const body = messages.get(lng);
    if (!body) return reply.code(404).send({ error: { code: 'not-found', message: `no messages for "${lng}"` } });
    return reply.header('content-type', 'application/json; charset=utf-8').header('cache-control', 'no-cache').send(body);
  });
}

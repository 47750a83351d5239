/**
 * `canonym lsp` through the protocol: the server is spawned over stdio and driven by a scripted client that
 * frames JSON-RPC itself (Content-Length headers), as an editor does: initialize, didOpen, didChange,
 * codeAction, hover, a glossary file edited on disk, shutdown and exit.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from './helpers.ts';

interface Message { id?: number; method?: string; params?: any; result?: any; error?: any }

/** A minimal LSP client: requests by id, notifications kept in order for `next` to wait on. */
class Client {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (m: Message) => void>();
  readonly notifications: Message[] = [];
  private waiters: Array<() => void> = [];

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const end = this.buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
        if (this.buffer.length < end + 4 + length) return;
        const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
        this.buffer = this.buffer.subarray(end + 4 + length);
        this.receive(message);
      }
    });
  }

  private receive(m: Message) {
    if (m.id !== undefined && !m.method) {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    } else if (m.id !== undefined && m.method) {
      this.send({ id: m.id, result: null }); // requests from the server (registrations, messages): acknowledged
    } else {
      this.notifications.push(m);
      for (const w of this.waiters.splice(0)) w();
    }
  }

  private send(m: object) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method: string, params: unknown): Promise<any> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result)));
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown) {
    this.send({ method, params });
  }

  /** The first notification from `from` on that matches, waiting up to `ms`. */
  async next(match: (m: Message) => boolean, from = 0, ms = 15_000): Promise<Message> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.notifications.slice(from).find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching notification in ${ms} ms: ${JSON.stringify(this.notifications.map((n) => n.method))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

const MAIN = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/tsx/dist/loader.mjs', import.meta.url));

describe('canonym lsp over stdio', () => {
  let dir: string;
  let layer: string;
  let client: Client;
  let child: ChildProcessWithoutNullStreams;
  let stderr = '';
  const uri = (name: string) => `file://${join(dir, name)}`;
  const diagnosticsFor = (u: string, from = 0) => client.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === u, from);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'canonym-lsp-'));
    layer = join(dir, 'glossary');
    mkdirSync(layer);
    copyFileSync(fixture('glossary/entities.yaml'), join(layer, 'entities.yaml'));
    child = spawn(process.execPath, ['--import', TSX, MAIN, 'lsp', '--stdio', '--no-shipped-glossary', '--glossary', layer], {
      cwd: dir,
      env: { ...process.env, CANONYM_CACHE_DIR: join(dir, 'cache') },
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    client = new Client(child);
    const init = await client.request('initialize', { processId: process.pid, rootUri: `file://${dir}`, capabilities: {}, locale: 'en' });
    expect(init.capabilities.hoverProvider).toBe(true);
    expect(init.capabilities.codeActionProvider.codeActionKinds).toEqual(['quickfix', 'source.fixAll.canonym']);
    client.notify('initialized', {});
  }, 60_000);

  afterAll(() => {
    child?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const ARTICLE = 'Vice-President Vera Yurova met Josep Borrell.\n\nThe two politicians talked about the situation in the east of the country and about the next meeting of the ministers.\n\nIn code, `Vera Yurova` stays.\n';

  it('publishes diagnostics for a Markdown document on open, outside code', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: uri('a.md'), languageId: 'markdown', version: 1, text: ARTICLE } });
    const { params } = await diagnosticsFor(uri('a.md'));
    expect(params.diagnostics.map((d: any) => [d.code, d.range, d.source])).toEqual([
      ['known-variant', { start: { line: 0, character: 15 }, end: { line: 0, character: 26 } }, 'canonym'],
    ]);
    expect(params.diagnostics[0].message).toContain('Věra Jourová');
  }, 30_000);

  it('offers the fix as a quick fix and every fix as source.fixAll.canonym', async () => {
    const { params } = await diagnosticsFor(uri('a.md'));
    const diagnostic = params.diagnostics[0];
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: uri('a.md') }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    });
    const quick = actions.find((a: any) => a.kind === 'quickfix');
    expect(quick.edit.changes[uri('a.md')]).toEqual([{ range: diagnostic.range, newText: 'Věra Jourová' }]);
    expect(quick.diagnostics).toEqual([diagnostic]);
    const onlyAll = await client.request('textDocument/codeAction', {
      textDocument: { uri: uri('a.md') }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(onlyAll.map((a: any) => a.kind)).toEqual(['source.fixAll.canonym']);
    expect(onlyAll[0].edit.changes[uri('a.md')].map((e: any) => e.newText)).toEqual(['Věra Jourová']);
  });

  it('shows the entity and its forms on hover', async () => {
    const hover = await client.request('textDocument/hover', { textDocument: { uri: uri('a.md') }, position: { line: 0, character: 36 } });
    expect(hover.range).toEqual({ start: { line: 0, character: 31 }, end: { line: 0, character: 44 } });
    expect(hover.contents.value).toContain('`josep-borrell`');
    expect(hover.contents.value).toContain('| ru | Жозеп Боррель |');
    const nothing = await client.request('textDocument/hover', { textDocument: { uri: uri('a.md') }, position: { line: 0, character: 2 } });
    expect(nothing).toBeNull();
  });

  it('checks again as the text changes (incremental edits), plain text too, and nothing else', async () => {
    const from = client.notifications.length;
    // Replace "Josep Borrell." with "Josep Borrell. Borel agreed." by an incremental edit.
    client.notify('textDocument/didChange', {
      textDocument: { uri: uri('a.md'), version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 45 }, end: { line: 0, character: 45 } }, text: ' Borel agreed.' }],
    });
    const { params } = await client.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri('a.md') && m.params.version === 2, from);
    expect(params.diagnostics.filter((d: any) => d.code === 'known-variant').map((d: any) => d.range.start)).toEqual([
      { line: 0, character: 15 }, { line: 0, character: 46 },
    ]);

    client.notify('textDocument/didOpen', { textDocument: { uri: uri('b.txt'), languageId: 'plaintext', version: 1, text: 'The foreign ministers held their talks in Kiev on Monday, and they will meet again next week.\n' } });
    const plain = await diagnosticsFor(uri('b.txt'));
    expect(plain.params.diagnostics.map((d: any) => d.code)).toEqual(['known-variant']);

    const before = client.notifications.length;
    client.notify('textDocument/didOpen', { textDocument: { uri: uri('c.js'), languageId: 'javascript', version: 1, text: '// Vera Yurova\n' } });
    await new Promise((r) => setTimeout(r, 500));
    expect(client.notifications.slice(before).filter((m) => m.params?.uri === uri('c.js'))).toEqual([]);
  });

  it('loads the glossary again when a layer file changes, and checks the open documents again', async () => {
    const from = client.notifications.length;
    client.notify('textDocument/didOpen', { textDocument: { uri: uri('d.txt'), languageId: 'plaintext', version: 1, text: 'The foreign ministers held their talks in Tallin on Monday, and they will meet again next week.\n' } });
    const first = await diagnosticsFor(uri('d.txt'), from);
    expect(first.params.diagnostics).toEqual([]);
    const reloadFrom = client.notifications.length;
    appendFileSync(join(layer, 'entities.yaml'), [
      '- id: tallinn', '  type: place', '  description: capital of Estonia', '  names: { en: Tallinn, de: Tallinn }',
      '  variants:', '    - { form: Tallin, wrongIn: [en, de] }', '',
    ].join('\n'));
    const after = await client.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri('d.txt') && m.params.diagnostics.length > 0, reloadFrom, 30_000);
    expect(after.params.diagnostics.map((d: any) => [d.code, d.data.fix.text])).toEqual([['known-variant', 'Tallinn']]);
  }, 40_000);

  it('shuts down and exits 0', async () => {
    await client.request('shutdown', null);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    client.notify('exit', null);
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  });
});

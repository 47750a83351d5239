/**
 * `canonym check --watch` in a child process: the first report, then only the files that change (a folder and its
 * subfolders, one made after the start too; a file given by name even when an editor saves it by renaming a new
 * file over it), nothing for files a walk leaves out, and exit 0 on SIGINT. Every wait is bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, tempDirsRemovedAfterAll } from './helpers.ts';

// Every temp folder a test makes is removed when the file is done.
const newTempDir = tempDirsRemovedAfterAll();

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = join(ROOT, 'node_modules/tsx/dist/loader.mjs');
const MAIN = join(ROOT, 'src/cli/main.ts');

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

/** Resolves once `test` holds for what the stream has written, or fails after `ms`. */
function waitFor(get: () => string, test: (s: string) => boolean, ms: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = setInterval(() => {
      if (test(get())) {
        clearInterval(tick);
        resolve();
      } else if (Date.now() - started > ms) {
        clearInterval(tick);
        reject(new Error(`timed out waiting for ${what}; output so far:\n${get()}`));
      }
    }, 50);
  });
}

describe('canonym check --watch', () => {
  it('checks again only what changes, and exits 0 on SIGINT', async () => {
    const dir = newTempDir('canonym-watch-');
    mkdirSync(join(dir, 'texts/sub'), { recursive: true });
    mkdirSync(join(dir, 'texts/node_modules'), { recursive: true });
    mkdirSync(join(dir, 'single'));
    writeFileSync(join(dir, 'texts/a.txt'), 'Kyiv is fine.\n');
    writeFileSync(join(dir, 'texts/sub/b.md'), 'Kyiv again.\n');
    writeFileSync(join(dir, 'single/named.txt'), 'Kyiv as well.\n');
    writeFileSync(join(dir, 'single/other.txt'), 'Kyiv, not watched.\n');

    child = spawn(process.execPath, [
      '--import', TSX, MAIN, 'check', '--watch', '--no-shipped-glossary', '-g', fixture('glossary'), '--locale', 'en', '--format', 'json',
      join(dir, 'texts'), join(dir, 'single/named.txt'),
    ], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));

    await waitFor(() => stderr, (s) => s.includes('watching 3 files'), 30_000, 'the first report');
    expect(JSON.parse(stdout).map((r: { path: string }) => r.path.slice(dir.length + 1))).toEqual(['texts/a.txt', 'texts/sub/b.md', 'single/named.txt']);
    stdout = '';

    // Files a walk leaves out first, then one that counts: only the last is reported.
    writeFileSync(join(dir, 'texts/node_modules/x.txt'), 'Kiev in a dependency.\n');
    writeFileSync(join(dir, 'texts/notes.log'), 'Kiev in a log.\n');
    writeFileSync(join(dir, 'single/other.txt'), 'Kiev, not watched.\n');
    writeFileSync(join(dir, 'texts/sub/b.md'), 'Kiev again.\n');
    await waitFor(() => stdout, (s) => s.includes('"found": "Kiev"'), 10_000, 'the report of b.md');
    await new Promise((r) => setTimeout(r, 500));
    const second = JSON.parse(stdout);
    expect(second.map((r: { path: string }) => r.path.slice(dir.length + 1))).toEqual(['texts/sub/b.md']);
    expect(second[0].diagnostics.map((d: { found: string; line: number }) => `${d.line} ${d.found}`)).toEqual(['1 Kiev']);
    stdout = '';

    // A folder made after the start, with a file in it; and a new node_modules with one, left out.
    mkdirSync(join(dir, 'texts/node_modules/pkg'));
    writeFileSync(join(dir, 'texts/node_modules/pkg/y.md'), 'Kiev in a package.\n');
    mkdirSync(join(dir, 'texts/new/deeper'), { recursive: true });
    writeFileSync(join(dir, 'texts/new/deeper/c.txt'), 'Kiev in a new folder.\n');
    await waitFor(() => stdout, (s) => s.includes('"found": "Kiev"'), 10_000, 'the report of c.txt');
    await new Promise((r) => setTimeout(r, 500));
    expect(stdout).not.toContain('node_modules');
    expect(stdout).toContain('texts/new/deeper/c.txt');
    stdout = '';

    // An editor's save: a new file renamed over the named one.
    writeFileSync(join(dir, 'single/.named.txt.swp'), 'From Kiev.\n');
    renameSync(join(dir, 'single/.named.txt.swp'), join(dir, 'single/named.txt'));
    await waitFor(() => stdout, (s) => s.includes('"found": "Kiev"'), 10_000, 'the report of named.txt');
    await new Promise((r) => setTimeout(r, 500));
    expect(JSON.parse(stdout).map((r: { path: string }) => r.path.slice(dir.length + 1))).toEqual(['single/named.txt']);

    child.kill('SIGINT');
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 5000))]);
    expect(code).toBe(0);
  }, 60_000);
});

/**
 * `check --jobs n` over a folder: the main thread and n − 1 workers take files from one shared counter, and the
 * run must print exactly what one thread prints (reports in path order, unreadable files on stderr in path
 * order, the same exit code), whichever thread checked which file.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOne } from '../src/cli/parallel/check-one.ts';
import { tuneOptimiser } from '../src/cli/parallel/count.ts';
import { checkInParallel } from '../src/cli/parallel/pool.ts';
import { Workspace, type CommonOptions } from '../src/cli/workspace.ts';
import type { SeveritySetting } from '../src/diagnostic.ts';
import { expandInputs } from '../src/cli/inputs.ts';
import { fixture, runCliProcess } from './helpers.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GLOSSARY = ['--no-shipped-glossary', '--glossary', fixture('glossary')];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let work: string;
let folder: string;

const run = (args: string[]): Promise<Run> => runCliProcess(['check', ...GLOSSARY, ...args], { CANONYM_CACHE_DIR: join(work, 'cache') });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'canonym-jobs-'));
  folder = join(work, 'articles');
  mkdirSync(join(folder, 'sub'), { recursive: true });
  // Real news in five languages (the evaluation's human sentences), each file with a name spelt wrong in it, so that
  // every report has diagnostics and language detection differs from file to file.
  const news = (locale: string, from: number, count: number) =>
    readFileSync(join(ROOT, 'test/fixtures/eval/news', `${locale}.human.txt`), 'utf8').split('\n').slice(from, from + count).join('\n');
  const wrong = ['Vice-President Vera Yurova met Josep Borrell. Later Borel spoke.', 'Philip Deventer answered Vera Yurova.'];
  const locales = ['en', 'de', 'fr', 'ru', 'uk'];
  for (let i = 0; i < 14; i++) {
    const locale = locales[i % locales.length]!;
    writeFileSync(join(folder, `${String(i).padStart(2, '0')}-${locale}.txt`), `${news(locale, i * 20, 20)}\n${wrong[i % 2]}\n`);
  }
  writeFileSync(join(folder, '03-page.html'), `<p>${wrong[0]}</p>\n<p>${news('en', 500, 3)}</p>\n`);
  writeFileSync(join(folder, 'sub', 'notes.md'), `# Notes\n\n${wrong[1]} \`Vera Yurova\` in code stays.\n`);
  writeFileSync(join(folder, '05-empty.txt'), '');
  // Two inputs that cannot be read, far apart: their messages must come in path order whoever read them.
  writeFileSync(join(folder, '02-broken.txt'), Buffer.from([0x66, 0xff, 0x66]));
  copyFileSync(fixture('qa/linotp-messages.de.truncated.xlf'), join(folder, '11-truncated.xlf'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('check --jobs', () => {
  it('prints byte for byte what one thread prints, in JSON and stylish, with two and three threads', async () => {
    const one = await run(['--format', 'json', '--jobs', '1', folder]);
    expect(one.code).toBe(2); // the unreadable files; every other file is still reported
    const reports = JSON.parse(one.stdout) as { path: string; diagnostics: unknown[] }[];
    expect(reports).toHaveLength(17);
    expect(reports.filter((r) => r.diagnostics.length > 0).length).toBeGreaterThanOrEqual(15);
    expect(one.stderr).toMatch(/02-broken\.txt[^]*11-truncated\.xlf/);
    for (const jobs of ['2', '3']) {
      const parallel = await run(['--format', 'json', '--jobs', jobs, folder]);
      expect(parallel.stdout).toBe(one.stdout);
      expect(parallel.stderr).toBe(one.stderr);
      expect(parallel.code).toBe(one.code);
    }
    const stylishOne = await run(['--jobs', '1', folder]);
    const stylishTwo = await run(['--jobs', '2', folder]);
    expect(stylishTwo.stdout).toBe(stylishOne.stdout);
    expect(stylishTwo.stderr).toBe(stylishOne.stderr);
    expect(stylishTwo.code).toBe(stylishOne.code);
  }, 240_000);

  it('gives the same verdict on two threads when every file is readable', async () => {
    const readable = join(work, 'readable');
    mkdirSync(readable);
    for (const name of ['00-en.txt', '01-de.txt', '03-ru.txt', '04-uk.txt', '03-page.html']) copyFileSync(join(folder, name), join(readable, name));
    const one = await run(['--format', 'json', '--jobs', '1', readable]);
    const two = await run(['--format', 'json', '--jobs', '2', readable]);
    expect(one.code).toBe(1); // names spelt wrong
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  }, 120_000);
});

describe('check --jobs with more threads than a folder needs, or a failure first', () => {
  it('starts only the workers a folder needs, and ends as one thread does', async () => {
    const two = join(work, 'two-files');
    mkdirSync(two);
    for (const name of ['00-en.txt', '01-de.txt']) copyFileSync(join(folder, name), join(two, name));
    const one = await run(['--format', 'json', '--jobs', '1', two]);
    for (const args of [['--jobs', '4', two], ['--jobs', '3', join(two, '00-en.txt')]]) {
      const many = await run(['--format', 'json', ...args]);
      const single = args[2] === two ? one : await run(['--format', 'json', '--jobs', '1', args[2]!]);
      expect(many.stdout).toBe(single.stdout);
      expect(many.code).toBe(single.code);
    }
  }, 120_000);

  it('ends with the error of a command that fails before it checks anything', async () => {
    const failed = await run(['--jobs', '3', '--locale', 'xx', folder]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('"xx"');
    const missing = await run(['--jobs', '3', join(work, 'no-such-folder')]);
    expect(missing.code).toBe(2);
  }, 60_000);
});

/** A workspace that takes a quarter of a second more per file on the main thread, so that the worker surely gets some. */
class SlowWorkspace extends Workspace {
  analysed = 0;

  override analyse(path: string, text: string, severities?: Record<string, SeveritySetting>) {
    this.analysed++;
    const until = Date.now() + 250;
    while (Date.now() < until) {
      // busy: the main thread is checking a long file
    }
    return super.analyse(path, text, severities);
  }
}

describe('checkInParallel', () => {
  it('returns the outcomes in path order when a worker checked some of the files', async () => {
    process.env.CANONYM_CACHE_DIR = join(work, 'cache'); // the workers inherit it
    const options: CommonOptions = { glossary: [fixture('glossary')], shippedGlossary: false };
    const { paths } = expandInputs([folder]);
    const sequential = new Workspace(options);
    const expected = [];
    for (const path of paths) expected.push(await checkOne(sequential, path));
    const slow = new SlowWorkspace(options);
    const finished: string[] = [];
    const outcomes = await checkInParallel(slow, paths, 2, (path) => finished.push(path));
    expect(slow.analysed).toBeLessThan(paths.length - 1); // the worker checked more than one file
    expect(slow.analysed).toBeGreaterThan(0);
    expect(finished.slice().sort()).toEqual(paths.slice().sort()); // each file reported done once
    expect(outcomes).toEqual(expected);
  }, 120_000);
});

describe('tuneOptimiser', () => {
  it("raises V8's interrupt budget only when the checking threads leave no core to the compiler's helpers", () => {
    expect(tuneOptimiser(1, 2)).toBe(false); // --jobs 1 on two cores: TurboFan compiles on the idle one
    expect(tuneOptimiser(2, 8)).toBe(false);
    expect(tuneOptimiser(1, 1)).toBe(true); // taskset -c 0
    expect(tuneOptimiser(2, 2)).toBe(true);
    expect(tuneOptimiser(3, 2)).toBe(true);
  });
});

/** Shared by the tests: the fixture glossary, and running the CLI in-process with its output captured. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, vi } from 'vitest';
import { checkText } from '../src/check.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { buildNameIndex, type NameIndex } from '../src/match/name-index.ts';
import { main } from '../src/cli/main.ts';
import { cataloguesFromText } from '../src/locales/index.ts';
import { placeFile } from '../src/locales/layout.ts';
import type { Catalogue, LocaleTree, SkippedFile } from '../src/locales/model.ts';
import { fixture } from './fixtures.ts';

export { fixture };

let shipped: NameIndex | undefined;
/** The shipped glossary's index, built once per test file, when first asked for (a few seconds on a loaded machine). */
export function shippedIndex(): NameIndex {
  return (shipped ??= buildNameIndex(loadGlossary({})));
}

/** Every finding of a check with the shipped glossary, one line each: "rule: found → expected (fix)". */
export const reportLines = (text: string, locale: string): string[] =>
  checkText(text, { locale, index: shippedIndex() }).diagnostics.map((d) => `${d.ruleId}: ${d.found} → ${d.expected} (${d.fix?.text ?? '-'})`);

/** The suspected-variant findings of a check with the shipped glossary, as "found → entity". */
export const suspectedVariants = (locale: string, text: string): string[] =>
  checkText(text, { locale, index: shippedIndex() }).diagnostics.filter((d) => d.ruleId === 'suspected-variant').map((d) => `${d.found} → ${d.entity}`);

let testIndex: NameIndex | undefined;
/** The small test glossary only (no shipped data), so matcher tests do not move when product data does. */
export function fixtureIndex(): NameIndex {
  return (testIndex ??= buildNameIndex(loadGlossary({ withoutShipped: true, layers: [fixture('glossary')] })));
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CapturedOutput {
  /** What was written to stdout and stderr since the capture began. */
  stdout: string;
  stderr: string;
  /** Gives the streams back (vi.restoreAllMocks() does too). */
  restore(): void;
}

/** Captures what is written to process.stdout and process.stderr, for commands run in-process. */
export function captureOutput(): CapturedOutput {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((captured.stdout += chunk.toString()), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((captured.stderr += chunk.toString()), true));
  const captured: CapturedOutput = {
    stdout: '',
    stderr: '',
    restore: () => {
      out.mockRestore();
      err.mockRestore();
    },
  };
  return captured;
}

export async function runCli(args: string[], stdin?: string): Promise<CliRun> {
  const io = captureOutput();
  let restoreStdin: (() => void) | undefined;
  if (stdin !== undefined) {
    const { Readable } = await import('node:stream');
    const original = Object.getOwnPropertyDescriptor(process, 'stdin')!;
    Object.defineProperty(process, 'stdin', { value: Readable.from([Buffer.from(stdin)]), configurable: true });
    restoreStdin = () => Object.defineProperty(process, 'stdin', original);
  }
  try {
    const code = await main(args);
    return { code, stdout: io.stdout, stderr: io.stderr };
  } finally {
    io.restore();
    restoreStdin?.();
  }
}

/** The CLI from its sources in a child process under tsx (for what needs a process of its own: worker threads). */
export function runCliProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const argv = ['--import', join(root, 'node_modules/tsx/dist/loader.mjs'), join(root, 'src/cli/main.ts'), ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { cwd: root, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A locale tree from file texts (relative path → JSON text or object), without touching the disk. */
export function localeTreeOf(files: Record<string, string | object>): LocaleTree {
  const catalogues: Catalogue[] = [];
  const skipped: SkippedFile[] = [];
  const segments = new Map<string, string>();
  for (const [path, content] of Object.entries(files)) {
    const placement = placeFile(path);
    if ('skip' in placement) throw new Error(`${path}: ${placement.skip}`);
    if (placement.locale) segments.set(placement.locale, placement.segment);
    const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
    const result = cataloguesFromText(path, text, placement.locale, placement.namespace, placement.format);
    if ('reason' in result) skipped.push(result);
    else catalogues.push(...result);
  }
  return { dir: '.', catalogues, skipped, segments };
}

/**
 * A maker of temporary folders that are removed when the test file is done. Call it at the top of a test file
 * (it registers the file's afterAll), then call what it returns in the tests.
 */
export function tempDirsRemovedAfterAll(): (prefix: string) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return (prefix) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

/** Shared by the format tests: check and fix a fixture through the CLI, and the checks every format must pass. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { fixture, runCli } from './helpers.ts';

export const testGlossary = ['--no-shipped-glossary', '-g', fixture('glossary')];

export interface JsonDiagnostic {
  ruleId: string;
  line: number;
  column: number;
  offset: number;
  length: number;
  found: string;
  expected: string | null;
  fix: { offset: number; length: number; text: string } | null;
}

export async function checkJson(path: string, extra: string[] = []): Promise<{ code: number; diagnostics: JsonDiagnostic[]; stderr: string }> {
  const run = await runCli(['check', ...testGlossary, '--locale', 'en', '--format', 'json', ...extra, path]);
  return { code: run.code, stderr: run.stderr, diagnostics: (JSON.parse(run.stdout) as Array<{ diagnostics: JsonDiagnostic[] }>)[0]!.diagnostics };
}

/** Line and column of an offset, counted here (1-based; LF, CRLF or CR end a line). */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const breaks = before.match(/\r\n?|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return `${breaks.length + 1}:${offset - lastBreak}`;
}

/** Every diagnostic quotes the source at its offset, and its line:column is where that offset is. */
export function expectPositionsRight(source: string, diagnostics: readonly JsonDiagnostic[]): void {
  for (const d of diagnostics) {
    expect(source.slice(d.offset, d.offset + d.length), `${d.ruleId} at ${d.line}:${d.column}`).toBe(d.found);
    expect(`${d.line}:${d.column}`).toBe(lineColumn(source, d.offset));
  }
}

/** The n-th occurrence (0-based) of `needle` in `source`, as line:column. */
export function whereIs(source: string, needle: string, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = source.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not in the fixture`);
  }
  return lineColumn(source, at);
}

/**
 * `fix --write` on a copy of the fixture: returns the bytes before and after and the fixes check announced. The
 * bytes outside the announced fix spans must be the same, and each fix span must lie inside its diagnostic's span.
 */
export async function fixWrite(name: string): Promise<{ before: string; after: string; fixes: Array<NonNullable<JsonDiagnostic['fix']>> }> {
  // The copy's folder is removed when done, also when an expectation fails (they were left in the temp dir).
  const dir = mkdtempSync(join(tmpdir(), 'canonym-formats-'));
  try {
    return await fixWriteIn(dir, name);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function fixWriteIn(dir: string, name: string): Promise<{ before: string; after: string; fixes: Array<NonNullable<JsonDiagnostic['fix']>> }> {
  const path = join(dir, basename(name));
  copyFileSync(fixture(name), path);
  const before = readFileSync(path, 'latin1');
  const { diagnostics } = await checkJson(path);
  const seen = new Map<string, NonNullable<JsonDiagnostic['fix']>>();
  for (const d of diagnostics) {
    if (!d.fix) continue;
    expect(d.fix.offset).toBeGreaterThanOrEqual(d.offset);
    expect(d.fix.offset + d.fix.length).toBeLessThanOrEqual(d.offset + d.length);
    seen.set(`${d.fix.offset}:${d.fix.length}`, d.fix);
  }
  const fixes = [...seen.values()].sort((a, b) => a.offset - b.offset);
  const run = await runCli(['fix', ...testGlossary, '--locale', 'en', '--write', path]);
  expect(run.code, run.stderr).toBeLessThan(2);
  const after = readFileSync(path, 'latin1');
  // Byte comparison outside the spans: the source is read as UTF-8 for offsets, compared as bytes per piece.
  const text = readFileSync(fixture(name), 'utf8');
  let cursor = 0;
  let expected = '';
  for (const f of fixes) {
    expected += text.slice(cursor, f.offset) + f.text;
    cursor = f.offset + f.length;
  }
  expected += text.slice(cursor);
  expect(Buffer.from(after, 'latin1').equals(Buffer.from(expected, 'utf8'))).toBe(true);
  return { before, after: Buffer.from(after, 'latin1').toString('utf8'), fixes };
}

/**
 * `canonym locales --format json` writes its report in pieces (src/locales/json-report.ts): the bytes are those of
 * the shared json reporter, whatever the findings hold, and pieces cut nowhere inside a character.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostic.ts';
import { writeJsonReport } from '../src/locales/json-report.ts';
import { checkLocaleTree, loadLocaleTree } from '../src/locales/index.ts';
import { formatReports, type FileReport } from '../src/report/index.ts';
import { rng } from '../scripts/rng.ts';

function written(reports: readonly FileReport[]): { text: string; pieces: number } {
  const pieces: Uint8Array[] = [];
  writeJsonReport(reports, (bytes) => pieces.push(bytes));
  // Each piece is whole UTF-8 on its own.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return { text: pieces.map((p) => decoder.decode(p)).join(''), pieces: pieces.length };
}

const base: Diagnostic = {
  ruleId: 'missing-key', severity: 'warning', message: 'a "key" — ключ\n', line: 1, column: 1, endLine: 1, endColumn: 2,
  offset: 0, length: 1, found: '{', expected: null, entity: null, fix: null,
};

describe('the locales json report', () => {
  it('is the json reporter\'s text: empty lists, shared findings, odd values, part and fix', () => {
    const random = rng(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const variants: Array<Partial<Diagnostic> & Record<string, unknown>> = [
      {}, { line: 3, column: 7 }, { message: 'other \u2028 \ud800 message' }, { expected: 'x"y' }, { entity: 'Kyiv' }, { found: '' },
      { part: 'footnote 2' }, { fix: { range: [1, 2], replacement: 'Kyiv', nested: { list: [], more: [1, { a: null }] } } as never },
      { expected: undefined as never }, { severity: 'error' }, { offset: -0, length: 0 },
    ];
    for (let round = 0; round < 50; round++) {
      const reports: FileReport[] = Array.from({ length: Math.floor(random() * 4) }, (_, i) => ({
        path: pick(['de.json', 'locales/ü "x".json', `f${i}.json`]),
        locale: pick(['de', 'pt-BR']),
        diagnostics: Array.from({ length: Math.floor(random() * 5) }, () => ({ ...base, ...pick(variants) }) as Diagnostic),
      }));
      expect(written(reports).text).toBe(formatReports(reports, 'json', '0'));
    }
    expect(written([]).text).toBe(formatReports([], 'json', '0'));
  });

  it('is the json reporter\'s text on a checked tree, in pieces of a bounded size', () => {
    for (const name of ['locale-tree', 'icu-tree']) {
      const tree = loadLocaleTree(join(import.meta.dirname, 'fixtures', name));
      const { reports } = checkLocaleTree(tree, { baseLocale: 'en', index: () => { throw new Error('no name rules here'); } });
      expect(reports.filter((r) => r.diagnostics.length).length, name).toBeGreaterThan(1);
      expect(written(reports).text, name).toBe(formatReports(reports, 'json', '0'));
    }
    // Many findings go out in several pieces.
    const many: FileReport[] = [{ path: 'de.json', locale: 'de', diagnostics: Array.from({ length: 2000 }, (_, i) => ({ ...base, message: `key ${i % 300} ü` })) }];
    const out = written(many);
    expect(out.text).toBe(formatReports(many, 'json', '0'));
    expect(out.pieces).toBeGreaterThan(3);
  });
});

/**
 * The layer order of src/: a module imports only from its own module or from a lower layer. Every import counts,
 * type imports, re-exports, import() and the lazy requireOwn(import.meta.url, '…') loads too, so no cycle can
 * hide behind `import type`. Two modules of the same layer do not import each other either.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Lowest first. An entry is a folder of src/ (`match/`) or one file (`check.ts`); the longest entry that matches names a file's module. */
const LAYERS: readonly (readonly string[])[] = [
  ['text/', 'i18n/', 'diagnostic.ts'],
  ['io/', 'translit/', 'lexicon/'],
  ['glossary/', 'detect/', 'inflect/', 'config.ts'],
  ['variants/', 'fuzzy/', 'context/', 'fix/', 'export/'],
  ['match/'],
  ['suspects/', 'store/'],
  ['rules/'],
  ['check.ts', 'formats/', 'report/'],
  ['specs.ts', 'suppress/', 'exchange/', 'localize/', 'locales/'],
  // SARIF lists every rule, the locale-file rules too, so it (and the index of formats that picks it) sits above
  // them, while the report types, colours and baseline that locales/ uses sit below.
  ['analyse.ts', 'translate/', 'report/sarif.ts'],
  ['checker.ts', 'report/index.ts'],
  ['serve/', 'lsp/', 'index.ts'],
  ['cli/'],
];

export interface Import {
  /** Paths relative to src/, with forward slashes. */
  from: string;
  to: string;
}

export interface Violation extends Import {
  reason: string;
}

function moduleOf(path: string, layers: readonly (readonly string[])[]): { entry: string; layer: number } | undefined {
  let best: { entry: string; layer: number } | undefined;
  layers.forEach((row, layer) => {
    for (const entry of row) {
      const hit = entry.endsWith('/') ? path.startsWith(entry) : path === entry;
      if (hit && (!best || entry.length > best.entry.length)) best = { entry, layer };
    }
  });
  return best;
}

/** The imports that break the order: upward, sideways within a layer, or from or to a module the table does not declare. */
export function layerViolations(imports: readonly Import[], layers: readonly (readonly string[])[] = LAYERS): Violation[] {
  const out: Violation[] = [];
  for (const i of imports) {
    const from = moduleOf(i.from, layers);
    const to = moduleOf(i.to, layers);
    if (!from || !to) out.push({ ...i, reason: `${!from ? i.from : i.to} is in no layer` });
    else if (from.entry === to.entry) continue;
    else if (to.layer > from.layer) out.push({ ...i, reason: `${from.entry} (layer ${from.layer}) imports upward from ${to.entry} (layer ${to.layer})` });
    else if (to.layer === from.layer) out.push({ ...i, reason: `${from.entry} and ${to.entry} share layer ${from.layer}` });
  }
  return out;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequireOwn(?:<[^>]*>)?\(\s*import\.meta\.url\s*,\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The relative imports of one module's source, resolved against its path (relative to src/). */
export function importsOf(path: string, source: string): Import[] {
  const out: Import[] = [];
  for (const m of source.matchAll(IMPORT)) out.push({ from: path, to: posix.normalize(posix.join(posix.dirname(path), m[1]!)) });
  return out;
}

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

describe('layers', () => {
  const files = sourceFiles(SRC).map((f) => relative(SRC, f).split(sep).join('/'));
  const imports = files.flatMap((f) => importsOf(f, readFileSync(join(SRC, f), 'utf8')));

  it('reads the imports of src/', () => {
    expect(files.length).toBeGreaterThan(100);
    // The kernel's own imports are found, type imports included.
    const kernel = imports.filter((i) => i.from === 'check.ts').map((i) => i.to);
    expect(kernel).toContain('match/matcher.ts');
    expect(kernel).toContain('diagnostic.ts');
    expect(kernel).toContain('rules/rule.ts');
  });

  it('every module of src/ is in a layer', () => {
    const unplaced = [...new Set(files.filter((f) => !moduleOf(f, LAYERS)))];
    expect(unplaced).toEqual([]);
  });

  it('no module imports upward or sideways', () => {
    expect(layerViolations(imports).map((v) => `${v.from} → ${v.to}: ${v.reason}`)).toEqual([]);
  });

  it('the checker flags an upward import, a sideways one and an undeclared module, and passes a downward one', () => {
    const made: Import[] = [
      { from: 'match/matcher.ts', to: 'suspects/suspects.ts' },
      { from: 'fuzzy/key.ts', to: 'context/context.ts' },
      { from: 'rules/rule.ts', to: 'nowhere/x.ts' },
      { from: 'rules/exact-form.ts', to: 'match/mention.ts' },
      { from: 'match/matcher.ts', to: 'match/trie.ts' },
      { from: 'report/sarif.ts', to: 'locales/rules/index.ts' },
      { from: 'report/json.ts', to: 'locales/rules/index.ts' },
    ];
    expect(layerViolations(made).map((v) => v.from + ' → ' + v.to)).toEqual([
      'match/matcher.ts → suspects/suspects.ts',
      'fuzzy/key.ts → context/context.ts',
      'rules/rule.ts → nowhere/x.ts',
      'report/json.ts → locales/rules/index.ts',
    ]);
  });

  it('reads every kind of import a module can make', () => {
    const source = [
      "import type { A } from '../a/x.ts';",
      "import { B } from './y.ts';",
      "export { C } from '../c/z.ts';",
      "import './side.ts';",
      "const d = await import('../d/w.ts');",
      "type E = typeof import('../e/v.ts');",
      "const f = requireOwn<F>(import.meta.url, '../f/u.ts');",
      "import { readFileSync } from 'node:fs';",
    ].join('\n');
    expect(importsOf('m/n.ts', source).map((i) => i.to)).toEqual(['a/x.ts', 'm/y.ts', 'c/z.ts', 'm/side.ts', 'd/w.ts', 'e/v.ts', 'f/u.ts']);
  });

  it('the table lists each entry once', () => {
    const entries = LAYERS.flat();
    expect(new Set(entries).size).toBe(entries.length);
  });
});

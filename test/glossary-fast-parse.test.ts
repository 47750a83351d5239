import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, stringify, type Node } from 'yaml';
import { fastParse, placeColumn, placeLine } from '../src/glossary/fast-parse.ts';
import { parseGlossaryFile } from '../src/glossary/parse.ts';
import { SHIPPED_GLOSSARY_DIR, yamlFiles } from '../src/glossary/files.ts';
import { makeNames } from '../scripts/bench-data.ts';

/** Every path of the value, to every node (collections and scalars). */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/** The fast reading agrees with yaml's positioned parse: the same value, and the same line:column for every node. */
function expectSameAsYaml(source: string): boolean {
  const fast = fastParse(source);
  if (!fast) return false;
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
  expect(doc.errors).toEqual([]);
  const value = doc.toJS();
  expect(fast.value).toEqual(value);
  for (const path of paths(value)) {
    const node = doc.getIn(path, true) as Node;
    const { line, col } = lines.linePos(node.range![0]);
    const place = fast.placeOf(path);
    expect([path.join('.'), placeLine(place), placeColumn(place)]).toEqual([path.join('.'), line, col]);
  }
  return true;
}

const generated = (count: number) => stringify(makeNames(count).map((n, i) => ({
  id: `bench-${i}`, type: 'person', gender: 'male', description: 'generated benchmark person', names: { en: n.canonical }, variants: [n.variant],
})));

describe('fast glossary parse', () => {
  it('reads a generated layer as yaml does, every value and place', () => {
    expect(expectSameAsYaml(generated(300))).toBe(true);
  });

  it('reads block files with comments, quotes, lists under a key at its own column, numbers, as yaml does', () => {
    const source = [
      '# a layer',
      '- id: vera-jourova   # stable',
      '  type: person',
      '  description: "Czech politician, Vice-President: 2019–2024"',
      '  names:',
      '    en: Věra Jourová',
      "    ru: 'Вера ''Йоурова'''",
      '  short:',
      '    en:',
      '    - Jourová',
      '    - Jourova # second',
      '  variants:',
      '    - form: Vera Yurova',
      '      origin: cs → ru/bg media (Юрова) → en',
      '    - Yurova',
      '    - form: Lemberg',
      '      until: 1918',
      '      wrongIn:',
      '        - en',
      '',
      '  sources:',
      '    - https://en.wikipedia.org/wiki/Věra_Jourová#Career',
      '- id: kyiv',
      '  names:',
      '    en: Kiev',
      '',
    ].join('\n');
    expect(expectSameAsYaml(source)).toBe(true);
  });

  it('leaves to the positioned parse what it does not read', () => {
    for (const source of [
      '- id: a\n  names: { en: A }\n', // flow
      '- id: a\n  names:\n    en: &x A\n', // anchor
      '- id: a\n  description: |\n    two\n    lines\n', // block scalar
      '- id: a\n  description: one\n    more\n', // multi-line plain
      '- id: a\n  until: 1.5\n', // not a string or a whole number
      '- id: a\n  gender: no\n', // a keyword
      '- id: a\n  id: b\n', // duplicate key
      '- id: a\n  __proto__: b\n',
      '- id: a\r\n',
      '\tx',
      '- id: "a\\u0041"\n', // escapes
      '---\n- id: a\n',
      'id: a\n', // not a list
    ]) expect(fastParse(source), source).toBeUndefined();
  });

  it('gives parseGlossaryFile the entities and places of the positioned parse, for every shipped file it reads', () => {
    for (const file of yamlFiles(SHIPPED_GLOSSARY_DIR)) {
      const source = readFileSync(file, 'utf8');
      if (fastParse(source)) {
        expect(expectSameAsYaml(source)).toBe(true);
      }
    }
    const layer = generated(200);
    const fast = parseGlossaryFile('layer.yaml', layer);
    const slow = parseGlossaryFile('layer.yaml', layer, { positioned: true });
    expect(fast.problems).toEqual([]);
    expect(fast.entities.map((e) => e.input)).toEqual(slow.entities.map((e) => e.input));
    for (let i = 0; i < fast.entities.length; i++) {
      const paths = [[], ['id'], ['variants', 0], ['names', 'en'], ['nothing']];
      for (const p of paths) expect(fast.entities[i]!.placeOf(p)).toEqual(slow.entities[i]!.placeOf(p));
    }
  });

  it('reports a file the schema refuses at file:line:column, as the positioned parse does', () => {
    const source = '- id: a\n  type: person\n  description: x\n  names:\n    en: A\n  bogus: 1\n';
    expect(fastParse(source)).toBeDefined();
    const fast = parseGlossaryFile('f.yaml', source);
    expect(fast.problems).toEqual(parseGlossaryFile('f.yaml', source, { positioned: true }).problems);
    expect(fast.problems[0]!.place).toEqual({ file: 'f.yaml', line: 1, column: 3 });
  });
});

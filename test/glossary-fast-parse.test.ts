import { readFileSync } from 'node:fs';
import fc from 'fast-check';
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
      '- id: a\n  names:\n    null: A\n', // a key yaml reads as null ("")
      '- id: a\n  True: b\n', // a key yaml reads as true ("true")
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

/* Properties: for any value of maps, lists and scalars (strings with quotes, colons, hashes, leading indicators,
 * unicode; numbers; booleans; null) written by yaml's stringify, fastParse declines or agrees with yaml. */
const key = fc.oneof(fc.constantFrom('id', 'names', 'en', 'de', 'variants', 'type', 'sources', 'until', 'short', 'null', 'True', 'yes'), fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/));
const text = fc.oneof(
  fc.constantFrom('Kyiv', 'Київ', 'Zelenskyy: president', "O'Brien", 'a # b', '- dash', '"quoted"', 'yes', 'No', 'null', '~', '0x1F', '1e3', '12', '007', '-3', '+4', '.5', ' lead', 'trail ', 'Ł ódź', '[x]', '{y}', '*star', '&amp', '!bang', '%pct', '@at', '`tick', '|pipe', '>gt', '?q', ': colon', 'a: b', 'line\nbreak', '', 'tab\there'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
// Mostly strings, as glossaries hold; the rest are there to be declined or read right.
const scalar = fc.oneof({ arbitrary: text, weight: 12 }, fc.integer({ min: -5, max: 1_000_000 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, { arbitrary: scalar, weight: 3 }, tie('list'), tie('map')),
  list: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }),
  map: fc.dictionary(key, tie('tree'), { minKeys: 1, maxKeys: 4 }),
}));
const document = fc.array(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }), { minLength: 1, maxLength: 4 });

/** Entities shaped as glossary layers are: names per locale (one or a list), variants, sources, a description. */
const name = fc.oneof(fc.constantFrom('Kyiv', 'Київ', "O'Brien", 'Zelenskyy: president', 'a # b', ' lead', '- dash', '12', 'Ł ódź', 'Sint-Petersburg', 'Nowy Jork'), fc.stringMatching(/^[A-Za-zÀ-žА-яЁё][A-Za-zÀ-žА-яЁё' .-]{0,13}$/));
const entity = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
  type: fc.constantFrom('person', 'place', 'organisation'),
  names: fc.dictionary(fc.constantFrom('en', 'de', 'fr', 'pl', 'ru', 'uk', 'bg'), fc.oneof(name, fc.array(name, { minLength: 1, maxLength: 3 })), { minKeys: 1 }),
  variants: fc.array(name, { minLength: 1, maxLength: 3 }),
  description: name,
}, { requiredKeys: ['id', 'names'] });

describe('fastParse against yaml (property)', () => {
  it('declines or agrees with yaml on any document of maps, lists and scalars', () => {
    let read = 0;
    fc.assert(fc.property(document, fc.boolean(), (value, quoted) => {
      if (expectSameAsYaml(stringify(value, quoted ? { defaultStringType: 'QUOTE_DOUBLE' } : {}))) read++;
    }), { numRuns: 300 });
    // Some are read, so the agreement is tested, not only the declining.
    expect(read).toBeGreaterThan(0);
  });

  it('reads layers shaped as glossaries are, and agrees with yaml on them', () => {
    let read = 0;
    fc.assert(fc.property(fc.array(entity, { minLength: 1, maxLength: 5 }), (entities) => {
      if (expectSameAsYaml(stringify(entities))) read++;
    }), { numRuns: 300 });
    // The property says something only if the fast path reads most of them.
    expect(read).toBeGreaterThan(150);
  });
});

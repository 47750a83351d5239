/**
 * The fast glossary reading against yaml on generated documents: for any value made of maps, lists and scalars
 * (strings with quotes, colons, hashes, leading indicators, unicode; whole and other numbers; booleans; null),
 * written by yaml's stringify in block or mixed style, fastParse either declines (undefined) or gives yaml's
 * value and the line:column yaml gives every node.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, stringify, type Node } from 'yaml';
import { fastParse, placeColumn, placeLine } from '../src/glossary/fast-parse.ts';

function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

const key = fc.oneof(fc.constantFrom('id', 'names', 'en', 'de', 'variants', 'type', 'sources', 'until', 'short'), fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/));
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

/** Declines, or gives yaml's value and yaml's line:column for every node. Returns whether it read the source. */
function agreesWithYaml(source: string): boolean {
  const fast = fastParse(source);
  if (!fast) return false;
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
  expect(doc.errors).toEqual([]);
  const expected = doc.toJS();
  expect(fast.value).toEqual(expected);
  for (const path of paths(expected)) {
    const node = doc.getIn(path, true) as Node;
    const { line, col } = lines.linePos(node.range![0]);
    const place = fast.placeOf(path);
    expect([path.join('.'), placeLine(place), placeColumn(place)]).toEqual([path.join('.'), line, col]);
  }
  return true;
}

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
    fc.assert(fc.property(document, fc.boolean(), (value, quoted) => {
      agreesWithYaml(stringify(value, quoted ? { defaultStringType: 'QUOTE_DOUBLE' } : {}));
    }), { numRuns: 300 });
  });

  it('reads layers shaped as glossaries are, and agrees with yaml on them', () => {
    let read = 0;
    fc.assert(fc.property(fc.array(entity, { minLength: 1, maxLength: 5 }), (entities) => {
      if (agreesWithYaml(stringify(entities))) read++;
    }), { numRuns: 300 });
    // The property says something only if the fast path reads most of them.
    expect(read).toBeGreaterThan(150);
  });
});

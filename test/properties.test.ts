/**
 * Issue 12, property-based: random Unicode text with glossary names planted in it, random line endings, BOMs and
 * encodings. Each property runs 1,000 cases with a fixed seed (FC_SEED overrides it); fast-check prints the seed
 * and the shrunk counterexample on failure, so a failure can be replayed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analyse.ts';
import type { Diagnostic } from '../src/diagnostic.ts';
import { fixUntilStable } from '../src/cli/commands/fix.ts';
import { applyFixes } from '../src/fix/apply.ts';
import { ParseError } from '../src/io/errors.ts';
import { decode, encode, type Encoding } from '../src/io/read.ts';
import { checkLocaleTree } from '../src/locales/check.ts';
import { catalogueFromText } from '../src/locales/load.ts';
import type { Catalogue, LocaleTree } from '../src/locales/model.ts';
import { LineIndex } from '../src/text/lines.ts';
import { fixtureIndex } from './helpers.ts';

const SEED = Number(process.env.FC_SEED ?? 20261204);
const RUNS = 1000;
const params = { seed: SEED, numRuns: RUNS, endOnFailure: true };

/** Names from the fixture glossary, right and wrong, in several scripts and cases. */
const NAMES = ['Kyiv', 'Kiev', 'Josep Borrell', 'Borel', 'Borrell', 'Vera Jourová', 'Vera Yurova', 'Türkiye', 'Turkey', 'NATO', 'Sergey Lavrov', 'Lavrov', 'Київ', 'Киев', 'Киева', 'Kiew', 'Kijów', 'Zelenskyy', 'Zelensky', 'Ursula von der Leyen', 'Deventer', 'Juncker'];
const EOL = ['\n', '\r\n', '\r'];

/** Random text: Unicode fragments (any plane, combining marks, punctuation), names and line breaks. */
const text = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
    { weight: 2, arbitrary: fc.constantFrom(' ', ' ', ', ', '. ', '-', '«', '»', '"', '’s ', '\t', '\u00a0', '\u200b') },
    { weight: 1, arbitrary: fc.constantFrom(...EOL) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  ),
  { maxLength: 24 },
).map((parts) => parts.join(''));

const locale = fc.constantFrom('en', 'de', 'uk', 'ru', 'pl');
const format = fc.constantFrom('text' as const, 'markdown' as const);

function diagnostics(source: string, lng: string, fmt: 'text' | 'markdown'): Diagnostic[] {
  return analyse(source, { index: fixtureIndex(), format: fmt, locale: lng, detectAmong: ['en'] }).diagnostics;
}

describe('fix', () => {
  it('is idempotent: fixing a fixed text changes nothing (canonym fix, which fixes until the text is stable)', () => {
    fc.assert(fc.property(text, locale, format, (source, lng, fmt) => {
      const once = fixUntilStable(source, (t) => diagnostics(t, lng, fmt));
      const twice = fixUntilStable(once.output, (t) => diagnostics(t, lng, fmt));
      expect(twice.output).toBe(once.output);
      expect(twice.passes).toBe(0);
    }), params);
  });

  it('changes no character outside the spans it reports', () => {
    let applications = 0;
    fc.assert(fc.property(text, locale, format, (source, lng, fmt) => {
      const { output, applied } = applyFixes(source, diagnostics(source, lng, fmt));
      applications += applied.length;
      // Walk the applied fixes in order: between them, the output is the source, character for character.
      const fixes = [...new Map(applied.map((d) => [`${d.fix!.offset}:${d.fix!.length}`, d.fix!])).values()].sort((a, b) => a.offset - b.offset);
      let from = 0;
      let to = 0;
      for (const f of fixes) {
        expect(output.slice(to, to + (f.offset - from))).toBe(source.slice(from, f.offset));
        to += f.offset - from;
        expect(output.slice(to, to + f.text.length)).toBe(f.text);
        to += f.text.length;
        from = f.offset + f.length;
      }
      expect(output.slice(to)).toBe(source.slice(from));
    }), params);
    // Not a vacuous pass: the planted names do get fixed.
    expect(applications).toBeGreaterThan(RUNS / 20);
  });
});

describe('diagnostics', () => {
  it('point inside the text, at what they quote, with a line:column that matches the offset', () => {
    fc.assert(fc.property(text, locale, format, (source, lng, fmt) => {
      const lines = new LineIndex(source);
      const lineCount = source.split(/\r\n?|\n/).length;
      for (const d of diagnostics(source, lng, fmt)) {
        expect(d.offset).toBeGreaterThanOrEqual(0);
        expect(d.offset + d.length).toBeLessThanOrEqual(source.length);
        expect(source.slice(d.offset, d.offset + d.length)).toBe(d.found);
        expect({ line: d.line, column: d.column }).toEqual(lines.position(d.offset));
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.line).toBeLessThanOrEqual(lineCount);
        expect(d.column).toBeGreaterThanOrEqual(1);
        if (d.fix) {
          expect(d.fix.offset).toBeGreaterThanOrEqual(0);
          expect(d.fix.offset + d.fix.length).toBeLessThanOrEqual(source.length);
        }
      }
    }), params);
  });
});

describe('decoding and encoding', () => {
  const BOMS: Record<Encoding, number[]> = { 'utf-8': [], 'utf-8-bom': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };

  it('random bytes, with or without a BOM: decoded and encoded back byte for byte, or refused', () => {
    const bytes = fc.tuple(fc.constantFrom(...Object.values(BOMS)), fc.uint8Array({ maxLength: 64 }))
      .map(([bom, body]) => Uint8Array.from([...bom, ...body]));
    fc.assert(fc.property(bytes, (input) => {
      let decoded;
      try {
        decoded = decode(input, 'random');
      } catch (error) {
        expect(error).toBeInstanceOf(ParseError);
        return;
      }
      expect(Buffer.from(encode(decoded.text, decoded.encoding))).toEqual(Buffer.from(input));
    }), params);
  });

  it('any text in any encoding: a round trip, unless it has a lone surrogate, which is refused', () => {
    const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('\ud800', '\udfff', '\ud83d'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 16 });
    fc.assert(fc.property(anyText, fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'), (source, encoding) => {
      const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(source);
      const bytes = encode(source, encoding);
      if (lone) {
        // UTF-8 cannot carry one (Buffer writes U+FFFD); UTF-16 can, and decode refuses it.
        if (encoding.startsWith('utf-16')) expect(() => decode(bytes, 'x')).toThrow(ParseError);
        return;
      }
      if (source.includes('\u0000')) {
        if (!encoding.startsWith('utf-16')) expect(() => decode(bytes, 'x')).toThrow(/NUL byte/);
        return;
      }
      const decoded = decode(bytes, 'x');
      // A text that starts with U+FEFF in plain UTF-8 reads as a BOM: the one case a round trip changes the label.
      if (encoding === 'utf-8' && source.startsWith('\ufeff')) expect(decoded.encoding).toBe('utf-8-bom');
      else expect(decoded).toEqual({ text: source, encoding });
    }), params);
  });
});

describe('locales', () => {
  /** JSON-ish text: random JSON values (deep, odd keys) or random strings, sometimes cut short. */
  const jsonText = fc.oneof(
    { weight: 3, arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 6 }).map((o) => JSON.stringify(o)) },
    { weight: 2, arbitrary: fc.dictionary(fc.constantFrom('a', 'b', 'a.b', 'x_one', 'x_other', '__proto__', ''), fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('{{count}} files', '{count, plural, one {# file} other {# files}}', '<0>Kyiv</0>', 'Kiev', '{{name}}'))).map((o) => JSON.stringify(o)) },
    { weight: 1, arbitrary: fc.tuple(fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''), fc.nat()).map(([s, cut]) => s.slice(0, cut % (s.length + 1))) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  );
  const tag = fc.constantFrom('de', 'uk', 'kab-KAB', 'pt-BR', 'zz', 'sr-Latn');

  it('a tree of random JSON never crashes the check', () => {
    fc.assert(fc.property(jsonText, fc.uniqueArray(fc.tuple(tag, jsonText), { maxLength: 3, selector: ([lng]) => lng }), (base, others) => {
      const catalogues: Catalogue[] = [];
      const skipped = [];
      for (const [lng, source] of [['en', base] as const, ...others]) {
        const read = catalogueFromText(`${lng}.json`, source, lng, '{lng}.json');
        if ('reason' in read) skipped.push(read);
        else catalogues.push(read);
      }
      const tree: LocaleTree = { dir: '.', catalogues, skipped, segments: new Map(catalogues.map((c) => [c.locale, c.locale])) };
      const result = checkLocaleTree(tree, { baseLocale: 'en', index: fixtureIndex() });
      for (const report of result.reports) {
        const source = catalogues.find((c) => c.path === report.path)?.text ?? '';
        for (const d of report.diagnostics) {
          expect(d.offset).toBeGreaterThanOrEqual(0);
          expect(d.offset + d.length).toBeLessThanOrEqual(Math.max(source.length, 1));
        }
      }
    }), params);
  });
});

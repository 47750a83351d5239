/**
 * src/i18n/format.ts against @formatjs/intl, which it stands in for at start-up: every message of every language,
 * with counts that pick each plural category, numbers past the thousands, each select branch and an unknown one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createIntl, createIntlCache } from '@formatjs/intl';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ELEMENT, fixedFraction, formatIcu, parseMessage } from '../src/i18n/format.ts';
import { i18nInstance, LOCALES_DIR, messageLanguage, NAMESPACES } from '../src/i18n/index.ts';

const NUMBERS = [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101, 999, 1000, 1234.5, 21_000, 1_000_000, -1];

/** The arguments of a message: name → 'number' (plural, number) or the select keys, else 'string'. */
function argumentsOf(elements: MessageFormatElement[], out = new Map<string, 'number' | 'string' | string[]>()) {
  for (const el of elements) {
    if (el.type === TYPE.argument && !out.has(el.value)) out.set(el.value, 'string');
    if (el.type === TYPE.number || el.type === TYPE.plural) out.set(el.value, 'number');
    if (el.type === TYPE.select) out.set(el.value, [...Object.keys(el.options), 'not-a-branch']);
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) argumentsOf(option.value, out);
  }
  return out;
}

/** Whether a message has a number with a named style (`{x, number, percent}`), which the formatter leaves to formatjs. */
const namedStyle = (elements: MessageFormatElement[]): boolean => elements.some((el) =>
  (el.type === TYPE.number && typeof el.style === 'string')
  || ((el.type === TYPE.plural || el.type === TYPE.select) && Object.values(el.options).some((o) => namedStyle(o.value))));

/** Whether a message has a number with a style, named or a skeleton (`::.00`), which parseMessage leaves to formatjs's parser. */
const styled = (elements: MessageFormatElement[]): boolean => elements.some((el) =>
  (el.type === TYPE.number && el.style !== null && el.style !== undefined)
  || ((el.type === TYPE.plural || el.type === TYPE.select) && Object.values(el.options).some((o) => styled(o.value))));

/** Value sets: every number argument at each sample (and the others at a different one), each select branch. */
function valueSets(args: Map<string, 'number' | 'string' | string[]>): Array<Record<string, string | number>> {
  const sets: Array<Record<string, string | number>> = [];
  const selects = [...args].filter(([, kind]) => Array.isArray(kind)) as Array<[string, string[]]>;
  const branches = Math.max(1, ...selects.map(([, keys]) => keys.length));
  NUMBERS.forEach((n, i) => {
    for (let b = 0; b < branches; b++) {
      const values: Record<string, string | number> = {};
      let k = 0;
      for (const [name, kind] of args) {
        values[name] = kind === 'number' ? (k++ % 2 ? NUMBERS[(i + 5) % NUMBERS.length]! : n) : kind === 'string' ? `‹${name}›` : kind[b % kind.length]!;
      }
      sets.push(values);
    }
  });
  return sets;
}

const languages = readdirSync(LOCALES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('canonym\'s ICU formatter and formatjs', () => {
  for (const lng of languages) {
    it(`${lng}: the same text for every message and value set`, () => {
      const messages: Record<string, string> = {};
      for (const ns of NAMESPACES) {
        let text: string;
        try {
          text = readFileSync(new URL(`${lng}/${ns}.json`, LOCALES_DIR), 'utf8');
        } catch {
          continue;
        }
        for (const [key, value] of Object.entries(JSON.parse(text) as Record<string, unknown>)) if (typeof value === 'string') messages[`${ns}.${key}`] = value;
      }
      const intl = createIntl({ locale: lng, defaultLocale: 'en', messages, onError: (e) => { throw e; } }, createIntlCache());
      let compared = 0;
      const leftToFormatjs = new Set<string>();
      const namedStyles = new Set<string>();
      for (const [id, message] of Object.entries(messages)) {
        const elements = parse(message, { ignoreTag: true });
        if (namedStyle(elements)) namedStyles.add(id);
        for (const values of valueSets(argumentsOf(elements))) {
          const ours = formatIcu(message, lng, values);
          if (ours === undefined) {
            leftToFormatjs.add(id);
            continue;
          }
          expect(ours, `${lng} ${id} ${JSON.stringify(values)}`).toBe(intl.formatMessage({ id }, values, { ignoreTag: true }));
          compared++;
        }
      }
      expect(Object.keys(messages).length).toBeGreaterThan(300);
      // Only a message with an element the formatter leaves to formatjs falls back: today a named number style, which
      // is what formatjs reads in French `{score, number, ::.00}` when a no-break space precedes the `::`.
      expect([...leftToFormatjs].sort()).toEqual([...namedStyles].sort());
      expect(leftToFormatjs.size).toBeLessThan(5);
      expect(compared).toBeGreaterThan(5000);
    });
  }

  it('takes each message from the language i18next would translate it from', () => {
    const store = i18nInstance();
    const en = store.getResourceBundle('en', 'cli') as Record<string, string>;
    store.addResource('de', 'cli', 'test.empty-in-german', '');
    store.addResource('en', 'cli', 'test.empty-in-german', 'in English');
    let fromEnglish = 0;
    for (const lng of [...languages, 'de-AT', 'fr-CA', 'pt']) {
      for (const key of [...Object.keys(en), 'test.empty-in-german', 'no.such.key']) {
        const expected = store.exists(key, { ns: 'cli', lng })
          ? (store.t(key, { ns: 'cli', lng, returnDetails: true, skipInterpolation: true } as never) as unknown as { usedLng: string }).usedLng
          : undefined;
        expect(messageLanguage(`cli.${key}`, lng), `${lng} cli.${key}`).toBe(expected);
        if (lng !== 'en' && expected === 'en') fromEnglish++;
      }
    }
    expect(fromEnglish).toBeGreaterThan(Object.keys(en).length); // pt and the empty German message
  });

  it('parses as formatjs does: the same element types, the same elements once literals are joined', () => {
    expect(ELEMENT).toEqual({ literal: TYPE.literal, argument: TYPE.argument, number: TYPE.number, select: TYPE.select, plural: TYPE.plural, pound: TYPE.pound });
    // formatjs's elements without their places, neighbouring literals joined, `#` in a select inside a plural as text.
    const plain = (els: MessageFormatElement[]): unknown[] => {
      const out: Array<Record<string, unknown>> = [];
      for (const el of els) {
        const { location: _, ...rest } = el as MessageFormatElement & { location?: unknown };
        const copy: Record<string, unknown> = { ...rest };
        if ('options' in el) copy.options = Object.fromEntries(Object.entries(el.options).map(([k, o]) => [k, { value: plain(o.value) }]));
        const last = out[out.length - 1];
        if (copy.type === TYPE.literal && last?.type === TYPE.literal) last.value = `${last.value as string}${copy.value as string}`;
        else out.push(copy);
      }
      return out;
    };
    let ours = 0;
    for (const lng of languages) {
      for (const ns of NAMESPACES) {
        let bundle: Record<string, unknown>;
        try {
          bundle = JSON.parse(readFileSync(new URL(`${lng}/${ns}.json`, LOCALES_DIR), 'utf8')) as Record<string, unknown>;
        } catch {
          continue;
        }
        for (const [key, message] of Object.entries(bundle)) {
          if (typeof message !== 'string') continue;
          const own = parseMessage(message);
          const theirs = parse(message, { ignoreTag: true });
          if (own === undefined) {
            expect(styled(theirs), `${lng} ${ns}.${key} is left to formatjs's parser`).toBe(true);
            continue;
          }
          expect(plain(own), `${lng} ${ns}.${key}`).toEqual(plain(theirs));
          ours++;
        }
      }
    }
    expect(ours).toBeGreaterThan(2000);
    const tricky = ["it''s '{'quoted'}' and '#", '{n, plural, =0 {none} one {# item ({s, select, a {#} other {x}})} other {#}}', 'a } b', "'{n}' {n}"];
    for (const message of tricky) expect(plain(parseMessage(message)!), message).toEqual(plain(parse(message, { ignoreTag: true })));
    for (const refused of ['{n, plural, one {x}}', '{n, plural, one {x} one {y} other {z}}', '{a', '{n, plural, offset:1 other {#}}', '{n, number, ::.00}']) {
      expect(parseMessage(refused), refused).toBeUndefined();
    }
  });

  it('throws for a missing value, as formatjs does, and formats plain text without parsing', () => {
    expect(() => formatIcu('{count, plural, one {# name} other {# names}}', 'en', {})).toThrow(/count/);
    expect(() => formatIcu('Hello {name}', 'en', {})).toThrow(/name/);
    expect(formatIcu('no braces, no quotes: <dir> stays', 'de')).toBe('no braces, no quotes: <dir> stays');
    expect(formatIcu("it''s '{literal}'", 'en', {})).toBe("it's {literal}");
    expect(formatIcu('{n, number}', 'fr', { n: 1234.5 })).toBe(new Intl.NumberFormat('fr').format(1234.5));
    expect(formatIcu('{d, date}', 'en', { d: 0 })).toBeUndefined();
    // What formatjs refuses is refused here too, not read as a simple argument: '-' ends a name, a no-break space is no blank.
    expect(() => formatIcu('{a-b}', 'en', { 'a-b': 'x', a: 'y' })).toThrow();
    expect(() => formatIcu('{\u00a0a}', 'en', { a: 'y' })).toThrow();
    expect(formatIcu('{ a }', 'en', { a: 'y' })).toBe('y');
  });
});

describe('fixed fraction digits (`::.00`) written without Intl', () => {
  const intl = (lng: string, value: number, digits: number) =>
    new Intl.NumberFormat(lng, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  // Halves on the shortest decimal form, where toFixed and ICU part ways (1.005, 0.845), carries, and the limits.
  const EDGES = [0, 0.005, 0.015, 0.125, 0.5, 0.845, 0.85, 0.995, 1.005, 2.5, 9.995, 99.995, 999.994, 999.995, 1000, 1e-7, 123.456, -0, -0.85];

  it('are what Intl writes in every message language, scores and other values alike', () => {
    for (const lng of languages) {
      for (const digits of [1, 2, 3]) {
        const message = `{v, number, ::.${'0'.repeat(digits)}}`;
        for (const v of EDGES) expect(formatIcu(message, lng, { v }), `${lng} ${v} ${digits}`).toBe(intl(lng, v, digits));
        fc.assert(fc.property(fc.double({ min: 0, max: 1500, noNaN: true }), (v) => formatIcu(message, lng, { v }) === intl(lng, v, digits)), { numRuns: 300 });
      }
    }
  });

  it('are left to Intl where it writes more than digits and a separator', () => {
    for (const v of [999.995, 1000, 1e-7, -0, -0.85]) expect(fixedFraction(v, 2, '.'), String(v)).toBeUndefined();
    expect(fixedFraction(0.5, 0, '.')).toBe('1');
    expect(fixedFraction(1.005, 2, ',')).toBe('1,01');
  });
});

/**
 * The shortcuts `canonym locales` takes for speed give the answers of the long way: the detector's cheap
 * stopword test never rules out a string it would report, blank() is the character-by-character copy, and a flat
 * catalogue read without the parser's tree is the catalogue the parser reads.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { confusable, createLanguageDetector, wordCount } from '../src/locales/detect-language.ts';
import { Positions } from '../src/locales/check.ts';
import { closest, editDistance } from '../src/locales/edit-distance.ts';
import { parseIcu, parseIcuWithParser } from '../src/locales/icu-message.ts';
import { CATEGORIES, singleNumber } from '../src/locales/plural.ts';
import { blank } from '../src/locales/placeholder.ts';
import { parseCatalogue, readCatalogue } from '../src/locales/read-catalogue.ts';
import { withoutCode } from '../src/locales/rules/wrong-language.ts';
import { LineIndex } from '../src/text/lines.ts';
import { rng } from '../scripts/rng.ts';

const LOCALES = ['en', 'de', 'fr', 'es', 'pl', 'uk', 'ru', 'nl', 'it', 'sv'];
const STRINGS = [
  'Your changes have been saved to the server.',
  'Please enter your email address to continue with the setup.',
  'Bitte melden Sie sich erneut an, um fortzufahren.',
  'Die Datei wurde nicht gefunden und kann nicht geöffnet werden.',
  'Veuillez saisir votre adresse e-mail pour continuer.',
  'Por favor, introduzca su dirección de correo electrónico.',
  'Proszę podać adres e-mail, aby kontynuować konfigurację.',
  'Будь ласка, введіть свою адресу електронної пошти.',
  'Пожалуйста, введите адрес электронной почты для входа.',
  'Voer uw e-mailadres in om door te gaan met de installatie.',
  'Inserisci il tuo indirizzo email per continuare.',
  'Ange din e-postadress för att fortsätta med installationen.',
  'Run `export --out <dir>` and then open the file article.md in your editor.',
  '"Save changes" saves the changes you have made to this document.',
  'It’s the name of the file that you have opened in the editor.',
  'ΣΤΟΙΧΕΙΑ of the account and the settings that you have chosen.',
];

describe('the detector\'s stopword test', () => {
  it('is false only where otherLanguage reports nothing, also once code is blanked', () => {
    const detector = createLanguageDetector(LOCALES);
    let reported = 0;
    for (const text of STRINGS) {
      for (const locale of LOCALES) {
        const other = detector.otherLanguage(withoutCode(text), locale);
        if (other) reported++;
        if (!detector.mayReport!(text, locale)) expect(other, `${locale}: ${text}`).toBeUndefined();
      }
    }
    // Not vacuous: strings in another language than the file's are reported, and others are ruled out early.
    expect(reported).toBeGreaterThan(10);
    expect(STRINGS.filter((s) => detector.mayReport!(s, 'de') === false).length).toBeGreaterThan(3);
  });
});

describe('blank', () => {
  it('blanks the ranges as a copy character by character does, ranges out of bounds and overlapping included', () => {
    const random = rng(14);
    const naive = (value: string, ranges: Array<{ start: number; end: number }>) => {
      const chars = value.split('');
      for (const r of ranges) for (let i = r.start; i < r.end && i < chars.length; i++) chars[i] = ' ';
      return chars.join('');
    };
    const text = 'Ключ {count} — <b>bold</b> 😀 text, and more';
    for (let round = 0; round < 300; round++) {
      const ranges = Array.from({ length: Math.floor(random() * 4) }, () => {
        const start = Math.floor(random() * (text.length + 6)) - 3;
        return { start, end: start + Math.floor(random() * 12) - 2 };
      });
      expect(blank(text, ranges)).toBe(naive(text, ranges));
    }
    expect(blank('', [{ start: 0, end: 3 }])).toBe('');
  });
});

describe('reading a flat catalogue', () => {
  it('gives what jsonc-parser\'s tree gives: escapes, duplicates, spacing, and the texts it leaves to the parser', () => {
    const random = rng(41);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const keys = ['a', 'b.c', 'key with space', 'ключ', 'esc\\"aped', 'tab\\t', '', 'defaultMessage', 'id'];
    const values = ['', 'Hello', 'Say \\"hi\\"', 'line\\nbreak', '\\u00e9t\\u00e9', 'Привет {name}', '\\ud83d\\ude00', 'back\\\\slash', 'end\\\\'];
    const space = () => pick(['', ' ', '\n  ', '\r\n\t']);
    let fast = 0;
    for (let round = 0; round < 300; round++) {
      const members = Array.from({ length: Math.floor(random() * 6) }, () => {
        const value = random() < 0.08 ? pick(['1', 'true', 'null', '{"x": "y"}', '["z"]']) : `"${pick(values)}"`;
        return `${space()}"${pick(keys)}"${space()}:${space()}${value}${space()}`;
      });
      let text = `${space()}{${members.join(',')}${members.length ? '' : space()}}${space()}`;
      if (random() < 0.12) {
        // What JSON.parse refuses: a trailing comma, a raw control character or an unknown escape in a string,
        // anything after the object.
        text = pick([text.replace('}', ',}'), text.replace(':', ''), `${text}x`, `${text}}`, text.replace(/"(?=[^"]*"\s*:)/, '"\u0001'), text.replace(/"(?=[^"]*"\s*[,}])/, '"\\x'), text.replace(/"(?=[^"]*"\s*[,}])/, '"\n'), text.replace(/"(?=[^"]*"\s*[,}])/, '"\\\\"'), '[]', '"s"', '']);
      }
      expect(readCatalogue(text), text).toStrictEqual(parseCatalogue(text));
      if (readCatalogue(text).kind === 'catalogue') fast++;
    }
    expect(fast).toBeGreaterThan(100);
  });
});

describe('an ICU message of text and simple arguments', () => {
  it('reads as formatjs\'s parser reads it: arguments, apostrophes, hashes, brackets and what only the parser takes', () => {
    const random = rng(23);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const parts = ['Hello', ' ', 'world', '{name}', '{0}', '{count_1}', "'", "''", "don't", "'{x}'", '#', '>', '<b>', '}', '{', '{ name }', '{name }', '{n, number}',
      '{c, plural, one {# file} other {# files}}', 'ключ', '{ключ}', '😀', '\n', '{}', "'#'", 'a > b'];
    let simple = 0;
    for (let round = 0; round < 2000; round++) {
      const value = Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(parts)).join('');
      for (const ignoreTag of [false, true]) expect(parseIcu(value, ignoreTag), value).toStrictEqual(parseIcuWithParser(value, ignoreTag));
      if (/^(?:[^{}<]|\{\w+\})*$/.test(value) && value.includes('{') && !value.includes("'")) simple++;
    }
    // Not vacuous: many messages took the shortcut.
    expect(simple).toBeGreaterThan(100);
  });
});

describe('wordCount', () => {
  it('counts whitespace-separated tokens with a letter as \\S+ and \\p{L} do, and stops at upTo', () => {
    const random = rng(5);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const parts = ['word', 'Ключ', '123', '--', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u2009', '\ufeff', '😀', '𝐀', '\ud800', '\udc00', 'é', 'e\u0301', '日本', '٣', '@', '[x]'];
    const naive = (text: string, upTo = Infinity) => Math.min(upTo, (text.match(/\S+/g) ?? []).filter((t) => /\p{L}/u.test(t)).length);
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: Math.floor(random() * 9) }, () => pick(parts)).join('');
      expect(wordCount(text), JSON.stringify(text)).toBe(naive(text));
      expect(wordCount(text, 4), JSON.stringify(text)).toBe(naive(text, 4));
    }
  });
});

describe('mayReport\'s words', () => {
  it('are the words /\\p{L}[\\p{L}\\p{M}\'’]*/gu finds: letters, marks, apostrophes, surrogate pairs and lone halves', () => {
    const locales = ['en', 'de', 'fr', 'uk', 'ru', 'el', 'tr', 'az'];
    const detector = createLanguageDetector(locales);
    // The test as it read with the expression: a word counts for a language no other project language lists it in.
    const lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
    const owner = new Map<string, string | null>();
    for (const lang of locales) for (const word of lists[lang] ?? []) owner.set(word, owner.get(word) === undefined || owner.get(word) === lang ? lang : null);
    const naive = (text: string, locale: string) => {
      if (text.includes('’') || text.includes('Σ')) return true;
      const hits = new Map<string, number>();
      for (const [word] of text.toLowerCase().matchAll(/\p{L}[\p{L}\p{M}'’]*/gu)) {
        const l = owner.get(word);
        if (!l || l === locale) continue;
        const n = (hits.get(l) ?? 0) + 1;
        if (n >= 2 && !confusable(l, locale)) return true;
        hits.set(l, n);
      }
      return false;
    };
    const random = rng(23);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const words = [...(lists.en ?? []).slice(0, 40), ...(lists.de ?? []).slice(0, 40), ...(lists.uk ?? []).slice(0, 30), ...(lists.tr ?? []).slice(0, 20), 'THE', 'Und', 'ÜBER', 'İÇİN'];
    const glue = [' ', '  ', '-', "'", '’', '\u0301', 'x', '9', '😀', '𝐀', '\ud800', '\udc00', 'ß', 'Σ', '\u00a0', '.', 'ǅ', '\u0345'];
    let reported = 0;
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(words) + pick(glue)).join('');
      for (const locale of ['en', 'de', 'uk', 'az']) {
        const want = naive(text, locale);
        if (want) reported++;
        expect(detector.mayReport!(text, locale), `${locale}: ${JSON.stringify(text)}`).toBe(want);
      }
    }
    // Not vacuous: both answers are common.
    expect(reported).toBeGreaterThan(1000);
    expect(reported).toBeLessThan(11000);
  });
});

describe('a catalogue\'s positions', () => {
  it('are LineIndex\'s: lines end at LF, CRLF or a lone CR, columns count UTF-16 units', () => {
    const random = rng(52);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const parts = ['a', 'bc', '\n', '\r', '\r\n', '\n\r', '😀', ' ', '"k": "v",'];
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: Math.floor(random() * 14) }, () => pick(parts)).join('');
      const lines = new LineIndex(text);
      const positions = new Positions(text);
      // Offsets in an order with repeats, as findings come: the remembered answers must be the right ones too.
      const offsets = Array.from({ length: 3 * text.length + 3 }, () => Math.floor(random() * (text.length + 1)));
      for (const offset of offsets) expect(positions.position(offset), `${JSON.stringify(text)} at ${offset}`).toEqual(lines.position(offset));
    }
  });
});

describe('singleNumber', () => {
  it('answers as a count of every whole number from 0 to 1000 does, for each category, in both types', () => {
    const naive = (locale: string, category: string, type: 'cardinal' | 'ordinal') => {
      const rules = new Intl.PluralRules(locale, { type });
      const numbers = Array.from({ length: 1001 }, (_, n) => n).filter((n) => rules.select(n) === category);
      return numbers.length === 1 ? numbers[0] : undefined;
    };
    const locales = ['en', 'de', 'fr', 'ru', 'uk', 'pl', 'cs', 'ar', 'he', 'ga', 'cy', 'lt', 'lv', 'sl', 'zh', 'ja', 'br', 'gd', 'mt', 'is', 'mk', 'it', 'es', 'pt', 'ca', 'kw', 'fil'];
    let singles = 0;
    for (const locale of locales) {
      for (const type of ['cardinal', 'ordinal'] as const) {
        for (const category of CATEGORIES) {
          const want = naive(locale, category, type);
          if (want !== undefined) singles++;
          expect(singleNumber(locale, category, type), `${locale} ${type} ${category}`).toBe(want);
        }
      }
    }
    expect(singles).toBeGreaterThan(20);
  });
});

describe('editDistance', () => {
  it('is the Levenshtein distance of the full table, and with a limit the same below it and at least the limit above', () => {
    const naive = (a: string, b: string) => {
      let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = row;
      }
      return prev[b.length]!;
    };
    const random = rng(77);
    const word = () => Array.from({ length: Math.floor(random() * (random() < 0.1 ? 90 : 12)) }, () => 'abcé😀.'[Math.floor(random() * 7)]).join('');
    let limited = 0;
    for (let round = 0; round < 3000; round++) {
      const [a, b] = [word(), word()];
      const want = naive(a, b);
      expect(editDistance(a, b), `${a} ${b}`).toBe(want);
      const limit = Math.floor(random() * 6);
      const got = editDistance(a, b, limit);
      if (want < limit) expect(got, `${a} ${b} below ${limit}`).toBe(want);
      else {
        limited++;
        expect(got, `${a} ${b} ${limit}`).toBeGreaterThanOrEqual(limit);
      }
    }
    expect(limited).toBeGreaterThan(500);
    expect(closest('contar', ['count', 'counter', 'amount'], 3)).toBe('counter');
    expect(closest('xyz', ['count'], 2)).toBeUndefined();
  });
});

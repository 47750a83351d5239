/** The parts of `canonym locales`, each on small inputs: reading, keys, messages, plural rules, detection, rules. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SeveritySetting } from '../src/diagnostic.ts';
import { createLanguageDetector } from '../src/locales/detect-language.ts';
import { parseI18next } from '../src/locales/i18next-message.ts';
import { parseIcu } from '../src/locales/icu-message.ts';
import { checkLocaleTree, defaultBaseLocale, formatLocaleSummary, loadLocaleTree } from '../src/locales/index.ts';
import { JsonStringLiteral } from '../src/locales/json-string.ts';
import { knownContexts, parsePluralSuffix, pluralGroups } from '../src/locales/keys.ts';
import { placeFile } from '../src/locales/layout.ts';
import type { Syntax } from '../src/locales/model.ts';
import { pluralCategories, singleNumber } from '../src/locales/plural.ts';
import { readCatalogue } from '../src/locales/read-catalogue.ts';
import { withoutCode } from '../src/locales/rules/wrong-language.ts';
import { detectSyntax } from '../src/locales/syntax.ts';
import { findTags, unbalancedTags } from '../src/locales/tags.ts';
import { fixtureIndex, localeTreeOf, tempDirsRemovedAfterAll } from './helpers.ts';

// Every temp folder a test makes is removed when the file is done, also when the test fails.
const newTempDir = tempDirsRemovedAfterAll();


function run(files: Record<string, string | object>, options: { syntax?: Syntax; severities?: Record<string, SeveritySetting>; allow?: string[]; base?: string } = {}) {
  const result = checkLocaleTree(localeTreeOf(files), {
    baseLocale: options.base ?? 'en', index: fixtureIndex(), names: true,
    ...(options.syntax ? { syntax: options.syntax } : {}),
    ...(options.severities ? { severities: options.severities } : {}),
    ...(options.allow ? { allow: options.allow } : {}),
  });
  return { ...result, seen: result.reports.flatMap((r) => r.diagnostics.map((d) => `${d.ruleId} ${r.path} ${d.message}`)) };
}

describe('JSON strings and their place in the file', () => {
  it('maps each decoded character back through escapes', () => {
    const source = '{"k": "a\\n\\"b\\u00e9c\\ud83d\\ude00d"}';
    const value = JSON.parse(source).k as string;
    const literal = new JsonStringLiteral(source, 6, source.length - 7, value);
    expect(value).toBe('a\n"béc😀d');
    const at = (ch: string) => literal.toSource(value.indexOf(ch));
    expect(source.slice(at('a'), at('a') + 1)).toBe('a');
    expect(source.slice(at('\n'), at('\n') + 2)).toBe('\\n');
    expect(source.slice(at('é'), at('é') + 6)).toBe('\\u00e9');
    expect(source.slice(at('d'), at('d') + 1)).toBe('d');
    const emoji = literal.range(value.indexOf('😀'), value.indexOf('😀') + 2);
    expect(source.slice(emoji.start, emoji.end)).toBe('\\ud83d\\ude00');
    expect(literal.toSource(value.length)).toBe(source.length - 2); // the closing quote
  });

  it('reads nested and flat keys, arrays and formatjs descriptors alike, the last duplicate winning', () => {
    const text = JSON.stringify({ a: { b: 'nested' }, 'a.c': 'flat', list: ['x', 'y'], greet: { defaultMessage: 'Hi {name}', description: 'on the home page' }, d: 'first' }).replace('}', ', "d": "second"}').replace('"d":"first"', '"d":"first"');
    const read = readCatalogue(text.replace(/}$/, ', "d": "last"}'));
    if (read.kind !== 'catalogue') throw new Error(read.kind);
    expect(read.entries.map((e) => `${e.key}=${e.value}`)).toEqual(expect.arrayContaining(['a.b=nested', 'a.c=flat', 'list.0=x', 'list.1=y', 'greet=Hi {name}', 'd=last']));
    expect(read.objects.has('a')).toBe(true);
  });

  it('names the first JSON error with its place, and refuses files that are not catalogues', () => {
    const error = (text: string) => {
      const r = readCatalogue(text);
      return r.kind === 'syntax-error' ? `${r.range.start}+${r.range.end - r.range.start} ${r.message}` : r.kind;
    };
    expect(error('{"a": "x",\n}')).toBe('9+1 trailing comma: JSON allows none before } or ]');
    expect(error('{"a": "x" "b": "y"}')).toBe('10+3 a comma is missing before this (CommaExpected)');
    expect(error('{"a": "x" // note\n}')).toMatch(/JSON has no comments|unexpected character/);
    expect(error('{"a": "unterminated}')).toMatch(/^6\+\d+ unterminated string/);
    expect(error('')).toBe('0+0 the file is empty; a catalogue is at least {}');
    expect(readCatalogue('{"retries": 3}')).toEqual({ kind: 'not-catalogue', reason: '"retries" holds a number; a catalogue holds only strings' });
    expect(readCatalogue('["en", "de"]')).toMatchObject({ kind: 'not-catalogue' });
  });
});

describe('locale trees', () => {
  it('finds the locale in the folder or the file name', () => {
    expect(placeFile('en/common.json')).toEqual({ locale: 'en', segment: 'en', namespace: '{lng}/common.json', format: 'json' });
    expect(placeFile('pt_BR.json')).toEqual({ locale: 'pt-BR', segment: 'pt_BR', namespace: '{lng}.json', format: 'json' });
    expect(placeFile('common/de.json')).toEqual({ locale: 'de', segment: 'de', namespace: 'common/{lng}.json', format: 'json' });
    expect(placeFile('zh-Hans/app/menu.json')).toMatchObject({ locale: 'zh-Hans', namespace: '{lng}/app/menu.json' });
    expect(placeFile('dev/translation.json')).toMatchObject({ skip: expect.stringMatching(/no locale code/) });
    expect(placeFile('en/README.md')).toEqual({ skip: expect.stringMatching(/^not a locale file/) });
  });

  it('takes en as the base, or the only English variant', () => {
    expect(defaultBaseLocale(['de', 'en', 'fr'])).toBe('en');
    expect(defaultBaseLocale(['de', 'en-US'])).toBe('en-US');
    expect(defaultBaseLocale(['en-GB', 'en-US'])).toBeUndefined();
  });

  it('skips non-catalogues with a note and reports undecodable files instead of stopping', () => {
    const dir = newTempDir('canonym-locales-');
    mkdirSync(join(dir, 'en'));
    mkdirSync(join(dir, 'de'));
    writeFileSync(join(dir, 'en', 'app.json'), '{"hello": "Hello"}');
    writeFileSync(join(dir, 'de', 'app.json'), Buffer.from([0x7b, 0x22, 0x68, 0x22, 0x3a, 0x22, 0xe4, 0x22, 0x7d])); // Latin-1 ä
    writeFileSync(join(dir, 'en', 'meta.json'), '{"version": 2}');
    const loaded = loadLocaleTree(dir);
    expect(loaded.skipped.map((s) => s.reason)).toEqual(['not a locale catalogue: "version" holds a number; a catalogue holds only strings']);
    const result = checkLocaleTree(loaded, { baseLocale: 'en', index: fixtureIndex() });
    const de = result.reports.find((r) => r.locale === 'de')!;
    expect(de.diagnostics.map((d) => `${d.ruleId} ${d.message}`)).toEqual([expect.stringMatching(/^json-syntax not valid JSON: not valid UTF-8 \(byte 0xe4 at offset 6\)/)]);
  });

  it('reports a namespace file a locale lacks once, on the path it should have', () => {
    const { reports, summaries } = run({ 'en/a.json': { x: 'One', y: 'Two' }, 'en/b.json': { z: 'Three' }, 'de/a.json': { x: 'Eins', y: 'Zwei' } });
    const missing = reports.find((r) => r.path === 'de/b.json')!;
    expect(missing.diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column} ${d.message}`)).toEqual(['missing-key 1:1 the whole file is missing: 1 key of en/b.json']);
    expect(summaries.find((s) => s.locale === 'de')).toMatchObject({ keys: 3, translated: 2 });
  });

  it('decides the syntax per namespace from every locale\'s values', () => {
    const t = localeTreeOf({ 'en/a.json': { x: 'Hi {{name}}' }, 'en/b.json': { y: 'Hi {name}', n: '{n, plural, one {#} other {#}}' }, 'de/b.json': { y: 'Hallo' } });
    const ns = (n: string) => t.catalogues.filter((c) => c.namespace === n);
    expect(detectSyntax(ns('{lng}/a.json'))).toBe('i18next');
    expect(detectSyntax(ns('{lng}/b.json'))).toBe('icu');
    expect(detectSyntax(localeTreeOf({ 'en/c.json': { z: 'Plain text' } }).catalogues)).toBeUndefined();
  });
});

describe('i18next keys', () => {
  it('reads plural suffixes, ordinal ones too', () => {
    expect(parsePluralSuffix('item_one')).toEqual({ stem: 'item', category: 'one', ordinal: false });
    expect(parsePluralSuffix('place_ordinal_few')).toEqual({ stem: 'place', category: 'few', ordinal: true });
    expect(parsePluralSuffix('friend_male')).toBeUndefined();
  });

  it('takes a key ending in _one for a plural form only when its stem has an _other form', () => {
    const groups = (keys: string[]) => {
      const entries = keys.map((key) => ({ key, value: key, literal: new JsonStringLiteral('', 0, 2, key), keyRange: { start: 0, end: 0 } }));
      return [...pluralGroups(entries, new Map(entries.map((e) => [e.key, e]))).keys()];
    };
    expect(groups(['select_one'])).toEqual([]);
    // excalidraw: shape names, not a plural (en has no arrowhead_crowfoot_other).
    expect(groups(['arrowhead_crowfoot_one', 'arrowhead_crowfoot_many'])).toEqual([]);
    expect(groups(['item_one', 'item_other', 'select_one'])).toEqual(['item']);
    expect(groups(['file', 'file_plural'])).toEqual(['file']);
    expect(knownContexts(['friend', 'friend_male', 'friend_female', 'save_button'])).toEqual(new Set(['male', 'female']));
  });
});

describe('messages', () => {
  it('finds i18next variables as i18next trims them, unescaped ones and nesting', () => {
    const m = parseI18next('Hi {{ name }}, {{- html}} {{value, number}} $t(common:more, {"count": {{n}} }) <0>go</0>');
    expect(m.placeholders.map((p) => `${p.name}${p.unescaped ? ' (unescaped)' : ''}`)).toEqual(['name', 'html (unescaped)', 'value', '$t(common:more)', 'n']);
    expect(m.tags.map((t) => t.text)).toEqual(['<0>', '</0>']);
    expect(m.prose.trim().split(/\s+/)).toEqual(['Hi', ',', 'go']);
  });

  it('parses ICU: arguments, choices with the place of each key, literal text only in the prose', () => {
    const value = 'Hi {name}! {count, plural, =0 {none} one {# file} other {# files}} on {d, date, short}';
    const m = parseIcu(value);
    expect(m.error).toBeUndefined();
    expect(m.placeholders.map((p) => p.name)).toEqual(['name', 'count', 'd']);
    expect(m.choices[0]!.options.map((o) => `${o.key}@${value.slice(o.start, o.end)}`)).toEqual(['=0@=0', 'one@one', 'other@other']);
    expect(m.prose.trim().split(/\s+/)).toEqual(['Hi', '!', 'none', 'file', 'files', 'on']);
    expect(parseIcu('Hallo {name').error).toMatchObject({ kind: 'EXPECT_ARGUMENT_CLOSING_BRACE', start: 6 });
    expect(parseIcu('{n, plural, uno {#} otro {#}}').error?.choices?.[0]?.options.map((o) => o.key)).toEqual(['uno', 'otro']);
  });

  it('finds tags and the ones left open or closing nothing', () => {
    const tags = findTags('<b>bold <i>both</b> <br> <1/> <link>x</link> </0> a < b');
    expect(tags.map((t) => `${t.kind}:${t.text}`)).toEqual(['open:<b>', 'open:<i>', 'close:</b>', 'self:<br/>', 'self:<1/>', 'open:<link>', 'close:</link>', 'close:</0>']);
    expect(unbalancedTags(tags).map((t) => t.text)).toEqual(['<i>', '</0>']);
  });
});

describe('plural rules', () => {
  it('knows each locale\'s categories and the ones a single number selects', () => {
    expect(pluralCategories('pl')).toEqual(['one', 'few', 'many', 'other']);
    expect(pluralCategories('ja')).toEqual(['other']);
    expect(pluralCategories('en', 'ordinal')).toEqual(['one', 'two', 'few', 'other']);
    expect(singleNumber('en', 'one')).toBe(1);
    expect(singleNumber('ru', 'one')).toBeUndefined(); // 1, 21, 31…
    expect(singleNumber('ar', 'zero')).toBe(0);
  });
});

describe('language detection', () => {
  const detector = createLanguageDetector(['en', 'de', 'pl', 'uk', 'ru']);
  it('names the other language only with function words to show for it', () => {
    expect(detector.otherLanguage('Your changes have been saved to the server.', 'de')).toBe('en');
    expect(detector.otherLanguage('Bitte melden Sie sich erneut an.', 'pl')).toBe('de');
    expect(detector.otherLanguage('Save all changes', 'de')).toBeUndefined(); // three words
    expect(detector.otherLanguage('Ihre Änderungen wurden gespeichert.', 'de')).toBeUndefined();
    expect(detector.otherLanguage('Design, Marketing und Support für Teams', 'de')).toBeUndefined();
  });

  it('does not take Ukrainian for Russian, and knows only the project\'s languages', () => {
    expect(detector.otherLanguage('Ви не в мережі. Зміни буде синхронізовано, коли з’єднання відновиться.', 'uk')).toBeUndefined();
    expect(detector.otherLanguage('Вы не в сети. Изменения будут синхронизированы, когда соединение восстановится.', 'uk')).toBe('ru');
    expect(createLanguageDetector(['en', 'uk']).otherLanguage('Вы не в сети. Изменения будут синхронизированы, когда соединение восстановится.', 'uk')).toBeUndefined();
  });
});

describe('the rules on small trees', () => {
  it('reads no code as words in another language: file names, options, paths, lists of codes, identifiers', () => {
    // Stopword lists take "md", "txt", "out" and "next" (of i18next) for English words.
    expect(withoutCode('see --out <dir>/names.json, de,pl,ru and i18next or item_one in article.md').split(/\s+/)).toEqual(['see', 'and', 'or', 'in', '']);
    const examples = (heading: string) => `${heading}\n  canonym check article.md\n  canonym check --locale de --format json texts/\n  cat mt-output.txt | canonym check -`;
    const { seen } = run({
      'en/a.json': { examples: examples('Examples:'), out: 'export i18next needs --out <dir> (it writes <dir>/<lng>/names.json)', saved: 'Your changes have been saved.' },
      'de/a.json': { examples: examples('Beispiele:'), out: 'export i18next braucht --out <dir> (es schreibt <dir>/<lng>/names.json)', saved: 'Your changes have been saved to article.md on the server.' },
    });
    expect(seen).toEqual(['wrong-language de/a.json saved: reads as English (en), not German']);
  });

  it('pairs context variants and v3 _plural keys, and reports unknown contexts as extra', () => {
    const { seen } = run({
      'en/a.json': { friend: 'A friend', friend_male: 'A boyfriend', invited: '{{name}} invited you', file: '{{count}} file', file_plural: '{{count}} files' },
      'pl/a.json': { friend: 'Znajomy', friend_male: 'Chłopak', invited: '{{name}} zaprosił Cię', invited_male: '{{name}} zaprosił Cię', invited_robot: 'Robot', file: '{{count}} plik', file_plural: '{{count}} pliki' },
    });
    expect(seen).toEqual(['extra-key pl/a.json invited_robot: not in en (renamed or no longer used?)']);
  });

  it('checks ordinal forms against the ordinal rules', () => {
    const en = { place_ordinal_one: '{{count}}st', place_ordinal_two: '{{count}}nd', place_ordinal_few: '{{count}}rd', place_ordinal_other: '{{count}}th' };
    const { seen } = run({ 'en/a.json': en, 'de/a.json': { place_ordinal_other: '{{count}}.' }, 'uk/a.json': { place_ordinal_one: '{{count}}-й', place_ordinal_other: '{{count}}-й' } });
    expect(seen).toEqual([
      'plural-categories uk/a.json place_ordinal_one: uk never selects "one" (it has few, other); i18next never shows this form',
      'plural-categories uk/a.json place_ordinal: uk needs place_ordinal_few; until then i18next shows _other for few',
    ]);
  });

  it('holds every plural form to the count, except those for one number alone', () => {
    const en = { n_zero: 'None', n_one: 'One file', n_other: '{{count}} files' };
    const { seen } = run({ 'en/a.json': en, 'de/a.json': { n_zero: 'Keine', n_one: 'Eine Datei', n_other: '{{count}} Dateien' }, 'ru/a.json': { n_zero: 'Нет', n_one: 'Один файл', n_few: '{{count}} файла', n_many: '{{count}} файлов', n_other: '{{count}} файла' } });
    expect(seen).toEqual(['placeholder-mismatch ru/a.json n_one: {{count}} is missing (en has it)']);
  });

  it('lets ICU =1 stand for one where 1 is all that one selects', () => {
    const en = { n: '{n, plural, one {# file} other {# files}}' };
    const { seen } = run({ 'en/a.json': en, 'de/a.json': { n: '{n, plural, =1 {eine Datei} other {# Dateien}}' }, 'ru/a.json': { n: '{n, plural, =1 {файл} few {# файла} many {# файлов} other {# файла}}' } });
    expect(seen).toEqual(['plural-categories ru/a.json n: {n, plural} lacks one, which ru needs (one, few, many, other)']);
  });

  it('allows identical strings made of names, acronyms, brands and allowed words', () => {
    const en = { a: 'Josep Borrell', b: 'PDF, CSV', c: 'GitHub', d: 'Dashboard', e: 'Northwind', f: 'Save your settings' };
    const { seen } = run({ 'en/a.json': en, 'de/a.json': en }, { allow: ['Northwind'] });
    expect(seen).toEqual(['untranslated de/a.json f: not translated; identical to en "Save your settings"']);
  });

  it('knows where invisible characters belong', () => {
    const { seen } = run({
      'en/a.json': { colon: 'Note: read', joiner: 'Family', mark: 'Hello world', control: 'Bell' },
      'fr/a.json': { colon: 'Note\u00a0: lire', joiner: 'Fa\u200dmille', mark: 'Bonjour\u200e monde', control: 'Cloche\u0007' },
      'ar/a.json': { colon: 'ملاحظة: اقرأ', joiner: 'عائلة', mark: 'مرحبا\u200f بالعالم', control: 'جرس' },
    });
    expect(seen).toEqual([
      'invisible-character fr/a.json joiner: invisible U+200D ZERO WIDTH JOINER',
      'invisible-character fr/a.json mark: invisible U+200E LEFT-TO-RIGHT MARK',
      'invisible-character fr/a.json control: invisible U+0007 CONTROL CHARACTER',
    ]);
  });

  it('lets languages written without spaces drop the base\'s edge spaces, not add their own', () => {
    const { seen } = run({ 'en/a.json': { label: 'Name: ', b: 'Hello' }, 'ja/a.json': { label: '名前：', b: ' こんにちは' } });
    expect(seen).toEqual(['whitespace ja/a.json b: starts with whitespace; en does not']);
  });

  it('reports a missing nested key on its nearest parent, and suggests the key a typo meant', () => {
    const { reports } = run({ 'en/a.json': { menu: { file: { open: 'Open', close: 'Close' } } }, 'de/a.json': '{\n  "menu": {\n    "file": {\n      "opne": "Öffnen"\n    }\n  }\n}' });
    expect(reports.find((r) => r.locale === 'de')!.diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column} ${d.found} ${d.expected ?? ''}`)).toEqual([
      'missing-key 3:5 "file" ',
      'missing-key 3:5 "file" ',
      'extra-key 4:7 "opne" menu.file.open',
    ]);
  });

  it('turns rules off and sets their severity, name rules included', () => {
    const files = { 'en/a.json': { a: 'Kiev is far', b: 'Hello' }, 'de/a.json': { a: 'Kiew ist weit' } };
    expect(run(files).seen).toEqual(['missing-key de/a.json b: missing; en has "Hello"', 'known-variant en/a.json a: "Kiev" is a misspelling of Kyiv; write "Kyiv"']);
    const quiet = run(files, { severities: { 'known-variant': 'off', 'missing-key': 'error' } });
    expect(quiet.reports.flatMap((r) => r.diagnostics.map((d) => `${d.ruleId} ${d.severity}`))).toEqual(['missing-key error']);
  });

  it('can be told the syntax', () => {
    // An ICU plural is plain text to i18next; a translated keyword in it is an error only in ICU.
    const files = { 'en/a.json': { a: '{n, plural, one {# file} other {# files}}' }, 'de/a.json': { a: '{n, plural, one {# Datei} andere {# Dateien}}' } };
    expect(run(files, { syntax: 'i18next' }).seen).toEqual([]);
    expect(run(files, { syntax: 'icu' }).seen.map((s) => s.split(':')[0])).toContain('icu-keyword de/a.json a');
  });
});

describe('the per-locale summary', () => {
  it('prints the share translated, rounded down so that 99.96% is not 100%', () => {
    const table = formatLocaleSummary([
      { locale: 'en', isBase: true, keys: 2500, translated: 2500, problems: {}, errors: 0, warnings: 0 },
      { locale: 'de', isBase: false, keys: 2500, translated: 2499, problems: { 'missing-key': 1 }, errors: 0, warnings: 1 },
    ], false);
    expect(table.split('\n')).toEqual([
      'locale  translated            errors  warnings  problems',
      'en      base                       0         0  none',
      'de      99.9% (2499/2500)          0         1  missing-key 1',
      '',
    ]);
  });
});

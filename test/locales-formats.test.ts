/**
 * canonym locales on the other formats real projects keep their strings in (issue 13 §3): YAML, ARB, Android
 * strings.xml, Apple .xcstrings and .strings, gettext PO, XLIFF 1.2 and 2.0 (test/fixtures/locales/<format>/, each
 * with planted defects). Every finding is pinned to the line and column of the text it is about.
 */
import { describe, expect, it } from 'vitest';
import { checkLocaleTree, loadLocaleTree } from '../src/locales/index.ts';
import { placeFile } from '../src/locales/layout.ts';
import { compilePluralExpression, decodeAndroid, poPluralCategories } from '../src/locales/read-formats.ts';
import { fixture, fixtureIndex, localeTreeOf } from './helpers.ts';

function check(dir: string, baseLocale = 'en') {
  const root = fixture(`locales/${dir}`);
  const tree = loadLocaleTree(root);
  const result = checkLocaleTree(tree, { baseLocale, index: fixtureIndex() });
  const all = result.reports.flatMap((r) => r.diagnostics.map((d) => ({ file: r.path.slice(root.length + 1), at: `${d.line}:${d.column}`, ...d })));
  const of = (rule: string, file?: string) => all.filter((d) => d.ruleId === rule && (!file || d.file === file));
  return { tree, all, of, result };
}

describe('YAML (Rails)', () => {
  const { tree, of, all } = check('yaml');
  it('reads the keys under the locale root, plural maps as plural families, and leaves numbers alone', () => {
    const de = tree.catalogues.find((c) => c.locale === 'de')!;
    expect(de.entries.map((e) => e.key)).toEqual(['greeting', 'inbox_one', 'inbox_other', 'notes']);
    expect(de.format).toBe('yaml');
  });
  it('finds the Ruby placeholder lost, at the string, and the Polish plural without few and many', () => {
    expect(of('placeholder-mismatch')).toEqual([expect.objectContaining({ file: 'de.yml', at: '2:14', found: 'Hallo!', message: 'greeting: %{name} is missing (en has it)' })]);
    expect(of('plural-categories')).toEqual([expect.objectContaining({ file: 'pl.yml', at: '5:5' })]);
    expect(of('plural-categories')[0]!.message).toContain('inbox_few, inbox_many');
    expect(all.filter((d) => d.file === 'de.yml' && d.ruleId !== 'placeholder-mismatch')).toEqual([]);
  });
});

describe('ARB (Flutter)', () => {
  const { of, all } = check('arb');
  it('reads ICU messages, skips @key metadata (numbers and all) and @@locale', () => {
    expect(all.filter((d) => d.ruleId === 'missing-key' || d.ruleId === 'extra-key')).toEqual([]);
  });
  it('finds the translated keyword and the renamed argument in the Spanish file', () => {
    expect(of('icu-keyword', 'app_es.arb')[0]).toMatchObject({ at: '3:25', found: 'plurale' });
    expect(of('placeholder-mismatch', 'app_es.arb')).toEqual([expect.objectContaining({ at: '4:27', found: '{ruta}', expected: '{path}' })]);
  });
});

describe('Android strings.xml', () => {
  const { tree, of, all } = check('android');
  it('takes values/ as the default (en) strings, values-de and values-pl as locales, and skips values-night', () => {
    expect(tree.catalogues.map((c) => c.locale).sort()).toEqual(['de', 'en', 'en', 'pl']);
    expect(tree.skipped.map((s) => s.path)).toEqual([expect.stringMatching(/values-night\/colors\.xml$/)]);
  });
  it('reads plurals, string-array items and escapes, not translatable="false" strings or comments', () => {
    const en = tree.catalogues.find((c) => c.locale === 'en')!;
    expect(en.entries.map((e) => e.key)).toEqual(['welcome', 'dont_ask', 'songs_one', 'songs_other', 'planets.0', 'planets.1', 'open_link']);
    expect(en.byKey.get('dont_ask')!.value).toBe("Don't ask again\nfor this file");
  });
  it('finds the lost %1$s, the unclosed <b> written as &lt;b&gt; (at the entity), the missing Polish forms', () => {
    expect(of('placeholder-mismatch')).toEqual([expect.objectContaining({ file: 'res/values-de/strings.xml', at: '3:28', message: 'welcome: %1$s is missing (en has it)' })]);
    expect(of('tag-mismatch')).toEqual([expect.objectContaining({ file: 'res/values-de/strings.xml', at: '13:30', found: '&lt;b&gt;' })]);
    expect(of('plural-categories')).toEqual([expect.objectContaining({ file: 'res/values-pl/strings.xml', at: '7:9' })]);
    expect(of('missing-key', 'res/values-pl/strings.xml').map((d) => d.message)).toEqual([expect.stringContaining('planets.0'), expect.stringContaining('planets.1')]);
    // "…" keeps its spaces: the double space is the translator's
    expect(of('whitespace')).toEqual([expect.objectContaining({ file: 'res/values-pl/strings.xml', at: '4:48' })]);
    expect(all.filter((d) => d.message.includes('app_name'))).toEqual([]);
  });
  it('takes a values folder as one table: "loading" in values/strings_extras.xml may be in values-de/strings.xml', () => {
    expect(all.filter((d) => d.message.includes('loading') || d.file.includes('strings_extras'))).toEqual([]);
  });
  it('decodes as aapt does', () => {
    expect(decodeAndroid('  a\\\'b   c \\u00e9 &amp; ')).toBe("a'b c é &");
    expect(decodeAndroid('"  two  spaces "')).toBe('  two  spaces ');
  });
});

describe('Apple .xcstrings and .strings', () => {
  const { tree, of } = check('xcstrings');
  it('reads every locale of one catalogue, the key as the source string, plural variations, not shouldTranslate: false', () => {
    expect(tree.catalogues.map((c) => `${c.locale}:${c.entries.map((e) => e.key).join('|')}`).sort()).toEqual([
      'de:Delete %@?',
      'en:%lld photos_one|%lld photos_other|Delete %@?',
      'pl:%lld photos_one|%lld photos_other|Delete %@?',
    ]);
  });
  it('finds the lost %@ in German and the Polish plural without few and many', () => {
    expect(of('placeholder-mismatch')).toEqual([expect.objectContaining({ at: '26:70', found: 'Löschen?', locale: undefined })].map(() => expect.objectContaining({ at: '26:70', found: 'Löschen?' })));
    expect(of('plural-categories')).toEqual([expect.objectContaining({ at: '18:15' })]);
  });
  it('.strings: comments skipped, escapes mapped, the lost %d found', () => {
    const s = check('strings');
    expect(s.tree.catalogues.find((c) => c.locale === 'en')!.byKey.get('saved')!.value).toBe('Saved to "%@"');
    expect(s.all.map((d) => `${d.file}:${d.at} ${d.ruleId}`)).toEqual(['de.lproj/Localizable.strings:3:12 placeholder-mismatch']);
  });
});

describe('gettext PO', () => {
  const { tree, of, all } = check('po');
  it('needs no English file: each PO file is compared with its own msgids; fuzzy, obsolete and empty msgstr are not read', () => {
    const de = tree.catalogues.find((c) => c.locale === 'de')!;
    expect(de.entries.map((e) => e.key)).toEqual(['Cannot open %s: %s', '%d file_one', '%d file_other', 'Open the settings']);
    expect(all.filter((d) => d.ruleId === 'missing-key')).toEqual([]);
    expect(all.filter((d) => /Quit|Old|Untranslated/.test(d.message))).toEqual([]);
  });
  it('finds a second %s lost, {name} added on a continuation line (line:column there), a plural form without %d', () => {
    expect(of('placeholder-mismatch').map((d) => `${d.file}:${d.at} ${d.found}`)).toEqual(['de.po:11:9 Kann %s nicht öffnen', 'de.po:27:23 {name}', 'pl.po:13:12 plików']);
    // Polish many (5, 6…) is for many numbers: it must show the count
  });
  it('reads printf next to letters of scripts without spaces, lets a form for one number drop %d, skips translator-credits', () => {
    expect(all.filter((d) => d.file === 'ko.po' || d.file === 'ar.po')).toEqual([]);
    expect(tree.catalogues.find((c) => c.locale === 'ko')!.entries.map((e) => e.key)).toEqual(['Cannot open %s: %s']);
    expect(tree.catalogues.find((c) => c.locale === 'ar')!.entries.map((e) => e.key.split('_').pop())).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
  });
  it('maps msgstr[n] to CLDR categories through the Plural-Forms expression', () => {
    const polish = 'nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);';
    expect(poPluralCategories(polish, 'pl')).toEqual(['one', 'few', 'many']);
    expect(poPluralCategories('nplurals=2; plural=(n > 1);', 'fr')).toEqual(['one', 'other']);
    expect(poPluralCategories('nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);', 'ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(compilePluralExpression('n != 1')!(1)).toBe(0);
    expect(compilePluralExpression('process.exit(1)')).toBeUndefined();
  });
});

describe('XLIFF', () => {
  const { tree, of } = check('xliff');
  it('1.2 and 2.0, the locale from target-language / trgLang, no English file needed', () => {
    expect(tree.catalogues.map((c) => `${c.locale}:${c.format}`).sort()).toEqual(['de:xliff', 'fr:xliff']);
  });
  it('finds the dropped interpolation (an inline code) in 1.2 and the renamed {{temps}} in 2.0, at the target', () => {
    expect(of('tag-mismatch')).toEqual([expect.objectContaining({ file: 'messages.de.xlf', at: '7:36', message: 'greeting: <x/> is missing (en has it)' })]);
    expect(of('placeholder-mismatch', 'messages.fr.xlf')).toEqual([expect.objectContaining({ at: '7:30', found: '{{temps}}', expected: '{{time}}' })]);
  });
});

describe('placing files of every format', () => {
  it('finds the locale in Android folders, .lproj folders, file name parts and gettext folders', () => {
    const at = (p: string) => {
      const r = placeFile(p);
      return 'skip' in r ? 'skip' : `${r.locale ?? '?'} ${r.namespace}`;
    };
    expect(at('app/src/main/res/values-pt-rBR/strings.xml')).toBe('pt-BR app/src/main/res/{lng}/strings.xml');
    expect(at('res/values-b+sr+Latn/strings.xml')).toBe('sr-Latn res/{lng}/strings.xml');
    expect(at('res/values-v21/strings.xml')).toBe('skip');
    expect(at('config/locales/devise.de.yml')).toBe('de config/locales/devise.{lng}.yml');
    expect(at('lib/l10n/app_pt_BR.arb')).toBe('pt-BR lib/l10n/app_{lng}.arb');
    expect(at('locale/fr/LC_MESSAGES/django.po')).toBe('fr locale/{lng}/LC_MESSAGES/django.po');
    expect(at('po/messages.pot')).toBe('skip');
    expect(at('src/locale/messages.xlf')).toBe('? src/locale/messages.xlf');
    expect(at('de.lproj/Localizable.strings')).toBe('de {lng}.lproj/Localizable.strings');
  });
});

describe('real excerpts (test/fixtures/locales/real, sources in SOURCES.md)', () => {
  it('LinOTP selfservice: an Angular interpolation code replaced by the typo {{userPhonel}}, at its line and column', () => {
    const { all } = check('real/linotp-selfservice');
    expect(all.map((d) => `${d.ruleId} ${d.at} ${d.found.slice(0, 20)}`)).toEqual(['tag-mismatch 7:36 Der Token wird ihre ', 'placeholder-mismatch 7:143 {{userPhonel}}']);
    expect(all.find((d) => d.ruleId === 'tag-mismatch')!.message).toContain('<x/>');
  });
  it('yubioath-flutter: the Czech plural without few, and <none> read as text', () => {
    const { all } = check('real/yubioath-flutter');
    expect(all.map((d) => `${d.file} ${d.ruleId} ${d.at}`)).toEqual(['app_cs.arb plural-categories 4:31']);
    expect(all[0]!.message).toContain('lacks few');
  });
});

describe('untranslated on real strings', () => {
  it('leaves keyboard key names and product tiers with a plus alone in Japanese, and still reports a phrase', () => {
    const en = { keys: { shift: 'Shift', alt: 'Alt' }, menu: { plus: 'Frigate+' }, phrase: 'Snap to objects' };
    const ja = { keys: { shift: 'Shift', alt: 'Alt' }, menu: { plus: 'Frigate+' }, phrase: 'Snap to objects' };
    const result = checkLocaleTree(localeTreeOf({ 'en.json': en, 'ja.json': ja }), { baseLocale: 'en', index: fixtureIndex() });
    const found = result.reports.flatMap((r) => r.diagnostics.filter((d) => d.ruleId === 'untranslated').map((d) => d.message.split(':')[0]));
    expect(found).toEqual(['phrase']);
  });
});

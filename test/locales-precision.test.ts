/**
 * canonym locales on what real trees hold: the cases from excalidraw, frigate and mattermost-mobile that were
 * false alarms (issue 13), and the defects only the new checks find. Small trees built here; real excerpts are in
 * test/fixtures/locales-real/ (test/locales-real.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { SeveritySetting } from '../src/diagnostic.ts';
import { checkLocaleTree, type LocaleCheckOptions } from '../src/locales/index.ts';
import { createLanguageDetector } from '../src/locales/detect-language.ts';
import { fixtureIndex, localeTreeOf, tempDirsRemovedAfterAll } from './helpers.ts';

// Every temp folder a test makes is removed when the file is done.
const newTempDir = tempDirsRemovedAfterAll();

type Options = Partial<Omit<LocaleCheckOptions, 'index'>> & { severities?: Record<string, SeveritySetting> };

export function run(files: Record<string, string | object>, options: Options = {}) {
  const result = checkLocaleTree(localeTreeOf(files), { baseLocale: 'en', index: fixtureIndex(), names: true, ...options });
  return { ...result, seen: result.reports.flatMap((r) => r.diagnostics.map((d) => `${d.ruleId} ${r.path} ${d.message}`)) };
}

const rules = (seen: string[]) => seen.map((s) => s.split(' ')[0]);

describe('plural families', () => {
  it('are plural only when the base has the _other form: excalidraw\'s arrowhead_crowfoot_many is a shape', () => {
    const en = { labels: { arrowhead_crowfoot_many: 'Crow\'s foot (many)', arrowhead_crowfoot_one: 'Crow\'s foot (one)', file_one: '{{count}} file', file_other: '{{count}} files' } };
    const ja = { labels: { arrowhead_crowfoot_many: 'カラスの足（多）', arrowhead_crowfoot_one: 'カラスの足（一）', file_other: '{{count}} ファイル' } };
    const { seen } = run({ 'en.json': en, 'ja.json': ja, 'pl.json': { labels: { ...ja.labels, file_other: '{{count}} pliki' } } });
    expect(seen.filter((s) => s.includes('arrowhead'))).toEqual([]);
    // Polish still needs its one, few and many forms of the real plural.
    expect(seen.filter((s) => s.startsWith('plural-categories'))).toEqual([expect.stringContaining('labels.file_one, labels.file_few, labels.file_many')]);
  });
});

describe('empty values', () => {
  const files = { 'en.json': { a: 'Save', b: 'Open' }, 'de.json': { a: '', b: 'Öffnen' } };
  it('are a warning by default, which does not fail CI', () => {
    const d = run(files).reports.flatMap((r) => r.diagnostics);
    expect(d.map((x) => `${x.ruleId} ${x.severity}`)).toEqual(['empty-value warning']);
  });
  it('follow the project\'s convention: fallback (Crowdin writes "" and the app shows the base) or error', () => {
    expect(run(files, { empty: 'fallback' }).seen).toEqual([]);
    expect(run(files, { empty: 'fallback' }).summaries.find((s) => s.locale === 'de')).toMatchObject({ keys: 2, translated: 1 });
    expect(run(files, { empty: 'error' }).reports.flatMap((r) => r.diagnostics.map((d) => d.severity))).toEqual(['error']);
  });
});

describe('wrong-language', () => {
  const locales = ['en', 'nb', 'nn', 'da', 'sv', 'bs', 'hr', 'sr', 'bg', 'mk', 'az', 'tr', 'de', 'pl'];
  const detector = createLanguageDetector(locales);
  it('is never reported between languages that read alike or that the detector confuses', () => {
    // Real strings from frigate and excalidraw that were reported as Danish, Croatian, Swedish or English.
    expect(detector.otherLanguage('Kunne ikke lagre biblioteket ditt. Vennligst lagre biblioteket til en fil lokalt for å sikre at du ikke mister endringer.', 'nb-NO')).toBeUndefined();
    expect(detector.otherLanguage('Dette biletet ser ikkje ut til å ha noko scenedata. Har du skrutt på innbygging av scene medan eksporteringa heldt på?', 'nn-NO')).toBeUndefined();
    expect(detector.otherLanguage('Model klasifikacije mora imati najmanje 2 klase. Dodajte još jednu klasu prije brisanja ove.', 'bs')).toBeUndefined();
    expect(detector.otherLanguage('"Made with Excalidraw" əlavə et', 'az-AZ')).toBeUndefined();
  });
  it('still finds a string left in another language', () => {
    expect(detector.otherLanguage('Your changes have been saved and will be synced when you are back online', 'de')).toBe('en');
    expect(detector.otherLanguage('Die Datei ist zu groß und kann nicht hochgeladen werden, bitte wähle eine kleinere', 'pl')).toBe('de');
  });
});

describe('name rules in a locale tree', () => {
  it('leave alone language menus, CLDR names of languages and countries, and strings left as the base', () => {
    const en = { menu: { language: { nl: 'Dutch', id: 'Indonesian' } }, audio: { turkey: 'Turkey' }, note: 'Kiev is far' };
    const files = {
      'en.json': en,
      'hu.json': { menu: { language: { nl: 'Holland', id: 'Indonéz' } }, audio: { turkey: 'Pulyka' }, note: 'Kiev messze van' },
      'fr.json': { menu: { language: { nl: 'Néerlandais', id: 'Bahasa Indonesia (Indonésien)' } }, audio: { turkey: 'Dinde' }, note: 'Kiev est loin' },
      'th.json': { menu: { language: { nl: 'ดัตช์', id: 'อินโดนีเซีย' } }, audio: { turkey: 'Turkey' }, note: 'เคียฟอยู่ไกล' },
    };
    const seen = run(files, { severities: { 'untranslated': 'off', 'missing-key': 'off' } }).seen;
    expect(seen.filter((s) => s.includes('menu.') || s.includes('turkey'))).toEqual([]);
    // A real misspelling is still reported, in the base and in a translation whose language the glossary has
    // forms for (fr); in Hungarian, which it has none for, only homoglyphs are looked for.
    expect(seen.filter((s) => s.includes('"Kiev"')).map((s) => s.split(' ')[1])).toEqual(['en.json', 'fr.json']);
    const mixed = run({ 'en.json': { brand: 'Canonym checks names' }, 'hu.json': { brand: 'A Cаnonym nevet ellenőriz' } }).seen;
    expect(mixed.filter((s) => s.startsWith('mixed-script')).map((s) => s.split(' ')[1])).toEqual(['hu.json']);
  });
  it('drop a single ordinary word when the project says which words are ordinary (the lexicon seam)', () => {
    const files = { 'en.json': { a: 'Kiev is far' }, 'de.json': { a: 'Kiev ist weit' } };
    const all = run(files).seen.filter((s) => s.includes('de.json'));
    expect(all.length).toBeGreaterThan(0);
    expect(run(files, { ordinaryWord: (w, l) => l === 'de' && w === 'Kiev' }).seen.filter((s) => s.includes('de.json'))).toEqual([]);
  });
});

describe('placeholders beyond the syntax', () => {
  it('takes {name}, printf and the project\'s own patterns in i18next values', () => {
    // excalidraw's si-LK dropped {filename}.
    const files = { 'en.json': { a: 'Saved to {filename}', b: 'Hi %s, %(count)d new', c: 'Open [[link]] now' }, 'si.json': { a: 'ගොනුව සුරැකිණි', b: 'Hallo %s, %(cnt)d neu', c: 'විවෘත [[lnk]] දැන්' } };
    const seen = run(files, { severities: { 'wrong-language': 'off' } }).seen;
    expect(seen).toEqual(['placeholder-mismatch si.json a: {filename} is missing (en has it)', 'placeholder-mismatch si.json b: %(cnt)d is not in en; write %(count)d']);
    expect(run(files, { placeholders: ['\\[\\[(\\w+)\\]\\]'] }).seen).toContain('placeholder-mismatch si.json c: [[lnk]] is not in en; write [[link]]');
  });
  it('does not take prose for printf: 50%discount, 100 % sure', () => {
    const files = { 'en.json': { a: '50% off' }, 'de.json': { a: '50%discount für 100 % sicher' } };
    expect(rules(run(files, { severities: { 'wrong-language': 'off' } }).seen)).toEqual([]);
  });
});

describe('the peers\' checks', () => {
  const only = (seen: string[], rule: string) => seen.filter((s) => s.startsWith(`${rule} `));

  it('plural-structure: a plural the translation dropped (mattermost sv), not in languages that need none', () => {
    const en = { hrs: 'Sessions expire every {n, number} {n, plural, one {hour} other {hours}}.' };
    const files = {
      'en.json': en,
      'sv.json': { hrs: 'Sessionen måste förnyas var {n, number} timme.' },
      'hu.json': { hrs: 'A munkamenet {n, number} óránként lejár.' },
      'ja.json': { hrs: 'セッションは {n, number} 時間ごとに期限切れになります。' },
      'de.json': { hrs: 'Sitzungen laufen alle {n, number} {n, plural, one {Stunde} other {Stunden}} ab.' },
    };
    expect(only(run(files, { syntax: 'icu' }).seen, 'plural-structure')).toEqual([expect.stringMatching(/^plural-structure sv\.json hrs: en chooses a form by n \(plural\)/)]);
    // i18next: the base's family written as one plain key (frigate nb-NO deleteModel.desc).
    const i18next = { 'en.json': { desc_one: 'Delete {{count}} model?', desc_other: 'Delete {{count}} models?' }, 'nb.json': { desc: 'Slette {{count}} modell(er)?' } };
    const seen = run(i18next).seen;
    expect(only(seen, 'plural-structure')).toEqual(['plural-structure nb.json desc: one form for every number; en has the plural forms desc_one, desc_other']);
    expect(only(seen, 'extra-key')).toEqual([]);
  });

  it('kept-token: URLs by host, e-mails by domain, numbers in any digits; example hosts and one digit left alone', () => {
    const files = {
      'en.json': { a: 'See https://docs.frigate.video/setup for details', b: 'Write to help@frigate.video today', c: 'At least 12 characters, at most 1,000 words', d: 'Link to http://example.com here', e: 'Pick 2 of them now', f: 'For example 192.168.1.100:8096' },
      'de.json': { a: 'Siehe https://docs.frigate.video/de/setup für Details', b: 'Schreib an hilfe@frigate.video heute', c: 'Mindestens 12 Zeichen, höchstens 1.000 Wörter', d: 'Link zu http://beispiel.de hier', e: 'Wähle zwei davon jetzt', f: 'Zum Beispiel 192.168.1.1:8096' },
      'fa.json': { a: 'ببینید برای جزئیات', b: 'بنویسید به help@other.org امروز', c: 'حداقل ۸ کاراکتر، حداکثر ۱٬۰۰۰ کلمه', d: 'پیوند به http://example.com اینجا', e: 'دو تا را انتخاب کنید' },
    };
    const seen = only(run(files, { severities: { 'wrong-language': 'off' } }).seen, 'kept-token');
    expect(seen).toEqual([
      'kept-token fa.json a: https://docs.frigate.video/setup is not kept (en has it)',
      'kept-token fa.json b: help@frigate.video is not kept (en has it)',
      // Persian digits are fine (۱٬۰۰۰ is 1,000); the 8 for 12 is a stale translation.
      'kept-token fa.json c: 12 is not kept (en has it)',
    ]);
  });

  it('brackets: one lost, not smileys or list markers', () => {
    const files = {
      'en.json': { a: 'Server {version} (Build {build})', b: 'Done (all files) :)', c: 'Choose:\n1) this\n2) that' },
      'de.json': { a: 'Server {version} (Build {build}', b: 'Fertig (alle Dateien) :)', c: 'Wähle:\n1) dies\n2) das' },
    };
    expect(only(run(files, { syntax: 'icu' }).seen, 'brackets')).toEqual(['brackets de.json a: the brackets () do not pair up (in en they do)']);
  });

  it('end-punctuation: by script (CJK and Devanagari stops count), Thai without a full stop, a lost question mark', () => {
    const files = {
      'en.json': { a: 'The file could not be saved.', b: 'Do you want to delete this file?', c: 'Could not copy to the clipboard.', d: 'Shown next to the name ({count} files)' },
      'zh.json': { a: '无法保存该文件。', b: '您要删除此文件吗？', c: '无法复制到剪贴板', d: '显示在名称旁边（{count} 个文件）' },
      'hi.json': { a: 'फ़ाइल सहेजी नहीं जा सकी।', b: 'क्या आप यह फ़ाइल हटाना चाहते हैं', c: 'क्लिपबोर्ड पर कॉपी नहीं हो सका।', d: 'नाम के पास दिखाया गया ({count} फ़ाइलें)' },
      'th.json': { a: 'ไม่สามารถบันทึกไฟล์ได้', b: 'คุณต้องการลบไฟล์นี้หรือไม่?', c: 'ไม่สามารถคัดลอกไปยังคลิปบอร์ดได้', d: 'แสดงข้างชื่อ ({count} ไฟล์)' },
    };
    expect(only(run(files, { syntax: 'icu', severities: { 'wrong-language': 'off' } }).seen, 'end-punctuation')).toEqual([
      'end-punctuation hi.json b: en ends with a question mark; this does not',
      'end-punctuation zh.json c: en ends with a full stop; this ends otherwise',
    ]);
  });
});

describe('unused keys and the baseline', () => {
  it('--unused-keys reads t(), formatjs ids and keys built at run time', async () => {
    const { writeFileSync, mkdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { findUsedKeys } = await import('../src/locales/unused.ts');
    const dir = newTempDir('canonym-unused-');
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'app.tsx'), "t('common:save'); <FormattedMessage id=\"cart.title\" />; t(`menu.language.${code}`); t('item', { count });");
    const used = findUsedKeys(['src/**/*.tsx'], dir);
    expect(used.files).toBe(1);
    expect(['save', 'cart.title', 'menu.language.nl', 'item_one', 'item_other', 'cart.empty', 'menu.theme'].filter((k) => used.isUsed(k))).toEqual(['save', 'cart.title', 'menu.language.nl', 'item_one', 'item_other']);
    const seen = run({ 'en.json': { save: 'Save', cart: { title: 'Cart', empty: 'Empty' } }, 'de.json': { save: 'Speichern', cart: { title: 'Warenkorb', empty: 'Leer' } } }, { used }).seen;
    expect(seen).toEqual(['unused-key en.json cart.empty: not used in the source code (searched 1 file)']);
  });

  it('hides the problems a baseline lists, by file, rule, key and text, whatever their line', async () => {
    const { applyBaseline, parseBaseline, writeBaseline } = await import('../src/locales/baseline.ts');
    const before = run({ 'en.json': { a: 'Save', b: 'Open {{x}}' }, 'de.json': { a: '', b: 'Öffnen' } });
    const baseline = parseBaseline(writeBaseline('.', before.reports))!;
    expect(baseline.problems).toHaveLength(2);
    // The same problems on other lines, and one new one.
    const after = run({ 'en.json': { z: 'New', a: 'Save', b: 'Open {{x}}' }, 'de.json': { z: 'Neu {{y}}', a: '', b: 'Öffnen' } });
    const applied = applyBaseline('.', after.reports, baseline);
    expect(applied.hidden).toBe(2);
    expect(applied.reports.flatMap((r) => r.diagnostics.map((d) => d.ruleId))).toEqual(['placeholder-mismatch']);
    expect(parseBaseline('{"version":2}')).toBeUndefined();
  });
});

describe('what the labelled samples showed to be false alarms', () => {
  const only = (seen: string[], rule: string) => seen.filter((s) => s.startsWith(`${rule} `));

  it('untranslated: a cognate (Catalan "Document", German "Details") and title-case names are no untranslated text', () => {
    const en = { a: 'Document', b: 'Details: {{error}}', c: 'Microsoft Word', d: 'Almost there now', e: 'Settings' };
    const seen = only(run({ 'en.json': en, 'ca.json': en, 'de.json': en }).seen, 'untranslated');
    // A phrase of three words or more is reported in both; one or two words only in a language of another script.
    expect(seen.map((s) => s.split(':')[0])).toEqual(['untranslated ca.json d', 'untranslated de.json d']);
    const ja = only(run({ 'en.json': { a: 'Delete', b: 'Excalidraw+', c: 'Open ID', d: 'MMM d, h:mm:ss aaa', e: 'go2rtc streams here' }, 'ja.json': { a: 'Delete', b: 'Excalidraw+', c: 'Open ID', d: 'MMM d, h:mm:ss aaa', e: 'go2rtc streams here' } }).seen, 'untranslated');
    // go2rtc is code, so "go2rtc streams here" is two words: left in English in Japanese, as "Delete" is.
    expect(ja.map((s) => s.split(':')[0])).toEqual(['untranslated ja.json a', 'untranslated ja.json e']);
  });

  it('untranslated: units, a title with a number, and a name most translating locales keep are no untranslated text', () => {
    const en = { unit: 'mph', mag: '2600 Magazine', brand: 'Mermaid', word: 'Delete', phrase: 'copy this link', a: 'Save', b: 'Open', c: 'Close', d: 'Print', e: 'Share' };
    // Three locales that translate most strings keep "Mermaid", "mph" and "copy this link", and translate the rest.
    const translating = { ...en, word: 'x', a: 'x', b: 'x', c: 'x', d: 'x', e: 'x' };
    const ja = (files: Record<string, object>) => only(run(files).seen, 'untranslated').filter((s) => s.includes(' ja.json ')).map((s) => s.split(':')[0]).sort();
    const files = { 'en.json': en, 'ja.json': { ...en, a: 'x', b: 'x', c: 'x', d: 'x', e: 'x' }, 'de.json': translating, 'fr.json': translating, 'it.json': translating };
    // "Delete" is translated elsewhere; a lower-case phrase kept everywhere is still untranslated (a string not reached yet).
    expect(ja(files)).toEqual(['untranslated ja.json phrase', 'untranslated ja.json word']);
    // Files that keep most strings as the base's do not vote: then "Mermaid" is one English word in Japanese.
    const barely = { ...files, 'de.json': en, 'fr.json': en, 'it.json': en };
    expect(ja(barely)).toEqual(['untranslated ja.json brand', 'untranslated ja.json phrase', 'untranslated ja.json word']);
    // Chinese, Japanese and Korean files that translate most strings and all keep "Debug" vote apart: their convention.
    const logs = { 'en.json': { ...en, level: 'Debug' }, 'ja.json': { ...en, a: 'x', b: 'x', c: 'x', d: 'x', e: 'x', level: 'Debug' }, 'ko.json': { ...translating, level: 'Debug' }, 'zh.json': { ...translating, level: 'Debug' }, 'th.json': { ...translating, level: 'Debug' }, 'de.json': { ...translating, level: 'Fehlersuche' }, 'fr.json': { ...translating, level: 'Débogage' }, 'it.json': { ...translating, level: 'x' }, 'pl.json': { ...translating, level: 'x' } };
    expect(ja(logs)).toEqual(['untranslated ja.json phrase', 'untranslated ja.json word']);
    expect(ja({ ...logs, 'zh.json': { ...translating, level: '调试' } })).toContain('untranslated ja.json level');
    // Scots writes many UI phrases as English does.
    const scots = { 'en.json': { c: 'Share this pad' }, 'sco.json': { c: 'Share this pad' }, 'de.json': { c: 'Share this pad' } };
    expect(only(run(scots).seen, 'untranslated').map((s) => s.split(':')[0])).toEqual(['untranslated de.json c']);
  });

  it('invisible-character: Khmer word breaks, line breaks, a no-break space after a count', () => {
    const files = {
      'en.json': { a: 'Copy as PNG', b: 'Line one', c: '{{ count }} changes' },
      'km.json': { a: 'ចម្លង\u200bជា PNG', b: 'ជួរ\nមួយ', c: '{{ count }} ការ' },
      'fr.json': { a: 'Copier en PNG', b: 'Ligne\nun', c: '{{ count }}\u00a0modifications' },
    };
    expect(only(run(files).seen, 'invisible-character')).toEqual([]);
  });

  it('tag-mismatch: basic HTML an i18next app renders may be added; a lost tag is still reported', () => {
    const files = { 'en.json': { a: '{{name}} left the group.', b: 'Read the <1>docs</1>.' }, 'sr.json': { a: '<b>{{name}}</b> је напустио групу.', b: 'Прочитајте документацију.' } };
    expect(only(run(files).seen, 'tag-mismatch').map((s) => s.split(':')[0])).toEqual(['tag-mismatch sr.json b']);
  });

  it('skips translatewiki\'s @metadata and ARB @descriptions', () => {
    const files = { 'en.json': { '@metadata': { authors: ['A'] }, a: 'Save' }, 'ru.json': { '@metadata': { authors: ['Lvova', 'B'] }, a: 'Сохранить' } };
    expect(run(files).seen).toEqual([]);
  });

  it('plural-categories: French, Spanish and Italian `many` (a million and more) is not required', () => {
    const files = { 'en.json': { n_one: '{{count}} file', n_other: '{{count}} files' }, 'fr.json': { n_one: '{{count}} fichier', n_other: '{{count}} fichiers' }, 'pl.json': { n_one: '{{count}} plik', n_other: '{{count}} plików' } };
    expect(only(run(files).seen, 'plural-categories').map((s) => s.split(' ')[1])).toEqual(['pl.json']);
  });

  it('plural-categories: few and many are not required where no form shows the number, nor `one` where `other` is the =1 text', () => {
    const en = {
      phrase: '{count, plural, one {this connection} other {these connections}}',
      shown: '{count, number} {count, plural, one {file} other {files}}',
      inside: '{count, plural, one {# file} other {# files}}',
      left: '{n, plural, =1 {{n} attempt left} other {{n} attempts left}}',
    };
    const ru = {
      phrase: '{count, plural, one {это подключение} other {эти подключения}}',
      shown: '{count, number} {count, plural, one {файл} other {файлов}}',
      inside: '{count, plural, one {# файл} other {# файлов}}',
      left: '{n, plural, =1 {Осталась {n} попытка} few {Осталось {n} попытки} many {Осталось {n} попыток} other {Осталась {n} попытка}}',
    };
    const seen = only(run({ 'en.json': en, 'ru.json': ru }, { syntax: 'icu' }).seen, 'plural-categories').map((s) => s.split(':')[0]);
    expect(seen).toEqual(['plural-categories ru.json shown', 'plural-categories ru.json inside']);
    // `other` with another text than =1's: 21 (one) would read "21 попыток".
    const other = only(run({ 'en.json': en, 'ru.json': { ...ru, left: ru.left.replace('other {Осталась {n} попытка}', 'other {Осталось {n} попыток}') } }, { syntax: 'icu' }).seen, 'plural-categories');
    expect(other.map((s) => s.split(':')[0])).toContain('plural-categories ru.json left');
    // Russian `other` is for fractions: written as the many form beside one and few, it serves 5, 11, 100; and a
    // dative or instrumental plural is one form for few and many.
    const manyAsOther = { 'en.json': { r: '{count} {count, plural, one {reply} other {replies}}', f: 'Share {count, number} {count, plural, one {file} other {files}}' }, 'ru.json': { r: '{count} {count, plural, one {ответ} few {ответа} other {ответов}}', f: 'Поделиться {count, number} {count, plural, one {файлом} other {файлами}}' }, 'pl.json': { r: '{count} {count, plural, one {odpowiedź} other {odpowiedzi}}', f: 'Udostępnij {count, number} {count, plural, one {plikiem} other {plikami}}' } };
    expect(only(run(manyAsOther, { syntax: 'icu' }).seen, 'plural-categories').map((s) => s.split(':')[0])).toEqual(['plural-categories pl.json r', 'plural-categories pl.json f']);
    // An i18next family whose forms do not show {{count}}.
    const i18n = { 'en.json': { obj_one: '{{count}} object', obj_other: '{{count}} objects' }, 'sk.json': { obj_one: 'objekt', obj_other: 'objekty' }, 'cs.json': { obj_one: '{{count}} objekt', obj_other: '{{count}} objektů' } };
    expect(only(run(i18n).seen, 'plural-categories').map((s) => s.split(' ')[1])).toEqual(['cs.json']);
  });
});

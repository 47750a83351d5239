/**
 * canonym locales on what real trees hold: the cases from excalidraw, frigate and mattermost-mobile that were
 * false alarms (issue 13), and the defects only the new checks find. Small trees built here; real excerpts are in
 * test/fixtures/locales-real/ (test/locales-real.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { SeveritySetting } from '../src/diagnostic.ts';
import { checkLocaleTree, catalogueFromText, type LocaleCheckOptions } from '../src/locales/index.ts';
import { createLanguageDetector } from '../src/locales/detect-language.ts';
import { placeFile } from '../src/locales/layout.ts';
import type { Catalogue, LocaleTree } from '../src/locales/model.ts';
import { fixtureIndex } from './helpers.ts';

export function tree(files: Record<string, string | object>): LocaleTree {
  const catalogues: Catalogue[] = [];
  const segments = new Map<string, string>();
  for (const [path, content] of Object.entries(files)) {
    const placement = placeFile(path);
    if ('skip' in placement) throw new Error(`${path}: ${placement.skip}`);
    segments.set(placement.locale, placement.segment);
    const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
    const result = catalogueFromText(path, text, placement.locale, placement.namespace);
    if ('reason' in result) throw new Error(result.reason);
    catalogues.push(result);
  }
  return { dir: '.', catalogues, skipped: [], segments };
}

type Options = Partial<Omit<LocaleCheckOptions, 'index'>> & { severities?: Record<string, SeveritySetting> };

export function run(files: Record<string, string | object>, options: Options = {}) {
  const result = checkLocaleTree(tree(files), { baseLocale: 'en', index: fixtureIndex(), ...options });
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
    // A real misspelling is still reported, in the base and in a translation.
    expect(seen.filter((s) => s.includes('"Kiev"')).map((s) => s.split(' ')[1])).toEqual(['en.json', 'fr.json', 'hu.json']);
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

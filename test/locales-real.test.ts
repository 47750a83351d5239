/**
 * canonym locales on verified excerpts of real trees (test/fixtures/locales-real/, sources in SOURCES.md): the
 * false alarms of issue 13 are gone and the defects it listed are found.
 */
import { describe, expect, it } from 'vitest';
import { checkLocaleTree, loadLocaleTree } from '../src/locales/index.ts';
import { fixture, fixtureIndex } from './helpers.ts';

function check(dir: string, baseLocale = 'en', syntax?: 'icu' | 'i18next') {
  const root = fixture(`locales-real/${dir}`);
  const result = checkLocaleTree(loadLocaleTree(root), { baseLocale, index: fixtureIndex(), ...(syntax ? { syntax } : {}) });
  const all = result.reports.flatMap((r) => r.diagnostics.map((d) => ({ file: r.path.slice(root.length + 1), ...d })));
  const of = (rule: string, file?: string) => all.filter((d) => d.ruleId === rule && (!file || d.file === file));
  return { all, of };
}

describe('excalidraw', () => {
  const { all, of } = check('excalidraw');
  it('runs on a tree with kab-KAB and takes arrowhead_crowfoot_* for shape names, not plurals', () => {
    expect(all.length).toBeGreaterThan(0);
    expect(of('plural-categories').filter((d) => d.message.includes('arrowhead'))).toEqual([]);
  });
  it('reports at most 3 wrong-language findings on nb-NO, nn-NO and az-AZ together', () => {
    expect(of('wrong-language').filter((d) => /^(nb-NO|nn-NO|az-AZ)/.test(d.file)).length).toBeLessThanOrEqual(3);
  });
  it('finds si-LK dropping {filename} and es-ES writing {{mix}} for {{max}}', () => {
    expect(of('placeholder-mismatch', 'si-LK.json').map((d) => d.message)).toContain('toast.fileSavedToFilename: {filename} is missing (en has it)');
    expect(of('placeholder-mismatch', 'es-ES.json')).toEqual([expect.objectContaining({ found: '{{mix}}', expected: '{{max}}' })]);
  });
  it('empty strings are warnings, which do not fail CI', () => {
    expect(of('empty-value').every((d) => d.severity === 'warning')).toBe(true);
  });
});

describe('mattermost-mobile', () => {
  const { of } = check('mattermost-mobile', 'en', 'icu');
  it('finds the Swedish and Norwegian session messages without the plural, and not the Hungarian', () => {
    const files = (rule: string, key: string) => of(rule).filter((d) => d.message.startsWith(`${key}:`)).map((d) => d.file);
    expect(files('plural-structure', 'mobile.session_expired_hrs')).toEqual(['nb_NO.json', 'sv.json']);
    expect(of('plural-structure').filter((d) => d.file === 'hu.json')).toEqual([]);
  });
  it('finds the translated plural keywords of es', () => {
    expect(of('icu-keyword', 'es.json').map((d) => d.found)).toEqual(['un', 'otros']);
  });
});

describe('frigate', () => {
  const { of } = check('frigate');
  it('leaves the language menu and the bird alone', () => {
    const names = ['known-variant', 'locale-form', 'exact-form', 'transliteration-variant', 'suspected-variant', 'inconsistent-name'];
    const found = names.flatMap((r) => of(r)).filter((d) => /common\.json|audio\.json/.test(d.file) && /menu\.language|turkey/.test(d.message));
    expect(found).toEqual([]);
  });
  it('reads Bokmål and Bosnian as themselves, not Danish or Croatian', () => {
    expect(of('wrong-language').filter((d) => /^(nb-NO|bs|hr|da|sr)\//.test(d.file))).toEqual([]);
  });
});

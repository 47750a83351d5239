/** A regional tag checks like its language unless the glossary has the region's own forms. */
import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/checker.ts';
import { resolveLocale } from '../src/text/locale.ts';

const checker = createChecker();
const fixes = (text: string, locale: string) => checker.check(text, { locale }).diagnostics.map((d) => `${d.ruleId} ${d.found} → ${d.fix?.text ?? '(no fix)'}`);

describe('locale tags', () => {
  it('falls back along the tag to a locale the glossary has', () => {
    const available = ['de', 'en', 'sr-Latn', 'sr'];
    expect(resolveLocale('de-AT', available)).toBe('de');
    expect(resolveLocale('de_at', available)).toBe('de');
    expect(resolveLocale('EN-gb', available)).toBe('en');
    expect(resolveLocale('sr-Latn-RS', available)).toBe('sr-Latn');
    expect(resolveLocale('sr-Cyrl', available)).toBe('sr');
    expect(resolveLocale('pt-BR', available)).toBe('pt');
  });

  it('en-GB keeps the fixes that en gives', () => {
    const text = 'Vice-President Vera Yurova met Josep Borrell. Later Borel said the talks went well.';
    const en = fixes(text, 'en');
    expect(en.length).toBeGreaterThan(0);
    expect(en.every((f) => !f.endsWith('(no fix)'))).toBe(true);
    expect(fixes(text, 'en-GB')).toEqual(en);
  });

  it('de-AT finds the spellings that de finds', () => {
    const text = 'Präsident Selenski traf Olaf Scholz in Kiew.';
    const de = fixes(text, 'de');
    expect(de.some((f) => f.includes('Selenski → Selenskyj'))).toBe(true);
    expect(fixes(text, 'de-AT')).toEqual(de);
    expect(checker.fix(text, { locale: 'de-AT' }).output).toBe(checker.fix(text, { locale: 'de' }).output);
  });

  it('localizes into a regional tag with its language’s forms', () => {
    const [deAt] = checker.localize('Josep Borrell visited Kyiv.', { from: 'en-US', to: ['de-AT'] });
    const [de] = checker.localize('Josep Borrell visited Kyiv.', { from: 'en', to: ['de'] });
    expect(deAt!.text).toBe(de!.text);
    expect(deAt!.text).toBe('Josep Borrell visited Kiew.');
    expect(deAt!.locale).toBe('de-AT');
  });
});

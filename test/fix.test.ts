import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check.ts';
import type { Diagnostic } from '../src/diagnostic.ts';
import { applyFixes } from '../src/fix/apply.ts';
import { fixtureIndex } from './helpers.ts';

const fix = (text: string, locale = 'en') => applyFixes(text, checkText(text, { locale, index: fixtureIndex() }).diagnostics).output;

function diag(offset: number, length: number, text: string): Diagnostic {
  return { ruleId: 't', severity: 'error', message: '', line: 1, column: 1, endLine: 1, endColumn: 1, offset, length, found: '', expected: text, entity: null, fix: { offset, length, text } };
}

describe('applyFixes', () => {
  it('applies non-overlapping fixes and nothing else', () => {
    expect(applyFixes('abc def ghi', [diag(8, 3, 'GHI'), diag(0, 3, 'x')]).output).toBe('x def GHI');
  });
  it('keeps one of two identical fixes and refuses a conflicting overlap', () => {
    const result = applyFixes('abcdef', [diag(0, 3, 'X'), diag(0, 3, 'X'), diag(1, 3, 'Y')]);
    expect(result.output).toBe('Xdef');
    expect(result.conflicts).toHaveLength(1);
  });
  it('fixes adjacent spans both (textlint#732 dropped one)', () => {
    expect(applyFixes('ab', [diag(0, 1, 'A'), diag(1, 1, 'B')]).output).toBe('AB');
  });
});

describe('fixing names', () => {
  it('corrects variants, keeps case patterns and possessives, changes no other byte', () => {
    const before = "VERA YUROVA spoke.\r\nJosep Borrell agreed; BOREL's aide\tnodded.  Kiev\u00a0said no.";
    const after = fix(before);
    expect(after).toBe("VĚRA JOUROVÁ spoke.\r\nJosep Borrell agreed; BORRELL's aide\tnodded.  Kyiv\u00a0said no.");
  });
  it('is idempotent: fixing the fixed text changes nothing (the prh#17 trap)', () => {
    const once = fix('Philip Deventer and Vera Yurova met Josep Borel. Deventer left.');
    expect(once).toBe('Filip Dewinter and Věra Jourová met Josep Borrell. Dewinter left.');
    expect(fix(once)).toBe(once);
  });
  it("fixes another locale's form and restores diacritics", () => {
    expect(fix('In Kyiv, Wolodymyr Selenskyj visited Kiew.', 'en')).toBe('In Kyiv, Volodymyr Zelenskyy visited Kyiv.');
    // German keeps the marks of foreign names; English admits them dropped (src/lexicon/bare-forms.ts).
    expect(fix('Vera Jourova besuchte Brüssel.', 'de')).toBe('Věra Jourová besuchte Brüssel.');
    expect(fix('Jean Claude Juncker visited Kyiv.', 'en')).toBe('Jean-Claude Juncker visited Kyiv.');
  });
  it('inflects the fix to the case of the wrong form', () => {
    expect(fix('Кулеба встретился с Жозепом Боррелем. Позже Борелю позвонили из Киева.', 'ru'))
      .toBe('Кулеба встретился с Жозепом Боррелем. Позже Боррелю позвонили из Киева.');
  });
});

/** A hang found by the property tests (fast-check seed 5): mixed-script must always move past a seam. */
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check.ts';
import { fixtureIndex } from './helpers.ts';

describe('mixed-script on random Unicode', () => {
  it('ends on a text where a seam sits after characters the word scan does not take in', () => {
    // The input fast-check found: astral characters, a Latin letter with a mark, a Georgian letter, then Kijów.
    const text = '\u000a\ufef8\u{18980}\u2ea0\u{789e2}\u{398eb}\u{f6caa} \u{1f0ab}\u{118da}\uf952\u{1b2f7}\u{11285}\u1e1a\u2cac\u{168a5}\ufc0be\u0304\ua673\u1e16\u162b\u{10486}\u10d3\u{1f3da}\ua0e9\ua942\u00a0Kij\u00f3w';
    const started = performance.now();
    const result = checkText(text, { locale: 'pl', index: fixtureIndex() });
    expect(performance.now() - started).toBeLessThan(5_000);
    for (const d of result.diagnostics) expect(text.slice(d.offset, d.offset + d.length)).toBe(d.found);
  });

  it('still reports a word that mixes the scripts', () => {
    const result = checkText('Министр Сергей Лавpов прибыл.', { locale: 'ru', index: fixtureIndex() });
    expect(result.diagnostics.filter((d) => d.ruleId === 'mixed-script').map((d) => d.found)).toEqual(['Лавpов']);
  });
});

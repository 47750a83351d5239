import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { buildNameIndex } from '../src/match/name-index.ts';
import { nameMismatch } from '../src/rules/name-mismatch.ts';
import type { RuleSegment } from '../src/rules/rule.ts';

const index = buildNameIndex(loadGlossary());

/** Segments given as [source, target] pairs, joined into one text with a line each (as a bilingual file's targets). */
function run(locale: string, pairs: Array<[string, string]>, sourceLocale = 'en') {
  let text = '';
  const segments: RuleSegment[] = [];
  pairs.forEach(([source, target], n) => {
    segments.push({ id: String(n + 1), source, sourceLocale, start: text.length, end: text.length + target.length });
    text += `${target}\n`;
  });
  return checkText(text, { locale, index, rules: [nameMismatch], segments }).diagnostics;
}

describe('name-mismatch', () => {
  it('reports a name of the source missing from the target, on the target segment, with the form to write', () => {
    const [d, ...rest] = run('de', [['Josep Borrell met Olaf Scholz.', 'Er traf Olaf Scholz.']]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ entity: 'josep-borrell', expected: 'Josep Borrell', found: 'Er traf Olaf Scholz.', offset: 0, fix: null });
  });

  it('accepts the target locale’s form in any case form (inflected Russian, Polish, Czech)', () => {
    expect(run('ru', [['Josep Borrell met Volodymyr Zelenskyy in Kyiv.', 'Жозеп Боррель встретился с Владимиром Зеленским в Киеве.']])).toEqual([]);
    expect(run('pl', [['Josep Borrell met Volodymyr Zelenskyy.', 'Josep Borrell spotkał się z Wołodymyrem Zełenskim.']])).toEqual([]);
    expect(run('cs', [['They talked about Věra Jourová.', 'Mluvili o Věře Jourové.']])).toEqual([]);
  });

  it('accepts a short form in the target for a full name in the source', () => {
    expect(run('de', [['Olaf Scholz spoke.', 'Scholz sprach.']])).toEqual([]);
  });

  it('reports a wrong form of the entity on that form, with the fix', () => {
    const [d] = run('de', [['Volodymyr Zelenskyy spoke.', 'Wolodymyr Selenskyj und Sergey Lavrov sprachen.']]);
    expect(d).toMatchObject({ entity: 'sergey-lavrov', found: 'Sergey Lavrov' }); // the extra name
    const wrong = run('de', [['Sergey Lavrov spoke.', 'Sergey Lavrov sprach.']]);
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatchObject({ found: 'Sergey Lavrov', expected: 'Sergei Lawrow', fix: { text: 'Sergei Lawrow' } });
  });

  it('reports a name in the target that the source does not have (the reverse), once per entity', () => {
    const found = run('de', [['The minister spoke.', 'Olaf Scholz sprach; Scholz lachte.']]);
    expect(found.map((d) => [d.entity, d.found])).toEqual([['olaf-scholz', 'Olaf Scholz']]);
  });

  it('compares segment by segment: a name in another segment does not count', () => {
    const found = run('de', [['Josep Borrell spoke.', 'Er sprach.'], ['He left.', 'Josep Borrell ging.']]);
    expect(found.map((d) => [d.line, d.entity])).toEqual([[1, 'josep-borrell'], [2, 'josep-borrell']]);
  });

  it('reads the source in its own locale (a Russian source, a German target)', () => {
    expect(run('de', [['Сергей Лавров прибыл в Берлин.', 'Sergei Lawrow traf in Berlin ein.']], 'ru')).toEqual([]);
    expect(run('de', [['Сергей Лавров прибыл в Берлин.', 'Der Minister traf in Berlin ein.']], 'ru').map((d) => d.entity)).toEqual(['sergey-lavrov']);
  });

  it('does nothing without segment pairs', () => {
    expect(checkText('Olaf Scholz sprach.', { locale: 'de', index, rules: [nameMismatch] }).diagnostics).toEqual([]);
  });
});

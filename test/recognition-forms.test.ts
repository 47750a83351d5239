/**
 * Issue 10: the forms real news uses. Case forms of places and organisations of several words (pl, cs, ru, uk),
 * Bulgarian definite forms, and acronyms standing beside other capitalised words. Sentences written for this test
 * in the manner of news reports; a small glossary of its own, so that shipped data does not move the results.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inflectName } from '../src/inflect/index.ts';
import { bulgarianDefinite } from '../src/inflect/bg.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { findMentions } from '../src/match/matcher.ts';
import { buildNameIndex, type NameIndex } from '../src/match/name-index.ts';
import { tempDirsRemovedAfterAll } from './helpers.ts';

// Every temp folder a test makes is removed when the file is done.
const newTempDir = tempDirsRemovedAfterAll();

const GLOSSARY = `
- id: united-kingdom
  type: place
  description: country in Europe
  names: { en: United Kingdom, pl: Wielka Brytania, cs: Spojené království, ru: Великобритания, uk: Велика Британія, bg: Обединено кралство }
- id: united-states
  type: place
  description: country in North America
  names: { en: United States, pl: Stany Zjednoczone, cs: Spojené státy, ru: Соединённые Штаты Америки, uk: Сполучені Штати Америки, bg: Съединени американски щати }
  short: { en: US, pl: USA, cs: USA, ru: США, uk: США, bg: САЩ }
- id: north-korea
  type: place
  description: country in Asia
  names: { en: North Korea, pl: Korea Północna, cs: Severní Korea, ru: Северная Корея, uk: Північна Корея, bg: Северна Корея }
- id: european-commission
  type: organisation
  description: executive of the EU
  names: { en: European Commission, pl: Komisja Europejska, cs: Evropská komise, ru: Европейская комиссия, uk: Європейська комісія, bg: Европейска комисия }
- id: germany
  type: place
  description: country in Europe
  names: { en: Germany, pl: Niemcy, cs: Německo, ru: Германия, uk: Німеччина, bg: Германия }
- id: netherlands
  type: place
  description: country in Europe
  names: { en: Netherlands, ru: Нидерланды, uk: Нідерланди }
`;

let index: NameIndex | undefined;
function testIndex(): NameIndex {
  if (index) return index;
  const dir = newTempDir('canonym-recognition-');
  writeFileSync(join(dir, 'entities.yaml'), GLOSSARY);
  return (index = buildNameIndex(loadGlossary({ withoutShipped: true, layers: [dir] }), { generated: false }));
}
const found = (text: string, locale: string) => findMentions(text, testIndex(), { locale }).map((m) => `${m.entity.id}:${m.text}`);
const formsOf = (name: string, locale: string, type: 'place' | 'organisation', c: string) =>
  inflectName({ name, locale, type }).filter((f) => f.case === c).map((f) => f.form);

describe('case forms of places and organisations of several words', () => {
  it('declines an adjective with its head noun, before or after it', () => {
    expect(formsOf('Wielka Brytania', 'pl', 'place', 'genitive')).toEqual(['Wielkiej Brytanii']);
    expect(formsOf('Korea Północna', 'pl', 'place', 'locative')).toEqual(['Korei Północnej']);
    expect(formsOf('Stany Zjednoczone', 'pl', 'place', 'locative')).toEqual(['Stanach Zjednoczonych']);
    expect(formsOf('Spojené státy', 'cs', 'place', 'locative')).toEqual(['Spojených státech']);
    expect(formsOf('Spojené království', 'cs', 'place', 'locative')).toEqual(['Spojeném království']);
    expect(formsOf('Северная Корея', 'ru', 'place', 'genitive')).toEqual(['Северной Кореи']);
    expect(formsOf('Верховна Рада', 'uk', 'organisation', 'locative')).toEqual(['Верховній Раді']);
  });
  it('keeps a genitive or an apposition after the head as it is', () => {
    expect(formsOf('Соединённые Штаты Америки', 'ru', 'place', 'locative')).toEqual(['Соединённых Штатах Америки']);
    expect(formsOf('Organizacja Narodów Zjednoczonych', 'pl', 'organisation', 'genitive')).toEqual(['Organizacji Narodów Zjednoczonych']);
  });
  it('gives listed plural places their own forms', () => {
    expect(formsOf('Niemcy', 'pl', 'place', 'locative')).toEqual(['Niemczech']);
    expect(formsOf('Włochy', 'pl', 'place', 'locative')).toEqual(['Włoszech']);
    expect(formsOf('Нидерланды', 'ru', 'place', 'locative')).toEqual(['Нидерландах']);
  });
  it('refuses what it cannot read: a conjunction, a phrase with no noun head, other entities', () => {
    expect(inflectName({ name: 'Prawo i Sprawiedliwość', locale: 'pl', type: 'organisation' })).toEqual([]);
    expect(inflectName({ name: 'Biała Podlaska', locale: 'pl', type: 'place' })).toEqual([]); // two adjectives, no noun
    expect(inflectName({ name: 'Brexit', locale: 'pl', type: 'other' })).toEqual([]);
  });
  it('finds the case forms in news sentences', () => {
    expect(found('Premier spotkał się w Wielkiej Brytanii z przedstawicielami Stanów Zjednoczonych.', 'pl')).toEqual([
      'united-kingdom:Wielkiej Brytanii', 'united-states:Stanów Zjednoczonych',
    ]);
    expect(found('Velvyslanec Spojených států ve Spojeném království podal demisi.', 'cs')).toEqual([
      'united-states:Spojených států', 'united-kingdom:Spojeném království',
    ]);
    expect(found('Ракета, запущенная из Северной Кореи, упала в море; в Нидерландах созвали совещание.', 'ru')).toEqual([
      'north-korea:Северной Кореи', 'netherlands:Нидерландах',
    ]);
    expect(found('Канцлер заявил в Німеччині, що Європейській комісії потрібно більше часу.', 'uk')).toEqual([
      'germany:Німеччині', 'european-commission:Європейській комісії',
    ]);
  });
});

describe('Bulgarian definite forms', () => {
  it('puts the article on the first word of a name with a common-noun head', () => {
    expect(bulgarianDefinite('Обединено кралство', 'place')).toEqual(['Обединеното кралство']);
    expect(bulgarianDefinite('Европейска комисия', 'organisation')).toEqual(['Европейската комисия']);
    expect(bulgarianDefinite('Съединени американски щати', 'place')).toEqual(['Съединените американски щати']);
  });
  it('gives none to one-word places and to names whose head is a name', () => {
    expect(bulgarianDefinite('Германия', 'place')).toEqual([]);
    expect(bulgarianDefinite('Северна Корея', 'place')).toEqual([]);
    expect(bulgarianDefinite('Асошиейтед прес', 'organisation')).toEqual([]);
  });
  it('finds them in news sentences, and not a demonym', () => {
    expect(found('Премиерът на Обединеното кралство разговаря с Европейската комисия, а британците чакат.', 'bg')).toEqual([
      'united-kingdom:Обединеното кралство', 'european-commission:Европейската комисия',
    ]);
  });
});

describe('acronyms beside other capitalised words', () => {
  it('counts a right acronym after a capitalised noun or before a name', () => {
    expect(found('Госсекретарь США Майк Помпео выступил в Конгрессе США.', 'ru')).toEqual(['united-states:США', 'united-states:США']);
  });
  it('leaves an acronym joined by a hyphen to a longer word alone', () => {
    expect(found('Der Kurs fiel auf 1,05 US-Dollar.', 'de')).toEqual([]);
  });
});

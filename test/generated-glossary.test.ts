import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/check.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import type { EntityInput } from '../src/glossary/schema.ts';
import { buildNameIndex } from '../src/match/name-index.ts';
import { CITIES_FILE, GENERATED_DIR, generateGlossary, readCurated, runningForm, TERRITORIES_FILE } from '../scripts/generate-glossary.ts';

const generated = generateGlossary();
const committed = (name: string) => readFileSync(join(GENERATED_DIR, name), 'utf8');
const entitiesOf = (name: string) => parse(committed(name)) as EntityInput[];
const glossary = loadGlossary();
const index = buildNameIndex(glossary);
const mentions = (text: string, locale: string) => checkText(text, { locale, index }).mentions.map((m) => `${m.entity.id} ${m.text}`);
const diagnostics = (text: string, locale: string) => checkText(text, { locale, index }).diagnostics.map((d) => `${d.ruleId} ${d.found}`);

describe('the generated glossary layer (CLDR)', () => {
  it('is what the installed CLDR packages and the curated files give today (run `npm run glossary:generate` if not)', () => {
    expect(generated.files[TERRITORIES_FILE]).toBe(committed(TERRITORIES_FILE));
    expect(generated.files[CITIES_FILE]).toBe(committed(CITIES_FILE));
  });

  it('says in each file that it is generated, from which packages and versions', () => {
    for (const name of [TERRITORIES_FILE, CITIES_FILE]) {
      expect(committed(name)).toMatch(/^# GENERATED FILE — do not edit by hand/);
      expect(committed(name)).toMatch(/cldr-(localenames|dates)-full@\d+\.\d+\.\d+/);
    }
    for (const e of [...entitiesOf(TERRITORIES_FILE), ...entitiesOf(CITIES_FILE)]) {
      expect(e.sources?.some((s) => /^https:\/\/github\.com\/unicode-org\/cldr-json\/blob\/\d/.test(s)), e.id).toBe(true);
    }
  });

  it('generates no entity the curated files hold, and no id twice', () => {
    const curatedIds = new Set(readCurated().map((c) => c.input.id));
    const ids = [...entitiesOf(TERRITORIES_FILE), ...entitiesOf(CITIES_FILE)].map((e) => e.id);
    expect(ids.filter((id) => curatedIds.has(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of generated.report.skippedCurated.map((s) => s.id)) expect(curatedIds.has(id)).toBe(true);
    // Belgium, Kyiv, the country Georgia: the curated entities, not a generated second one.
    expect(generated.report.skippedCurated).toEqual(expect.arrayContaining([
      { code: 'BE', id: 'belgium' }, { code: 'Europe/Kiev', id: 'kyiv' }, { code: 'GE', id: 'georgia-country' },
    ]));
  });

  it('finds every generated canonical form, alone in its locale, as its own entity and reports nothing', () => {
    const wrong: string[] = [];
    for (const e of [...entitiesOf(TERRITORIES_FILE), ...entitiesOf(CITIES_FILE)]) {
      for (const [locale, form] of Object.entries(e.names ?? {}) as [string, string][]) {
        const result = checkText(`— ${form} —`, { locale, index });
        if (!result.mentions.some((m) => m.entity.id === e.id && m.text === form) || result.diagnostics.length) {
          wrong.push(`${e.id} ${locale} "${form}": ${result.mentions.map((m) => `${m.entity.id}:${m.text}`).join(', ')} ${result.diagnostics.map((d) => d.ruleId).join(', ')}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('turns CLDR menu labels into running-text names, or into nothing', () => {
    expect(runningForm('TT', 'en', 'Trinidad & Tobago')).toBe('Trinidad and Tobago');
    expect(runningForm('LC', 'en', 'St. Lucia')).toBe('Saint Lucia');
    expect(runningForm('FO', 'ru', 'Фарерские о-ва')).toBe('Фарерские острова');
    expect(runningForm('IM', 'ru', 'о-в Мэн')).toBe('остров Мэн');
    expect(runningForm('MM', 'fr', 'Myanmar (Birmanie)')).toBe('Myanmar');
    expect(runningForm('MM', 'uk', 'Мʼянма (Бірма)')).toBe('М’янма');
    expect(runningForm('IS', 'de', 'Reyk\u00adja\u00advík')).toBe('Reykjavík');
    expect(runningForm('VI', 'ru', 'Виргинские о-ва (США)')).toBeUndefined();
    expect(runningForm('CD', 'en', 'Congo - Kinshasa')).toBeUndefined();
    expect(runningForm('BS', 'nl', 'Bahama’s')).toBeUndefined();
    expect(runningForm('LC', 'de', 'St. Lucia')).toBeUndefined();
  });
});

describe('generated names in real-shaped sentences', () => {
  it('knows countries in the nominative in each locale', () => {
    expect(mentions('Talks resumed in Singapore on Monday.', 'en')).toContain('singapore Singapore');
    expect(mentions('Premier Nowej Zelandii i rząd: Nowa Zelandia zamyka granice.', 'pl')).toContain('new-zealand Nowa Zelandia');
    expect(mentions('Нова Зеландия затваря границите си.', 'bg')).toContain('new-zealand Нова Зеландия');
    expect(mentions('Нова Зеландія закриває кордони.', 'uk')).toContain('new-zealand Нова Зеландія');
    expect(mentions('Neuseeland schließt seine Grenzen.', 'de')).toContain('new-zealand Neuseeland');
    expect(mentions('La Nouvelle-Zélande ferme ses frontières.', 'fr')).toContain('new-zealand Nouvelle-Zélande');
    expect(mentions('Prezydent Chile Gabriel Boric przyleciał do Madrytu.', 'pl')).toContain('chile Chile');
    expect(mentions('Президент Чили прибыл в Мадрид.', 'ru')).toContain('chile Чили');
    expect(mentions('Trinidad and Tobago and Saint Lucia voted against.', 'en')).toEqual(expect.arrayContaining(['trinidad-and-tobago Trinidad and Tobago', 'saint-lucia Saint Lucia']));
    expect(mentions('Острова Кука и Фарерские острова.', 'ru')).toEqual(expect.arrayContaining(['faroe-islands Фарерские острова']));
  });

  it('knows time-zone cities, and their territory is not mistaken for them', () => {
    expect(mentions('Flights from Lagos to Johannesburg were cancelled.', 'en')).toEqual(['lagos Lagos', 'johannesburg Johannesburg']);
    expect(mentions('Die Polizei in Ulaanbaatar.', 'de')).toEqual(['ulaanbaatar Ulaanbaatar']);
    // Panama City and Kuwait City share the country's name in CLDR: the name stays with the country.
    expect(mentions('Panama closed the canal.', 'en')).toEqual(['panama Panama']);
  });

  it('writes press forms where CLDR has a menu label, and admits CLDR alternatives without a report', () => {
    expect(mentions('Casinos in Macau reopened.', 'en')).toEqual(['macau Macau']);
    expect(diagnostics('Casinos in Macao reopened. Ivory Coast beat Cabo Verde.', 'en')).toEqual([]);
    expect(diagnostics('Swaziland held elections.', 'en')).toEqual([]);
    expect(diagnostics('Elections in Republic of Congo. A strike in St Lucia.', 'en')).toEqual([]);
    expect(mentions('Elections in Republic of Congo. A strike in St Lucia.', 'en')).toEqual(['republic-of-the-congo Republic of Congo', 'saint-lucia St Lucia']);
    // Admitted, not the same as canonical: two spellings in one text are still an inconsistency.
    expect(diagnostics('Swaziland, now Eswatini, held elections.', 'en')).toEqual(['inconsistent-name Swaziland']);
    expect(mentions('The Republic of the Congo and Côte d’Ivoire signed.', 'en')).toEqual(['republic-of-the-congo Republic of the Congo', 'cote-d-ivoire Côte d’Ivoire']);
  });

  it('leaves out cities whose name is an ordinary word (Resolute, Oral)', () => {
    expect(mentions('Resolute action is needed. Oral arguments begin today.', 'en')).toEqual([]);
    expect(generated.report.cityWords.some((w) => w.startsWith('America/Resolute'))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { findMentions } from '../src/match/matcher.ts';
import { loadGlossary } from '../src/glossary/load.ts';
import { buildNameIndex } from '../src/match/name-index.ts';
import { checkText } from '../src/check.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDirsRemovedAfterAll } from './helpers.ts';

// Every temp folder a test makes is removed when the file is done.
const newTempDir = tempDirsRemovedAfterAll();

// Forms of real news (issue 10 §2) recognised as their entity with the shipped glossary.
const index = buildNameIndex(loadGlossary());
const found = (text: string, locale: string) => findMentions(text, index, { locale }).map((m) => `${m.text}=${m.entity.id}`);

describe('recognition of the case forms of places in real news', () => {
  it('recognises the genitive a paradigm cannot choose (Бахмута or Іраку), without writing it', () => {
    expect(found('Бої в районах Бахмута тривають.', 'uk')).toContain('Бахмута=bakhmut');
    expect(found('Зеленський прибув до Брюсселя, щоб отримати підтримку.', 'uk')).toContain('Брюсселя=brussels');
    expect(['Бахмута', 'Бахмуту']).not.toContain(index.formFor(index.glossary.entities.get('bakhmut')!, 'uk', false, 'genitive'));
  });
  it('recognises every form of a case, not only the first (Майку Пенсу beside Майкові Пенсу)', () => {
    expect(found('Він подзвонив Майку Пенсу.', 'uk')).toContain('Майку Пенсу=mike-pence');
  });
  it('declines -ство neuters, Схід, soft and -s places', () => {
    expect(found('Меры для защиты Соединенного Королевства.', 'ru')).toContain('Соединенного Королевства=united-kingdom');
    expect(found('Стабільність Близького Сходу.', 'uk')).toContain('Близького Сходу=middle-east');
    expect(found('Architekt vlády Nového Jižního Walesu.', 'cs')).toContain('Nového Jižního Walesu=new-south-wales');
  });
  it('takes Британия and Británie for the United Kingdom, and a genitive after a capital for a complement', () => {
    expect(found('Политика Британии не изменится.', 'ru')).toContain('Британии=united-kingdom');
    expect(found('Od nezávislosti na Británii v roce 1947.', 'cs')).toContain('Británii=united-kingdom');
    expect(found('Так, Банк России снижает ставку.', 'ru')).toContain('России=russia');
  });
});

const reports = (text: string, locale: string) => checkText(text, { locale, index }).diagnostics.map((d) => `${d.ruleId}: ${d.found}`);

describe('German case forms in real news', () => {
  it('recognises the genitive -s of persons and places', () => {
    expect(found('Die Politik Trumps und die Rede Putins.', 'de')).toEqual(expect.arrayContaining(['Trumps=donald-trump', 'Putins=vladimir-putin']));
    expect(found('Die Wirtschaft Deutschlands und die Drohungen des Irans.', 'de')).toEqual(expect.arrayContaining(['Deutschlands=germany', 'Irans=iran']));
    expect(found('Macrons Plan und Borrells Rede.', 'de')).toEqual(expect.arrayContaining(['Macrons=emmanuel-macron', 'Borrells=josep-borrell']));
  });
  it('recognises names whose adjectives decline', () => {
    expect(found('Der Präsident der Vereinigten Staaten sprach mit den Vereinigten Arabischen Emiraten.', 'de')).toEqual(
      expect.arrayContaining(['Vereinigten Staaten=united-states', 'Vereinigten Arabischen Emiraten=united-arab-emirates']),
    );
    expect(found('Die Regierung des Vereinigten Königreichs und der Europäischen Union.', 'de')).toEqual(
      expect.arrayContaining(['Vereinigten Königreichs=united-kingdom', 'Europäischen Union=european-union']),
    );
  });
  it('reports none of them and writes only the nominative', () => {
    expect(reports('Die Politik Trumps, die Wirtschaft Deutschlands und der Präsident der Vereinigten Staaten.', 'de')).toEqual([]);
    expect(index.formFor(index.glossary.entities.get('united-states')!, 'de', false, 'genitive')).toBe('Vereinigte Staaten');
  });
  it('keeps the Slavic case forms that fold like the nominative (Libią beside Libia)', () => {
    expect(findMentions('Polska podpisała umowę z Libią.', index, { locale: 'pl' }).map((m) => `${m.text}:${m.exact}`)).toContain('Libią:true');
  });
  it('takes no German genitive in another language, nor a surname that is a word', () => {
    expect(found('The Trumps arrived at the White House.', 'en')).not.toContain('Trumps=donald-trump');
    expect(found('Het beleid van Putins regering.', 'nl')).not.toContain('Putins=vladimir-putin');
    expect(found('Zbigniew Rau sprach. Dann ging er raus, Raus aus der Stadt.', 'de').filter((m) => m.startsWith('Raus') || m.startsWith('raus'))).toEqual([]);
    expect(found('Heinz Fischer sprach. Der Kahn des Fischers lag am Ufer.', 'de')).not.toContain('Fischers=heinz-fischer');
  });
});

describe('Czech possessive adjectives in real news', () => {
  it('recognises them as the person, and reports none', () => {
    expect(found('Trumpova administrativa odmítla Putinových slov.', 'cs')).toEqual(expect.arrayContaining(['Trumpova=donald-trump', 'Putinových=vladimir-putin']));
    expect(found('Podle Babišova návrhu vláda rozhodla.', 'cs')).toContain('Babišova=andrej-babis');
    expect(reports('Trumpova administrativa odmítla Putinových slov a Babišova vláda mlčí.', 'cs')).toEqual([]);
  });
  it('leaves a surname two men share to context, as its nominative (Johnsonova dohoda of Mike Johnson)', () => {
    const johnsons = [...index.glossary.entities.values()].filter((e) => e.type === 'person' && /\bJohnson$/u.test(e.names.cs?.[0] ?? ''));
    expect(johnsons.length).toBeGreaterThan(1);
    expect(found('Zastává názor, že Johnsonova dohoda má příliš vysoké číslo.', 'cs').filter((m) => m.startsWith('Johnsonova='))).toEqual([]);
    expect(found('Boris Johnson odstoupil. Johnsonova vláda padla.', 'cs')).toContain('Johnsonova=boris-johnson');
  });
  it('takes no woman’s -ová surname for a possessive', () => {
    expect(found('Babišová řekla, že Babišové se to nelíbí.', 'cs').filter((m) => m.endsWith('=andrej-babis'))).toEqual([]);
    const possessives = findMentions('Ministryně Nováková a paní Babišová odmítly.', index, { locale: 'cs' }).filter((m) => m.surface.possessive);
    expect(possessives).toEqual([]);
    expect(reports('Babišová řekla, že Babišové se to nelíbí.', 'cs')).toEqual([]);
  });
});

describe('a possessive beside a woman of the same surname in the glossary', () => {
  const dir = newTempDir('canonym-possessive-');
  writeFileSync(
    join(dir, 'people.yaml'),
    [
      '- id: petr-dvorak-test', '  type: person', '  gender: male', '  description: Czech test person', '  names:', '    cs: Petr Dvořák', '  sources:', '    - https://example.org/a',
      '- id: jana-dvorakova-test', '  type: person', '  gender: female', '  description: Czech test person', '  names:', '    cs: Jana Dvořáková', '  sources:', '    - https://example.org/b',
    ].join('\n') + '\n',
  );
  const small = buildNameIndex(loadGlossary({ withoutShipped: true, layers: [dir] }));
  const inSmall = (text: string) => findMentions(text, small, { locale: 'cs' }).map((m) => `${m.text}=${m.entity.id}`);
  it('takes the woman’s surname for her, the possessive as spelt for him once he is named', () => {
    expect(inSmall('Ministryně Dvořáková odmítla návrh.')).toEqual(['Dvořáková=jana-dvorakova-test']);
    expect(inSmall('Petr Dvořák mluvil. Dvořákova vláda padla.')).toContain('Dvořákova=petr-dvorak-test');
    expect(inSmall('Petr Dvořák mluvil. Dvořákova vláda padla.')).not.toContain('Dvořákova=jana-dvorakova-test');
  });
});

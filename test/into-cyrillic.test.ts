/**
 * Practical transcription of Latin-script names into Russian, Ukrainian and Bulgarian Cyrillic
 * (src/translit/into-cyrillic/).
 *
 * Facts: names of persons and places as each target language's Wikipedia (and, for the glossary's people, the
 * glossary's verified canonical forms) writes them. Names whose Cyrillic form is traditional rather than
 * transcribed (Париж, Гаага, Мехико) are left out of the facts, except where a scheme lists them as whole-word
 * exceptions. The round-trip rows come from /work/shared/research/into-cyrillic-practical-transcription.md §2.
 *
 * The measurement at the end runs every glossary person with a Latin-script native form through the scheme of its
 * native language and counts exact agreement with the glossary's ru / uk / bg canonical forms.
 */
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/glossary/load.ts';
import { transliterate } from '../src/translit/engine.ts';
import { INTO_CYRILLIC_SCHEMES, intoCyrillicScheme } from '../src/translit/into-cyrillic/index.ts';
import type { Scheme } from '../src/translit/types.ts';

type Target = 'ru' | 'uk' | 'bg';
type Fact = readonly [latin: string, cyrillic: string];
const TARGETS: readonly Target[] = ['ru', 'uk', 'bg'];
const SOURCES = ['cs', 'de', 'nl', 'fr', 'ca', 'es', 'it', 'pl', 'en'] as const;

function scheme(source: string, target: string): Scheme {
  const s = intoCyrillicScheme(source, target);
  if (!s) throw new Error(`no scheme ${source}>${target}`);
  return s;
}

const FACTS: Record<(typeof SOURCES)[number], Record<Target, readonly Fact[]>> = {
  cs: {
    ru: [
      ['Věra Jourová', 'Вера Йоурова'],
      ['Andrej Babiš', 'Андрей Бабиш'],
      ['Petr Fiala', 'Петр Фиала'],
      ['Petr Pavel', 'Петр Павел'],
      ['Václav Havel', 'Вацлав Гавел'],
      ['Karel Čapek', 'Карел Чапек'],
      ['Bohumil Hrabal', 'Богумил Грабал'],
      ['Milan Kundera', 'Милан Кундера'],
      ['Antonín Dvořák', 'Антонин Дворжак'],
      ['Jaroslav Hašek', 'Ярослав Гашек'],
      ['Věra Čáslavská', 'Вера Чаславская'],
      ['Brno', 'Брно'],
      ['Ostrava', 'Острава'],
      ['Pardubice', 'Пардубице'],
      ['Jihlava', 'Йиглава'],
      ['Třebíč', 'Тршебич'],
    ],
    uk: [
      ['Věra Jourová', 'Вера Йоурова'],
      ['Andrej Babiš', 'Андрей Бабіш'],
      ['Petr Pavel', 'Петр Павел'],
      ['Václav Havel', 'Вацлав Гавел'],
      ['Karel Čapek', 'Карел Чапек'],
      ['Milan Kundera', 'Мілан Кундера'],
      ['Antonín Dvořák', 'Антонін Дворжак'],
      ['Jaroslav Hašek', 'Ярослав Гашек'],
      ['Brno', 'Брно'],
      ['Ostrava', 'Острава'],
      ['Jihlava', 'Їглава'],
    ],
    bg: [
      ['Věra Jourová', 'Вера Йоурова'],
      ['Andrej Babiš', 'Андрей Бабиш'],
      ['Petr Fiala', 'Петър Фиала'],
      ['Václav Havel', 'Вацлав Хавел'],
      ['Karel Čapek', 'Карел Чапек'],
      ['Milan Kundera', 'Милан Кундера'],
      ['Antonín Dvořák', 'Антонин Дворжак'],
      ['Jaroslav Hašek', 'Ярослав Хашек'],
      ['Brno', 'Бърно'],
      ['Ostrava', 'Острава'],
    ],
  },
  de: {
    ru: [
      ['Ursula von der Leyen', 'Урсула фон дер Ляйен'],
      ['Olaf Scholz', 'Олаф Шольц'],
      ['Angela Merkel', 'Ангела Меркель'],
      ['Gerhard Schröder', 'Герхард Шрёдер'],
      ['Friedrich Merz', 'Фридрих Мерц'],
      ['Frank-Walter Steinmeier', 'Франк-Вальтер Штайнмайер'],
      ['Annalena Baerbock', 'Анналена Бербок'],
      ['Robert Habeck', 'Роберт Хабек'],
      ['Christian Lindner', 'Кристиан Линднер'],
      ['München', 'Мюнхен'],
      ['Köln', 'Кёльн'],
      ['Düsseldorf', 'Дюссельдорф'],
      ['Nürnberg', 'Нюрнберг'],
      ['Bremen', 'Бремен'],
      ['Berlin', 'Берлин'],
      ['Wolfsburg', 'Вольфсбург'],
    ],
    uk: [
      ['Ursula von der Leyen', 'Урсула фон дер Ляєн'],
      ['Olaf Scholz', 'Олаф Шольц'],
      ['Angela Merkel', 'Ангела Меркель'],
      ['Gerhard Schröder', 'Герхард Шредер'],
      ['Friedrich Merz', 'Фрідріх Мерц'],
      ['Frank-Walter Steinmeier', 'Франк-Вальтер Штайнмаєр'],
      ['Annalena Baerbock', 'Анналена Бербок'],
      ['Robert Habeck', 'Роберт Габек'],
      ['München', 'Мюнхен'],
      ['Köln', 'Кельн'],
      ['Düsseldorf', 'Дюссельдорф'],
      ['Berlin', 'Берлін'],
    ],
    bg: [
      ['Ursula von der Leyen', 'Урсула фон дер Лайен'],
      ['Olaf Scholz', 'Олаф Шолц'],
      ['Angela Merkel', 'Ангела Меркел'],
      ['Gerhard Schröder', 'Герхард Шрьодер'],
      ['Friedrich Merz', 'Фридрих Мерц'],
      ['Frank-Walter Steinmeier', 'Франк-Валтер Щайнмайер'],
      ['Robert Habeck', 'Роберт Хабек'],
      ['München', 'Мюнхен'],
      ['Köln', 'Кьолн'],
      ['Düsseldorf', 'Дюселдорф'],
      ['Berlin', 'Берлин'],
      ['Nürnberg', 'Нюрнберг'],
    ],
  },
  nl: {
    ru: [
      ['Mark Rutte', 'Марк Рютте'],
      ['Frans Timmermans', 'Франс Тиммерманс'],
      ['Wopke Hoekstra', 'Вопке Хукстра'],
      ['Filip Dewinter', 'Филип Девинтер'],
      ['Geert Wilders', 'Герт Вилдерс'],
      ['Dick Schoof', 'Дик Схоф'],
      ['Jeroen Dijsselbloem', 'Йерун Дейсселблум'],
      ['Alexander De Croo', 'Александр Де Кро'],
      ['Amsterdam', 'Амстердам'],
      ['Rotterdam', 'Роттердам'],
      ['Utrecht', 'Утрехт'],
      ['Leiden', 'Лейден'],
      ['Groningen', 'Гронинген'],
      ['Antwerpen', 'Антверпен'],
      ['Eindhoven', 'Эйндховен'],
      ['Leuven', 'Лёвен'],
    ],
    uk: [
      ['Mark Rutte', 'Марк Рютте'],
      ['Frans Timmermans', 'Франс Тіммерманс'],
      ['Wopke Hoekstra', 'Вопке Гукстра'],
      ['Geert Wilders', 'Герт Вілдерс'],
      ['Amsterdam', 'Амстердам'],
      ['Rotterdam', 'Роттердам'],
      ['Utrecht', 'Утрехт'],
      ['Antwerpen', 'Антверпен'],
      ['Groningen', 'Гронінген'],
      ['Eindhoven', 'Ейндговен'],
    ],
    bg: [
      ['Mark Rutte', 'Марк Рюте'],
      ['Frans Timmermans', 'Франс Тимерманс'],
      ['Wopke Hoekstra', 'Вопке Хукстра'],
      ['Bart De Wever', 'Барт Де Вевер'],
      ['Geert Wilders', 'Герт Вилдерс'],
      ['Amsterdam', 'Амстердам'],
      ['Rotterdam', 'Ротердам'],
      ['Utrecht', 'Утрехт'],
      ['Antwerpen', 'Антверпен'],
    ],
  },
  fr: {
    ru: [
      ['Charles Michel', 'Шарль Мишель'],
      ['Thierry Breton', 'Тьерри Бретон'],
      ['Emmanuel Macron', 'Эмманюэль Макрон'],
      ['Émile Borel', 'Эмиль Борель'],
      ['Jacques Chirac', 'Жак Ширак'],
      ['François Hollande', 'Франсуа Олланд'],
      ['Gérard Depardieu', 'Жерар Депардьё'],
      ['Claude Monet', 'Клод Моне'],
      ['Édith Piaf', 'Эдит Пиаф'],
      ['Albert Camus', 'Альбер Камю'],
      ['Marine Le Pen', 'Марин Ле Пен'],
      ['Bordeaux', 'Бордо'],
      ['Nantes', 'Нант'],
      ['Toulon', 'Тулон'],
      ['Calais', 'Кале'],
      ['Dijon', 'Дижон'],
      ['Rennes', 'Ренн'],
      ['Grenoble', 'Гренобль'],
      ['Liège', 'Льеж'],
      ['Strasbourg', 'Страсбург'],
    ],
    uk: [
      ['Charles Michel', 'Шарль Мішель'],
      ['Thierry Breton', 'Тьєррі Бретон'],
      ['Emmanuel Macron', 'Емманюель Макрон'],
      ['Émile Borel', 'Еміль Борель'],
      ['Didier Reynders', 'Дідьє Рейндерс'],
      ['François Hollande', 'Франсуа Олланд'],
      ['Gérard Depardieu', 'Жерар Депардьє'],
      ['Claude Monet', 'Клод Моне'],
      ['Albert Camus', 'Альбер Камю'],
      ['Bordeaux', 'Бордо'],
      ['Toulon', 'Тулон'],
      ['Liège', 'Льєж'],
      ['Dijon', 'Діжон'],
    ],
    bg: [
      ['Charles Michel', 'Шарл Мишел'],
      ['Thierry Breton', 'Тиери Бретон'],
      ['Emmanuel Macron', 'Еманюел Макрон'],
      ['François Hollande', 'Франсоа Оланд'],
      ['Jacques Chirac', 'Жак Ширак'],
      ['Gérard Depardieu', 'Жерар Депардийо'],
      ['Claude Monet', 'Клод Моне'],
      ['Albert Camus', 'Албер Камю'],
      ['Bordeaux', 'Бордо'],
      ['Nantes', 'Нант'],
      ['Liège', 'Лиеж'],
      ['Grenoble', 'Гренобъл'],
    ],
  },
  ca: {
    ru: [
      ['Josep Borrell', 'Жозеп Боррель'],
      ['Carles Puigdemont', 'Карлес Пучдемон'],
      ['Pere Aragonès', 'Пере Арагонес'],
      ['Salvador Illa', 'Сальвадор Илья'],
      ['Joan Miró', 'Жоан Миро'],
      ['Antoni Gaudí', 'Антони Гауди'],
      ['Jordi Pujol', 'Жорди Пужоль'],
      ['Girona', 'Жирона'],
      ['Tarragona', 'Таррагона'],
      ['Sabadell', 'Сабадель'],
      ['Badalona', 'Бадалона'],
      ['Lleida', 'Льейда'],
    ],
    uk: [
      ['Josep Borrell', 'Жозеп Боррель'],
      ['Carles Puigdemont', 'Карлес Пучдемон'],
      ['Pere Aragonès', 'Пере Арагонес'],
      ['Joan Miró', 'Жоан Міро'],
      ['Antoni Gaudí', 'Антоні Гауді'],
      ['Jordi Pujol', 'Жорді Пужоль'],
      ['Tarragona', 'Таррагона'],
      ['Sabadell', 'Сабадель'],
      ['Badalona', 'Бадалона'],
    ],
    bg: [
      ['Josep Borrell', 'Жозеп Борел'],
      ['Carles Puigdemont', 'Карлес Пучдемон'],
      ['Pere Aragonès', 'Пере Арагонес'],
      ['Joan Miró', 'Жоан Миро'],
      ['Antoni Gaudí', 'Антони Гауди'],
      ['Jordi Pujol', 'Жорди Пужол'],
      ['Girona', 'Жирона'],
      ['Tarragona', 'Тарагона'],
      ['Sabadell', 'Сабадел'],
      ['Badalona', 'Бадалона'],
    ],
  },
  es: {
    ru: [
      ['Pedro Sánchez', 'Педро Санчес'],
      ['Mariano Rajoy', 'Мариано Рахой'],
      ['Felipe González', 'Фелипе Гонсалес'],
      ['José Luis Rodríguez Zapatero', 'Хосе Луис Родригес Сапатеро'],
      ['Pablo Picasso', 'Пабло Пикассо'],
      ['Miguel de Cervantes', 'Мигель де Сервантес'],
      ['Salvador Dalí', 'Сальвадор Дали'],
      ['Rafael Nadal', 'Рафаэль Надаль'],
      ['Madrid', 'Мадрид'],
      ['Barcelona', 'Барселона'],
      ['Valencia', 'Валенсия'],
      ['Sevilla', 'Севилья'],
      ['Málaga', 'Малага'],
      ['Bilbao', 'Бильбао'],
      ['Zaragoza', 'Сарагоса'],
      ['Granada', 'Гранада'],
    ],
    uk: [
      ['Pedro Sánchez', 'Педро Санчес'],
      ['Mariano Rajoy', 'Маріано Рахой'],
      ['Felipe González', 'Феліпе Гонсалес'],
      ['José Luis Rodríguez Zapatero', 'Хосе Луїс Родрігес Сапатеро'],
      ['Pablo Picasso', 'Пабло Пікассо'],
      ['Miguel de Cervantes', 'Мігель де Сервантес'],
      ['Salvador Dalí', 'Сальвадор Далі'],
      ['Rafael Nadal', 'Рафаель Надаль'],
      ['Valencia', 'Валенсія'],
      ['Sevilla', 'Севілья'],
      ['Málaga', 'Малага'],
      ['Bilbao', 'Більбао'],
    ],
    bg: [
      ['Pedro Sánchez', 'Педро Санчес'],
      ['Mariano Rajoy', 'Мариано Рахой'],
      ['Felipe González', 'Фелипе Гонсалес'],
      ['Pablo Picasso', 'Пабло Пикасо'],
      ['Miguel de Cervantes', 'Мигел де Сервантес'],
      ['Salvador Dalí', 'Салвадор Дали'],
      ['Rafael Nadal', 'Рафаел Надал'],
      ['Madrid', 'Мадрид'],
      ['Barcelona', 'Барселона'],
      ['Valencia', 'Валенсия'],
      ['Sevilla', 'Севиля'],
      ['Málaga', 'Малага'],
      ['Bilbao', 'Билбао'],
    ],
  },
  it: {
    ru: [
      ['Paolo Gentiloni', 'Паоло Джентилони'],
      ['Giorgia Meloni', 'Джорджа Мелони'],
      ['David Sassoli', 'Давид Сассоли'],
      ['Sergio Mattarella', 'Серджо Маттарелла'],
      ['Matteo Renzi', 'Маттео Ренци'],
      ['Silvio Berlusconi', 'Сильвио Берлускони'],
      ['Mario Draghi', 'Марио Драги'],
      ['Matteo Salvini', 'Маттео Сальвини'],
      ['Luciano Pavarotti', 'Лучано Паваротти'],
      ['Bologna', 'Болонья'],
      ['Verona', 'Верона'],
      ['Palermo', 'Палермо'],
      ['Perugia', 'Перуджа'],
      ['Ravenna', 'Равенна'],
      ['Pisa', 'Пиза'],
    ],
    uk: [
      ['Paolo Gentiloni', 'Паоло Джентілоні'],
      ['Giorgia Meloni', 'Джорджа Мелоні'],
      ['David Sassoli', 'Давид Сассолі'],
      ['Sergio Mattarella', 'Серджо Маттарелла'],
      ['Matteo Renzi', 'Маттео Ренці'],
      ['Silvio Berlusconi', 'Сільвіо Берлусконі'],
      ['Mario Draghi', 'Маріо Драгі'],
      ['Bologna', 'Болонья'],
      ['Verona', 'Верона'],
      ['Palermo', 'Палермо'],
      ['Perugia', 'Перуджа'],
      ['Pisa', 'Піза'],
    ],
    bg: [
      ['Paolo Gentiloni', 'Паоло Джентилони'],
      ['Giorgia Meloni', 'Джорджа Мелони'],
      ['David Sassoli', 'Давид Сасоли'],
      ['Sergio Mattarella', 'Серджо Матарела'],
      ['Matteo Renzi', 'Матео Ренци'],
      ['Silvio Berlusconi', 'Силвио Берлускони'],
      ['Mario Draghi', 'Марио Драги'],
      ['Bologna', 'Болоня'],
      ['Verona', 'Верона'],
      ['Palermo', 'Палермо'],
      ['Pisa', 'Пиза'],
    ],
  },
  pl: {
    ru: [
      ['Donald Tusk', 'Дональд Туск'],
      ['Andrzej Duda', 'Анджей Дуда'],
      ['Karol Nawrocki', 'Кароль Навроцкий'],
      ['Lech Wałęsa', 'Лех Валенса'],
      ['Mateusz Morawiecki', 'Матеуш Моравецкий'],
      ['Rafał Trzaskowski', 'Рафал Тшасковский'],
      ['Radosław Sikorski', 'Радослав Сикорский'],
      ['Jarosław Kaczyński', 'Ярослав Качиньский'],
      ['Beata Szydło', 'Беата Шидло'],
      ['Gdańsk', 'Гданьск'],
      ['Wrocław', 'Вроцлав'],
      ['Poznań', 'Познань'],
      ['Lublin', 'Люблин'],
      ['Katowice', 'Катовице'],
      ['Gdynia', 'Гдыня'],
      ['Bydgoszcz', 'Быдгощ'],
      ['Szczecin', 'Щецин'],
    ],
    uk: [
      ['Donald Tusk', 'Дональд Туск'],
      ['Andrzej Duda', 'Анджей Дуда'],
      ['Karol Nawrocki', 'Кароль Навроцький'],
      ['Lech Wałęsa', 'Лех Валенса'],
      ['Mateusz Morawiecki', 'Матеуш Моравецький'],
      ['Jarosław Kaczyński', 'Ярослав Качинський'],
      ['Radosław Sikorski', 'Радослав Сікорський'],
      ['Gdańsk', 'Гданськ'],
      ['Wrocław', 'Вроцлав'],
      ['Poznań', 'Познань'],
      ['Lublin', 'Люблін'],
      ['Gdynia', 'Гдиня'],
    ],
    bg: [
      ['Donald Tusk', 'Доналд Туск'],
      ['Andrzej Duda', 'Анджей Дуда'],
      ['Lech Wałęsa', 'Лех Валенса'],
      ['Jarosław Kaczyński', 'Ярослав Качински'],
      ['Radosław Sikorski', 'Радослав Сикорски'],
      ['Gdańsk', 'Гданск'],
      ['Wrocław', 'Вроцлав'],
      ['Poznań', 'Познан'],
      ['Łódź', 'Лодз'],
      ['Lublin', 'Люблин'],
    ],
  },
  en: {
    ru: [
      ['Keir Starmer', 'Кир Стармер'],
      ['Rishi Sunak', 'Риши Сунак'],
      ['Boris Johnson', 'Борис Джонсон'],
      ['Joe Biden', 'Джо Байден'],
      ['Donald Trump', 'Дональд Трамп'],
      ['Antony Blinken', 'Энтони Блинкен'],
      ['Tony Blair', 'Тони Блэр'],
      ['Theresa May', 'Тереза Мэй'],
      ['Bill Clinton', 'Билл Клинтон'],
      ['Taylor Swift', 'Тейлор Свифт'],
      ['Manchester', 'Манчестер'],
      ['Liverpool', 'Ливерпуль'],
      ['Oxford', 'Оксфорд'],
      ['Edinburgh', 'Эдинбург'],
      ['Boston', 'Бостон'],
    ],
    uk: [
      ['Keir Starmer', 'Кір Стармер'],
      ['Rishi Sunak', 'Ріші Сунак'],
      ['Boris Johnson', 'Борис Джонсон'],
      ['Joe Biden', 'Джо Байден'],
      ['Donald Trump', 'Дональд Трамп'],
      ['Antony Blinken', 'Ентоні Блінкен'],
      ['Tony Blair', 'Тоні Блер'],
      ['Theresa May', 'Тереза Мей'],
      ['Bill Clinton', 'Білл Клінтон'],
      ['Manchester', 'Манчестер'],
      ['Liverpool', 'Ліверпуль'],
      ['Oxford', 'Оксфорд'],
    ],
    bg: [
      ['Keir Starmer', 'Киър Стармър'],
      ['Rishi Sunak', 'Риши Сунак'],
      ['Boris Johnson', 'Борис Джонсън'],
      ['Joe Biden', 'Джо Байдън'],
      ['Donald Trump', 'Доналд Тръмп'],
      ['Antony Blinken', 'Антъни Блинкън'],
      ['Tony Blair', 'Тони Блеър'],
      ['Theresa May', 'Тереза Мей'],
      ['Bill Clinton', 'Бил Клинтън'],
      ['Manchester', 'Манчестър'],
      ['Liverpool', 'Ливърпул'],
      ['Oxford', 'Оксфорд'],
      ['Boston', 'Бостън'],
    ],
  },
};

describe('the into-Cyrillic scheme set', () => {
  it('has a scheme for each source language and target, with the documented fields', () => {
    expect(INTO_CYRILLIC_SCHEMES.map((s) => s.id).sort()).toEqual(SOURCES.flatMap((s) => TARGETS.map((t) => `${s}>${t}`)).sort());
    for (const s of INTO_CYRILLIC_SCHEMES) {
      expect(s.target).toBe('Cyrl');
      expect(s.id.startsWith(`${s.language}>`)).toBe(true);
      expect(s.standard.length).toBeGreaterThan(10);
      expect(s.notes?.length ?? 0).toBeGreaterThan(10);
      expect([1985, 2019, 2012]).toContain(s.year);
      // Rules are written in lower case (the engine handles case once).
      for (const r of s.rules) expect([r.from, r.to]).toEqual([r.from.toLowerCase(), r.to.toLowerCase()]);
    }
  });

  it('finds a scheme by source and target, ignoring region subtags', () => {
    expect(intoCyrillicScheme('cs', 'ru')?.id).toBe('cs>ru');
    expect(intoCyrillicScheme('de-AT', 'bg')?.id).toBe('de>bg');
    expect(intoCyrillicScheme('hu', 'ru')).toBeUndefined();
    expect(intoCyrillicScheme('de', 'sr')).toBeUndefined();
  });

  it('keeps the case pattern of the input and leaves punctuation alone', () => {
    expect(transliterate('JOUROVÁ', scheme('cs', 'ru'))).toBe('ЙОУРОВА');
    expect(transliterate('Hollande, Michel.', scheme('fr', 'ru'))).toBe('Олланд, Мишель.');
    expect(transliterate('von der Leyen', scheme('de', 'ru'))).toBe('фон дер Ляйен');
  });
});

for (const source of SOURCES) {
  for (const target of TARGETS) {
    describe(`${source}>${target}`, () => {
      const facts = FACTS[source][target];
      it('has at least 8 facts', () => expect(facts.length).toBeGreaterThanOrEqual(8));
      it.each(facts)('%s → %s', (latin, cyrillic) => {
        expect(transliterate(latin, scheme(source, target))).toBe(cyrillic);
      });
    });
  }
}

describe('round-trip rows of the research file (§2), by source language', () => {
  // [source language of the scheme, Latin, target, Cyrillic]. Juncker is Luxembourgish (no scheme): his surname is
  // read the German way and Jean-Claude the French way. Šefčovič is Slovak, read with the Czech table.
  const ROWS: readonly (readonly [string, string, Target, string])[] = [
    ['cs', 'Věra Jourová', 'ru', 'Вера Йоурова'],
    ['cs', 'Věra Jourová', 'uk', 'Вера Йоурова'],
    ['cs', 'Věra Jourová', 'bg', 'Вера Йоурова'],
    ['ca', 'Josep Borrell', 'ru', 'Жозеп Боррель'],
    ['ca', 'Josep Borrell', 'uk', 'Жозеп Боррель'],
    ['ca', 'Josep Borrell', 'bg', 'Жозеп Борел'],
    ['nl', 'Filip Dewinter', 'ru', 'Филип Девинтер'],
    ['nl', 'Wopke Hoekstra', 'ru', 'Вопке Хукстра'],
    ['de', 'Ursula von der Leyen', 'ru', 'Урсула фон дер Ляйен'],
    ['de', 'Ursula von der Leyen', 'uk', 'Урсула фон дер Ляєн'],
    ['de', 'Ursula von der Leyen', 'bg', 'Урсула фон дер Лайен'],
    ['de', 'Olaf Scholz', 'ru', 'Олаф Шольц'],
    ['de', 'Olaf Scholz', 'uk', 'Олаф Шольц'],
    ['de', 'Olaf Scholz', 'bg', 'Олаф Шолц'],
    ['de', 'Angela Merkel', 'ru', 'Ангела Меркель'],
    ['de', 'Angela Merkel', 'bg', 'Ангела Меркел'],
    ['nl', 'Mark Rutte', 'ru', 'Марк Рютте'],
    ['nl', 'Mark Rutte', 'bg', 'Марк Рюте'],
    ['fr', 'Jean-Claude', 'ru', 'Жан-Клод'],
    ['fr', 'Jean-Claude', 'uk', 'Жан-Клод'],
    ['de', 'Juncker', 'ru', 'Юнкер'],
    ['de', 'Juncker', 'uk', 'Юнкер'],
    ['fr', 'Charles Michel', 'ru', 'Шарль Мишель'],
    ['fr', 'Charles Michel', 'bg', 'Шарл Мишел'],
    ['cs', 'Maroš Šefčovič', 'ru', 'Марош Шефчович'],
    ['de', 'Gerhard Schröder', 'ru', 'Герхард Шрёдер'],
    ['de', 'Gerhard Schröder', 'uk', 'Герхард Шредер'],
    ['nl', 'Frans Timmermans', 'ru', 'Франс Тиммерманс'],
    ['fr', 'Thierry Breton', 'ru', 'Тьерри Бретон'],
    ['en', 'Boris Johnson', 'ru', 'Борис Джонсон'],
  ];
  it.each(ROWS)('%s: %s → %s %s', (source, latin, target, cyrillic) => {
    expect(transliterate(latin, scheme(source, target))).toBe(cyrillic);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Measurement against the glossary.

interface Tally {
  agree: number;
  total: number;
}

interface Measurement {
  withWords: Record<Target, Tally>;
  rulesOnly: Record<Target, Tally>;
  entities: number;
  skipped: { count: number; languages: string[] };
  misses: string[];
}

const LATIN = /\p{Script=Latin}/u;

function measure(type: 'person' | 'place'): Measurement {
  const glossary = loadGlossary();
  const empty = (): Record<Target, Tally> => ({ ru: { agree: 0, total: 0 }, uk: { agree: 0, total: 0 }, bg: { agree: 0, total: 0 } });
  const m: Measurement = { withWords: empty(), rulesOnly: empty(), entities: 0, skipped: { count: 0, languages: [] }, misses: [] };
  for (const entity of glossary.entities.values()) {
    if (entity.type !== type) continue;
    for (const [language, forms] of Object.entries(entity.native)) {
      const native = forms[0];
      if (!native || !LATIN.test(native)) continue;
      if (!intoCyrillicScheme(language, 'ru')) {
        m.skipped.count++;
        if (!m.skipped.languages.includes(language)) m.skipped.languages.push(language);
        continue;
      }
      m.entities++;
      for (const target of TARGETS) {
        const canonical = entity.names[target];
        if (!canonical?.length) continue;
        const s = scheme(language, target);
        const got = transliterate(native, s);
        const bare = transliterate(native, { ...s, words: {} });
        m.withWords[target].total++;
        m.rulesOnly[target].total++;
        if (canonical.includes(got)) m.withWords[target].agree++;
        else m.misses.push(`${s.id} ${native} → ${got} (glossary: ${canonical.join(' / ')})`);
        if (canonical.includes(bare)) m.rulesOnly[target].agree++;
      }
    }
  }
  m.skipped.languages.sort();
  return m;
}

const pct = (t: Tally) => (t.total ? (100 * t.agree) / t.total : 0);
const ratio = (t: Tally) => (t.total ? t.agree / t.total : 0);

function report(title: string, m: Measurement): void {
  const row = (label: string, r: Record<Target, Tally>) =>
    `| ${label} | ${TARGETS.map((t) => `${r[t].agree}/${r[t].total} (${pct(r[t]).toFixed(0)}%)`).join(' | ')} |`;
  console.log(
    [
      `${title}: ${m.entities} Latin-script native forms in a language with a scheme; ` +
        `${m.skipped.count} skipped (no scheme for ${m.skipped.languages.join(', ')})`,
      '| exact agreement | ru | uk | bg |',
      '|---|---|---|---|',
      row('schemes (rules + word exceptions)', m.withWords),
      row('rules only (word exceptions off)', m.rulesOnly),
      ...(m.misses.length ? ['misses:', ...m.misses.map((s) => `  ${s}`)] : []),
    ].join('\n'),
  );
}

describe('agreement with the glossary', () => {
  it('persons: the scheme of the native language gives the glossary’s ru / uk / bg canonical form', () => {
    const m = measure('person');
    report('Glossary persons', m);
    expect(m.entities).toBeGreaterThanOrEqual(25);
    // Reached when written, on the first 34 persons: ru 33/34, uk 30/31, bg 26/26 with the word exceptions. On the
    // glossary of December 2026 (187 native Latin forms, many from English, French and Italian, whose press forms
    // follow usage more than rules: Илон Маск, Гвидо Крозетто, Франсуа Байру): ru 101/151 (67 %), uk 84/127 (66 %),
    // bg 63/80 (79 %); rules only 63 %, 61 %, 74 %. The floors sit five points below; the misses are printed.
    expect(ratio(m.withWords.ru)).toBeGreaterThanOrEqual(0.62);
    expect(ratio(m.withWords.uk)).toBeGreaterThanOrEqual(0.61);
    expect(ratio(m.withWords.bg)).toBeGreaterThanOrEqual(0.74);
    expect(ratio(m.rulesOnly.ru)).toBeGreaterThanOrEqual(0.58);
    expect(ratio(m.rulesOnly.uk)).toBeGreaterThanOrEqual(0.56);
    expect(ratio(m.rulesOnly.bg)).toBeGreaterThanOrEqual(0.69);
  });

  it('places (informative): exonyms and hyphenated compounds keep agreement lower', () => {
    const m = measure('place');
    report('Glossary places', m);
    // Reached when written: about 55–60% in each target; with the generated and world layers of December 2026
    // (106 places) 46 %, 43 %, 50 %. Most misses are exonyms (Вена, Гаага, Швейцария) that no transcription gives,
    // and compounds that Cyrillic hyphenates (Франкфурт-на-Майне, Буэнос-Айрес).
    for (const t of TARGETS) expect(ratio(m.withWords[t]), t).toBeGreaterThanOrEqual(0.38);
  });
});

/**
 * Practical transcriptions of Russian and Ukrainian names into de, pl, cs, fr, es, it, nl.
 * Facts: names as the Wikipedia and press of each language write them (most of them also in the shipped glossary,
 * whose `sources` list the pages). Measurement: every glossary person or place with a Russian or Ukrainian native
 * form, run through each scheme and compared with the glossary's canonical form for the target locale.
 */
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/glossary/load.ts';
import { transliterate } from '../src/translit/engine.ts';
import { PRACTICAL_SCHEMES, practicalScheme } from '../src/translit/practical/index.ts';
import type { Scheme } from '../src/translit/types.ts';

const SOURCES = ['ru', 'uk'] as const;
const TARGETS = ['de', 'pl', 'cs', 'fr', 'es', 'it', 'nl'] as const;

function scheme(id: string): Scheme {
  const [source, target] = id.split('>') as [string, string];
  const found = practicalScheme(source, target);
  if (!found) throw new Error(`no scheme ${id}`);
  return found;
}

/** [Cyrillic, expected] per scheme. */
const FACTS: Record<string, [string, string][]> = {
  'ru>de': [
    ['Владимир Путин', 'Wladimir Putin'],
    ['Сергей Лавров', 'Sergei Lawrow'],
    ['Сергей Шойгу', 'Sergei Schoigu'],
    ['Мария Захарова', 'Marija Sacharowa'],
    ['Валерий Герасимов', 'Waleri Gerassimow'],
    ['Василий Небензя', 'Wassili Nebensja'],
    ['Андрей Белоусов', 'Andrei Beloussow'],
    ['Евгений Пригожин', 'Jewgeni Prigoschin'],
    ['Алексей Навальный', 'Alexei Nawalny'],
    ['Юлия Навальная', 'Julija Nawalnaja'],
    ['Михаил Горбачёв', 'Michail Gorbatschow'],
    ['Борис Ельцин', 'Boris Jelzin'],
    ['Валентина Матвиенко', 'Walentina Matwijenko'],
    ['Вячеслав Володин', 'Wjatscheslaw Wolodin'],
    ['Леонид Брежнев', 'Leonid Breschnew'],
    ['Фёдор Достоевский', 'Fjodor Dostojewski'],
    ['Пётр Чайковский', 'Pjotr Tschaikowski'],
    ['Максим Горький', 'Maxim Gorki'],
    ['Брянск', 'Brjansk'],
    ['Новосибирск', 'Nowosibirsk'],
    ['Новороссийск', 'Noworossijsk'],
    ['Екатеринбург', 'Jekaterinburg'],
    ['Казань', 'Kasan'],
    ['Владивосток', 'Wladiwostok'],
    ['Грозный', 'Grosny'],
  ],
  'uk>de': [
    ['Володимир Зеленський', 'Wolodymyr Selenskyj'],
    ['Олена Зеленська', 'Olena Selenska'],
    ['Денис Шмигаль', 'Denys Schmyhal'],
    ['Валерій Залужний', 'Walerij Saluschnyj'],
    ['Олександр Сирський', 'Oleksandr Syrskyj'],
    ['Олексій Резніков', 'Oleksij Resnikow'],
    ['Рустем Умєров', 'Rustem Umjerow'],
    ['Дмитро Лубінець', 'Dmytro Lubinez'],
    ['Петро Порошенко', 'Petro Poroschenko'],
    ['Юлія Тимошенко', 'Julija Tymoschenko'],
    ['Віктор Янукович', 'Wiktor Janukowytsch'],
    ['Харків', 'Charkiw'],
    ['Львів', 'Lwiw'],
    ['Запоріжжя', 'Saporischschja'],
    ['Буча', 'Butscha'],
    ['Миколаїв', 'Mykolajiw'],
    ['Донецьк', 'Donezk'],
    ['Луцьк', 'Luzk'],
    ['Черкаси', 'Tscherkassy'],
    ['Вінниця', 'Winnyzja'],
    ['Житомир', 'Schytomyr'],
    ['Слов’янськ', 'Slowjansk'],
    ['Авдіївка', 'Awdijiwka'],
    ['Івано-Франківськ', 'Iwano-Frankiwsk'],
  ],
  'ru>pl': [
    ['Владимир Путин', 'Władimir Putin'],
    ['Сергей Лавров', 'Siergiej Ławrow'],
    ['Дмитрий Песков', 'Dmitrij Pieskow'],
    ['Сергей Шойгу', 'Siergiej Szojgu'],
    ['Дмитрий Медведев', 'Dmitrij Miedwiediew'],
    ['Андрей Белоусов', 'Andriej Biełousow'],
    ['Михаил Мишустин', 'Michaił Miszustin'],
    ['Михаил Горбачёв', 'Michaił Gorbaczow'],
    ['Евгений Пригожин', 'Jewgienij Prigożyn'],
    ['Алексей Навальный', 'Aleksiej Nawalny'],
    ['Юлия Навальная', 'Julia Nawalna'],
    ['Борис Ельцин', 'Borys Jelcyn'],
    ['Вячеслав Володин', 'Wiaczesław Wołodin'],
    ['Эльвира Набиуллина', 'Elwira Nabiullina'],
    ['Фёдор Достоевский', 'Fiodor Dostojewski'],
    ['Лев Толстой', 'Lew Tołstoj'],
    ['Москва', 'Moskwa'],
    ['Брянск', 'Briańsk'],
    ['Мурманск', 'Murmańsk'],
    ['Смоленск', 'Smoleńsk'],
    ['Казань', 'Kazań'],
    ['Волгоград', 'Wołgograd'],
    ['Белгород', 'Biełgorod'],
    ['Грозный', 'Grozny'],
  ],
  'uk>pl': [
    ['Володимир Зеленський', 'Wołodymyr Zełenski'],
    ['Олена Зеленська', 'Ołena Zełenska'],
    ['Дмитро Кулеба', 'Dmytro Kułeba'],
    ['Денис Шмигаль', 'Denys Szmyhal'],
    ['Валерій Залужний', 'Wałerij Załużny'],
    ['Олександр Сирський', 'Ołeksandr Syrski'],
    ['Кирило Буданов', 'Kyryło Budanow'],
    ['Михайло Подоляк', 'Mychajło Podolak'],
    ['Руслан Стефанчук', 'Rusłan Stefanczuk'],
    ['Юлія Тимошенко', 'Julia Tymoszenko'],
    ['Віктор Янукович', 'Wiktor Janukowycz'],
    ['Буча', 'Bucza'],
    ['Маріуполь', 'Mariupol'],
    ['Полтава', 'Połtawa'],
    ['Краматорськ', 'Kramatorsk'],
    ['Бердянськ', 'Berdiańsk'],
    ['Куп’янськ', 'Kupiańsk'],
    ['Слов’янськ', 'Słowiańsk'],
    ['Луцьк', 'Łuck'],
    ['Ужгород', 'Użhorod'],
    ['Авдіївка', 'Awdijiwka'],
  ],
  'ru>cs': [
    ['Владимир Путин', 'Vladimir Putin'],
    ['Сергей Лавров', 'Sergej Lavrov'],
    ['Сергей Шойгу', 'Sergej Šojgu'],
    ['Дмитрий Медведев', 'Dmitrij Medveděv'],
    ['Андрей Белоусов', 'Andrej Bělousov'],
    ['Михаил Мишустин', 'Michail Mišustin'],
    ['Михаил Горбачёв', 'Michail Gorbačov'],
    ['Евгений Пригожин', 'Jevgenij Prigožin'],
    ['Алексей Навальный', 'Alexej Navalnyj'],
    ['Борис Ельцин', 'Boris Jelcin'],
    ['Вячеслав Володин', 'Vjačeslav Volodin'],
    ['Фёдор Достоевский', 'Fjodor Dostojevskij'],
    ['Иван Тургенев', 'Ivan Turgeněv'],
    ['Москва', 'Moskva'],
    ['Екатеринбург', 'Jekatěrinburg'],
    ['Казань', 'Kazaň'],
    ['Белгород', 'Bělgorod'],
    ['Брянск', 'Brjansk'],
    ['Грозный', 'Groznyj'],
  ],
  'uk>cs': [
    ['Володимир Зеленський', 'Volodymyr Zelenskyj'],
    ['Дмитро Кулеба', 'Dmytro Kuleba'],
    ['Андрій Єрмак', 'Andrij Jermak'],
    ['Денис Шмигаль', 'Denys Šmyhal'],
    ['Валерій Залужний', 'Valerij Zalužnyj'],
    ['Олександр Сирський', 'Oleksandr Syrskyj'],
    ['Петро Порошенко', 'Petro Porošenko'],
    ['Віктор Янукович', 'Viktor Janukovyč'],
    ['Бердянськ', 'Berďansk'],
    ['Ірпінь', 'Irpiň'],
    ['Миколаїв', 'Mykolajiv'],
    ['Авдіївка', 'Avdijivka'],
    ['Вінниця', 'Vinnycja'],
    ['Ужгород', 'Užhorod'],
    ['Житомир', 'Žytomyr'],
    ['Черкаси', 'Čerkasy'],
    ['Слов’янськ', 'Slovjansk'],
    ['Чернігів', 'Černihiv'],
    ['Луцьк', 'Luck'],
  ],
  'ru>fr': [
    ['Владимир Путин', 'Vladimir Poutine'],
    ['Сергей Лавров', 'Sergueï Lavrov'],
    ['Сергей Шойгу', 'Sergueï Choïgou'],
    ['Мария Захарова', 'Maria Zakharova'],
    ['Михаил Мишустин', 'Mikhaïl Michoustine'],
    ['Евгений Пригожин', 'Evgueni Prigojine'],
    ['Алексей Навальный', 'Alexeï Navalny'],
    ['Юлия Навальная', 'Ioulia Navalnaïa'],
    ['Михаил Горбачёв', 'Mikhaïl Gorbatchev'],
    ['Борис Ельцин', 'Boris Eltsine'],
    ['Валерий Герасимов', 'Valeri Guerassimov'],
    ['Василий Небензя', 'Vassili Nebenzia'],
    ['Вячеслав Володин', 'Viatcheslav Volodine'],
    ['Фёдор Достоевский', 'Fiodor Dostoïevski'],
    ['Пётр Чайковский', 'Piotr Tchaïkovski'],
    ['Курск', 'Koursk'],
    ['Новосибирск', 'Novossibirsk'],
    ['Мурманск', 'Mourmansk'],
    ['Брянск', 'Briansk'],
    ['Грозный', 'Grozny'],
  ],
  'uk>fr': [
    ['Володимир Зеленський', 'Volodymyr Zelensky'],
    ['Олена Зеленська', 'Olena Zelenska'],
    ['Дмитро Кулеба', 'Dmytro Kouleba'],
    ['Денис Шмигаль', 'Denys Chmyhal'],
    ['Валерій Залужний', 'Valeri Zaloujny'],
    ['Олександр Сирський', 'Oleksandr Syrsky'],
    ['Кирило Буданов', 'Kyrylo Boudanov'],
    ['Петро Порошенко', 'Petro Porochenko'],
    ['Юлія Тимошенко', 'Ioulia Tymochenko'],
    ['Віктор Янукович', 'Viktor Ianoukovytch'],
    ['Харків', 'Kharkiv'],
    ['Одеса', 'Odessa'],
    ['Запоріжжя', 'Zaporijjia'],
    ['Буча', 'Boutcha'],
    ['Миколаїв', 'Mykolaïv'],
    ['Авдіївка', 'Avdiïvka'],
    ['Луганськ', 'Louhansk'],
    ['Слов’янськ', 'Sloviansk'],
    ['Вінниця', 'Vinnytsia'],
    ['Черкаси', 'Tcherkassy'],
    ['Житомир', 'Jytomyr'],
  ],
  'ru>es': [
    ['Владимир Путин', 'Vladímir Putin'],
    ['Сергей Лавров', 'Serguéi Lavrov'],
    ['Дмитрий Песков', 'Dmitri Peskov'],
    ['Михаил Мишустин', 'Mijaíl Mishustin'],
    ['Евгений Пригожин', 'Yevgueni Prigozhin'],
    ['Алексей Навальный', 'Alekséi Navalni'],
    ['Михаил Горбачёв', 'Mijaíl Gorbachov'],
    ['Борис Ельцин', 'Borís Yeltsin'],
    ['Фёдор Достоевский', 'Fiodor Dostoyevski'],
    ['Калининград', 'Kaliningrado'],
    ['Волгоград', 'Volgogrado'],
    ['Брянск', 'Briansk'],
    ['Грозный', 'Grozni'],
    ['Курск', 'Kursk'],
    ['Владивосток', 'Vladivostok'],
  ],
  'uk>es': [
    ['Володимир Зеленський', 'Volodímir Zelenski'],
    ['Петро Порошенко', 'Petró Poroshenko'],
    ['Юлія Тимошенко', 'Yulia Timoshenko'],
    ['Буча', 'Bucha'],
    ['Одеса', 'Odesa'],
    ['Бахмут', 'Bajmut'],
    ['Краматорськ', 'Kramatorsk'],
    ['Донецьк', 'Donetsk'],
    ['Бердянськ', 'Berdiansk'],
    ['Куп’янськ', 'Kupiansk'],
    ['Ізюм', 'Izium'],
    ['Луцьк', 'Lutsk'],
    ['Рівне', 'Rivne'],
    ['Покровськ', 'Pokrovsk'],
    ['Івано-Франківськ', 'Ivano-Frankivsk'],
  ],
  'ru>it': [
    ['Владимир Путин', 'Vladimir Putin'],
    ['Сергей Лавров', 'Sergej Lavrov'],
    ['Дмитрий Песков', 'Dmitrij Peskov'],
    ['Мария Захарова', 'Marija Zacharova'],
    ['Сергей Шойгу', 'Sergej Šojgu'],
    ['Евгений Пригожин', 'Evgenij Prigožin'],
    ['Алексей Навальный', "Aleksej Naval'nyj"],
    ['Юлия Навальная', "Julija Naval'naja"],
    ['Михаил Горбачёв', 'Michail Gorbačëv'],
    ['Борис Ельцин', "Boris El'cin"],
    ['Василий Небензя', 'Vasilij Nebenzja'],
    ['Фёдор Достоевский', 'Fëdor Dostoevskij'],
    ['Лев Толстой', 'Lev Tolstoj'],
    ['Казань', "Kazan'"],
    ['Грозный', 'Groznyj'],
    ['Екатеринбург', 'Ekaterinburg'],
    ['Брянск', 'Brjansk'],
  ],
  'uk>it': [
    ['Володимир Зеленський', "Volodymyr Zelens'kyj"],
    ['Денис Шмигаль', "Denys Šmyhal'"],
    ['Віктор Янукович', 'Viktor Janukovyč'],
    ['Петро Порошенко', 'Petro Porošenko'],
    ['Юлія Тимошенко', 'Julija Tymošenko'],
    ['Віталій Кличко', 'Vitalij Klyčko'],
    ['Харків', 'Charkiv'],
    ['Запоріжжя', 'Zaporižžja'],
    ['Буча', 'Buča'],
    ['Миколаїв', 'Mykolaïv'],
    ['Донецьк', "Donec'k"],
    ['Луганськ', "Luhans'k"],
    ['Авдіївка', 'Avdiïvka'],
    ['Краматорськ', "Kramators'k"],
    ['Бердянськ', "Berdjans'k"],
    ['Мелітополь', "Melitopol'"],
  ],
  'ru>nl': [
    ['Владимир Путин', 'Vladimir Poetin'],
    ['Сергей Лавров', 'Sergej Lavrov'],
    ['Сергей Шойгу', 'Sergej Sjojgoe'],
    ['Валерий Герасимов', 'Valeri Gerasimov'],
    ['Дмитрий Медведев', 'Dmitri Medvedev'],
    ['Евгений Пригожин', 'Jevgeni Prigozjin'],
    ['Алексей Навальный', 'Aleksej Navalny'],
    ['Михаил Горбачёв', 'Michail Gorbatsjov'],
    ['Борис Ельцин', 'Boris Jeltsin'],
    ['Александр Солженицын', 'Aleksandr Solzjenitsyn'],
    ['Никита Хрущёв', 'Nikita Chroesjtsjov'],
    ['Курск', 'Koersk'],
    ['Мурманск', 'Moermansk'],
    ['Грозный', 'Grozny'],
    ['Брянск', 'Brjansk'],
  ],
  'uk>nl': [
    ['Володимир Зеленський', 'Volodymyr Zelensky'],
    ['Дмитро Кулеба', 'Dmytro Koeleba'],
    ['Петро Порошенко', 'Petro Porosjenko'],
    ['Юлія Тимошенко', 'Joelia Tymosjenko'],
    ['Віктор Янукович', 'Viktor Janoekovytsj'],
    ['Маріуполь', 'Marioepol'],
    ['Буча', 'Boetsja'],
    ['Бахмут', 'Bachmoet'],
    ['Ізюм', 'Izjoem'],
    ['Куп’янськ', 'Koepjansk'],
    ['Чернігів', 'Tsjernihiv'],
    ['Слов’янськ', 'Slovjansk'],
    ['Бердянськ', 'Berdjansk'],
  ],
};

describe('practical schemes: the set', () => {
  it('has one scheme per source and target, with ids, languages and standards', () => {
    const ids = PRACTICAL_SCHEMES.map((s) => s.id).sort();
    expect(ids).toEqual(SOURCES.flatMap((s) => TARGETS.map((t) => `${s}>${t}`)).sort());
    for (const s of PRACTICAL_SCHEMES) {
      expect(s.language).toBe(s.id.split('>')[0]);
      expect(s.target).toBe('Latn');
      expect(s.standard.length).toBeGreaterThan(10);
      expect(s.year).toBeGreaterThan(1900);
      for (const rule of s.rules) expect(rule.from, `${s.id}: rules are lower case`).toBe(rule.from.toLowerCase());
    }
  });

  it('finds a scheme by source and target, and nothing for a pair it does not have', () => {
    expect(practicalScheme('ru', 'de')?.id).toBe('ru>de');
    expect(practicalScheme('UK', 'PL')?.id).toBe('uk>pl');
    expect(practicalScheme('bg', 'de')).toBeUndefined();
    expect(practicalScheme('ru', 'en')).toBeUndefined();
  });

  it('covers every Cyrillic letter of its source language', () => {
    const alphabet: Record<string, string> = {
      ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
      uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
    };
    for (const s of PRACTICAL_SCHEMES) {
      for (const letter of alphabet[s.language]!) {
        expect(transliterate(letter + 'а', s), `${s.id}: ${letter}`).not.toMatch(/[\u0400-\u04FF]/u);
      }
    }
  });
});

describe.each(Object.keys(FACTS))('%s: names as the press writes them', (id) => {
  const s = scheme(id);
  it('has at least 10 facts', () => expect(FACTS[id]!.length).toBeGreaterThanOrEqual(10));
  it.each(FACTS[id]!)('%s → %s', (cyrillic, expected) => {
    expect(transliterate(cyrillic, s)).toBe(expected);
  });
});

describe('the rules that make these transcriptions differ from ISO', () => {
  it('Polish л: ł before a, o, u, y, consonants and at the end; l before i, e, ь and the soft vowels', () => {
    const pl = scheme('ru>pl');
    expect(transliterate('Лавров', pl)).toBe('Ławrow');
    expect(transliterate('Лукин', pl)).toBe('Łukin');
    expect(transliterate('Павел', pl)).toBe('Pawieł');
    expect(transliterate('Ленин', pl)).toBe('Lenin');
    expect(transliterate('Лиза', pl)).toBe('Liza');
    expect(transliterate('Гоголь', pl)).toBe('Gogol');
    expect(transliterate('Людмила', pl)).toBe('Ludmiła');
    // Ukrainian е is hard: ле → łe.
    expect(transliterate('Олена', scheme('uk>pl'))).toBe('Ołena');
  });

  it('German с between vowels → ss; е → je at the start and after vowels', () => {
    const de = scheme('ru>de');
    expect(transliterate('Василий', de)).toBe('Wassili');
    expect(transliterate('Сергей', de)).toBe('Sergei');
    expect(transliterate('Ельцин', de)).toBe('Jelzin');
    expect(transliterate('Матвиенко', de)).toBe('Matwijenko');
    expect(transliterate('Медведев', de)).toBe('Medwedew');
  });

  it('adjectival endings: -ский → -ski (de, pl), -skij (cs); -ський → -skyj (de, cs), -ski (pl)', () => {
    expect(transliterate('Чайковский', scheme('ru>de'))).toBe('Tschaikowski');
    expect(transliterate('Чайковский', scheme('ru>pl'))).toBe('Czajkowski');
    expect(transliterate('Чайковский', scheme('ru>cs'))).toBe('Čajkovskij');
    expect(transliterate('Троцкий', scheme('ru>pl'))).toBe('Trocki');
    expect(transliterate('Жириновский', scheme('ru>pl'))).toBe('Żyrinowski');
    expect(transliterate('Плисецкая', scheme('ru>pl'))).toBe('Plisiecka');
    expect(transliterate('Зеленський', scheme('uk>de'))).toBe('Selenskyj');
    expect(transliterate('Зеленський', scheme('uk>cs'))).toBe('Zelenskyj');
    expect(transliterate('Зеленський', scheme('uk>pl'))).toBe('Zełenski');
    expect(transliterate('Зеленський', scheme('uk>fr'))).toBe('Zelensky');
  });

  it('keeps the case pattern of the source (the engine handles case for every scheme)', () => {
    expect(transliterate('ШОЙГУ', scheme('ru>de'))).toBe('SCHOIGU');
    expect(transliterate('ЛАВРОВ', scheme('ru>pl'))).toBe('ŁAWROW');
    expect(transliterate('Шойгу', scheme('ru>nl'))).toBe('Sjojgoe');
    expect(transliterate('Чорнобиль', scheme('uk>de'))).toBe('Tschornobyl');
  });

  it('passes text between names through unchanged', () => {
    expect(transliterate('Лавров (МИД), Москва.', scheme('ru>cs'))).toBe('Lavrov (MID), Moskva.');
  });
});

describe('agreement with the glossary', () => {
  // Floors per target locale, set at what the schemes reach on the shipped glossary (ru and uk natives together).
  // Floors a few points under the figures measured when the schemes landed (de 87, pl 66, cs 80, fr 80, es 47,
  // it 77, nl 72 %): glossary corrections move them slightly; a real regression in a scheme moves them more.
  const FLOORS: Record<(typeof TARGETS)[number], number> = { de: 82, pl: 61, cs: 75, fr: 75, es: 42, it: 72, nl: 67 };

  it('predicts the canonical form of most Russian and Ukrainian names in each language', () => {
    const glossary = loadGlossary();
    const rows: { scheme: string; agree: number; total: number }[] = [];
    const misses: string[] = [];
    for (const s of PRACTICAL_SCHEMES) {
      const [source, target] = s.id.split('>') as [string, string];
      let agree = 0;
      let total = 0;
      for (const entity of glossary.entities.values()) {
        if (entity.type !== 'person' && entity.type !== 'place') continue;
        // The name's own language decides: a Russian scheme is measured on Russian natives, a Ukrainian one on
        // Ukrainian natives (Kyiv is measured as Київ, not Киев).
        const native = entity.native[source]?.[0];
        const canonical = entity.names[target];
        if (!native || !/[\u0400-\u04FF]/u.test(native) || !canonical?.length) continue;
        total++;
        const got = transliterate(native, s);
        if (canonical.includes(got)) agree++;
        else misses.push(`${s.id}  ${native} → ${got}  (glossary: ${canonical.join(' | ')})`);
      }
      rows.push({ scheme: s.id, agree, total });
    }
    const pct = (a: number, t: number) => (t ? (100 * a) / t : 0);
    const table = [
      '| scheme | agree | names | % |',
      '|---|---:|---:|---:|',
      ...rows.map((r) => `| ${r.scheme} | ${r.agree} | ${r.total} | ${pct(r.agree, r.total).toFixed(1)} |`),
      '',
      '| target | agree | names | % | floor |',
      '|---|---:|---:|---:|---:|',
      ...TARGETS.map((t) => {
        const mine = rows.filter((r) => r.scheme.endsWith(`>${t}`));
        const a = mine.reduce((n, r) => n + r.agree, 0);
        const n = mine.reduce((k, r) => k + r.total, 0);
        return `| ${t} | ${a} | ${n} | ${pct(a, n).toFixed(1)} | ${FLOORS[t]} |`;
      }),
    ].join('\n');
    console.log(`Practical transcription vs glossary canonical forms\n${table}\n\nDisagreements:\n${misses.join('\n')}`);

    for (const t of TARGETS) {
      const mine = rows.filter((r) => r.scheme.endsWith(`>${t}`));
      const a = mine.reduce((n, r) => n + r.agree, 0);
      const n = mine.reduce((k, r) => k + r.total, 0);
      expect(n, `${t}: names measured`).toBeGreaterThanOrEqual(40);
      expect(pct(a, n), `${t}: agreement`).toBeGreaterThanOrEqual(FLOORS[t]);
    }
  });
});

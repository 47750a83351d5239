/**
 * Transliteration: the engine, every scheme against every test vector we were given, the case rules, and the
 * `translit` command.
 *
 * The vectors are written here as facts (input, expected) with their source; the tests read nothing outside the
 * repository. Where a source encodes a letter with another code point than its standard, the expected value is
 * written with the standard's character and a comment says so (Latin ë for iuliia's Cyrillic ё, ʹ ʺ for
 * interscript's ´ \" in ISO 9, ĭ for interscript's ǐ in ALA-LC). Vectors left out, and why:
 * - belarusian.md 2007 set, "Минск → Minsk": Минск is the Russian spelling (Belarusian has no и; the Belarusian
 *   name is Мінск), so the Belarusian system does not cover it.
 * - iuliia's ALA-LC sample (Юлия … → "I͡ulii͡a, …"): it title-cases the tied pair as "I͡u", where the Library of
 *   Congress and interscript's ALA-LC vectors capitalise both letters ("Юбилейный → I͡Ubileĭnyĭ", "Якутск →
 *   I͡Akutsk"); our engine follows the latter. The rest of that sample agrees.
 * The research pack (…/research/*.md) also holds outputs of its own reference implementations and of iuliia 0.8.2;
 * those are kept as a separate group per scheme ("research" and "iuliia 0.8.2"), so a failure there is a
 * disagreement with another implementation rather than with a standard.
 */
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectLanguage, runTranslit } from '../src/cli/commands/translit.ts';
import { UserError } from '../src/io/errors.ts';
import { transliterate as engineTransliterate, segment } from '../src/translit/engine.ts';
import { SCHEMES, schemeById, schemesFor, transliterate } from '../src/translit/index.ts';
import type { Scheme } from '../src/translit/types.ts';
import { captureOutput, type CapturedOutput } from './helpers.ts';

type Vector = readonly [input: string, expected: string];

function scheme(id: string): Scheme {
  const s = schemeById(id);
  if (!s) throw new Error(`no scheme ${id}`);
  return s;
}

const nfc = (s: string) => s.normalize('NFC');

/** One test per vector: `input` through the scheme gives `expected` (compared in NFC). */
function vectors(id: string, source: string, list: readonly Vector[], expectedOf: (expected: string) => string = (e) => e): void {
  describe(`${id} — ${source}`, () => {
    it.each(list)('%s → %s', (input, expected) => {
      expect(nfc(transliterate(input, scheme(id)))).toBe(nfc(expectedOf(expected)));
    });
  });
}

/** The passport form of ELOT 743: without the acute and the diaeresis (Taÿ́getos → Taygetos). */
const withoutAccents = (s: string) => s.normalize('NFD').replace(/[\u0301\u0308]/gu, '').normalize('NFC');

// ---------------------------------------------------------------------------------------------------------------
// Test vectors (sources: github.com/nalgeon/iuliia samples; github.com/interscript/maps test blocks; the research
// pack's tables, which quote the BGN/PCGN documents and the official examples).

const RU_ICAO_IULIIA: readonly Vector[] = [
  ['Юлия, съешь ещё этих мягких французских булок из Йошкар-Олы, да выпей алтайского чаю', 'Iuliia, sieesh eshche etikh miagkikh frantsuzskikh bulok iz Ioshkar-Oly, da vypei altaiskogo chaiu'],
  ['Юлия Щеглова', 'Iuliia Shcheglova'],
  ['Гайа Васильева', 'Gaia Vasileva'],
  ['Андрей Видный', 'Andrei Vidnyi'],
  ['Артём Краевой', 'Artem Kraevoi'],
  ['Мадыр Чёткий', 'Madyr Chetkii'],
  ['Оксана Клеёнкина', 'Oksana Kleenkina'],
  ['Игорь Ильин', 'Igor Ilin'],
  ['Ян Разъездной', 'Ian Razieezdnoi'],
];

// iuliia writes the Cyrillic ё (U+0451) where BGN/PCGN means Latin ë (U+00EB); written here with Latin ë.
const RU_BGN_IULIIA: readonly Vector[] = [
  ['Юлия, съешь ещё этих мягких французских булок из Йошкар-Олы, да выпей алтайского чаю', 'Yuliya, s”yesh’ yeshchë etikh myagkikh frantsuzskikh bulok iz Yoshkar-Oly, da vypey altayskogo chayu'],
  ['Россия, город Йошкар-Ола, улица Яна Крастыня', 'Rossiya, gorod Yoshkar-Ola, ulitsa Yana Krastynya'],
  ['Елизово', 'Yelizovo'],
  ['Чапаевск', 'Chapayevsk'],
  ['Мейеровка', 'Meyyerovka'],
  ['Юрьев объезд', 'Yur’yev ob”yezd'],
  ['Белкино', 'Belkino'],
  ['Ёдва', 'Yëdva'],
  ['Змииёвка', 'Zmiiyëvka'],
  ['Айёган', 'Ayyëgan'],
  ['Воробьёво', 'Vorob’yëvo'],
  ['Кебанъёль', 'Keban”yël’'],
  ['Озёрный', 'Ozërnyy'],
  ['Тыайа', 'Ty·ay·a'],
  ['Сайылык', 'Say·ylyk'],
  ['Ойусардах', 'Oy·usardakh'],
  ['Йошкар-Ола', 'Yoshkar-Ola'],
  ['Бийск', 'Biysk'],
  ['Тыэкан', 'Ty·ekan'],
  ['Суык-Су', 'Su·yk-Su'],
  ['Тында', 'Tynda'],
  ['Улан-Удэ', 'Ulan-Ud·e'],
  ['Электрогорск', 'Elektrogorsk'],
  ['Руэм', 'Ruem'],
  ['Вяртсиля', 'Vyart·silya'],
  ['Ташчишма', 'Tash·chishma'],
];

const RU_BGN_1947_DOC: readonly Vector[] = [
  ['ДЛИННОЕ ПОКРЫВАЛО', 'DLINNOYE POKRYVALO'],
  ['Еловая шишка', 'Yelovaya shishka'],
  ['ЕЛОВАЯ ШИШКА', 'YELOVAYA SHISHKA'],
  ['Длинное покрывало', 'Dlinnoye pokryvalo'],
  ['В лесу еловые шишки', 'V lesu yelovyye shishki'],
  ['OН ВИДЕЛ ЕЁ В ПЕРВЫЙ РАЗ', 'ON VIDEL YEYË V PERVYY RAZ'],
  ['Ёж колючий', 'Yëzh kolyuchiy'],
  ['ЁЖ КОЛЮЧИЙ', 'YËZH KOLYUCHIY'],
  ['Он видел её в первый раз', 'On videl yeyë v pervyy raz'],
  ['У ёжа колючки', 'U yëzha kolyuchki'],
  ['ЙА Йа йа', 'Y·A Y·a y·a'],
  ['ЫУ Ыу ыу', 'Y·U Y·u y·u'],
  ['ОЫ Оы оы', 'O·Y O·y o·y'],
  ['ОЫУ Оыу оыу', 'O·Y·U O·y·u o·y·u'],
  ['СЭ Сэ сэ', 'S·E S·e s·e'],
  ['ТС тс Тс тС', 'T·S t·s T·s t·S'],
  ['ШЧ шч Шч шЧ', 'SH·CH sh·ch Sh·ch sh·Ch'],
];

const RU_GOST_B_IULIIA: readonly Vector[] = [
  ['Юлия, съешь ещё этих мягких французских булок из Йошкар-Олы, да выпей алтайского чаю', 'Yuliya, s``esh` eshhyo e`tix myagkix franczuzskix bulok iz Joshkar-Oly`, da vy`pej altajskogo chayu'],
];

// Cyrillic ё (U+0451) in iuliia's expected output written as Latin ë (U+00EB).
const RU_ISO9_IULIIA: readonly Vector[] = [
  ['Юлия, съешь ещё этих мягких французских булок из Йошкар-Олы, да выпей алтайского чаю', 'Ûliâ, sʺešʹ eŝë ètih mâgkih francuzskih bulok iz Joškar-Oly, da vypej altajskogo čaû'],
];

// interscript writes ъ as \" and ь as ´ (U+00B4); ISO 9 has ʺ U+02BA and ʹ U+02B9, written so here (съезд, альбом).
const RU_ISO9_INTERSCRIPT: readonly Vector[] = [
  ['адрес', 'adres'],
  ['баба', 'baba'],
  ['вы', 'vy'],
  ['голова', 'golova'],
  ['да', 'da'],
  ['еда', 'eda'],
  ['ёлка', 'ëlka'],
  ['журнал', 'žurnal'],
  ['звезда', 'zvezda'],
  ['книга', 'kniga'],
  ['первый', 'pervyj'],
  ['как', 'kak'],
  ['липа', 'lipa'],
  ['муж', 'muž'],
  ['нижний', 'nižnij'],
  ['общество', 'obŝestvo'],
  ['пара', 'para'],
  ['рыба', 'ryba'],
  ['сестра', 'sestra'],
  ['товарищ', 'tovariŝ'],
  ['утро', 'utro'],
  ['физика', 'fizika'],
  ['химический', 'himičeskij'],
  ['центр', 'centr'],
  ['часы', 'časy'],
  ['школа', 'škola'],
  ['щит', 'ŝit'],
  ['съезд', 'sʺezd'],
  ['был', 'byl'],
  ['альбом', 'alʹbom'],
  ['это', 'èto'],
  ['южный', 'ûžnyj'],
  ['яма', 'âma'],
];

// Cyrillic ё (U+0451) in iuliia's expected output written as Latin ë (U+00EB).
const RU_SCIENTIFIC_IULIIA: readonly Vector[] = [
  ['Юлия, съешь ещё этих мягких французских булок из Йошкар-Олы, да выпей алтайского чаю', 'Julija, sʺešʹ eščë ètix mjagkix francuzskix bulok iz Joškar-Oly, da vypej altajskogo čaju'],
];

const RU_WIKIPEDIA_IULIIA: readonly Vector[] = [
  ['Юлия, съешь ещё этих мягких французских булок из Йошкар-Олы, да выпей алтайского чаю', 'Yuliya, syesh yeshchyo etikh myagkikh frantsuzskikh bulok iz Yoshkar-Oly, da vypey altayskogo chayu'],
  ['Россия, город Йошкар-Ола, улица Яна Крастыня', 'Rossiya, gorod Yoshkar-Ola, ulitsa Yana Krastynya'],
  ['Ельцин', 'Yeltsin'],
  ['Раздольное', 'Razdolnoye'],
  ['Юрьев', 'Yuryev'],
  ['Белкин', 'Belkin'],
  ['Бийск', 'Biysk'],
  ['Подъярский', 'Podyarsky'],
  ['Мусийкъонгийкоте', 'Musiykyongiykote'],
  ['Давыдов', 'Davydov'],
  ['Усолье', 'Usolye'],
  ['Выхухоль', 'Vykhukhol'],
  ['Дальнегорск', 'Dalnegorsk'],
  ['Ильинский', 'Ilyinsky'],
  ['Красный', 'Krasny'],
  ['Великий', 'Veliky'],
  ['Набережные Челны', 'Naberezhnye Chelny'],
];

// interscript writes й as ǐ/Ǐ (i with caron, U+01D0/U+01CF); the ALA-LC table has ĭ/Ĭ (breve, U+012D/U+012C), as iuliia does; written so here.
const RU_ALA_LC_INTERSCRIPT: readonly Vector[] = [
  ['Азов', 'Azov'],
  ['Тамбов', 'Tambov'],
  ['Барнаул', 'Barnaul'],
  ['Кубань', 'Kubanʹ'],
  ['Владимир', 'Vladimir'],
  ['Ульяновск', 'Ulʹi͡anovsk'],
  ['Грозный', 'Groznyĭ'],
  ['Волгодонск', 'Volgodonsk'],
  ['Дзержинский', 'Dzerzhinskiĭ'],
  ['Нелидово', 'Nelidovo'],
  ['Елизово', 'Elizovo'],
  ['Чебоксары', 'Cheboksary'],
  ['Ёлкин', 'Ëlkin'],
  ['Озёрный', 'Ozërnyĭ'],
  ['Жуков', 'Zhukov'],
  ['Лужники', 'Luzhniki'],
  ['Звенигород', 'Zvenigorod'],
  ['Вязьма', 'Vi͡azʹma'],
  ['Иркутск', 'Irkutsk'],
  ['Апатиты', 'Apatity'],
  ['Йошкар-Ола', 'Ĭoshkar-Ola'],
  ['Бийск', 'Biĭsk'],
  ['Киров', 'Kirov'],
  ['Енисейск', 'Eniseĭsk'],
  ['Ломоносов', 'Lomonosov'],
  ['Нелидово', 'Nelidovo'],
  ['Менделеев', 'Mendeleev'],
  ['Каменка', 'Kamenka'],
  ['Новосибирск', 'Novosibirsk'],
  ['Кандалакша', 'Kandalaksha'],
  ['Омск', 'Omsk'],
  ['Красноярск', 'Krasnoi͡arsk'],
  ['Петрозаводск', 'Petrozavodsk'],
  ['Серпухов', 'Serpukhov'],
  ['Ростов', 'Rostov'],
  ['Северобайкальск', 'Severobaĭkalʹsk'],
  ['Сковородино', 'Skovorodino'],
  ['Чайковский', 'Chaĭkovskiĭ'],
  ['Тамбов', 'Tambov'],
  ['Мытищи', 'Mytishchi'],
  ['Углич', 'Uglich'],
  ['Дудинка', 'Dudinka'],
  ['Фурманов', 'Furmanov'],
  ['Уфа', 'Ufa'],
  ['Хабаровск', 'Khabarovsk'],
  ['Прохладный', 'Prokhladnyĭ'],
  ['Цимлянск', 'T͡Simli͡ansk'],
  ['Ельцин', 'Elʹt͡sin'],
  ['Чебоксары', 'Cheboksary'],
  ['Печора', 'Pechora'],
  ['Шахтёрск', 'Shakhtërsk'],
  ['Мышкин', 'Myshkin'],
  ['Щёлково', 'Shchëlkovo'],
  ['Ртищево', 'Rtishchevo'],
  ['Подъездной', 'Podʺezdnoĭ'],
  ['Ыттык-Кёль', 'Yttyk-Këlʹ'],
  ['Тында', 'Tynda'],
  ['Тюмень', 'Ti͡umenʹ'],
  ['Электрогорск', 'Ėlektrogorsk'],
  ['Радиоэлектроника', 'Radioėlektronika'],
  ['Юбилейный', 'I͡Ubileĭnyĭ'],
  ['Ключевская', 'Kli͡uchevskai͡a'],
  ['Якутск', 'I͡Akutsk'],
  ['Брянск', 'Bri͡ansk'],
];

// Output of iuliia 0.8.2 on 29 names (computed in the research pack, russian.md §4), one column per scheme;
// Cyrillic ё in iuliia's output written as Latin ë.
const IULIIA_INPUTS: readonly string[] = [
  'Юлия Щеглова',
  'Никита Хрущёв',
  'Михаил Горбачёв',
  'Борис Ельцин',
  'Фёдор Достоевский',
  'Пётр Чайковский',
  'Ксения Собчак',
  'Дмитрий Медведев',
  'Сергей Лавров',
  'Алексей Навальный',
  'Юрий Гагарин',
  'Евгений Евтушенко',
  'Наталья Гончарова',
  'Татьяна Яковлева',
  'Геннадий Зюганов',
  'Владимир Жириновский',
  'Сергей Шойгу',
  'Владимир Соловьёв',
  'Лев Толстой',
  'Виктор Цой',
  'Майя Плисецкая',
  'Ольга Подъячева',
  'Артём Краевой',
  'Ильич',
  'Объезд',
  'Большой',
  'Васильев',
  'Андрей Видный',
  'Эдуард Лимонов',
];
const IULIIA_OUTPUTS: Readonly<Record<string, readonly string[]>> = {
  'ru-icao': [
    'Iuliia Shcheglova',
    'Nikita Khrushchev',
    'Mikhail Gorbachev',
    'Boris Eltsin',
    'Fedor Dostoevskii',
    'Petr Chaikovskii',
    'Kseniia Sobchak',
    'Dmitrii Medvedev',
    'Sergei Lavrov',
    'Aleksei Navalnyi',
    'Iurii Gagarin',
    'Evgenii Evtushenko',
    'Natalia Goncharova',
    'Tatiana Iakovleva',
    'Gennadii Ziuganov',
    'Vladimir Zhirinovskii',
    'Sergei Shoigu',
    'Vladimir Solovev',
    'Lev Tolstoi',
    'Viktor Tsoi',
    'Maiia Plisetskaia',
    'Olga Podieiacheva',
    'Artem Kraevoi',
    'Ilich',
    'Obieezd',
    'Bolshoi',
    'Vasilev',
    'Andrei Vidnyi',
    'Eduard Limonov',
  ],
  'ru-bgn-pcgn': [
    'Yuliya Shcheglova',
    'Nikita Khrushchëv',
    'Mikhail Gorbachëv',
    'Boris Yel’tsin',
    'Fëdor Dostoyevskiy',
    'Pëtr Chaykovskiy',
    'Kseniya Sobchak',
    'Dmitriy Medvedev',
    'Sergey Lavrov',
    'Aleksey Naval’nyy',
    'Yuriy Gagarin',
    'Yevgeniy Yevtushenko',
    'Natal’ya Goncharova',
    'Tat’yana Yakovleva',
    'Gennadiy Zyuganov',
    'Vladimir Zhirinovskiy',
    'Sergey Shoygu',
    'Vladimir Solov’yëv',
    'Lev Tolstoy',
    'Viktor Tsoy',
    'Mayya Plisetskaya',
    'Ol’ga Pod”yacheva',
    'Artëm Krayevoy',
    'Il’ich',
    'Ob”yezd',
    'Bol’shoy',
    'Vasil’yev',
    'Andrey Vidnyy',
    'Eduard Limonov',
  ],
  'ru-iso9': [
    'Ûliâ Ŝeglova',
    'Nikita Hruŝëv',
    'Mihail Gorbačëv',
    'Boris Elʹcin',
    'Fëdor Dostoevskij',
    'Pëtr Čajkovskij',
    'Kseniâ Sobčak',
    'Dmitrij Medvedev',
    'Sergej Lavrov',
    'Aleksej Navalʹnyj',
    'Ûrij Gagarin',
    'Evgenij Evtušenko',
    'Natalʹâ Gončarova',
    'Tatʹâna Âkovleva',
    'Gennadij Zûganov',
    'Vladimir Žirinovskij',
    'Sergej Šojgu',
    'Vladimir Solovʹëv',
    'Lev Tolstoj',
    'Viktor Coj',
    'Majâ Pliseckaâ',
    'Olʹga Podʺâčeva',
    'Artëm Kraevoj',
    'Ilʹič',
    'Obʺezd',
    'Bolʹšoj',
    'Vasilʹev',
    'Andrej Vidnyj',
    'Èduard Limonov',
  ],
  'ru-gost-7.79-b': [
    'Yuliya Shheglova',
    'Nikita Xrushhyov',
    'Mixail Gorbachyov',
    'Boris El`cin',
    'Fyodor Dostoevskij',
    'Pyotr Chajkovskij',
    'Kseniya Sobchak',
    'Dmitrij Medvedev',
    'Sergej Lavrov',
    'Aleksej Naval`ny`j',
    'Yurij Gagarin',
    'Evgenij Evtushenko',
    'Natal`ya Goncharova',
    'Tat`yana Yakovleva',
    'Gennadij Zyuganov',
    'Vladimir Zhirinovskij',
    'Sergej Shojgu',
    'Vladimir Solov`yov',
    'Lev Tolstoj',
    'Viktor Czoj',
    'Majya Pliseczkaya',
    'Ol`ga Pod``yacheva',
    'Artyom Kraevoj',
    'Il`ich',
    'Ob``ezd',
    'Bol`shoj',
    'Vasil`ev',
    'Andrej Vidny`j',
    'E`duard Limonov',
  ],
  'ru-scientific': [
    'Julija Ščeglova',
    'Nikita Xruščëv',
    'Mixail Gorbačëv',
    'Boris Elʹcin',
    'Fëdor Dostoevskij',
    'Pëtr Čajkovskij',
    'Ksenija Sobčak',
    'Dmitrij Medvedev',
    'Sergej Lavrov',
    'Aleksej Navalʹnyj',
    'Jurij Gagarin',
    'Evgenij Evtušenko',
    'Natalʹja Gončarova',
    'Tatʹjana Jakovleva',
    'Gennadij Zjuganov',
    'Vladimir Žirinovskij',
    'Sergej Šojgu',
    'Vladimir Solovʹëv',
    'Lev Tolstoj',
    'Viktor Coj',
    'Majja Pliseckaja',
    'Olʹga Podʺjačeva',
    'Artëm Kraevoj',
    'Ilʹič',
    'Obʺezd',
    'Bolʹšoj',
    'Vasilʹev',
    'Andrej Vidnyj',
    'Èduard Limonov',
  ],
  'ru-wikipedia': [
    'Yuliya Shcheglova',
    'Nikita Khrushchyov',
    'Mikhail Gorbachyov',
    'Boris Yeltsin',
    'Fyodor Dostoyevsky',
    'Pyotr Chaykovsky',
    'Kseniya Sobchak',
    'Dmitry Medvedev',
    'Sergey Lavrov',
    'Aleksey Navalny',
    'Yury Gagarin',
    'Yevgeny Yevtushenko',
    'Natalya Goncharova',
    'Tatyana Yakovleva',
    'Gennady Zyuganov',
    'Vladimir Zhirinovsky',
    'Sergey Shoygu',
    'Vladimir Solovyov',
    'Lev Tolstoy',
    'Viktor Tsoy',
    'Mayya Plisetskaya',
    'Olga Podyacheva',
    'Artyom Krayevoy',
    'Ilyich',
    'Obyezd',
    'Bolshoy',
    'Vasilyev',
    'Andrey Vidny',
    'Eduard Limonov',
  ],
};

const UK_KMU_2010_OFFICIAL: readonly Vector[] = [
  ['Алушта', 'Alushta'],
  ['Андрій', 'Andrii'],
  ['Борщагівка', 'Borshchahivka'],
  ['Борисенко', 'Borysenko'],
  ['Вінниця', 'Vinnytsia'],
  ['Володимир', 'Volodymyr'],
  ['Гадяч', 'Hadiach'],
  ['Богдан', 'Bohdan'],
  ['Згурський', 'Zghurskyi'],
  ['Ґалаґан', 'Galagan'],
  ['Ґорґани', 'Gorgany'],
  ['Донецьк', 'Donetsk'],
  ['Дмитро', 'Dmytro'],
  ['Рівне', 'Rivne'],
  ['Олег', 'Oleh'],
  ['Есмань', 'Esman'],
  ['Єнакієве', 'Yenakiieve'],
  ['Гаєвич', 'Haievych'],
  ['Короп\'є', 'Koropie'],
  ['Житомир', 'Zhytomyr'],
  ['Жанна', 'Zhanna'],
  ['Жежелів', 'Zhezheliv'],
  ['Закарпаття', 'Zakarpattia'],
  ['Казимирчук', 'Kazymyrchuk'],
  ['Медвин', 'Medvyn'],
  ['Михайленко', 'Mykhailenko'],
  ['Іванків', 'Ivankiv'],
  ['Іващенко', 'Ivashchenko'],
  ['Їжакевич', 'Yizhakevych'],
  ['Кадиївка', 'Kadyivka'],
  ['Мар\'їне', 'Marine'],
  ['Йосипівка', 'Yosypivka'],
  ['Стрий', 'Stryi'],
  ['Олексій', 'Oleksii'],
  ['Київ', 'Kyiv'],
  ['Коваленко', 'Kovalenko'],
  ['Лебедин', 'Lebedyn'],
  ['Леонід', 'Leonid'],
  ['Миколаїв', 'Mykolaiv'],
  ['Маринич', 'Marynych'],
  ['Ніжин', 'Nizhyn'],
  ['Наталія', 'Nataliia'],
  ['Одеса', 'Odesa'],
  ['Онищенко', 'Onyshchenko'],
  ['Полтава', 'Poltava'],
  ['Петро', 'Petro'],
  ['Решетилівка', 'Reshetylivka'],
  ['Рибчинський', 'Rybchynskyi'],
  ['Суми', 'Sumy'],
  ['Соломія', 'Solomiia'],
  ['Тернопіль', 'Ternopil'],
  ['Троць', 'Trots'],
  ['Ужгород', 'Uzhhorod'],
  ['Уляна', 'Uliana'],
  ['Фастів', 'Fastiv'],
  ['Філіпчук', 'Filipchuk'],
  ['Харків', 'Kharkiv'],
  ['Христина', 'Khrystyna'],
  ['Біла Церква', 'Bila Tserkva'],
  ['Стеценко', 'Stetsenko'],
  ['Чернівці', 'Chernivtsi'],
  ['Шевченко', 'Shevchenko'],
  ['Шостка', 'Shostka'],
  ['Кишеньки', 'Kyshenky'],
  ['Щербухи', 'Shcherbukhy'],
  ['Гоща', 'Hoshcha'],
  ['Гаращенко', 'Harashchenko'],
  ['Яготин', 'Yahotyn'],
  ['Ярошенко', 'Yaroshenko'],
  ['Костянтин', 'Kostiantyn'],
  ['Знам\'янка', 'Znamianka'],
  ['Феодосія', 'Feodosiia'],
  ['Згорани', 'Zghorany'],
  ['Розгон', 'Rozghon'],
];

const UK_BGN_2019: readonly Vector[] = [
  ['Алушта', 'Alushta'],
  ['Борщагівка', 'Borshchahivka'],
  ['Вишгород', 'Vyshhorod'],
  ['Гадяч', 'Hadiach'],
  ['Згорани', 'Zghorany'],
  ['Ґалаґан', 'Galagan'],
  ['Дон', 'Don'],
  ['Рівне', 'Rivne'],
  ['Єнакієве', 'Yenakiieve'],
  ['Наєнко', 'Naienko'],
  ['Житомир', 'Zhytomyr'],
  ['Запоріжжя', 'Zaporizhzhia'],
  ['Закарпаття', 'Zakarpattia'],
  ['Медвин', 'Medvyn'],
  ['Іршава', 'Irshava'],
  ['Їжакевич', 'Yizhakevych'],
  ['Кадіївка', 'Kadiivka'],
  ['Йосипівка', 'Yosypivka'],
  ['Стрий', 'Stryi'],
  ['Київ', 'Kyiv'],
  ['Лебедин', 'Lebedyn'],
  ['Миколаїв', 'Mykolaiv'],
  ['Ніжин', 'Nizhyn'],
  ['Одеса', 'Odesa'],
  ['Полтава', 'Poltava'],
  ['Ромни', 'Romny'],
  ['Суми', 'Sumy'],
  ['Тетерів', 'Teteriv'],
  ['Ужгород', 'Uzhhorod'],
  ['Фастів', 'Fastiv'],
  ['Харків', 'Kharkiv'],
  ['Біла Церква', 'Bila Tserkva'],
  ['Чернівці', 'Chernivtsi'],
  ['Шостка', 'Shostka'],
  ['Гоща', 'Hoshcha'],
  ['Русь', 'Rus'],
  ['Юрій', 'Yurii'],
  ['Крюківка', 'Kriukivka'],
  ['Яготин', 'Yahotyn'],
  ['Ічня', 'Ichnia'],
  ['Знам’янка', 'Znamianka'],
];

const UK_RESOLUTION_858_CAPS: readonly Vector[] = [
  ['ДІЯЛЬНІСТЬ', 'DIIALNIST'],
  ['ЮЛІЯ', 'YULIIA'],
  ['ЙОРКШИР-ТЕР\'ЄР', 'YORKSHYR-TERIER'],
  ['УКРАЇНА', 'UKRAINA'],
  ['КИЇВ', 'KYIV'],
];

const UK_RESEARCH: readonly Vector[] = [
  ['Володимир Зеленський', 'Volodymyr Zelenskyi'],
  ['Петро Порошенко', 'Petro Poroshenko'],
  ['Юлія Тимошенко', 'Yuliia Tymoshenko'],
  ['Віталій Кличко', 'Vitalii Klychko'],
  ['Київ', 'Kyiv'],
  ['Харків', 'Kharkiv'],
  ['Запоріжжя', 'Zaporizhzhia'],
  ['Львів', 'Lviv'],
  ['Чернігів', 'Chernihiv'],
  ['Згурський', 'Zghurskyi'],
  ['Розгон', 'Rozghon'],
  ['Знам\'янка', 'Znamianka'],
  ['Їжакевич', 'Yizhakevych'],
  ['Єнакієве', 'Yenakiieve'],
  ['Короп\'є', 'Koropie'],
  ['Мар\'їне', 'Marine'],
  ['Олексій', 'Oleksii'],
  ['Наталія', 'Nataliia'],
  ['Андрій Шевченко', 'Andrii Shevchenko'],
  ['Ґалаґан', 'Galagan'],
  ['Щербухи', 'Shcherbukhy'],
  ['Соловйов', 'Soloviov'],
  ['Ярослав', 'Yaroslav'],
  ['Яготин', 'Yahotyn'],
  ['В\'ячеслав', 'Viacheslav'],
  ['Гнатюк', 'Hnatiuk'],
  ['Юрій', 'Yurii'],
];

const UK_BGN_1965: readonly Vector[] = [
  ['Авдіївська Міськрада', 'Avdiyivs’ka Mis’krada'],
  ['Бабаї', 'Babayi'],
  ['Віленька', 'Vilen’ka'],
  ['Гагарінський Район', 'Haharins’kyy Rayon'],
  ['Довбушева Криниця', 'Dovbusheva Krynytsya'],
  ['Дідівщина', 'Didivshchyna'],
  ['Економічна', 'Ekonomichna'],
  ['Єфросинівка', 'Yefrosynivka'],
  ['Жигуліна Роща', 'Zhyhulina Roshcha'],
  ['Загір’я', 'Zahir”ya'],
  ['З’єднувальний Канал', 'Z”yednuval’nyy Kanal'],
  ['Ивахи', 'Yvakhy'],
  ['Івано-Франківська Міськрада', 'Ivano-Frankivs’ka Mis’krada'],
  ['Їжаківка', 'Yizhakivka'],
  ['Йосиповичі', 'Yosypovychi'],
  ['Кабичівка', 'Kabychivka'],
  ['Лазуровий Провулок', 'Lazurovyy Provulok'],
  ['Мала Сейдеминуха', 'Mala Seydemynukha'],
  ['Нагірний', 'Nahirnyy'],
  ['Овер’янівське Озеро', 'Over”yanivs’ke Ozero'],
  ['Павлопільське Водосховище', 'Pavlopil’s’ke Vodoskhovyshche'],
  ['Приґородний', 'Prygorodnyy'],
  ['Радгосп Правда', 'Radhosp Pravda'],
  ['Садово-Хрустальненський', 'Sadovo-Khrustal’nens’kyy'],
  ['Таратутине', 'Taratutyne'],
  ['Улу-Узень', 'Ulu-Uzen’'],
  ['Христофорівка', 'Khrystoforivka'],
  ['Центральна Вулиця', 'Tsentral’na Vulytsya'],
  ['Чайковичі', 'Chaykovychi'],
  ['Шалаші', 'Shalashi'],
  ['Щербинівка', 'Shcherbynivka'],
  ['Южноукраїнська Міськрада', 'Yuzhnoukrayins’ka Mis’krada'],
  ['Ясениця', 'Yasenytsya'],
];

const BG_BGN_2013: readonly Vector[] = [
  ['София', 'Sofia'],
  ['София-Град', 'Sofia-Grad'],
  ['България', 'Bulgaria'],
];

const BG_ACT_EXAMPLES: readonly Vector[] = [
  ['София', 'Sofia'],
  ['Шумен', 'Shumen'],
  ['Перник', 'Pernik'],
  ['Горна Оряховица', 'Gorna Oryahovitsa'],
  ['Баня', 'Banya'],
  ['Самоков', 'Samokov'],
  ['Пловдив', 'Plovdiv'],
  ['Варна', 'Varna'],
  ['Бургас', 'Burgas'],
  ['Русе', 'Ruse'],
  ['Стара Загора', 'Stara Zagora'],
  ['Плевен', 'Pleven'],
  ['Сливен', 'Sliven'],
  ['Добрич', 'Dobrich'],
  ['Търговище', 'Targovishte'],
  ['Кърджали', 'Kardzhali'],
  ['Хасково', 'Haskovo'],
  ['Ямбол', 'Yambol'],
  ['Благоевград', 'Blagoevgrad'],
  ['Пазарджик', 'Pazardzhik'],
  ['Велико Търново', 'Veliko Tarnovo'],
  ['Габрово', 'Gabrovo'],
  ['Смолян', 'Smolyan'],
  ['Кюстендил', 'Kyustendil'],
  ['Ловеч', 'Lovech'],
  ['Враца', 'Vratsa'],
  ['Монтана', 'Montana'],
  ['Видин', 'Vidin'],
  ['Силистра', 'Silistra'],
  ['Разград', 'Razgrad'],
  ['Дупница', 'Dupnitsa'],
  ['Гоце Делчев', 'Gotse Delchev'],
  ['Асеновград', 'Asenovgrad'],
  ['Казанлък', 'Kazanlak'],
  ['Свищов', 'Svishtov'],
  ['Ботевград', 'Botevgrad'],
  ['Царево', 'Tsarevo'],
  ['Чепеларе', 'Chepelare'],
  ['Жеравна', 'Zheravna'],
  ['Щръклево', 'Shtraklevo'],
  ['Мария', 'Maria'],
  ['Мизия', 'Mizia'],
  ['Сияна', 'Siyana'],
  ['България', 'Bulgaria'],
  ['Българка', 'Balgarka'],
  ['Добруджа', 'Dobrudzha'],
  ['Синьо', 'Sinyo'],
  ['Йордан', 'Yordan'],
  ['Пейо Яворов', 'Peyo Yavorov'],
  ['Христо Ботев', 'Hristo Botev'],
  ['Васил Левски', 'Vasil Levski'],
  ['Бойко Борисов', 'Boyko Borisov'],
  ['Румен Радев', 'Rumen Radev'],
  ['Гергана', 'Gergana'],
  ['Цветелина', 'Tsvetelina'],
  ['Юлия', 'Yulia'],
  ['Любов', 'Lyubov'],
  ['Ючбунар', 'Yuchbunar'],
  ['Дзеко', 'Dzeko'],
  ['Жечка', 'Zhechka'],
  ['Шишманов', 'Shishmanov'],
  ['Щерьо', 'Shteryo'],
];

const BG_ANTARCTIC_ACT: readonly Vector[] = [
  ['нунатак Абрит', 'nunatak Abrit'],
  ['връх Академия', 'vrah Akademia'],
  ['връх Ами Буе', 'vrah Ami Bue'],
  ['нос Айтос', 'nos Aytos'],
  ['залив Баба Тонка', 'zaliv Baba Tonka'],
  ['Балабански камък', 'Balabanski kamak'],
  ['Бедечки поток', 'Bedechki potok'],
  ['нос Бяга', 'nos Byaga'],
  ['остров Качо', 'ostrov Kacho'],
  ['Чакъров остров', 'Chakarov ostrov'],
  ['връх Дъбник', 'vrah Dabnik'],
  ['залив Десислава', 'zaliv Desislava'],
  ['ледник Джераси', 'lednik Dzherasi'],
  ['Джегова скала', 'Dzhegova skala'],
  ['Нунатак Едуард', 'Nunatak Eduard'],
  ['Елховска седловина', 'Elhovska sedlovina'],
  ['ледник Етър', 'lednik Etar'],
  ['нунатак Филип Тотю', 'nunatak Filip Totyu'],
  ['ледник Габаре', 'lednik Gabare'],
  ['риф Гергини', 'rif Gergini'],
  ['Гяуров връх', 'Gyaurov vrah'],
  ['Гуцалски рид', 'Gutsalski rid'],
  ['Хараламбиев остров', 'Haralambiev ostrov'],
  ['връх Ичера', 'vrah Ichera'],
  ['полуостров Йоан Павел II', 'poluostrov Yoan Pavel II'],
  ['нос Иван Александър', 'nos Ivan Aleksandar'],
  ['нос Иречек', 'nos Irechek'],
  ['нос Кърджали', 'nos Kardzhali'],
  ['седловина Кърнаре', 'sedlovina Karnare'],
  ['нунатак Керсеблепт', 'nunatak Kerseblept'],
  ['Кондофрейски възвишения', 'Kondofreyski vazvishenia'],
  ['Костинбродски проход', 'Kostinbrodski prohod'],
  ['връх Кожух', 'vrah Kozhuh'],
  ['Кукерски нунатаци', 'Kukerski nunatatsi'],
  ['залив Лазурен бряг', 'zaliv Lazuren bryag'],
  ['връх Лудогорие', 'vrah Ludogorie'],
  ['Лютибродски скали', 'Lyutibrodski skali'],
  ['Масларов нунатак', 'Maslarov nunatak'],
  ['Михневски връх', 'Mihnevski vrah'],
  ['рид Митино', 'rid Mitino'],
  ['езеро Наяда', 'ezero Nayada'],
  ['нос Никюп', 'nos Nikyup'],
  ['рид Оборище', 'rid Oborishte'],
  ['залив Олуша', 'zaliv Olusha'],
  ['Оряховски възвишения', 'Oryahovski vazvishenia'],
  ['нунатак Памидово', 'nunatak Pamidovo'],
  ['връх Парангалица', 'vrah Parangalitsa'],
  ['Първомайски провлак', 'Parvomayski provlak'],
  ['ледник Патлейна', 'lednik Patleyna'],
  ['полуостров Перник', 'poluostrov Pernik'],
  ['връх Петко Войвода', 'vrah Petko Voyvoda'],
  ['остров Фанагория', 'ostrov Fanagoria'],
  ['нос Плас', 'nos Plas'],
  ['Пресиянов рид', 'Presiyanov rid'],
  ['връх Принсипе де Астуриас', 'vrah Prinsipe de Asturias'],
  ['нунатак Ръченица', 'nunatak Rachenitsa'],
  ['връх Райна Княгиня', 'vrah Rayna Knyaginya'],
  ['Рид Ръжана', 'Rid Razhana'],
  ['връх Ригс', 'vrah Rigs'],
  ['остров Рогулят', 'ostrov Rogulyat'],
  ['ледник Сабазий', 'lednik Sabaziy'],
  ['ледник Съединение', 'lednik Saedinenie'],
  ['нунатак Сенокос', 'nunatak Senokos'],
  ['Сейдолски камък', 'Seydolski kamak'],
  ['ледник Щерна', 'lednik Shterna'],
  ['връх Шишман', 'vrah Shishman'],
  ['ледник Сигмен', 'lednik Sigmen'],
  ['Седловина Синитово', 'Sedlovina Sinitovo'],
  ['Ледник Скаплизо', 'Lednik Skaplizo'],
  ['залив Слънчев бряг', 'zaliv Slanchev bryag'],
  ['остров Соатрис', 'ostrov Soatris'],
  ['планина Софийски Университет', 'planina Sofiyski Universitet'],
  ['ледник Сребърна', 'lednik Srebarna'],
  ['Средногорски възвишения', 'Srednogorski vazvishenia'],
  ['Св. Евтимиев камък', 'Sv. Evtimiev kamak'],
  ['база Св. Климент Охридски', 'baza Sv. Kliment Ohridski'],
  ['връх Стъргел', 'vrah Stargel'],
  ['нунатак Сторгозия', 'nunatak Storgozia'],
  ['нунатак Сурвакари', 'nunatak Survakari'],
  ['ледник Световрачене', 'lednik Svetovrachene'],
  ['остров Теменуга', 'ostrov Temenuga'],
  ['Тракийски възвишения', 'Trakiyski vazvishenia'],
  ['хълм Цамблак', 'halm Tsamblak'],
  ['ледник Урдовиза', 'lednik Urdoviza'],
  ['остров Вълчедръм', 'ostrov Valchedram'],
  ['острови Вардим', 'ostrovi Vardim'],
  ['Владигеров проток', 'Vladigerov protok'],
  ['ледник Ябланица', 'lednik Yablanitsa'],
  ['залив Ямфорина', 'zaliv Yamforina'],
  ['Йовков нос', 'Yovkov nos'],
  ['рид Заберново', 'rid Zabernovo'],
  ['ледник Збелсурд', 'lednik Zbelsurd'],
  ['Жефарович камък', 'Zhefarovich kamak'],
  ['връх Зиези', 'vrah Ziezi'],
  ['залив Златни пясъци', 'zaliv Zlatni pyasatsi'],
  ['ледник Злокучене', 'lednik Zlokuchene'],
  ['проток Злогош', 'protok Zlogosh'],
];

const BG_RESEARCH: readonly Vector[] = [
  ['София', 'Sofia'],
  ['Шумен', 'Shumen'],
  ['Перник', 'Pernik'],
  ['Горна Оряховица', 'Gorna Oryahovitsa'],
  ['Баня', 'Banya'],
  ['Самоков', 'Samokov'],
  ['Пловдив', 'Plovdiv'],
  ['Търговище', 'Targovishte'],
  ['Кърджали', 'Kardzhali'],
  ['Бойко Борисов', 'Boyko Borisov'],
  ['Румен Радев', 'Rumen Radev'],
  ['Мария', 'Maria'],
  ['Мизия', 'Mizia'],
  ['Сияна', 'Siyana'],
  ['Христо Стоичков', 'Hristo Stoichkov'],
  ['Благоевград', 'Blagoevgrad'],
  ['Щерев', 'Shterev'],
  ['Георги Първанов', 'Georgi Parvanov'],
  ['Любомир', 'Lyubomir'],
  ['Йордан Йовков', 'Yordan Yovkov'],
  ['Гюргево', 'Gyurgevo'],
  ['Чепеларе', 'Chepelare'],
  ['Дядо', 'Dyado'],
  ['Ябълково', 'Yabalkovo'],
  ['Веселина Деянова', 'Veselina Deyanova'],
  ['Калиакра', 'Kaliakra'],
  ['Видин', 'Vidin'],
  ['Кюстендил', 'Kyustendil'],
  ['Добруджа', 'Dobrudzha'],
  ['Пазарджик', 'Pazardzhik'],
  ['Синьо', 'Sinyo'],
  ['Стоянов', 'Stoyanov'],
  ['Жечка', 'Zhechka'],
];

const BE_2007: readonly Vector[] = [
  ['Аршанскi', 'Aršanski'],
  ['Бешанковічы', 'Biešankovičy'],
  ['Віцебск', 'Viciebsk'],
  ['Гомель', 'Homieĺ'],
  ['Гаўя', 'Haŭja'],
  ['Добруш', 'Dobruš'],
  ['Ельск', 'Jeĺsk'],
  ['Бабаедава', 'Babajedava'],
  ['Венцавічы', 'Viencavičy'],
  ['Ёды', 'Jody'],
  ['Вераб\'ёвічы', 'Vierabjovičy'],
  ['Мёры', 'Miory'],
  ['Зэльва', 'Zeĺva'],
  ['Iванава', 'Ivanava'],
  ['Iўе', 'Iŭje'],
  ['Лагойск', 'Lahojsk'],
  ['Круглае', 'Kruhlaje'],
  ['Лошыца', 'Lošyca'],
  ['Любань', 'Liubań'],
  ['Магілёў', 'Mahilioŭ'],
  ['Нясвіж', 'Niasviž'],
  ['Орша', 'Orša'],
  ['Паставы', 'Pastavy'],
  ['Рагачоў', 'Rahačoŭ'],
  ['Смаргонь', 'Smarhoń'],
  ['Талачын', 'Talačyn'],
  ['Узда', 'Uzda'],
  ['Шаркаўшчына', 'Šarkaŭščyna'],
  ['Фаніпаль', 'Fanipaĺ'],
  ['Хоцімск', 'Chocimsk'],
  ['Цёмны Лес', 'Ciomny Lies'],
  ['Чавусы', 'Čavusy'],
  ['Шумілiна', 'Šumilina'],
  ['Чыгірынка', 'Čyhirynka'],
  ['Чэрвень', 'Červień'],
  ['Друць', 'Druć'],
  ['Чачэрск', 'Čačersk'],
  ['Юхнаўка', 'Juchnaŭka'],
  ['Гаюціна', 'Hajucina'],
  ['Цюрлі', 'Ciurli'],
  ['Любонічы', 'Liuboničy'],
  ['Ямнае', 'Jamnaje'],
  ['Баяры', 'Bajary'],
  ['Валяр\'яны', 'Valiarjany'],
  ['Вязынка', 'Viazynka'],
  ['Беларусь', 'Bielaruś'],
];

const BE_RESEARCH: readonly Vector[] = [
  ['Аляксандр Лукашэнка', 'Aliaksandr Lukašenka'],
  ['Святлана Ціханоўская', 'Sviatlana Cichanoŭskaja'],
  ['Мінск', 'Minsk'],
  ['Магілёў', 'Mahilioŭ'],
  ['Гомель', 'Homieĺ'],
  ['Віцебск', 'Viciebsk'],
  ['Брэст', 'Brest'],
  ['Гродна', 'Hrodna'],
  ['Маладзечна', 'Maladziečna'],
  ['Нясвіж', 'Niasviž'],
  ['Вераб\'ёвічы', 'Vierabjovičy'],
  ['Шаркаўшчына', 'Šarkaŭščyna'],
  ['Чэрвень', 'Červień'],
  ['Любань', 'Liubań'],
  ['Бабрыковіч', 'Babrykovič'],
  ['Марыя', 'Maryja'],
  ['Ігар', 'Ihar'],
  ['Ельск', 'Jeĺsk'],
];

const BE_BGN_1979: readonly Vector[] = [
  ['Антон', 'Anton'],
  ['Вілейка', 'Vilyeyka'],
  ['Брэст', 'Brest'],
  ['Дубна', 'Dubna'],
  ['Віцебск', 'Vitsyebsk'],
  ['Асіповічы', 'Asipovichy'],
  ['Гродна', 'Hrodna'],
  ['Брагін', 'Brahin'],
  ['Добруш', 'Dobrush'],
  ['Ліда', 'Lida'],
  ['Гомель', 'Homyel’'],
  ['Беліца', 'Byelitsa'],
  ['Ёдкавічы', 'Yodkavichy'],
  ['Нёман', 'Nyoman'],
  ['Жлобін', 'Zhlobin'],
  ['Ружаны', 'Ruzhany'],
  ['Зоя', 'Zoya'],
  ['князь', 'knyaz’'],
  ['Ігнат', 'Ihnat'],
  ['Мінск', 'Minsk'],
  ['Йосель', 'Yosyel’'],
  ['Койданава', 'Koydanava'],
  ['Крапіўна', 'Krapiwna'],
  ['Менск', 'Myensk'],
  ['Лаўна', 'Lawna'],
  ['Лёсік', 'Lyosik'],
  ['Купала', 'Kupala'],
  ['Вілейка', 'Vilyeyka'],
  ['Міхал', 'Mikhal'],
  ['Вільня', 'Vil’nya'],
  ['Лепель', 'Lyepyel’'],
  ['Магілёў', 'Mahilyow'],
  ['Няміга', 'Nyamiha'],
  ['Наваградак', 'Navahradak'],
  ['Баранавічы', 'Baranavichy'],
  ['Орша', 'Orsha'],
  ['Востраў', 'Vostraw'],
  ['Пінск', 'Pinsk'],
  ['Дняпро', 'Dnyapro'],
  ['Рагачоў', 'Rahachow'],
  ['Сураж', 'Surazh'],
  ['Смаляны', 'Smalyany'],
  ['Арэса', 'Aresa'],
  ['Рось', 'Ros’'],
  ['Талочын', 'Talochyn'],
  ['Масты', 'Masty'],
  ['Уладзімір', 'Uladzimir'],
  ['Бабруйск', 'Babruysk'],
  ['Быхаў', 'Bykhaw'],
  ['Воўпа', 'Vowpa'],
  ['Іўе', 'Iwye'],
  ['Фолюш', 'Folyush'],
  ['фортка', 'fortka'],
  ['Хатынь', 'Khatyn’'],
  ['Быхаў', 'Bykhaw'],
  ['Ганцавічы', 'Hantsavichy'],
  ['Стоўбцы', 'Stowbtsy'],
  ['цьмяны', 'ts’myany'],
  ['мясцовы', 'myastsovy'],
  ['Астравец', 'Astravyets'],
  ['Прыпяць', 'Prypyats’'],
  ['Чэрыкаў', 'Cherykaw'],
  ['Шчара', 'Shchara'],
  ['Нарач', 'Narach'],
  ['Шклоў', 'Shklow'],
  ['Ашмяны', 'Ashmyany'],
  ['Ыттык-Кёль', 'Yttyk-Kyol’'],
  ['Кобрын', 'Kobryn'],
  ['Солы', 'Soly'],
  ['Копысь', 'Kopys’'],
  ['рунь', 'run’'],
  ['Эйсманты', 'Eysmanty'],
  ['Крэва', 'Kreva'],
  ['Юры', 'Yury'],
  ['уюн', 'uyun'],
  ['Язэп', 'Yazep'],
  ['Івянец', 'Ivyanyets'],
  ['з’езд', 'z”yezd'],
  ['Вялiкiя Вераб’евічы', 'Vyalikiya Vyerab”yevichy'],
  ['Дзям’янаўцы', 'Dzyam”yanawtsy'],
  ['Задвор’е', 'Zadvor”ye'],
  ['Гезгалы', 'Hyez·haly'],
  ['Вадасховішча Гезгальскае', 'Vadaskhovishcha Hyez·hal’skaye'],
];

const SR_BGN_2005: readonly Vector[] = [
  ['Шупља Стена', 'Šuplja Stena'],
  ['Чукарица', 'Čukarica'],
  ['Црна Трава', 'Crna Trava'],
  ['Херцег Нови', 'Herceg Novi'],
  ['Улцињ', 'Ulcinj'],
  ['Ужице', 'Užice'],
  ['Тресаначка Река', 'Tresanačka Reka'],
  ['Сјеница', 'Sjenica'],
  ['Рожаје', 'Rožaje'],
  ['Пљевља', 'Pljevlja'],
  ['Оџаци', 'Odžaci'],
  ['Никшић', 'Nikšić'],
  ['Медвеђа', 'Medveđa'],
  ['Лозница', 'Loznica'],
  ['Књажевац', 'Knjaževac'],
  ['Зрењанин', 'Zrenjanin'],
  ['Житорађа', 'Žitorađa'],
  ['Ервеник', 'Ervenik'],
  ['Доње Љупче', 'Donje Ljupče'],
  ['Гусиње', 'Gusinje'],
  ['ГУСИЊЕ', 'GUSINJE'],
  ['Врњачка Бања', 'Vrnjačka Banja'],
  ['Бијело Поље', 'Bijelo Polje'],
  ['Алибунар', 'Alibunar'],
];

const SR_RESEARCH: readonly Vector[] = [
  ['Александар Вучић', 'Aleksandar Vučić'],
  ['Новак Ђоковић', 'Novak Đoković'],
  ['Београд', 'Beograd'],
  ['Нови Сад', 'Novi Sad'],
  ['Љубиша', 'Ljubiša'],
  ['Његотин', 'Njegotin'],
  ['Џаја', 'Džaja'],
  ['Ћуприја', 'Ćuprija'],
  ['Чачак', 'Čačak'],
  ['Шабац', 'Šabac'],
  ['Жарко', 'Žarko'],
  ['Ивана Јовановић', 'Ivana Jovanović'],
];

const MK_OFFICIAL_RESEARCH: readonly Vector[] = [
  ['Скопје', 'Skopje'],
  ['Ѓорѓе Иванов', 'Gjorgje Ivanov'],
  ['Зоран Заев', 'Zoran Zaev'],
  ['Киро Глигоров', 'Kiro Gligorov'],
  ['Кочани', 'Kochani'],
  ['Штип', 'Shtip'],
  ['Џеладин', 'Djeladin'],
  ['Ѓевгелија', 'Gjevgelija'],
  ['Ќафа', 'Kjafa'],
  ['Ѕвезда', 'Dzvezda'],
  ['Жан Митрев', 'Zhan Mitrev'],
  ['Шишков', 'Shishkov'],
];

const MK_BGN_2013: readonly Vector[] = [
  ['Ѓенови Ливаѓе', 'Ǵenovi Livaǵe'],
  ['ЛУЃЕ луѓе', 'LUǴE luǵe'],
  ['ЅВЕЗДА ѕвезда Ѕвезда', 'DZVEZDA dzvezda Dzvezda'],
  ['Јабежица', 'Jabežica'],
  ['Љиќен и Бард', 'Ljiḱen i Bard'],
  ['Ќамилов Чукар', 'Ḱamilov Čukar'],
  ['Џавидин Кајнак', 'Džavidin Kajnak'],
  ['Џамалџи', 'Džamaldži'],
  ['Џибра Гури и Зи', 'Džibra Guri i Zi'],
  ['Абазова Куќарица', 'Abazova Kuḱarica'],
  ['Баба Анѓина Маала', 'Baba Anǵina Maala'],
  ['Ваљановец', 'Valjanovec'],
  ['Галал Једи Дереш', 'Galal Jedi Dereš'],
  ['Дванаесет Клајнци', 'Dvanaeset Klajnci'],
  ['Електродистрибуција Струга', 'Elektrodistribucija Struga'],
  ['Железничка Станица Рајко Жинзифов', 'Železnička Stanica Rajko Žinzifov'],
  ['Заедничко Речиште', 'Zaedničko Rečište'],
  ['Испраена Плоча', 'Ispraena Ploča'],
  ['Казнено-Поправна Установа Идризово', 'Kazneno-Popravna Ustanova Idrizovo'],
  ['Лази и Зејнелит', 'Lazi i Zejnelit'],
  ['Мавровско Езеро', 'Mavrovsko Ezero'],
  ['Национален Парк Галичица', 'Nacionalen Park Galičica'],
  ['Одморалиште Свети Стефан', 'Odmoralište Sveti Stefan'],
  ['Планинарски Дом Караџица', 'Planinarski Dom Karadžica'],
  ['Раса е Лисењит', 'Rasa e Lisenjit'],
  ['Скочивирска Клисура', 'Skočivirska Klisura'],
  ['Термо-електроцентрала Неготино', 'Termo-elektrocentrala Negotino'],
  ['Узуновско Бресје', 'Uzunovsko Bresje'],
  ['Фабрика Југохром', 'Fabrika Jugohrom'],
  ['Хидроелектрана Сапунџица', 'Hidroelektrana Sapundžica'],
  ['Цветковско Рамниште', 'Cvetkovsko Ramnište'],
  ['Чалтанова Пештера', 'Čaltanova Peštera'],
  ['Шкемби Вишнејц', 'Škembi Višnejc'],
];

const EL_ELOT_743_INTERSCRIPT: readonly Vector[] = [
  ['νταντά', 'ntantá'],
  ['γκέγκε', 'gkégke'],
  ['Γκαμπόν', 'Gkampón'],
  ['υιός', 'yiós'],
  ['Υιός', 'Yiós'],
  ['νεράντζι', 'nerántzi'],
  ['Γοίθιος', 'Goíthios'],
  ['βόλεϊ', 'vóleï'],
  ['αθεΐα', 'atheḯa'],
  ['Εϊγιαφιάτλαγιοκουτλ', 'Eïgiafiátlagiokoutl'],
  ['Εΐτζι', 'Eḯtzi'],
  ['αέρας', 'aéras'],
  ['Ταΰγετος', 'Taÿ́getos'],
  ['σπρέυ', 'spréy'],
  ['Άγιον Όρος', 'Ágion Óros'],
  ['Άγραφα', 'Ágrafa'],
  ['Αγρίνιο', 'Agrínio'],
  ['Αίγινα', 'Aígina'],
  ['Αίγιο', 'Aígio'],
  ['Αμοργός', 'Amorgós'],
  ['Άμφισσα', 'Ámfissa'],
  ['Άργος', 'Árgos'],
  ['Αρκαδία', 'Arkadía'],
  ['Άρτα', 'Árta'],
  ['Βελούχι', 'Veloúchi'],
  ['Βέροια', 'Véroia'],
  ['Βόλος', 'Vólos'],
  ['Βόνιτσα', 'Vónitsa'],
  ['Γαλαξίδι', 'Galaxídi'],
  ['Γαλάτσι', 'Galátsi'],
  ['Γιαννιτσά', 'Giannitsá'],
  ['Γλυφάδα', 'Glyfáda'],
  ['Γρανίτσα', 'Granítsa'],
  ['Γρεβενά', 'Grevená'],
  ['Γύθειο', 'Gýtheio'],
  ['Διόνυσος', 'Diónysos'],
  ['Δίστομο', 'Dístomo'],
  ['Δολιανά', 'Dolianá'],
  ['Δράμα', 'Dráma'],
  ['Έδεσσα', 'Édessa'],
  ['Ζάκυνθος', 'Zákynthos'],
  ['Θάσος', 'Thásos'],
  ['Θεσσαλία', 'Thessalía'],
  ['Ίος', 'Íos'],
  ['Καβάλα', 'Kavála'],
  ['Καλάβρυτα', 'Kalávryta'],
  ['Καλαμάτα', 'Kalamáta'],
  ['Καλαμπάκα', 'Kalampáka'],
  ['Καλύβια', 'Kalývia'],
  ['Κάλυμνος', 'Kálymnos'],
  ['Καρδίτσα', 'Kardítsa'],
  ['Κάρυστος', 'Kárystos'],
  ['Καστελλόριζο', 'Kastellórizo'],
  ['Καστοριά', 'Kastoriá'],
  ['Κερατέα', 'Keratéa'],
  ['Κέρκυρα', 'Kérkyra'],
  ['Κεφαλλονιά', 'Kefalloniá'],
  ['Κιλκίς', 'Kilkís'],
  ['Κόρινθος', 'Kórinthos'],
  ['Κρανίδι', 'Kranídi'],
  ['Κρέστενα', 'Kréstena'],
  ['Κυκλάδες', 'Kykládes'],
  ['Λαγκαδάς', 'Lagkadás'],
  ['Λαμία', 'Lamía'],
  ['Λάρισα', 'Lárisa'],
  ['Λέρος', 'Léros'],
  ['Λέσβος', 'Lésvos'],
  ['Λιβαδειά', 'Livadeiá'],
  ['Μακεδονία', 'Makedonía'],
  ['Μαρκόπουλο', 'Markópoulo'],
  ['Μαρούσι', 'Maroúsi'],
  ['Μέγαρα', 'Mégara'],
  ['Μεταξουργείο', 'Metaxourgeío'],
  ['Μέτσοβο', 'Métsovo'],
  ['Μύκονος', 'Mýkonos'],
  ['Μυστράς', 'Mystrás'],
  ['Νάξος', 'Náxos'],
  ['Νάουσα', 'Náousa'],
  ['Νίσυρος', 'Nísyros'],
  ['Όλυμπος', 'Ólympos'],
  ['Παγκράτι', 'Pagkráti'],
  ['Παπάγου', 'Papágou'],
  ['Πάρος', 'Páros'],
  ['Πασαλιμάνι', 'Pasalimáni'],
  ['Πάτμος', 'Pátmos'],
  ['Πάτρα', 'Pátra'],
  ['Πειραιάς', 'Peiraiás'],
  ['Περιστέρι', 'Peristéri'],
  ['Πολύγυρος', 'Polýgyros'],
  ['Πόρος', 'Póros'],
  ['Πρέβεζα', 'Préveza'],
  ['Πτολεμαΐδα', 'Ptolemaḯda'],
  ['Πύλος', 'Pýlos'],
  ['Πύργος', 'Pýrgos'],
  ['Ρέθυμνο', 'Réthymno'],
  ['Ρόδος', 'Ródos'],
  ['Σαλαμίνα', 'Salamína'],
  ['Σάμος', 'Sámos'],
  ['Σέρρες', 'Sérres'],
  ['Σίκινος', 'Síkinos'],
  ['Σίφνος', 'Sífnos'],
  ['Σκιάθος', 'Skiáthos'],
  ['Σκόπελος', 'Skópelos'],
  ['Σούλι', 'Soúli'],
  ['Στερεά Ελλάδα', 'Stereá Elláda'],
  ['Στύρα', 'Stýra'],
  ['Σύρος', 'Sýros'],
  ['Σφακιά', 'Sfakiá'],
  ['Τρίκαλα', 'Tríkala'],
  ['Ύδρα', 'Ýdra'],
  ['Φολέγανδρος', 'Folégandros'],
  ['Χαλκίδα', 'Chalkída'],
  ['Χαλάνδρι', 'Chalándri'],
  ['Χανιά', 'Chaniá'],
  ['Χίος', 'Chíos'],
  ['Ψαρά', 'Psará'],
  ['Αβάνα', 'Avána'],
  ['Αϊβαλί', 'Aïvalí'],
  ['Αλεξάνδρεια', 'Alexándreia'],
  ['Άμστερνταμ', 'Ámsterntam'],
  ['Βενετία', 'Venetía'],
  ['Βερολίνο', 'Verolíno'],
  ['Βερόνα', 'Veróna'],
  ['Γένοβα', 'Génova'],
  ['Δουβλίνο', 'Douvlíno'],
  ['Καλαβρία', 'Kalavría'],
  ['Καλιφόρνια', 'Kalifórnia'],
  ['Κονγκό', 'Kongkó'],
  ['Κουρδιστάν', 'Kourdistán'],
  ['Λιβόρνο', 'Livórno'],
  ['Λονδίνο', 'Londíno'],
  ['Μάλαγα', 'Málaga'],
  ['Μασσαλία', 'Massalía'],
  ['Μιλάνο', 'Miláno'],
  ['Μόσχα', 'Móscha'],
  ['Νταγκεστάν', 'Ntagkestán'],
  ['Ουαλία', 'Oualía'],
  ['Παρίσι', 'Parísi'],
  ['Πάφος', 'Páfos'],
  ['Σαμάρεια', 'Samáreia'],
  ['Σικελία', 'Sikelía'],
  ['Σκανδιναβία', 'Skandinavía'],
  ['Σκόπια', 'Skópia'],
  ['Ταταρστάν', 'Tatarstán'],
  ['Τζαμάικα', 'Tzamáika'],
  ['Τιρόλο', 'Tirólo'],
  ['Τορίνο', 'Toríno'],
  ['Φανάρι', 'Fanári'],
  ['Χονγκ Κονγκ', 'Chongk Kongk'],
];

const EL_ELOT_RESEARCH: readonly Vector[] = [
  ['Γιώργος Παπαδόπουλος', 'Giorgos Papadopoulos'],
  ['Κυριάκος Μητσοτάκης', 'Kyriakos Mitsotakis'],
  ['Αλέξης Τσίπρας', 'Alexis Tsipras'],
  ['Ντόρα Μπακογιάννη', 'Ntora Bakogianni'],
  ['Ευάγγελος Βενιζέλος', 'Evangelos Venizelos'],
  ['Θεσσαλονίκη', 'Thessaloniki'],
  ['Ηράκλειο', 'Irakleio'],
  ['Χρυσοχοΐδης', 'Chrysochoidis'],
  ['Ευθύμιος', 'Efthymios'],
  ['Αύγουστος', 'Avgoustos'],
  ['Μπουμπουλίνα', 'Boumpoulina'],
  ['Γκαμπόν', 'Gkampon'],
  ['Ψυχικό', 'Psychiko'],
  ['Ζάκυνθος', 'Zakynthos'],
  ['Ναύπλιο', 'Nafplio'],
  ['Μεσολόγγι', 'Mesolongi'],
  ['Άγγελος Χαριστέας', 'Angelos Charisteas'],
  ['Σωκράτης Παπασταθόπουλος', 'Sokratis Papastathopoulos'],
  ['μπαμπάκι', 'bampaki'],
  ['Μάγχη', 'Manchi'],
  ['κογξ', 'konx'],
  ['μπέικον', 'beikon'],
  ['μπέϊκον', 'beikon'],
  ['γαυ γαυ', 'gaf gaf'],
  ['Ελευσίνα', 'Elefsina'],
  ['Επίδαυρος', 'Epidavros'],
  ['Εύβοια', 'Evvoia'],
  ['Λαύριο', 'Lavrio'],
  ['Λευκάδα', 'Lefkada'],
  ['Μεσολόγγι', 'Mesolongi'],
  ['Ναύπακτος', 'Nafpaktos'],
  ['Ναύπλιο', 'Nafplio'],
  ['Πεύκη', 'Pefki'],
  ['Αγγλία', 'Anglia'],
  ['Βαυαρία', 'Vavaria'],
  ['Καύκασος', 'Kafkasos'],
  ['Λευκωσία', 'Lefkosia'],
  ['Μπολόνια', 'Bolonia'],
];

const EL_ISO_843_INTERSCRIPT: readonly Vector[] = [
  ['Ένα πράμα μόνον με παρακίνησε κι εμένα να γράψω ότι τούτην την πατρίδα την έχομεν όλοι μαζί, και σοφοί κι αμαθείς και πλούσιοι και φτωχοί και πολιτικοί και στρατιωτικοί και οι πλέον μικρότεροι άνθρωποι· όσοι αγωνιστήκαμεν, αναλόγως ο καθείς, έχομεν να ζήσομεν εδώ. Το λοιπόν δουλέψαμεν όλοι μαζί, να την φυλάμεν κι όλοι μαζί και να μην λέγει ούτε ο δυνατός «εγώ» ούτε ο αδύνατος. Ξέρετε πότε να λέγει ο καθείς «εγώ»; Όταν αγωνιστεί μόνος του και φκιάσει ή χαλάσει, να λέγει «εγώ»· όταν όμως αγωνίζονται πολλοί και φκιάνουν, τότε να λένε «εμείς». Είμαστε εις το «εμείς» κι όχι εις το «εγώ». Και εις το εξής να μάθομεν γνώση, αν θέλομεν να φκιάσομεν χωριόν, να ζήσομεν όλοι μαζί.\n\nΓιάννης Μακρυγιάννης.\n', 'Éna práma mónon me parakínīse ki eména na grápsō óti toútīn tīn patrída tīn échomen óloi mazí, kai sofoí ki amatheís kai ploúsioi kai ftōchoí kai politikoí kai stratiōtikoí kai oi pléon mikróteroi ánthrōpoi; ósoi agōnistī́kamen, analógōs o katheís, échomen na zī́somen edṓ. To loipón doulépsamen óloi mazí, na tīn fylámen ki óloi mazí kai na mīn légei oúte o dynatós «egṓ» oúte o adýnatos. Xérete póte na légei o katheís «egṓ»? Ótan agōnisteí mónos tou kai fkiásei ī́ chalásei, na légei «egṓ»; ótan ómōs agōnízontai polloí kai fkiánoun, tóte na léne «emeís». Eímaste eis to «emeís» ki óchi eis to «egṓ». Kai eis to exī́s na máthomen gnṓsī, an thélomen na fkiásomen chōrión, na zī́somen óloi mazí.\n\nGiánnīs Makrygiánnīs.\n'],
  ['ΑΘΗΝΑ', 'ATHĪNA'],
  ['μπαμπάκι', 'mpampáki'],
  ['νταντά', 'ntantá'],
  ['γκέγκε', 'gkégke'],
  ['Γκαμπόν', 'Gkampón'],
  ['Μάγχη', 'Mágchī'],
  ['κογξ', 'kogx'],
  ['υιός', 'yiós'],
  ['Υιός', 'Yiós'],
  ['νεράντζι', 'nerántzi'],
  ['Γοίθιος', 'Goíthios'],
  ['μπέικον', 'mpéikon'],
  ['μπέϊκον', 'mpéïkon'],
  ['βόλεϊ', 'vóleï'],
  ['αθεΐα', 'atheḯa'],
  ['Εϊγιαφιάτλαγιοκουτλ', 'Eïgiafiátlagiokoutl'],
  ['Εΐτζι', 'Eḯtzi'],
  ['Μυρτώο', 'Myrtṓo'],
  ['αέρας', 'aéras'],
  ['γαυ γαυ', 'gau gau'],
  ['Ταΰγετος', 'Taÿ́getos'],
  ['σπρέυ', 'spréy'],
  ['Αθήνα', 'Athī́na'],
  ['Άγιον Όρος', 'Ágion Óros'],
  ['Άγραφα', 'Ágrafa'],
  ['Αγρίνιο', 'Agrínio'],
  ['Αίγινα', 'Aígina'],
  ['Αίγιο', 'Aígio'],
  ['Αλεξανδρούπολη', 'Alexandroúpolī'],
  ['Αλεποχώρι', 'Alepochṓri'],
  ['Αμοργός', 'Amorgós'],
  ['Άμφισσα', 'Ámfissa'],
  ['Αράχωβα', 'Aráchōva'],
  ['Άργος', 'Árgos'],
  ['Αρκαδία', 'Arkadía'],
  ['Άρτα', 'Árta'],
  ['Βελούχι', 'Veloúchi'],
  ['Βέροια', 'Véroia'],
  ['Βοιωτία', 'Voiōtía'],
  ['Βόλος', 'Vólos'],
  ['Βόνιτσα', 'Vónitsa'],
  ['Γαλαξίδι', 'Galaxídi'],
  ['Γαλάτσι', 'Galátsi'],
  ['Γιαννιτσά', 'Giannitsá'],
  ['Γλυφάδα', 'Glyfáda'],
  ['Γρανίτσα', 'Granítsa'],
  ['Γρεβενά', 'Grevená'],
  ['Γύθειο', 'Gýtheio'],
  ['Διόνυσος', 'Diónysos'],
  ['Δίστομο', 'Dístomo'],
  ['Δολιανά', 'Dolianá'],
  ['Δράμα', 'Dráma'],
  ['Δωδεκάνησα', 'Dōdekánīsa'],
  ['Έδεσσα', 'Édessa'],
  ['Ελευσίνα', 'Eleusína'],
  ['Επίδαυρος', 'Epídauros'],
  ['Επτάνησα', 'Eptánīsa'],
  ['Ερμούπολη', 'Ermoúpolī'],
  ['Εύβοια', 'Eúvoia'],
  ['Ζάκυνθος', 'Zákynthos'],
  ['Ήπειρος', 'Ī́peiros'],
  ['Ηράκλειο', 'Īrákleio'],
  ['Θάσος', 'Thásos'],
  ['Θεσσαλονίκη', 'Thessaloníkī'],
  ['Θεσσαλία', 'Thessalía'],
  ['Θεσπρωτία', 'Thesprōtía'],
  ['Θήβα', 'Thī́va'],
  ['Θράκη', 'Thrákī'],
  ['Ιθάκη', 'Ithákī'],
  ['Ίος', 'Íos'],
  ['Ιωάννινα', 'Iōánnina'],
  ['Καβάλα', 'Kavála'],
  ['Καλάβρυτα', 'Kalávryta'],
  ['Καλαμάτα', 'Kalamáta'],
  ['Καλαμπάκα', 'Kalampáka'],
  ['Καλύβια', 'Kalývia'],
  ['Κάλυμνος', 'Kálymnos'],
  ['Καρδίτσα', 'Kardítsa'],
  ['Καρπενήσι', 'Karpenī́si'],
  ['Κάρυστος', 'Kárystos'],
  ['Καστελλόριζο', 'Kastellórizo'],
  ['Καστοριά', 'Kastoriá'],
  ['Κατερίνη', 'Katerínī'],
  ['Κάτω Αχαΐα', 'Kátō Achaḯa'],
  ['Κερατέα', 'Keratéa'],
  ['Κέρκυρα', 'Kérkyra'],
  ['Κεφαλλονιά', 'Kefalloniá'],
  ['Κηφισιά', 'Kīfisiá'],
  ['Κιλκίς', 'Kilkís'],
  ['Κοζάνη', 'Kozánī'],
  ['Κολωνός', 'Kolōnós'],
  ['Κομοτηνή', 'Komotīnī́'],
  ['Κόρινθος', 'Kórinthos'],
  ['Κορώνη', 'Korṓnī'],
  ['Κρανίδι', 'Kranídi'],
  ['Κρέστενα', 'Kréstena'],
  ['Κρήτη', 'Krī́tī'],
  ['Κύθηρα', 'Kýthīra'],
  ['Κυκλάδες', 'Kykládes'],
  ['Κύμη', 'Kýmī'],
  ['Κυψέλη', 'Kypsélī'],
  ['Κως', 'Kōs'],
  ['Λαγκαδάς', 'Lagkadás'],
  ['Λαμία', 'Lamía'],
  ['Λάρισα', 'Lárisa'],
  ['Λαύριο', 'Laúrio'],
  ['Λέρος', 'Léros'],
  ['Λέσβος', 'Lésvos'],
  ['Λευκάδα', 'Leukáda'],
  ['Λήμνος', 'Lī́mnos'],
  ['Λιβαδειά', 'Livadeiá'],
  ['Μακεδονία', 'Makedonía'],
  ['Μάνη', 'Mánī'],
  ['Μαραθώνας', 'Marathṓnas'],
  ['Μαρκόπουλο', 'Markópoulo'],
  ['Μαρούσι', 'Maroúsi'],
  ['Μέγαρα', 'Mégara'],
  ['Μεσολόγγι', 'Mesológgi'],
  ['Μεταξουργείο', 'Metaxourgeío'],
  ['Μέτσοβο', 'Métsovo'],
  ['Μήλος', 'Mī́los'],
  ['Μύκονος', 'Mýkonos'],
  ['Μυστράς', 'Mystrás'],
  ['Μυτιλήνη', 'Mytilī́nī'],
  ['Νάξος', 'Náxos'],
  ['Νάουσα', 'Náousa'],
  ['Ναύπακτος', 'Naúpaktos'],
  ['Ναύπλιο', 'Naúplio'],
  ['Νέα Σμύρνη', 'Néa Smýrnī'],
  ['Νίσυρος', 'Nísyros'],
  ['Ξάνθη', 'Xánthī'],
  ['Όλυμπος', 'Ólympos'],
  ['Παγκράτι', 'Pagkráti'],
  ['Παπάγου', 'Papágou'],
  ['Πάρος', 'Páros'],
  ['Πασαλιμάνι', 'Pasalimáni'],
  ['Πατήσια', 'Patī́sia'],
  ['Πάτμος', 'Pátmos'],
  ['Πάτρα', 'Pátra'],
  ['Πειραιάς', 'Peiraiás'],
  ['Πελοπόννησος', 'Pelopónnīsos'],
  ['Περιστέρι', 'Peristéri'],
  ['Πεύκη', 'Peúkī'],
  ['Πήλιο', 'Pī́lio'],
  ['Πολύγυρος', 'Polýgyros'],
  ['Πόρος', 'Póros'],
  ['Πρέβεζα', 'Préveza'],
  ['Πτολεμαΐδα', 'Ptolemaḯda'],
  ['Πύλος', 'Pýlos'],
  ['Πύργος', 'Pýrgos'],
  ['Ρέθυμνο', 'Réthymno'],
  ['Ρόδος', 'Ródos'],
  ['Ρούμελη', 'Roúmelī'],
  ['Σαλαμίνα', 'Salamína'],
  ['Σαμοθράκη', 'Samothrákī'],
  ['Σάμος', 'Sámos'],
  ['Σαντορίνη', 'Santorínī'],
  ['Σέρρες', 'Sérres'],
  ['Σίκινος', 'Síkinos'],
  ['Σίφνος', 'Sífnos'],
  ['Σκιάθος', 'Skiáthos'],
  ['Σκόπελος', 'Skópelos'],
  ['Σούλι', 'Soúli'],
  ['Σπάρτη', 'Spártī'],
  ['Στερεά Ελλάδα', 'Stereá Elláda'],
  ['Στύρα', 'Stýra'],
  ['Σύμη', 'Sýmī'],
  ['Σύρος', 'Sýros'],
  ['Σφακιά', 'Sfakiá'],
  ['Τήλος', 'Tī́los'],
  ['Τήνος', 'Tī́nos'],
  ['Τρίκαλα', 'Tríkala'],
  ['Τρίπολη', 'Trípolī'],
  ['Τσακωνιά', 'Tsakōniá'],
  ['Ύδρα', 'Ýdra'],
  ['Φάληρο', 'Fálīro'],
  ['Φλώρινα', 'Flṓrina'],
  ['Φολέγανδρος', 'Folégandros'],
  ['Χάλκη', 'Chálkī'],
  ['Χαλκίδα', 'Chalkída'],
  ['Χαλάνδρι', 'Chalándri'],
  ['Χαλκιδική', 'Chalkidikī́'],
  ['Χανιά', 'Chaniá'],
  ['Χίος', 'Chíos'],
  ['Ψαρά', 'Psará'],
  ['Αβάνα', 'Avána'],
  ['Αγγλία', 'Agglía'],
  ['Αϊβαλί', 'Aïvalí'],
  ['Αλεξάνδρεια', 'Alexándreia'],
  ['Άμστερνταμ', 'Ámsterntam'],
  ['Βαυαρία', 'Vauaría'],
  ['Βενετία', 'Venetía'],
  ['Βερολίνο', 'Verolíno'],
  ['Βερόνα', 'Veróna'],
  ['Βιέννη', 'Viénnī'],
  ['Γένοβα', 'Génova'],
  ['Δουβλίνο', 'Douvlíno'],
  ['Καλαβρία', 'Kalavría'],
  ['Καλιφόρνια', 'Kalifórnia'],
  ['Καύκασος', 'Kaúkasos'],
  ['Κονγκό', 'Kongkó'],
  ['Κορσική', 'Korsikī́'],
  ['Κουρδιστάν', 'Kourdistán'],
  ['Κωνσταντινούπολη', 'Kōnstantinoúpolī'],
  ['Κατεχόμενη Κύπρος', 'Katechómenī Kýpros'],
  ['Λαπωνία', 'Lapōnía'],
  ['Λευκωσία', 'Leukōsía'],
  ['Λιβόρνο', 'Livórno'],
  ['Λονδίνο', 'Londíno'],
  ['Λυών', 'Lyṓn'],
  ['Μάλαγα', 'Málaga'],
  ['Μασσαλία', 'Massalía'],
  ['Μικρονησία', 'Mikronīsía'],
  ['Μιλάνο', 'Miláno'],
  ['Μόσχα', 'Móscha'],
  ['Μπολόνια', 'Mpolónia'],
  ['Νάπολη', 'Nápolī'],
  ['Νταγκεστάν', 'Ntagkestán'],
  ['Νέα Υόρκη', 'Néa Yórkī'],
  ['Οξφόρδη', 'Oxfórdī'],
  ['Ουαλία', 'Oualía'],
  ['Παρίσι', 'Parísi'],
  ['Πάφος', 'Páfos'],
  ['Πολυνησία', 'Polynīsía'],
  ['Ρώμη', 'Rṓmī'],
  ['Σαμάρεια', 'Samáreia'],
  ['Σικελία', 'Sikelía'],
  ['Σκανδιναβία', 'Skandinavía'],
  ['Σκόπια', 'Skópia'],
  ['Σκωτία', 'Skōtía'],
  ['Σμύρνη', 'Smýrnī'],
  ['Ταϊτή', 'Taïtī́'],
  ['Ταταρστάν', 'Tatarstán'],
  ['Τζαμάικα', 'Tzamáika'],
  ['Τηλλυρία', 'Tīllyría'],
  ['Τιρόλο', 'Tirólo'],
  ['Τορίνο', 'Toríno'],
  ['Φανάρι', 'Fanári'],
  ['Φλωρεντία', 'Flōrentía'],
  ['Χαβάη', 'Chaváī'],
  ['Χονγκ Κονγκ', 'Chongk Kongk'],
];

// ---------------------------------------------------------------------------------------------------------------
// Every vector of every scheme

describe('Russian', () => {
  vectors('ru-icao', 'iuliia icao_doc_9303 samples', RU_ICAO_IULIIA);
  vectors('ru-bgn-pcgn', 'iuliia bgn_pcgn samples', RU_BGN_IULIIA);
  vectors('ru-bgn-pcgn', 'BGN/PCGN 1947 document (interscript)', RU_BGN_1947_DOC);
  vectors('ru-gost-7.79-b', 'iuliia gost_779_alt sample', RU_GOST_B_IULIIA);
  vectors('ru-iso9', 'iuliia gost_779 sample', RU_ISO9_IULIIA);
  vectors('ru-iso9', 'GOST 7.79-2000 System A examples (interscript)', RU_ISO9_INTERSCRIPT);
  vectors('ru-scientific', 'iuliia scientific sample', RU_SCIENTIFIC_IULIIA);
  vectors('ru-wikipedia', 'iuliia wikipedia samples', RU_WIKIPEDIA_IULIIA);
  vectors('ru-ala-lc', 'ALA-LC 2012 examples (interscript)', RU_ALA_LC_INTERSCRIPT);
  for (const [id, outputs] of Object.entries(IULIIA_OUTPUTS)) {
    vectors(id, 'iuliia 0.8.2 output', IULIIA_INPUTS.map((input, k): Vector => [input, outputs[k]!]));
  }
});

describe('Ukrainian', () => {
  vectors('uk-national-2010', 'the 74 official examples of Resolution 55 (interscript)', UK_KMU_2010_OFFICIAL);
  vectors('uk-national-2010', 'BGN/PCGN 2019 = national system (interscript)', UK_BGN_2019);
  vectors('uk-national-2010', 'Resolution 858 (2007) tests in capitals, same output as 2010', UK_RESOLUTION_858_CAPS);
  vectors('uk-national-2010', 'research', UK_RESEARCH);
  vectors('uk-bgn-pcgn', 'BGN/PCGN 1965 (interscript)', UK_BGN_1965);
});

describe('Bulgarian', () => {
  vectors('bg-streamlined-2009', 'BGN/PCGN 2013 (interscript)', BG_BGN_2013);
  vectors('bg-streamlined-2009', 'Transliteration Act examples (bulgarian.md)', BG_ACT_EXAMPLES);
  vectors('bg-streamlined-2009', 'Antarctic gazetteer names in the Act form, final -ия → -ia (bulgarian.md)', BG_ANTARCTIC_ACT);
  vectors('bg-streamlined-2009', 'research', BG_RESEARCH);
});

describe('Belarusian', () => {
  vectors('be-national-2007', '2007 national system (interscript)', BE_2007);
  vectors('be-national-2007', 'research', BE_RESEARCH);
  vectors('be-bgn-pcgn', 'BGN/PCGN 1979 (interscript)', BE_BGN_1979);
});

describe('Serbian and Macedonian', () => {
  vectors('sr-latin', 'BGN/PCGN 2005 (interscript)', SR_BGN_2005);
  vectors('sr-latin', 'research', SR_RESEARCH);
  vectors('mk-official', 'research (official digraph table)', MK_OFFICIAL_RESEARCH);
  vectors('mk-bgn-pcgn', 'BGN/PCGN 2013 (interscript)', MK_BGN_2013);
});

describe('Greek', () => {
  // The source gives ELOT 743 with the acute kept; el-elot-743 writes the passport form without accents.
  vectors('el-elot-743', 'ELOT 743:2001 type 2 (interscript), accents dropped', EL_ELOT_743_INTERSCRIPT, withoutAccents);
  vectors('el-elot-743', 'research', EL_ELOT_RESEARCH);
  vectors('el-iso843', 'ISO 843:1997 type 1 (interscript)', EL_ISO_843_INTERSCRIPT);
});

// ---------------------------------------------------------------------------------------------------------------
// Case, once for every scheme

describe('case', () => {
  const t = (text: string, id: string) => transliterate(text, scheme(id));

  it('writes all-caps words in all caps, digraphs included', () => {
    expect(t('ЗГОРАНИ', 'uk-national-2010')).toBe('ZGHORANY');
    expect(t('ЮЛИЯ ЩЕГЛОВА', 'ru-icao')).toBe('IULIIA SHCHEGLOVA');
    expect(t('ХРУЩЁВ', 'ru-bgn-pcgn')).toBe('KHRUSHCHËV');
    expect(t('ЉУБЉАНА', 'sr-latin')).toBe('LJUBLJANA');
    expect(t('ЏЕЛАДИН', 'mk-official')).toBe('DJELADIN');
    expect(t('ΨΥΧΙΚΟ', 'el-elot-743')).toBe('PSYCHIKO');
    expect(t('ЦИМЛЯНСК', 'ru-ala-lc')).toBe('T͡SIMLI͡ANSK');
  });

  it('title-cases a chunk that starts with a capital', () => {
    expect(t('Щеглова', 'ru-icao')).toBe('Shcheglova');
    expect(t('Згорани', 'uk-national-2010')).toBe('Zghorany');
    expect(t('Љубљана', 'sr-latin')).toBe('Ljubljana');
    expect(t('Θεσσαλονίκη', 'el-elot-743')).toBe('Thessaloniki');
    expect(t('Ёлкин', 'ru-bgn-pcgn')).toBe('Yëlkin');
    expect(t('Улан-Удэ', 'ru-bgn-pcgn')).toBe('Ulan-Ud·e');
  });

  it('capitalises both letters tied by ͡ in title case (ALA-LC)', () => {
    expect(t('Цимлянск', 'ru-ala-lc')).toBe('T͡Simli͡ansk');
    expect(t('Юбилейный', 'ru-ala-lc')).toBe('I͡Ubileĭnyĭ');
  });

  it('reads the case of a capital inside a word from the letter after it', () => {
    expect(t('ЮЛия', 'ru-icao')).toBe('IULiia');
    expect(t('МакДоналд', 'ru-icao')).toBe('MakDonald');
    expect(t('ТС тс Тс тС', 'ru-bgn-pcgn')).toBe('T·S t·s T·s t·S');
  });

  it('gives a one-letter word the case of the nearest longer word', () => {
    expect(t('Ю. ЩЕГЛОВА', 'ru-icao')).toBe('IU. SHCHEGLOVA');
    expect(t('Ю. Щеглова', 'ru-icao')).toBe('Iu. Shcheglova');
    expect(t('ЩЕГЛОВА Ю.', 'ru-icao')).toBe('SHCHEGLOVA IU.');
    expect(t('Я', 'ru-icao')).toBe('Ia');
    expect(t('Є', 'uk-national-2010')).toBe('Ye');
  });

  it('leaves punctuation, digits and Latin words alone in mixed text', () => {
    expect(t('«Юлия Щеглова» (Yulia Shcheglova), CEO — 2024: 5% «ГАЗПРОМ»!', 'ru-icao')).toBe(
      '«Iuliia Shcheglova» (Yulia Shcheglova), CEO — 2024: 5% «GAZPROM»!',
    );
    expect(t('Kyiv, Київ; Jourová', 'uk-national-2010')).toBe('Kyiv, Kyiv; Jourová');
    expect(t('Ђоковић', 'ru-icao')).toBe('Ђokoviћ');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Words: apostrophes, hyphens, exceptions, normalisation

describe('words', () => {
  const t = (text: string, id: string) => transliterate(text, scheme(id));

  it('keeps an apostrophe between letters inside the word, in all three encodings (KMU 2010 drops it)', () => {
    for (const a of ["'", '\u2019', '\u02BC']) {
      expect(t(`Знам${a}янка`, 'uk-national-2010')).toBe('Znamianka');
      expect(t(`Вераб${a}ёвічы`, 'be-national-2007')).toBe('Vierabjovičy');
    }
    expect(t('Загір’я', 'uk-bgn-pcgn')).toBe('Zahir”ya');
  });

  it('leaves quotation marks that are not between letters', () => {
    expect(t('‘Київ’', 'uk-national-2010')).toBe('‘Kyiv’');
    expect(t("'Київ' і 'Львів'", 'uk-national-2010')).toBe("'Kyiv' i 'Lviv'");
  });

  it('starts a word after a hyphen', () => {
    expect(t('Київ-Їжаківка', 'uk-national-2010')).toBe('Kyiv-Yizhakivka');
    expect(t('Улан-Енисей', 'ru-bgn-pcgn')).toBe('Ulan-Yenisey');
  });

  it('applies whole-word exceptions with the case of the word', () => {
    expect(t('България', 'bg-streamlined-2009')).toBe('Bulgaria');
    expect(t('БЪЛГАРИЯ', 'bg-streamlined-2009')).toBe('BULGARIA');
    expect(t('република българия', 'bg-streamlined-2009')).toBe('republika bulgaria');
    expect(t('Република България-Север', 'bg-streamlined-2009')).toBe('Republika Bulgaria-Sever');
    // Only the whole word: the demonym follows the letter table.
    expect(t('Българка', 'bg-streamlined-2009')).toBe('Balgarka');
  });

  it('applies the Bulgarian final -ия rule at the end of each word only', () => {
    expect(t('СОФИЯ', 'bg-streamlined-2009')).toBe('SOFIA');
    expect(t('Марияна', 'bg-streamlined-2009')).toBe('Mariyana');
    expect(t('Мария Петрова', 'bg-streamlined-2009')).toBe('Maria Petrova');
  });

  it('reads decomposed letters as their composed form (NFC)', () => {
    expect(t('Андреи\u0306', 'ru-icao')).toBe('Andrei');
    expect(t('Арте\u0308м', 'ru-bgn-pcgn')).toBe('Artëm');
  });

  it('maps the Greek question mark and ano teleia between words', () => {
    expect(t('Τι κάνεις;', 'el-elot-743')).toBe('Ti kaneis?');
    expect(t('Ναι· όχι', 'el-iso843')).toBe('Nai; óchi');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The engine's rule semantics, on a made-up scheme

describe('engine', () => {
  const demo: Scheme = {
    id: 'demo',
    language: 'und',
    target: 'Latn',
    standard: 'test',
    year: 2000,
    rules: [
      { from: 'a', to: 'A1', at: 'start' },
      { from: 'a', to: 'A2', at: 'end' },
      { from: 'a', to: 'A3', at: 'alone' },
      { from: 'b', to: 'B1', after: 'x' },
      { from: 'b', to: 'B2', notAfter: '^' },
      { from: 'c', to: 'C1', before: '^' },
      { from: 'c', to: 'C2', notBefore: 'y' },
      { from: 'ab', to: 'AB' },
      { from: 'abc', to: 'ABC', at: 'middle' },
      { from: 'a', to: 'a' },
      { from: 'b', to: 'b' },
      { from: 'c', to: 'c' },
    ],
  };
  const t = (s: string) => engineTransliterate(s, demo);

  it('takes the longest match whose conditions hold, then the first listed', () => {
    expect(t('xabcx')).toBe('xABCx'); // abc in the middle
    expect(t('abcx')).toBe('ABC2x'); // abc at the start: ab, then c (not before y: C2)
  });

  it('checks positions: start, end, alone (start and end rules also hold for a whole word)', () => {
    expect(t('axa')).toBe('A1xA2');
    expect(t('a')).toBe('A1'); // the first listed of start, end, alone
    expect(t('xax')).toBe('xax');
  });

  it('checks contexts, with ^ for the word edge', () => {
    expect(t('xb')).toBe('xB1');
    expect(t('zb')).toBe('zB2');
    expect(t('b')).toBe('b');
    expect(t('zc')).toBe('zC1');
    expect(t('zcz')).toBe('zC2z');
    expect(t('zcy')).toBe('zcy');
  });

  it('splits words at non-letters and joins a rule-read character only between letters', () => {
    expect(segment("l'a 'b", new Set(["'"])).map((s) => s.text)).toEqual(["l'a", " '", 'b']);
    expect(segment("l'a", new Set()).map((s) => s.text)).toEqual(['l', "'", 'a']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The schemes as data

describe('SCHEMES', () => {
  const required = [
    'ru-icao', 'ru-bgn-pcgn', 'ru-gost-7.79-b', 'ru-iso9', 'ru-scientific', 'ru-wikipedia', 'uk-national-2010', 'uk-bgn-pcgn',
    'bg-streamlined-2009', 'be-national-2007', 'sr-latin', 'mk-official', 'el-elot-743',
  ];

  it('has every scheme asked for, once, plus ru-ala-lc, be-bgn-pcgn, mk-bgn-pcgn and el-iso843', () => {
    const ids = SCHEMES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [...required, 'ru-ala-lc', 'be-bgn-pcgn', 'mk-bgn-pcgn', 'el-iso843']) expect(ids).toContain(id);
  });

  it('writes rules in lower case and has the metadata --list shows', () => {
    for (const s of SCHEMES) {
      expect(s.target).toBe('Latn');
      expect(s.standard.length).toBeGreaterThan(0);
      expect(s.year).toBeGreaterThan(1800);
      for (const r of s.rules) {
        expect(r.from, `${s.id}: ${r.from}`).toBe(r.from.toLowerCase());
        expect(r.to, `${s.id}: ${r.from} → ${r.to}`).toBe(r.to.toLowerCase());
      }
      for (const [k, v] of Object.entries(s.words ?? {})) expect(k + v).toBe((k + v).toLowerCase());
    }
  });

  it('finds schemes by id and by language (primary subtag)', () => {
    expect(schemeById('ru-icao')?.standard).toMatch(/ICAO/u);
    expect(schemeById('xx')).toBeUndefined();
    expect(schemesFor('ru').map((s) => s.id)).toEqual(['ru-icao', 'ru-bgn-pcgn', 'ru-gost-7.79-b', 'ru-iso9', 'ru-scientific', 'ru-wikipedia', 'ru-ala-lc']);
    expect(schemesFor('uk-UA').map((s) => s.id)).toEqual(['uk-national-2010', 'uk-bgn-pcgn']);
    expect(schemesFor('EL').map((s) => s.id)).toEqual(['el-elot-743', 'el-iso843']);
    expect(schemesFor('de')).toEqual([]);
  });

  it('gives the variants that news copy is made of, one per system', () => {
    const forms = schemesFor('ru').map((s) => transliterate('Юрова', s));
    expect(new Set(forms)).toEqual(new Set(['Iurova', 'Yurova', 'Ûrova', 'Jurova', 'I͡Urova']));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// canonym translit

describe('canonym translit', () => {
  let io: CapturedOutput;
  const capture = () => (io = captureOutput());
  afterEach(() => vi.restoreAllMocks());

  it('detects the language of a Cyrillic or Greek text coarsely', () => {
    expect(detectLanguage('Юлия Щеглова')).toBe('ru');
    expect(detectLanguage('Володимир Зеленський')).toBe('uk');
    expect(detectLanguage('Київ')).toBe('uk');
    expect(detectLanguage('Святлана Ціханоўская')).toBe('be');
    expect(detectLanguage('Мінск і Брэст')).toBe('be');
    expect(detectLanguage('Новак Ђоковић')).toBe('sr');
    expect(detectLanguage('Ѓорѓе Иванов')).toBe('mk');
    expect(detectLanguage('Търговище')).toBe('bg');
    expect(detectLanguage('Объезд')).toBe('ru');
    expect(detectLanguage('Αλέξης Τσίπρας')).toBe('el');
    expect(detectLanguage('Jourová')).toBeNull();
  });

  it('--list prints each scheme with its language, standard and year', async () => {
    capture();
    expect(await runTranslit('', { list: true })).toBe(0);
    const lines = io.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(SCHEMES.length);
    expect(lines[0]).toMatch(/^ru-icao +ru +ICAO Doc 9303 .* 2006$/u);
    expect(io.stdout).toMatch(/^uk-national-2010 +uk +Cabinet of Ministers Resolution 55 .* 2010$/mu);
  });

  it('--scheme prints the transliteration', async () => {
    capture();
    expect(await runTranslit('Юлия Щеглова', { scheme: 'ru-icao' })).toBe(0);
    expect(io.stdout).toBe('Iuliia Shcheglova\n');
  });

  it('reads standard input for -', async () => {
    const original = Object.getOwnPropertyDescriptor(process, 'stdin')!;
    Object.defineProperty(process, 'stdin', { value: Readable.from([Buffer.from('ЗГОРАНИ\nРозгон\n')]), configurable: true });
    try {
      capture();
      expect(await runTranslit('-', { scheme: 'uk-national-2010' })).toBe(0);
      expect(io.stdout).toBe('ZGHORANY\nRozghon\n');
    } finally {
      Object.defineProperty(process, 'stdin', original);
    }
  });

  it('without a scheme prints one line per scheme of the text\'s language', async () => {
    capture();
    await runTranslit('Юлия Щеглова', {});
    expect(io.stdout.split('\n')[0]).toBe('ru-icao  Iuliia Shcheglova');
    expect(io.stdout).toContain('ru-bgn-pcgn  Yuliya Shcheglova\n');
    expect(io.stdout).toContain('ru-iso9  Ûliâ Ŝeglova\n');
    expect(io.stdout.trimEnd().split('\n')).toHaveLength(schemesFor('ru').length);
    capture();
    await runTranslit('Ѓорѓе Иванов', {});
    expect(io.stdout).toBe('mk-official  Gjorgje Ivanov\nmk-bgn-pcgn  Ǵorǵe Ivanov\n');
  });

  it('--all prints every scheme', async () => {
    capture();
    await runTranslit('Юрова', { all: true });
    expect(io.stdout.trimEnd().split('\n')).toHaveLength(SCHEMES.length);
  });

  it('refuses an unknown scheme with a usage error (exit 2) that lists the ids', async () => {
    const error = await runTranslit('Юрова', { scheme: 'ru-xx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).toMatch(/unknown scheme "ru-xx".*ru-icao.*el-elot-743/u);
  });

  it('refuses a text with no Cyrillic or Greek unless a scheme is given', async () => {
    await expect(runTranslit('Jourová', {})).rejects.toBeInstanceOf(UserError);
  });
});

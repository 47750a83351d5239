/**
 * German names in Russian, Ukrainian and Bulgarian (Немецко-русская практическая транскрипция; Gilyarevsky &
 * Starostin's German table; Ukrainian Pravopys 2019 § on foreign names; BAS rules). The table is shared; de-uk.ts
 * and de-bg.ts build their schemes from it.
 */
import { doubles, type Row, type SourceLanguage, table, transcription } from './common.ts';

const V = 'aeiouyäöü';
const C = 'bcdfghjklmnpqrstvwxzß';
/** Vowels after which h only lengthens the vowel (Stahl, Mahler, Johnson is not German). */
const LONG = { a: 'а', e: 'е', i: { ru: 'и', uk: 'і', bg: 'и' }, o: 'о', u: 'у', ä: 'е', ö: { ru: 'ё', uk: 'е', bg: 'ьо' }, ü: 'ю' } as const;

const rows: Row[] = [
  // Vowels and diphthongs.
  { from: 'a', to: 'а' },
  { from: 'aa', to: 'а' },
  { from: 'ai', to: 'ай' },
  { from: 'ay', to: 'ай' },
  { from: 'au', to: 'ау' },
  { from: 'äu', to: 'ой' },
  { from: 'eu', to: 'ой' },
  // ä, ae: е; э at the start in Russian (Ärzte).
  { from: 'ä', to: 'е' },
  { from: 'ae', to: 'е' },
  { from: 'ä', to: { ru: 'э', uk: 'е', bg: 'е' }, at: 'start' },
  { from: 'ae', to: { ru: 'э', uk: 'е', bg: 'е' }, at: 'start' },
  { from: 'e', to: 'е' },
  { from: 'ee', to: 'е' },
  // Russian writes э for e at the start and after a vowel other than i (Эмма, Ауэ); Ukrainian and Bulgarian е.
  { from: 'e', to: { ru: 'э', uk: 'е', bg: 'е' }, at: 'start' },
  { from: 'ee', to: { ru: 'э', uk: 'е', bg: 'е' }, at: 'start' },
  { from: 'e', to: { ru: 'э', uk: 'е', bg: 'е' }, after: 'aouäöü' },
  // ei, ey → ай (modern rule: Штайнмайер; older Эйнштейн survives as exceptions); after l Russian and Ukrainian
  // write яй (Leyen → Ляйен, Kleiber → Кляйбер), Bulgarian keeps ай (Лайен).
  { from: 'ei', to: 'ай' },
  { from: 'ey', to: 'ай' },
  { from: 'ei', to: { ru: 'яй', uk: 'яй', bg: 'ай' }, after: 'l' },
  { from: 'ey', to: { ru: 'яй', uk: 'яй', bg: 'ай' }, after: 'l' },
  // ei/ey before e: Ukrainian merges й+е into є (Ляєн, Штайнмаєр); Russian and Bulgarian keep йе (Штайнмайер).
  { from: 'eie', to: { ru: 'айе', uk: 'ає', bg: 'айе' } },
  { from: 'eye', to: { ru: 'айе', uk: 'ає', bg: 'айе' } },
  { from: 'eie', to: { ru: 'яйе', uk: 'яє', bg: 'айе' }, after: 'l' },
  { from: 'eye', to: { ru: 'яйе', uk: 'яє', bg: 'айе' }, after: 'l' },
  { from: 'i', to: { ru: 'и', uk: 'і', bg: 'и' } },
  { from: 'ie', to: { ru: 'и', uk: 'і', bg: 'и' } },
  { from: 'y', to: { ru: 'и', uk: 'і', bg: 'и' } },
  { from: 'o', to: 'о' },
  { from: 'oo', to: 'о' },
  { from: 'oi', to: 'ой' },
  { from: 'oy', to: 'ой' },
  // ö, oe: ё in Russian (Шрёдер, Кёльн), е in Ukrainian (Шредер, Кельн), ьо in Bulgarian (Шрьодер, Кьолн).
  { from: 'ö', to: { ru: 'ё', uk: 'е', bg: 'ьо' } },
  { from: 'oe', to: { ru: 'ё', uk: 'е', bg: 'ьо' } },
  { from: 'ö', to: { ru: 'э', uk: 'е', bg: 'йо' }, at: 'start' },
  { from: 'u', to: 'у' },
  { from: 'ü', to: 'ю' },
  { from: 'ue', to: 'ю', notAfter: 'aeq' },
  // h after a vowel only lengthens it (Stahl → Шталь, Mahler → Малер); elsewhere х, in Ukrainian г (Габек).
  { from: 'eh', to: { ru: 'э', uk: 'е', bg: 'е' }, at: 'start', notBefore: V },
  ...Object.entries(LONG).map(([v, to]) => ({ from: `${v}h`, to, notBefore: V })),
  { from: 'h', to: { ru: 'х', uk: 'г', bg: 'х' } },
  // j: я, ю, йе/є, йо; й elsewhere.
  { from: 'j', to: 'й' },
  { from: 'ja', to: 'я' },
  { from: 'jä', to: { ru: 'йе', uk: 'є', bg: 'йе' } },
  { from: 'je', to: { ru: 'йе', uk: 'є', bg: 'йе' } },
  { from: 'jo', to: 'йо' },
  { from: 'ju', to: 'ю' },
  { from: 'jü', to: 'ю' },
  // Consonants.
  ...table({ b: 'б', d: 'д', f: 'ф', g: 'г', k: 'к', m: 'м', n: 'н', p: 'п', r: 'р', t: 'т' }),
  { from: 'c', to: 'к' },
  { from: 'c', to: 'ц', before: 'eiyä' },
  { from: 'ch', to: 'х' },
  { from: 'chs', to: 'кс' },
  // Christian, Christoph: Greek ch before r at the start is к.
  { from: 'chr', to: 'кр', at: 'start' },
  { from: 'ck', to: 'к' },
  // ck between vowels is written double in Russian and Ukrainian (Becker → Беккер), single in Bulgarian (Бекер).
  { from: 'ck', to: { ru: 'кк', uk: 'кк', bg: 'к' }, after: V, before: V },
  { from: 'dt', to: 'дт' },
  // l is soft before a consonant and at the end in Russian and Ukrainian (Scholz → Шольц, Merkel → Меркель);
  // Bulgarian marks softness only before а, о, у and writes Шолц, Меркел.
  { from: 'l', to: 'л' },
  { from: 'l', to: { ru: 'ль', uk: 'ль', bg: 'л' }, before: C + '^' },
  { from: 'll', to: { ru: 'лль', uk: 'лль', bg: 'л' }, before: C + '^' },
  { from: 'ng', to: 'нг' },
  { from: 'pf', to: 'пф' },
  { from: 'ph', to: 'ф' },
  { from: 'qu', to: 'кв' },
  // s before a vowel at the start and between vowels is voiced (Sabine → Забине, Rose → Розе).
  { from: 's', to: 'с' },
  { from: 's', to: 'з', at: 'start', before: V },
  { from: 's', to: 'з', after: V, before: V },
  { from: 'ß', to: 'с' },
  { from: 'sch', to: 'ш' },
  { from: 'tsch', to: 'ч' },
  { from: 'zsch', to: 'ч' },
  // sp, st at the start of a word are шп, шт (Штутгарт); Bulgarian writes шт as щ (Щутгарт, Щайнмайер).
  { from: 'sp', to: 'шп', at: 'start' },
  { from: 'st', to: { ru: 'шт', uk: 'шт', bg: 'щ' }, at: 'start' },
  // -stein at the end of a compound keeps its traditional Russian/Ukrainian form (Лихтенштейн, Витгенштейн);
  // Bulgarian writes щайн (Лихтенщайн).
  { from: 'stein', to: { ru: 'штейн', uk: 'штейн', bg: 'щайн' }, at: 'end' },
  { from: 'th', to: 'т' },
  { from: 'tion', to: 'цион' },
  { from: 'tz', to: 'ц' },
  { from: 'v', to: 'ф' },
  { from: 'w', to: 'в' },
  { from: 'x', to: 'кс' },
  { from: 'z', to: 'ц' },
  ...doubles({ b: 'б', d: 'д', f: 'ф', g: 'г', k: 'к', m: 'м', n: 'н', p: 'п', r: 'р', s: 'с', t: 'т', z: 'ц' }),
  // ll before a vowel (Müller → Мюллер / Мюлер).
  { from: 'll', to: { ru: 'лл', uk: 'лл', bg: 'л' } },
];

export const GERMAN: SourceLanguage = {
  code: 'de',
  name: 'German',
  rows,
  words: {
    // Traditional forms with г for h (Russian) and older readings.
    hamburg: { ru: 'гамбург' },
    hannover: { ru: 'ганновер', uk: 'ганновер', bg: 'хановер' },
    heidelberg: { ru: 'гейдельберг', uk: 'гейдельберг' },
    leipzig: { ru: 'лейпциг', uk: 'лейпциг', bg: 'лайпциг' },
    johann: { ru: 'иоганн', uk: 'йоганн', bg: 'йохан' },
    // Ukrainian keeps the Russian-era х in this name (Герхард Шредер).
    gerhard: { uk: 'герхард' },
  },
  notes: {
    ru:
      'Modern rules (ei → ай, h → х). Not covered: traditional forms beyond the few listed (Гейне, Эйнштейн, ' +
      'Штутгарт with one т), exonyms (Вена, Бавария), v read as в in names of foreign origin (Vaduz → Вадуц), ' +
      'voiced s after a consonant (Hänsel → Гензель), ie and eu in loanwords, Low German and Swiss spellings.',
    uk: 'As Russian, with і for i, є for je, е for ö, г for h (Габек). Same gaps.',
    bg: 'As Russian, with ьо for ö, щ for initial st, hard l, single letters for doubles. Same gaps.',
  },
};

export const deRu = transcription(GERMAN, 'ru');

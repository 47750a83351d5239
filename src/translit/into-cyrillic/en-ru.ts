/**
 * English names in Russian, Ukrainian and Bulgarian (Англо-русская практическая транскрипция: Gilyarevsky &
 * Starostin, Ermolovich; Ukrainian Pravopys 2019; BAS rules). en-uk.ts and en-bg.ts build their schemes from this
 * table.
 *
 * The weakest of the tables: English spelling is a poor guide to pronunciation, and the rules transcribe sounds.
 * This covers the common patterns of names (magic e, ee/ea, oo, -son, -er, sh, ch, th, j, w, initial kn/wr,
 * silent gh) and lists well-known given names whose Cyrillic form is fixed. It misses stress (unstressed vowels
 * are ъ in Bulgarian: Антъни, but the rule cannot see stress), the many values of ou, ow, u, i and y, most
 * silent letters, and every traditional form not in the word list (Дублин, Вашингтон, Ньютон).
 */
import { type Row, type SourceLanguage, table, transcription } from './common.ts';

const V = 'aeiouy';
const C = 'bcdfghjklmnpqrstvwxz';
const I = { ru: 'и', uk: 'і', bg: 'и' } as const;

/** Magic e: a, i, o + one consonant + final e are diphthongs (Blake → Блейк, White → Уайт, Stone → Стоун). */
const MAGIC_CONSONANTS: Record<string, string> = {
  b: 'б', c: 'с', d: 'д', g: 'дж', k: 'к', l: 'л', m: 'м', n: 'н', p: 'п', r: 'р', s: 'с', t: 'т', v: 'в', z: 'з',
};
const MAGIC_E: Row[] = Object.entries(MAGIC_CONSONANTS).flatMap(([c, cons]): Row[] => [
  { from: `a${c}e`, to: `ей${cons}`, at: 'end' },
  { from: `i${c}e`, to: `ай${cons}`, at: 'end' },
  { from: `o${c}e`, to: `оу${cons}`, at: 'end' },
  // Biden → Байден / Байдън: the same open syllable before a final -en.
  { from: `i${c}en`, to: { ru: `ай${cons}ен`, uk: `ай${cons}ен`, bg: `ай${cons}ън` }, at: 'end' },
]);

/** u before two consonants is [ʌ]: а, Bulgarian ъ (Trump → Трамп / Тръмп, Hunter → Хантер, Russell → Рассел). */
const SHORT_U: Row[] = [
  { from: 'um', to: { ru: 'ам', uk: 'ам', bg: 'ъм' }, before: 'pb' },
  { from: 'un', to: { ru: 'ан', uk: 'ан', bg: 'ън' }, before: 'tkd' },
  { from: 'uck', to: { ru: 'ак', uk: 'ак', bg: 'ък' } },
  { from: 'ust', to: { ru: 'аст', uk: 'аст', bg: 'ъст' } },
  { from: 'usk', to: { ru: 'аск', uk: 'аск', bg: 'ъск' } },
  ...(
    [
      ['ss', 'с'],
      ['tt', 'т'],
      ['dd', 'д'],
      ['gg', 'г'],
      ['pp', 'п'],
      ['bb', 'б'],
      ['ff', 'ф'],
      ['nn', 'н'],
    ] as const
  ).map(([cc, c]): Row => ({ from: `u${cc}`, to: { ru: `а${c}${c}`, uk: `а${c}${c}`, bg: `ъ${c}` } })),
];

const rows: Row[] = [
  // Vowels.
  { from: 'a', to: 'а' },
  // ai, ay are [eɪ]: ей, in Russian эй at the start (Taylor → Тейлор, Aiken → Эйкен).
  { from: 'ai', to: 'ей' },
  { from: 'ay', to: 'ей' },
  { from: 'ai', to: { ru: 'эй', uk: 'ей', bg: 'ей' }, at: 'start' },
  // air, are: эр / ер / еър (Blair → Блэр / Блер / Блеър).
  { from: 'air', to: { ru: 'эр', uk: 'ер', bg: 'еър' } },
  { from: 'are', to: { ru: 'эр', uk: 'ер', bg: 'еър' }, at: 'end' },
  { from: 'au', to: 'о' },
  { from: 'aw', to: 'о' },
  { from: 'e', to: 'е' },
  { from: 'e', to: { ru: 'э', uk: 'е', bg: 'е' }, at: 'start' },
  // Final e is silent (after a consonant).
  { from: 'e', to: '', at: 'end', after: C },
  { from: 'es', to: 'с', at: 'end', after: 'kmnpt' },
  { from: 'ee', to: I },
  { from: 'ea', to: I },
  { from: 'ey', to: I, at: 'end' },
  { from: 'ei', to: I },
  // eir: Keir → Кир / Кір / Киър.
  { from: 'eir', to: { ru: 'ир', uk: 'ір', bg: 'иър' } },
  // er: ер; Bulgarian writes the unstressed [ə] as ъ (Starmer → Стармър, Manchester → Манчестър, Liverpool → Ливърпул).
  { from: 'er', to: { ru: 'ер', uk: 'ер', bg: 'ър' }, at: 'end' },
  { from: 'er', to: { ru: 'ер', uk: 'ер', bg: 'ър' }, after: C, before: 'bcdfgklmnpstvz' },
  { from: 'ew', to: { ru: 'ью', uk: 'ью', bg: 'ю' } },
  { from: 'ew', to: 'ю', after: 'rlj' },
  { from: 'i', to: I },
  { from: 'igh', to: 'ай' },
  { from: 'ie', to: I, at: 'end' },
  // -ia at the end is ия (Victoria → Виктория, Pretoria → Претория).
  { from: 'ia', to: { ru: 'ия', uk: 'ія', bg: 'ия' }, at: 'end' },
  { from: 'o', to: 'о' },
  { from: 'oa', to: 'о' },
  { from: 'oe', to: 'о', at: 'end' },
  { from: 'oo', to: 'у' },
  { from: 'ou', to: 'ау' },
  { from: 'oy', to: 'ой' },
  { from: 'ow', to: 'оу', at: 'end' },
  { from: 'ow', to: 'ау', before: 'nl' },
  // or at the end of a name is unstressed: ор, Bulgarian ър (Taylor → Тейлор / Тейлър).
  { from: 'or', to: { ru: 'ор', uk: 'ор', bg: 'ър' }, at: 'end', after: C },
  { from: 'u', to: 'у' },
  ...SHORT_U,
  // ur: ёр / ер / ър (Turner → Тёрнер / Тернер / Търнър).
  { from: 'ur', to: { ru: 'ёр', uk: 'ер', bg: 'ър' }, before: C },
  { from: 'y', to: I },
  { from: 'y', to: 'й', at: 'start', before: V },
  { from: 'ya', to: 'я', at: 'start' },
  { from: 'yo', to: 'йо', at: 'start' },
  { from: 'yu', to: 'ю', at: 'start' },
  ...MAGIC_E,
  // Consonants.
  ...table({ b: 'б', d: 'д', f: 'ф', k: 'к', m: 'м', n: 'н', p: 'п', r: 'р', t: 'т', v: 'в', x: 'кс', z: 'з' }),
  { from: 'c', to: 'к' },
  { from: 'c', to: 'с', before: 'eiy' },
  { from: 'ch', to: 'ч' },
  { from: 'tch', to: 'ч' },
  { from: 'ck', to: 'к' },
  { from: 'g', to: 'г' },
  { from: 'ge', to: 'дж', at: 'end' },
  { from: 'dge', to: 'дж', at: 'end' },
  { from: 'dg', to: 'дж' },
  { from: 'gh', to: '', after: V },
  { from: 'gh', to: 'г', at: 'start' },
  // -burgh is бург (Edinburgh → Эдинбург / Единбург).
  { from: 'burgh', to: 'бург', at: 'end' },
  // h: х, Ukrainian г (Hunter → Хантер / Гантер); silent after a vowel (Johnson → Джонсон, Sarah → Сара).
  { from: 'h', to: { ru: 'х', uk: 'г', bg: 'х' } },
  { from: 'h', to: '', after: V, notBefore: V },
  { from: 'j', to: 'дж' },
  { from: 'kn', to: 'н', at: 'start' },
  // l: soft before a consonant and at the end in Russian and Ukrainian (Donald → Дональд, Liverpool → Ливерпуль),
  // ll at the end stays лл (Bill → Билл); Bulgarian л.
  { from: 'l', to: 'л' },
  { from: 'l', to: { ru: 'ль', uk: 'ль', bg: 'л' }, before: C + '^' },
  { from: 'll', to: { ru: 'лл', uk: 'лл', bg: 'л' } },
  { from: 'ph', to: 'ф' },
  { from: 'qu', to: 'кв' },
  { from: 's', to: 'с' },
  { from: 's', to: 'з', after: 'aeiou', before: 'aeiou' },
  { from: 'sh', to: 'ш' },
  // sw: св in Russian and Ukrainian (Swift → Свифт), су in Bulgarian (Суифт).
  { from: 'sw', to: { ru: 'св', uk: 'св', bg: 'су' } },
  { from: 'th', to: 'т' },
  { from: 'tion', to: { ru: 'шн', uk: 'шн', bg: 'шън' } },
  // -son, -ton, -den, -ken, -len at the end are unstressed: Bulgarian ън (Johnson → Джонсън, Clinton → Клинтън,
  // Blinken → Блинкън).
  { from: 'son', to: { ru: 'сон', uk: 'сон', bg: 'сън' }, at: 'end' },
  { from: 'ton', to: { ru: 'тон', uk: 'тон', bg: 'тън' }, at: 'end' },
  { from: 'en', to: { ru: 'ен', uk: 'ен', bg: 'ън' }, at: 'end', after: C },
  // w: у in Russian and Bulgarian, в in Ukrainian (Wilson → Уилсон / Вілсон); initial wa → уо (Walter → Уолтер);
  // silent after a vowel (aw, ew, ow are above) and in initial wr.
  { from: 'w', to: { ru: 'у', uk: 'в', bg: 'у' } },
  { from: 'wa', to: { ru: 'уо', uk: 'во', bg: 'уо' }, at: 'start' },
  { from: 'we', to: { ru: 'уэ', uk: 'ве', bg: 'уе' }, at: 'start' },
  { from: 'wi', to: { ru: 'уи', uk: 'ві', bg: 'уи' }, at: 'start' },
  { from: 'wh', to: { ru: 'у', uk: 'в', bg: 'у' } },
  { from: 'wr', to: 'р', at: 'start' },
  // Doubled consonants: kept in Russian and Ukrainian, written once in Bulgarian.
  ...(
    [
      ['bb', 'б'],
      ['dd', 'д'],
      ['ff', 'ф'],
      ['gg', 'г'],
      ['mm', 'м'],
      ['nn', 'н'],
      ['pp', 'п'],
      ['rr', 'р'],
      ['ss', 'с'],
      ['tt', 'т'],
      ['zz', 'з'],
    ] as const
  ).map(([from, one]): Row => ({ from, to: { ru: one + one, uk: one + one, bg: one } })),
];

export const ENGLISH: SourceLanguage = {
  code: 'en',
  name: 'English',
  rows,
  words: {
    // Given names and places whose Cyrillic form is fixed by usage rather than by the rules above.
    john: 'джон',
    boris: 'борис',
    james: 'джеймс',
    george: 'джордж',
    michael: { ru: 'майкл', uk: 'майкл', bg: 'майкъл' },
    david: { ru: 'дэвид', uk: 'девід', bg: 'дейвид' },
    william: { ru: 'уильям', uk: 'вільям', bg: 'уилям' },
    charles: { ru: 'чарльз', uk: 'чарльз', bg: 'чарлз' },
    richard: { ru: 'ричард', uk: 'річард', bg: 'ричард' },
    anthony: { ru: 'энтони', uk: 'ентоні', bg: 'антъни' },
    antony: { ru: 'энтони', uk: 'ентоні', bg: 'антъни' },
    hillary: { ru: 'хиллари', uk: 'гілларі', bg: 'хилари' },
    mary: { ru: 'мэри', uk: 'мері', bg: 'мери' },
    may: { ru: 'мэй', uk: 'мей', bg: 'мей' },
    london: 'лондон',
    washington: 'вашингтон',
    dublin: { ru: 'дублин', uk: 'дублін', bg: 'дъблин' },
  },
  notes: {
    ru:
      'Weak by nature: spelling under-determines English sounds. Not covered: stress, the several values of ou, ' +
      'ow, u, i, y and ea (Houston → Хьюстон, Bush → Буш), most silent letters (Leicester), ae/æ, Scottish and ' +
      'Irish spellings (Niamh, Menzies), and traditional forms not in the word list.',
    uk: 'As Russian, with в for w, г for h, і for i/y/ee. Same gaps.',
    bg: 'As Russian, with ъ for unstressed -er, -or, -son, -en (where the rule can see them: not for stress inside words), hard l, single letters for doubles. Same gaps.',
  },
};

export const enRu = transcription(ENGLISH, 'ru');

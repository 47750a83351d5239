/**
 * Polish names in Russian, Ukrainian and Bulgarian (Польско-русская практическая транскрипция after
 * Gilyarevsky & Starostin; Ukrainian Pravopys 2019 and ukwiki's Polish table; BAS rules). pl-uk.ts and pl-bg.ts
 * build their schemes from this table.
 */
import { doubles, type Row, type SourceLanguage, table, transcription } from './common.ts';

const C = 'bcćdfghjklłmnńprsśtwzźż';
const I = { ru: 'и', uk: 'і', bg: 'и' } as const;

/**
 * i before a vowel after a consonant only softens it: ia → я, ie → е, io → ё / ьо, iu, ió → ю (Gdynia → Гдыня,
 * Zbigniew → Збигнев, Piotr → Пётр / Пьотр). The soft consonants ć ś ź ń dź are written ci si zi ni dzi before a
 * vowel, and read the same way (Kościuszko, Siemens).
 */
const SOFTENED: Row[] = [
  // After r the i is a vowel of its own in names (Maria → Мария, Wiktoria → Виктория); listed first, as the
  // general row below has the same length.
  { from: 'ia', to: { ru: 'ия', uk: 'ія', bg: 'ия' }, after: 'r' },
  { from: 'ia', to: 'я', after: C },
  // Ukrainian writes є after n (Zbigniew → Збігнєв, Gniezno → Гнєзно) and е elsewhere (Моравецький).
  { from: 'ie', to: { ru: 'е', uk: 'є', bg: 'е' }, after: 'n' },
  { from: 'ie', to: 'е', after: C },
  { from: 'ię', to: 'ен', after: C },
  { from: 'ią', to: { ru: 'ён', uk: 'йон', bg: 'ьон' }, after: C },
  { from: 'io', to: { ru: 'ё', uk: 'ьо', bg: 'ьо' }, after: C },
  { from: 'iu', to: 'ю', after: C },
  { from: 'ió', to: 'ю', after: C },
];

const rows: Row[] = [
  { from: 'a', to: 'а' },
  // ą, ę are nasal: он, ен (Wałęsa → Валенса); ом, ем before b, p; ę at the end is е.
  { from: 'ą', to: 'он' },
  { from: 'ą', to: 'ом', before: 'bp' },
  { from: 'e', to: 'е' },
  { from: 'e', to: { ru: 'э', uk: 'е', bg: 'е' }, at: 'start' },
  { from: 'e', to: { ru: 'э', uk: 'е', bg: 'е' }, after: 'aou' },
  { from: 'ę', to: 'ен' },
  { from: 'ę', to: 'ем', before: 'bp' },
  { from: 'ę', to: 'е', at: 'end' },
  { from: 'i', to: I },
  { from: 'o', to: 'о' },
  { from: 'ó', to: 'у' },
  { from: 'u', to: 'у' },
  // y: ы in Russian (Gdynia → Гдыня), и after cz, sz, rz, ż (Kaczyński → Качиньский); и in Ukrainian and Bulgarian.
  { from: 'y', to: { ru: 'ы', uk: 'и', bg: 'и' } },
  // After cz, sz, rz, ż, dż Russian writes и (Kaczyński → Качиньский).
  ...(
    [
      ['czy', 'чи'],
      ['szy', 'ши'],
      ['rzy', 'жи'],
      ['ży', 'жи'],
      ['dży', 'джи'],
      ['drzy', 'джи'],
    ] as const
  ).map(([from, to]): Row => ({ from, to })),
  { from: 'rzy', to: 'ши', after: 'ptkh' },
  { from: 'szczy', to: { ru: 'щи', uk: 'щи', bg: 'шчи' } },
  ...SOFTENED,
  ...table({ b: 'б', d: 'д', f: 'ф', g: 'г', k: 'к', m: 'м', n: 'н', p: 'п', r: 'р', s: 'с', t: 'т', w: 'в', z: 'з', ż: 'ж', ł: 'л' }),
  { from: 'c', to: 'ц' },
  { from: 'ch', to: { ru: 'х', uk: 'х', bg: 'х' } },
  { from: 'cz', to: 'ч' },
  { from: 'dz', to: 'дз' },
  { from: 'dż', to: 'дж' },
  // drz is дж (Andrzej → Анджей); rz is ж, ш after a voiceless consonant (Trzaskowski → Тшасковский, Przemyśl → Перемышль is an exonym).
  { from: 'drz', to: 'дж' },
  { from: 'rz', to: 'ж' },
  { from: 'rz', to: 'ш', after: 'ptkh' },
  { from: 'sz', to: 'ш' },
  // szcz: щ in Russian and Ukrainian (Szczecin → Щецин), шч in Bulgarian.
  { from: 'szcz', to: { ru: 'щ', uk: 'щ', bg: 'шч' } },
  // h, ch: х; Ukrainian writes Polish h as г (Hanna → Ганна) and ch as х.
  { from: 'h', to: { ru: 'х', uk: 'г', bg: 'х' } },
  // Soft consonants: ць, сь, зь, нь, дзь; Bulgarian writes no soft sign at the end or before a consonant (Познан,
  // Гданск, Лодз); Ukrainian moves it in -ńsk- (Гданськ, Качинський).
  { from: 'ć', to: { ru: 'ць', uk: 'ць', bg: 'ц' } },
  { from: 'ś', to: { ru: 'сь', uk: 'сь', bg: 'с' } },
  { from: 'ź', to: { ru: 'зь', uk: 'зь', bg: 'з' } },
  { from: 'ń', to: { ru: 'нь', uk: 'нь', bg: 'н' } },
  { from: 'ńsk', to: { ru: 'ньск', uk: 'нськ', bg: 'нск' } },
  { from: 'dź', to: { ru: 'дзь', uk: 'дзь', bg: 'дз' } },
  { from: 'ż', to: 'ж' },
  // j: й; я, е/є/йе, йо, ю with a vowel (Jarosław → Ярослав, Jerzy → Ежи / Єжи / Йежи).
  { from: 'j', to: 'й' },
  { from: 'ja', to: 'я' },
  { from: 'je', to: { ru: 'е', uk: 'є', bg: 'йе' } },
  { from: 'jo', to: 'йо' },
  { from: 'ju', to: 'ю' },
  { from: 'ję', to: { ru: 'ен', uk: 'єн', bg: 'йен' } },
  // l is soft: ль at the end and before a consonant (Karol → Кароль, Donald → Дональд), ля, лё, лю before a, o, u
  // (Lublin → Люблин). Bulgarian marks softness only before а, о, у (Карол, Люблин).
  { from: 'l', to: { ru: 'ль', uk: 'ль', bg: 'л' } },
  { from: 'la', to: 'ля' },
  { from: 'lo', to: { ru: 'лё', uk: 'льо', bg: 'льо' } },
  { from: 'ló', to: 'лю' },
  { from: 'lu', to: 'лю' },
  { from: 'le', to: 'ле' },
  { from: 'li', to: { ru: 'ли', uk: 'лі', bg: 'ли' } },
  { from: 'lą', to: 'лён' },
  { from: 'lę', to: 'лен' },
  { from: 'ly', to: { ru: 'лы', uk: 'ли', bg: 'ли' } },
  // Adjectival surnames: -ski → -ский / -ський / -ски, -cki → -цкий, -ska → -ская / -ська / -ска.
  { from: 'ski', to: { ru: 'ский', uk: 'ський', bg: 'ски' }, at: 'end' },
  { from: 'cki', to: { ru: 'цкий', uk: 'цький', bg: 'цки' }, at: 'end' },
  { from: 'dzki', to: { ru: 'дзкий', uk: 'дзький', bg: 'дзки' }, at: 'end' },
  { from: 'ska', to: { ru: 'ская', uk: 'ська', bg: 'ска' }, at: 'end' },
  { from: 'cka', to: { ru: 'цкая', uk: 'цька', bg: 'цка' }, at: 'end' },
  { from: 'ński', to: { ru: 'ньский', uk: 'нський', bg: 'нски' }, at: 'end' },
  { from: 'ńska', to: { ru: 'ньская', uk: 'нська', bg: 'нска' }, at: 'end' },
  { from: 'v', to: 'в' },
  { from: 'x', to: 'кс' },
  { from: 'q', to: 'к' },
  ...doubles({ b: 'б', d: 'д', f: 'ф', g: 'г', k: 'к', m: 'м', n: 'н', p: 'п', r: 'р', s: 'с', t: 'т', z: 'з' }),
];

export const POLISH: SourceLanguage = {
  code: 'pl',
  name: 'Polish',
  rows,
  words: {
    // Exonyms and traditional forms.
    warszawa: 'варшава',
    łódź: { ru: 'лодзь', uk: 'лодзь', bg: 'лодз' },
    kraków: { ru: 'краков', uk: 'краків', bg: 'краков' },
    polska: { ru: 'польша', uk: 'польща', bg: 'полша' },
    białystok: { ru: 'белосток', uk: 'білосток', bg: 'бялисток' },
    zbigniew: { ru: 'збигнев', uk: 'збігнєв', bg: 'збигнев' },
  },
  notes: {
    ru:
      'Not covered: exonyms beyond a few (Перемышль, Гнезно are regular), Russian-tradition given names ' +
      '(Piotr → Пётр is regular; Jan → Ян too), -ów place names (Rzeszów → Жешув is regular), Kashubian.',
    uk:
      'As Russian, with і, и for y, г for h, ьо for io, no soft sign in -ńsk-. Ukrainian sources differ on ie after ' +
      'consonants (Збігнєв but Моравецький; Бєльсько-Бяла): є after n only.',
    bg: 'As Russian, with и for y, шч for szcz, no soft sign at the end or before a consonant (Познан, Лодз).',
  },
};

export const plRu = transcription(POLISH, 'ru');

/**
 * Italian names in Russian, Ukrainian and Bulgarian (Итальянско-русская практическая транскрипция after
 * Gilyarevsky & Starostin; Ukrainian Pravopys 2019; BAS rules). it-uk.ts and it-bg.ts build their schemes from
 * this table.
 */
import { doubles, type Row, type SourceLanguage, table, transcription } from './common.ts';

const V = 'aàeèéiìíoòóuùú';
const C = 'bcdfghjklmnpqrstvwxyz';
const I = { ru: 'и', uk: 'і', bg: 'и' } as const;
const E_START = { ru: 'э', uk: 'е', bg: 'е' } as const;
const FRONT = 'eèéiìí';

/** ci, gi, sci before a, o, u only soften the consonant: Giorgia → Джорджа, Luciano → Лучано, Sciacca → Шакка. */
const VOWEL_AFTER_SILENT_I = { a: 'а', o: 'о', u: 'у', ò: 'о', ù: 'у', e: 'е' } as const;
const SILENT_I: Row[] = (
  [
    ['ci', 'ч', 'ч'],
    ['gi', 'дж', 'дж'],
    ['sci', 'ш', 'ш'],
    ['cci', 'чч', 'ч'],
    ['ggi', 'дж', 'дж'],
  ] as const
).flatMap(([from, ru, bg]) =>
  Object.entries(VOWEL_AFTER_SILENT_I).map(([v, vowel]): Row => ({ from: from + v, to: { ru: ru + vowel, uk: ru + vowel, bg: bg + vowel } })),
);

const rows: Row[] = [
  { from: 'a', to: 'а' },
  { from: 'à', to: 'а' },
  ...['e', 'è', 'é'].flatMap((e): Row[] => [
    { from: e, to: 'е' },
    // e at the start and after a vowel other than i: э in Russian (Enrico → Энрико, Raffaele → Раффаэле).
    { from: e, to: E_START, at: 'start' },
    { from: e, to: E_START, after: 'aàoòuù' },
  ]),
  { from: 'i', to: I },
  { from: 'ì', to: I },
  { from: 'í', to: I },
  // -ia at the end is ия (Italia → Италия); ie after a consonant is ье / ьє / ие (Pietro → Пьетро).
  { from: 'ia', to: { ru: 'ия', uk: 'ія', bg: 'ия' }, at: 'end' },
  { from: 'ie', to: { ru: 'ье', uk: 'ьє', bg: 'ие' }, after: C },
  { from: 'o', to: 'о' },
  { from: 'ò', to: 'о' },
  { from: 'ó', to: 'о' },
  { from: 'u', to: 'у' },
  { from: 'ù', to: 'у' },
  { from: 'ú', to: 'у' },
  ...table({ b: 'б', d: 'д', f: 'ф', k: 'к', m: 'м', n: 'н', p: 'п', r: 'р', t: 'т', v: 'в', w: 'в', x: 'кс', y: I }),
  // c, g: к, г; before e, i ч, дж; ch, gh before e, i к, г.
  { from: 'c', to: 'к' },
  { from: 'c', to: 'ч', before: FRONT },
  { from: 'ch', to: 'к' },
  { from: 'g', to: 'г' },
  { from: 'g', to: 'дж', before: FRONT },
  { from: 'gh', to: 'г' },
  // Doubled cc, gg before e, i: чч (Bellocchio is cch), дж written once (Reggio → Реджо).
  { from: 'cc', to: { ru: 'чч', uk: 'чч', bg: 'ч' }, before: FRONT },
  { from: 'gg', to: 'дж', before: FRONT },
  { from: 'cch', to: { ru: 'кк', uk: 'кк', bg: 'к' } },
  ...SILENT_I,
  // gli is [ʎ]: ль + vowel (Castiglione → Кастильоне), final gli льи (Gigli → Джильи).
  { from: 'gli', to: { ru: 'льи', uk: 'льї', bg: 'ли' } },
  { from: 'glia', to: { ru: 'лья', uk: 'лья', bg: 'ля' } },
  { from: 'glie', to: { ru: 'лье', uk: 'льє', bg: 'ле' } },
  { from: 'glio', to: 'льо' },
  { from: 'gliu', to: { ru: 'лью', uk: 'лью', bg: 'лю' } },
  // gn is [ɲ]: нь + vowel (Bologna → Болонья / Болоня).
  { from: 'gn', to: { ru: 'нь', uk: 'нь', bg: 'н' } },
  { from: 'gna', to: { ru: 'нья', uk: 'нья', bg: 'ня' } },
  { from: 'gne', to: { ru: 'нье', uk: 'ньє', bg: 'не' } },
  { from: 'gno', to: 'ньо' },
  { from: 'gni', to: { ru: 'ньи', uk: 'ньї', bg: 'ни' } },
  // h is silent; at the start it is read with its vowel.
  { from: 'h', to: '' },
  { from: 'ha', to: 'а', at: 'start' },
  { from: 'he', to: E_START, at: 'start' },
  { from: 'hi', to: I, at: 'start' },
  { from: 'ho', to: 'о', at: 'start' },
  { from: 'j', to: 'й' },
  // l: soft before a consonant and at the end in Russian and Ukrainian (Salvini → Сальвини), hard in Bulgarian.
  { from: 'l', to: 'л' },
  { from: 'l', to: { ru: 'ль', uk: 'ль', bg: 'л' }, before: C + '^' },
  { from: 'qu', to: 'кв' },
  // After qu the e is not "after a vowel" (Quercia); after gu it is (Guerra → Гуэрра).
  { from: 'que', to: 'кве' },
  { from: 'què', to: 'кве' },
  // s between vowels is з (Pisa → Пиза); sc before e, i is ш; sch is ск.
  { from: 's', to: 'с' },
  { from: 's', to: 'з', after: V, before: V },
  { from: 'sc', to: 'ш', before: FRONT },
  { from: 'sch', to: 'ск' },
  // z, zz: ц, цц (Renzi → Ренци, Piazza).
  { from: 'z', to: 'ц' },
  ...doubles({ b: 'б', c: 'к', d: 'д', f: 'ф', g: 'г', l: 'л', m: 'м', n: 'н', p: 'п', r: 'р', s: 'с', t: 'т', v: 'в', z: 'ц' }),
];

export const ITALIAN: SourceLanguage = {
  code: 'it',
  name: 'Italian',
  rows,
  words: {
    // The biblical name has its own form in Ukrainian (Давид Сассолі), as in Russian and Bulgarian.
    david: 'давид',
    // Exonyms.
    roma: { ru: 'рим', uk: 'рим', bg: 'рим' },
    milano: { ru: 'милан', uk: 'мілан', bg: 'милано' },
    napoli: { ru: 'неаполь', uk: 'неаполь', bg: 'неапол' },
    torino: { ru: 'турин', uk: 'турин', bg: 'торино' },
    firenze: { ru: 'флоренция', uk: 'флоренція', bg: 'флоренция' },
    venezia: { ru: 'венеция', uk: 'венеція', bg: 'венеция' },
    genova: { ru: 'генуя', uk: 'генуя', bg: 'генуа' },
    italia: { ru: 'италия', uk: 'італія', bg: 'италия' },
  },
  notes: {
    ru:
      'Not covered: z read as дз (Mazzini → Мадзини), ia and io inside words read as one syllable in some names ' +
      '(Piazza → Пьяцца), stress (no stress marks in Italian spelling), exonyms beyond the main cities.',
    uk: 'As Russian, with і, є for ie, е for э.',
    bg: 'As Russian, with hard l, ня / ля for gn / gli with a vowel, single letters for doubles.',
  },
};

export const itRu = transcription(ITALIAN, 'ru');

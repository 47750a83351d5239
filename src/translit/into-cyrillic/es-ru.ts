/**
 * Spanish names in Russian, Ukrainian and Bulgarian (Испанско-русская практическая транскрипция after
 * Gilyarevsky & Starostin; Ukrainian Pravopys 2019; BAS rules). es-uk.ts and es-bg.ts build their schemes from
 * this table. Latin American names follow the same table (z and c before e/i are с everywhere).
 */
import { type Row, type SourceLanguage, table, transcription } from './common.ts';

const V = 'aáeéiíoóuúü';
const C = 'bcdfghjklmnñpqrstvwxyz';
const I = { ru: 'и', uk: 'і', bg: 'и' } as const;
const E_AFTER_VOWEL = { ru: 'э', uk: 'е', bg: 'е' } as const;
const SOFT_L = { ru: 'ль', uk: 'ль', bg: 'л' } as const;
const FRONT = 'eéií';

const rows: Row[] = [
  { from: 'a', to: 'а' },
  { from: 'á', to: 'а' },
  ...['e', 'é'].flatMap((e): Row[] => [
    { from: e, to: 'е' },
    // e at the start and after a, o, u is э in Russian (Esteban → Эстебан, Rafael → Рафаэль, Manuel → Мануэль).
    { from: e, to: E_AFTER_VOWEL, at: 'start' },
    { from: e, to: E_AFTER_VOWEL, after: 'aáoóuúü' },
  ]),
  { from: 'i', to: I },
  { from: 'í', to: I },
  // i after a vowel before a consonant is й (Aires → Айрес, Reina → Рейна); Ukrainian writes ї after u (Luis → Луїс).
  { from: 'i', to: 'й', after: 'aeo', notBefore: V },
  { from: 'i', to: { ru: 'и', uk: 'ї', bg: 'и' }, after: 'uú' },
  // -ia at the end is ия (Valencia → Валенсия / Валенсія).
  { from: 'ia', to: { ru: 'ия', uk: 'ія', bg: 'ия' }, at: 'end' },
  { from: 'ía', to: { ru: 'ия', uk: 'ія', bg: 'ия' }, at: 'end' },
  { from: 'o', to: 'о' },
  { from: 'ó', to: 'о' },
  { from: 'u', to: 'у' },
  { from: 'ú', to: 'у' },
  { from: 'ü', to: 'у' },
  ...table({ b: 'б', d: 'д', f: 'ф', k: 'к', m: 'м', n: 'н', p: 'п', r: 'р', s: 'с', t: 'т', v: 'в', w: 'в', x: 'кс' }),
  { from: 'c', to: 'к' },
  { from: 'c', to: 'с', before: FRONT },
  { from: 'cc', to: 'кс', before: FRONT },
  { from: 'ch', to: 'ч' },
  // g: г; before e/i х (Gerona), gu before e/i г (Miguel → Мигель), gü гу.
  { from: 'g', to: 'г' },
  { from: 'g', to: 'х', before: FRONT },
  { from: 'gu', to: 'г', before: FRONT },
  { from: 'gü', to: 'гу' },
  // The u of gue, gui, que, qui is silent: the vowel after it is not "after a vowel" (Miguel → Мигель, Quevedo → Кеведо).
  ...['e', 'é'].flatMap((v): Row[] => [
    { from: `gu${v}`, to: 'ге' },
    { from: `qu${v}`, to: 'ке' },
  ]),
  ...['i', 'í'].flatMap((v): Row[] => [
    { from: `gu${v}`, to: { ru: 'ги', uk: 'гі', bg: 'ги' } },
    { from: `qu${v}`, to: { ru: 'ки', uk: 'кі', bg: 'ки' } },
  ]),
  // h is silent; at the start it is read with its vowel so the word keeps its capital. hue → уэ (Huelva → Уэльва).
  { from: 'h', to: '' },
  { from: 'ha', to: 'а', at: 'start' },
  { from: 'he', to: E_AFTER_VOWEL, at: 'start' },
  { from: 'hi', to: I, at: 'start' },
  { from: 'ho', to: 'о', at: 'start' },
  { from: 'hu', to: 'у', at: 'start' },
  { from: 'hue', to: { ru: 'уэ', uk: 'уе', bg: 'уе' }, at: 'start' },
  { from: 'j', to: 'х' },
  // l: soft before a consonant and at the end in Russian and Ukrainian (Miguel → Мигель, Bilbao → Бильбао),
  // hard in Bulgarian (Мигел, Билбао).
  { from: 'l', to: 'л' },
  { from: 'l', to: SOFT_L, before: C + '^' },
  // ll: ль + я, е … (Sevilla → Севилья / Севілья; Bulgarian Севиля).
  { from: 'll', to: SOFT_L },
  { from: 'lla', to: { ru: 'лья', uk: 'лья', bg: 'ля' } },
  { from: 'lle', to: { ru: 'лье', uk: 'льє', bg: 'ле' } },
  { from: 'llo', to: 'льо' },
  { from: 'llu', to: { ru: 'лью', uk: 'лью', bg: 'лю' } },
  { from: 'lli', to: { ru: 'льи', uk: 'льї', bg: 'ли' } },
  // ñ: нь + я, е … (Peña → Пенья).
  { from: 'ñ', to: { ru: 'нь', uk: 'нь', bg: 'н' } },
  { from: 'ña', to: { ru: 'нья', uk: 'нья', bg: 'ня' } },
  { from: 'ñe', to: { ru: 'нье', uk: 'ньє', bg: 'не' } },
  { from: 'ño', to: 'ньо' },
  { from: 'ñu', to: { ru: 'нью', uk: 'нью', bg: 'ню' } },
  { from: 'qu', to: 'к' },
  { from: 'rr', to: { ru: 'рр', uk: 'рр', bg: 'р' } },
  { from: 'ss', to: { ru: 'сс', uk: 'сс', bg: 'с' } },
  // y: й at the end and before a consonant (Rajoy → Рахой), я, йе/є, йо, ю with a vowel; the word "y" is и.
  { from: 'y', to: 'й' },
  { from: 'y', to: I, at: 'alone' },
  { from: 'ya', to: 'я' },
  { from: 'ye', to: { ru: 'е', uk: 'є', bg: 'йе' } },
  { from: 'yo', to: 'йо' },
  { from: 'yu', to: 'ю' },
  // z is [θ] or [s]: с (Sánchez → Санчес, Zaragoza → Сарагоса).
  { from: 'z', to: 'с' },
];

export const SPANISH: SourceLanguage = {
  code: 'es',
  name: 'Spanish',
  rows,
  words: {
    españa: { ru: 'испания', uk: 'іспанія', bg: 'испания' },
    méxico: { ru: 'мексика', uk: 'мексика', bg: 'мексико' },
  },
  notes: {
    ru:
      'Not covered: ie and io read as one syllable in some names (Santiago → Сантьяго, Gabriel → Габриэль), ' +
      'traditional forms (Мехико, Сарагоса is regular), x read as х in Mexican names (Oaxaca → Оахака), ' +
      'Catalan, Basque and Galician names (use their own tables).',
    uk: 'As Russian, with і, ї after u (Луїс), є for ye, е for э.',
    bg: 'As Russian, with hard l, ля / ня for ll / ñ with a vowel, single letters for doubles.',
  },
};

export const esRu = transcription(SPANISH, 'ru');

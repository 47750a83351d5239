/**
 * Catalan names in Russian, Ukrainian and Bulgarian (Каталанско-русская практическая транскрипция after
 * Gilyarevsky & Starostin; Ukrainian Pravopys 2019; BAS rules). ca-uk.ts and ca-bg.ts build their schemes from
 * this table.
 */
import { doubles, type Row, type SourceLanguage, table, transcription } from './common.ts';

const V = 'aàeéèiíïoóòuúü';
const C = 'bcçdfghjklmnpqrstvwxyz';
const I = { ru: 'и', uk: 'і', bg: 'и' } as const;
const E_START = { ru: 'э', uk: 'е', bg: 'е' } as const;
const SOFT_L = { ru: 'ль', uk: 'ль', bg: 'л' } as const;

const rows: Row[] = [
  { from: 'a', to: 'а' },
  { from: 'à', to: 'а' },
  ...['e', 'é', 'è'].flatMap((e): Row[] => [
    { from: e, to: 'е' },
    { from: e, to: E_START, at: 'start' },
    { from: e, to: E_START, after: 'aou' },
  ]),
  { from: 'i', to: I },
  { from: 'í', to: I },
  { from: 'ï', to: I },
  { from: 'o', to: 'о' },
  { from: 'ó', to: 'о' },
  { from: 'ò', to: 'о' },
  { from: 'u', to: 'у' },
  { from: 'ú', to: 'у' },
  { from: 'ü', to: 'у' },
  ...table({ b: 'б', d: 'д', f: 'ф', k: 'к', m: 'м', n: 'н', p: 'п', r: 'р', t: 'т', v: 'в', w: 'в', z: 'з' }),
  { from: 'c', to: 'к' },
  { from: 'c', to: 'с', before: 'eéèií' },
  { from: 'ç', to: 'с' },
  { from: 'ch', to: 'к', at: 'end' },
  { from: 'g', to: 'г' },
  { from: 'g', to: 'ж', before: 'eéèií' },
  { from: 'gu', to: 'г', before: 'eéèií' },
  { from: 'gü', to: 'гу' },
  // The u of gue, gui, que, qui is silent: the vowel after it is not "after a vowel".
  { from: 'gue', to: 'ге' },
  { from: 'gui', to: { ru: 'ги', uk: 'гі', bg: 'ги' } },
  { from: 'que', to: 'ке' },
  { from: 'qui', to: { ru: 'ки', uk: 'кі', bg: 'ки' } },
  // ai, ei, oi before a consonant or at the end are diphthongs: ай, ей, ой (Lleida → Льейда).
  { from: 'ai', to: 'ай', notBefore: V },
  { from: 'ei', to: 'ей', notBefore: V },
  { from: 'oi', to: 'ой', notBefore: V },
  // Final -ig after a vowel, and ig before a consonant, are [tʃ]: Puig → Пуч, Puigdemont → Пучдемон.
  { from: 'ig', to: 'ч', after: V, at: 'end' },
  { from: 'ig', to: 'ч', after: V, before: C },
  // h is silent; at the start it is read with its vowel so the word keeps its capital.
  { from: 'h', to: '' },
  { from: 'ha', to: 'а', at: 'start' },
  { from: 'he', to: E_START, at: 'start' },
  { from: 'hi', to: I, at: 'start' },
  { from: 'ho', to: 'о', at: 'start' },
  { from: 'hu', to: 'у', at: 'start' },
  { from: 'j', to: 'ж' },
  // l: soft before a consonant and at the end in Russian and Ukrainian (Pujol → Пужоль, Salvador → Сальвадор),
  // hard in Bulgarian.
  { from: 'l', to: 'л' },
  { from: 'l', to: SOFT_L, before: C + '^' },
  // ll is [ʎ]: ль (Borrell → Боррель / Борел); with a vowel лья, лье … (Andorra la Vella → Андорра-ла-Велья).
  { from: 'll', to: SOFT_L },
  { from: 'lla', to: { ru: 'лья', uk: 'лья', bg: 'ля' } },
  { from: 'lle', to: { ru: 'лье', uk: 'льє', bg: 'ле' } },
  { from: 'llo', to: 'льо' },
  { from: 'llu', to: { ru: 'лью', uk: 'лью', bg: 'лю' } },
  { from: 'lli', to: { ru: 'льи', uk: 'льї', bg: 'ли' } },
  { from: 'llei', to: { ru: 'льей', uk: 'льєй', bg: 'лей' }, notBefore: V },
  // l·l (geminate l) is лл / л.
  { from: 'l·l', to: { ru: 'лл', uk: 'лл', bg: 'л' } },
  { from: 'l.l', to: { ru: 'лл', uk: 'лл', bg: 'л' } },
  // ny is [ɲ]: нь, with a vowel нья …
  { from: 'ny', to: { ru: 'нь', uk: 'нь', bg: 'н' } },
  { from: 'nya', to: { ru: 'нья', uk: 'нья', bg: 'ня' } },
  { from: 'nye', to: { ru: 'нье', uk: 'ньє', bg: 'не' } },
  { from: 'nyo', to: 'ньо' },
  // Final -nt loses its t (Puigdemont → Пучдемон).
  { from: 'nt', to: 'н', at: 'end' },
  { from: 'qu', to: 'кв' },
  { from: 'qu', to: 'к', before: 'eéèií' },
  // s between vowels is з (Josep → Жозеп).
  { from: 's', to: 'с' },
  { from: 's', to: 'з', after: V, before: V },
  { from: 'ss', to: { ru: 'сс', uk: 'сс', bg: 'с' } },
  // tx, ix, x at the start are ч / ш; tg, tj before e/i are дж.
  { from: 'tx', to: 'ч' },
  { from: 'tg', to: 'дж', before: 'eéèií' },
  { from: 'tj', to: 'дж' },
  { from: 'ix', to: 'ш', after: V },
  { from: 'x', to: 'кс' },
  { from: 'x', to: 'ш', at: 'start' },
  { from: 'y', to: I },
  ...doubles({ b: 'б', c: 'к', d: 'д', f: 'ф', m: 'м', n: 'н', p: 'п', r: 'р', t: 'т' }),
];

export const CATALAN: SourceLanguage = {
  code: 'ca',
  name: 'Catalan',
  rows,
  words: {
    catalunya: { ru: 'каталония', uk: 'каталонія', bg: 'каталуния' },
    espanya: { ru: 'испания', uk: 'іспанія', bg: 'испания' },
  },
  notes: {
    ru:
      'Reads Catalan as spelt: unstressed o and e (Joan [ʒuˈan]) are о and е, as Russian practice writes them. Not ' +
      'covered: final r that is silent (Ferrer is fine, but not Vilanova i la Geltrú-type compounds), Spanish forms ' +
      'in use for some people (Pep Guardiola → Хосеп), names written with a hyphen in Cyrillic (Андорра-ла-Велья).',
    uk: 'As Russian, with і, є for ie, е for э.',
    bg: 'As Russian, with hard l, л for ll (Борел), single letters for doubles.',
  },
};

export const caRu = transcription(CATALAN, 'ru');

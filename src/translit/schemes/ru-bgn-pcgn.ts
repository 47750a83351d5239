import type { Scheme } from '../types.ts';
import { letters, RU_CONSONANTS } from './common.ts';

// е and ё take a y- at the start of a word and after these letters (vowels, й, ъ, ь): Елизово → Yelizovo.
const YE_AFTER = 'аеёийоуъыьэюя';
// A middle dot (·) keeps apart letter pairs that would read as one sound (rule 3 of the 1947 system).
const DOT_BEFORE = 'ауыэ';
const VOWELS_FOR_Y = 'аеёиоуыэюя';

/**
 * BGN/PCGN 1947 (US Board on Geographic Names and UK Permanent Committee): US/UK government maps, news agencies;
 * the source of "Yeltsin". Contextual rules as in nalgeon/iuliia's bgn_pcgn.json, ë as Latin ë (U+00EB).
 */
export const ruBgnPcgn: Scheme = {
  id: 'ru-bgn-pcgn',
  language: 'ru',
  target: 'Latn',
  standard: 'BGN/PCGN 1947 system',
  year: 1947,
  rules: [
    { from: 'е', to: 'ye', at: 'start' },
    { from: 'е', to: 'ye', after: YE_AFTER },
    { from: 'ё', to: 'yë', at: 'start' },
    { from: 'ё', to: 'yë', after: YE_AFTER },
    // ы between a vowel and а у ы э gets a dot on each side: Оыу → O·y·u.
    { from: 'ы', to: '·y·', after: VOWELS_FOR_Y, before: DOT_BEFORE },
    // ы after a vowel: Суык → Su·yk (not "uy").
    { from: 'ы', to: '·y', after: VOWELS_FOR_Y },
    // й and ы before а у ы э: Тыайа → Ty·ay·a (not "ya", which is я).
    { from: 'й', to: 'y·', before: DOT_BEFORE },
    { from: 'ы', to: 'y·', before: DOT_BEFORE },
    // э after a consonant: Улан-Удэ → Ulan-Ud·e.
    { from: 'э', to: '·e', after: RU_CONSONANTS.replace('й', '') },
    // тс and шч: Вяртсиля → Vyart·silya (ts is ц), Ташчишма → Tash·chishma (shch is щ).
    { from: 'т', to: 't·', before: 'с' },
    { from: 'ш', to: 'sh·', before: 'ч' },
    ...letters({
      а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'ë', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
      м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
      ш: 'sh', щ: 'shch',
      ъ: '\u201D', // ” Объезд → Ob”yezd
      ы: 'y',
      ь: '\u2019', // ’ Юрьев → Yur’yev
      э: 'e', ю: 'yu', я: 'ya',
    }),
  ],
};

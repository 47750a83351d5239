import type { Scheme } from '../types.ts';
import { letters } from './common.ts';

/**
 * ALA-LC romanization of Russian (Library of Congress tables, 2012 revision): library catalogues. The tie ͡
 * (U+0361) joins two Latin letters that stand for one Cyrillic letter, so ц t͡s is not тс ts; in title case
 * both tied letters are capitals (Цимлянск → T͡Simli͡ansk, Якутск → I͡Akutsk).
 */
export const ruAlaLc: Scheme = {
  id: 'ru-ala-lc',
  language: 'ru',
  target: 'Latn',
  standard: 'ALA-LC romanization tables (Library of Congress)',
  year: 2012,
  rules: [
    // The hard sign is not romanized at the end of a word (pre-1918 spelling: Петербургъ → Peterburg).
    { from: 'ъ', to: '', at: 'end' },
    ...letters({
      а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'ë', ж: 'zh', з: 'z', и: 'i',
      й: 'ĭ', // U+012D, i with breve: Бийск → Biĭsk
      к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
      ц: 't\u0361s', ч: 'ch', ш: 'sh', щ: 'shch',
      ъ: '\u02BA', ы: 'y', ь: '\u02B9',
      э: 'ė', // Электрогорск → Ėlektrogorsk
      ю: 'i\u0361u', я: 'i\u0361a',
      // Letters of the pre-1918 spelling.
      і: 'ī', ѣ: 'i\u0361e', ѳ: 'ḟ', ѵ: 'ẏ',
    }),
  ],
};

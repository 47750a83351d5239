import type { Scheme } from '../types.ts';
import { letters } from './common.ts';

/**
 * GOST 7.79-2000 System B: the ASCII-only system of Russian publishing and the web (reversible with the backtick
 * marks). Same as nalgeon/iuliia's gost_779_alt.json.
 */
export const ruGost779B: Scheme = {
  id: 'ru-gost-7.79-b',
  language: 'ru',
  target: 'Latn',
  standard: 'GOST 7.79-2000 System B',
  year: 2000,
  rules: [
    // ц is c before е, и, й, ы and cz elsewhere: Цой → Czoj, but Ципко → Cipko.
    { from: 'ц', to: 'c', before: 'еийы' },
    ...letters({
      а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'j', к: 'k', л: 'l',
      м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
      х: 'x', ц: 'cz', ч: 'ch', ш: 'sh', щ: 'shh',
      ъ: '``', ы: 'y`', ь: '`', э: 'e`', // the backtick keeps the system reversible
      ю: 'yu', я: 'ya',
    }),
  ],
};

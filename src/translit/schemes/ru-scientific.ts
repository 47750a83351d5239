import type { Scheme } from '../types.ts';
import { letters } from './common.ts';

/**
 * The scientific transliteration of linguistics (1898 in iuliia's dating; close to ISO/R 9:1968). Like ISO 9 but
 * with ju/ja for ю/я, šč for щ and x for х (older works write ch).
 */
export const ruScientific: Scheme = {
  id: 'ru-scientific',
  language: 'ru',
  target: 'Latn',
  standard: 'Scientific transliteration (linguistics)',
  year: 1898,
  rules: letters({
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'ë', ж: 'ž', з: 'z', и: 'i', й: 'j', к: 'k', л: 'l',
    м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
    х: 'x', ц: 'c', ч: 'č', ш: 'š', щ: 'šč',
    ъ: '\u02BA', ы: 'y', ь: '\u02B9',
    э: 'è', ю: 'ju', я: 'ja',
  }),
};

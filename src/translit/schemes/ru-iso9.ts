import type { Scheme } from '../types.ts';
import { letters } from './common.ts';

/**
 * ISO 9:1995, adopted in Russia as GOST 7.79-2000 System A: one Latin letter (with diacritics) for each Cyrillic
 * letter, so it is reversible. ъ and ь are the modifier letters ʺ U+02BA and ʹ U+02B9.
 */
export const ruIso9: Scheme = {
  id: 'ru-iso9',
  language: 'ru',
  target: 'Latn',
  standard: 'ISO 9:1995 (= GOST 7.79-2000 System A)',
  year: 1995,
  rules: letters({
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'ë', ж: 'ž', з: 'z', и: 'i', й: 'j', к: 'k', л: 'l',
    м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
    х: 'h', ц: 'c', ч: 'č', ш: 'š', щ: 'ŝ',
    ъ: '\u02BA', ы: 'y', ь: '\u02B9',
    э: 'è', ю: 'û', я: 'â', // Юлия → Ûliâ
  }),
};

import type { Scheme } from '../types.ts';
import { letters } from './common.ts';

/**
 * ICAO Doc 9303 (6th ed., Part 1, Section IV, Appendix 9): the table Russian international passports use since
 * FMS Order 320 (2012), in practice since 2014. No contextual rules: a letter is always written the same way.
 */
export const ruIcao: Scheme = {
  id: 'ru-icao',
  language: 'ru',
  target: 'Latn',
  standard: 'ICAO Doc 9303 (Russian passports since 2014)',
  year: 2006,
  rules: letters({
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e',
    ё: 'e', // ICAO has no ë: Артём → Artem
    ж: 'zh', з: 'z', и: 'i',
    й: 'i', // Андрей → Andrei
    к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
    х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
    ъ: 'ie', // only ICAO writes the hard sign as a sound: Разъездной → Razieezdnoi
    ы: 'y',
    ь: '', // the soft sign is dropped: Игорь → Igor
    э: 'e',
    ю: 'iu', я: 'ia', // Юлия → Iuliia
  }),
};

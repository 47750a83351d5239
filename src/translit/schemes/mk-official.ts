import type { Scheme } from '../types.ts';
import { letters } from './common.ts';

/**
 * North Macedonia's official romanization (passports, ID cards, road signs; the ICAO 9303 Macedonian exceptions):
 * digraphs without diacritics. Ѓорѓе → Gjorgje, Ќафа → Kjafa, Џеладин → Djeladin.
 */
export const mkOfficial: Scheme = {
  id: 'mk-official',
  language: 'mk',
  target: 'Latn',
  standard: 'Official romanization of Macedonian (passports, road signs)',
  year: 2008,
  rules: letters({
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd',
    ѓ: 'gj',
    е: 'e', ж: 'zh', з: 'z',
    ѕ: 'dz',
    и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
    ќ: 'kj',
    у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch',
    џ: 'dj', // also seen as dzh, dž
    ш: 'sh',
  }),
};

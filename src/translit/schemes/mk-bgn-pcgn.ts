import type { Scheme } from '../types.ts';
import { letters } from './common.ts';

/**
 * BGN/PCGN 2013 Agreement for Macedonian (CLDR's Macedonian-Latin/BGN): the diacritic "Macedonian Latin" form,
 * ǵ and ḱ for ѓ and ќ. Ѓорѓе → Ǵorǵe.
 */
export const mkBgnPcgn: Scheme = {
  id: 'mk-bgn-pcgn',
  language: 'mk',
  target: 'Latn',
  standard: 'BGN/PCGN 2013 Agreement',
  year: 2013,
  rules: letters({
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd',
    ѓ: 'ǵ', // U+01F5
    е: 'e', ж: 'ž', з: 'z', ѕ: 'dz', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o',
    п: 'p', р: 'r', с: 's', т: 't',
    ќ: 'ḱ', // U+1E31
    у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
  }),
};

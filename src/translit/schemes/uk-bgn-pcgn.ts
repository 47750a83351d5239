import type { Scheme } from '../types.ts';
import { apostrophes, letters } from './common.ts';

/**
 * BGN/PCGN 1965 system for Ukrainian (older US/UK maps and gazetteers; CLDR's Ukrainian-Latin/BGN). Replaced by
 * the national system in 2019, but the source of Kyyiv-style spellings: є ї й ю я are ye yi y yu ya everywhere.
 */
export const ukBgnPcgn: Scheme = {
  id: 'uk-bgn-pcgn',
  language: 'uk',
  target: 'Latn',
  standard: 'BGN/PCGN 1965 system',
  year: 1965,
  rules: [
    // A middle dot keeps apart pairs that would read as the digraphs zh, kh, sh, ts: зг → z·h, кг → k·h, сг → s·h,
    // тс → t·s, цг → ts·h (the system's rule 1, as CLDR has it).
    { from: 'зг', to: 'z·h' },
    { from: 'кг', to: 'k·h' },
    { from: 'сг', to: 's·h' },
    { from: 'тс', to: 't·s' },
    { from: 'цг', to: 'ts·h' },
    // The apostrophe is written ”: Загір’я → Zahir”ya.
    ...apostrophes('\u201D'),
    ...letters({
      а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'y', і: 'i',
      ї: 'yi', // Бабаї → Babayi
      й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
      х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
      ь: '\u2019', // ’ Віленька → Vilen’ka
      ю: 'yu', я: 'ya',
    }),
  ],
};

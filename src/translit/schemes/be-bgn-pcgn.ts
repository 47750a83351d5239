import type { Scheme } from '../types.ts';
import { apostrophes, letters } from './common.ts';

/**
 * BGN/PCGN 1979 system for Belarusian (CLDR's Belarusian-Latin/BGN; English Wikipedia's default for Belarusian):
 * е ё ю я are ye yo yu ya everywhere, ў is w. Гомель → Homyel’, Магілёў → Mahilyow.
 */
export const beBgnPcgn: Scheme = {
  id: 'be-bgn-pcgn',
  language: 'be',
  target: 'Latn',
  standard: 'BGN/PCGN 1979 system',
  year: 1979,
  rules: [
    // A middle dot keeps apart pairs that would read as the digraphs zh, kh, sh, ts: Гезгалы → Hyez·haly.
    { from: 'зг', to: 'z·h' },
    { from: 'кг', to: 'k·h' },
    { from: 'сг', to: 's·h' },
    { from: 'тс', to: 't·s' },
    { from: 'цг', to: 'ts·h' },
    // The apostrophe is written ”: Дзям’янаўцы → Dzyam”yanawtsy.
    ...apostrophes('\u201D'),
    ...letters({
      а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'ye', ё: 'yo', ж: 'zh', з: 'z', і: 'i', й: 'y',
      к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'w', ф: 'f',
      х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', ы: 'y',
      ь: '\u2019', // ’ Хатынь → Khatyn’
      э: 'e', ю: 'yu', я: 'ya',
    }),
  ],
};

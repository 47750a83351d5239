import type { Scheme } from '../types.ts';
import { letters } from './common.ts';

/**
 * English Wikipedia's romanization of Russian (WP:RUS, 2005 in iuliia's dating): BGN/PCGN without diacritics or
 * apostrophes, ё as yo, -ий/-ый as -y. Same as nalgeon/iuliia's wikipedia.json.
 */
export const ruWikipedia: Scheme = {
  id: 'ru-wikipedia',
  language: 'ru',
  target: 'Latn',
  standard: 'English Wikipedia romanization (modified BGN/PCGN)',
  year: 2005,
  rules: [
    // е is ye at the start of a word and after a vowel, ь or ъ: Ельцин → Yeltsin, Раздольное → Razdolnoye.
    { from: 'е', to: 'ye', at: 'start' },
    { from: 'е', to: 'ye', after: 'аиоуэюяьъ' },
    // ь and ъ before а и о у ы э are y (Ильинский → Ilyinsky); before е ё ю я and elsewhere they are dropped.
    { from: 'ь', to: 'y', before: 'аиоуыэ' },
    { from: 'ъ', to: 'y', before: 'аиоуыэ' },
    // The adjective endings -ий and -ый are -y: Великий → Veliky, Красный → Krasny.
    { from: 'ий', to: 'y', at: 'end' },
    { from: 'ый', to: 'y', at: 'end' },
    ...letters({
      а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
      м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
      ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
    }),
  ],
};

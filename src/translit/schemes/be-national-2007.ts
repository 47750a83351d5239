import type { Scheme } from '../types.ts';
import { apostrophes, letters } from './common.ts';

// е ё ю я after a consonant letter are ie io iu ia (Віцебск → Viciebsk); at the start of a word, after a vowel,
// ў, ь or the apostrophe they are je jo ju ja (Ельск → Jeĺsk, Гаўя → Haŭja, Вераб'ёвічы → Vierabjovičy).
const CONSONANTS = 'бвгґджзйклмнпрстфхцчш';

/**
 * Belarus's national system for geographic names: the Instruction approved by State Property Committee
 * Resolution No. 38 of 11 June 2007 (UNGEGN-recommended). Based on the Belarusian Łacinka, without ł.
 */
export const beNational2007: Scheme = {
  id: 'be-national-2007',
  language: 'be',
  target: 'Latn',
  standard: 'National system for geographic names (State Property Committee Resolution 38)',
  year: 2007,
  rules: [
    { from: 'е', to: 'ie', after: CONSONANTS },
    { from: 'ё', to: 'io', after: CONSONANTS },
    { from: 'ю', to: 'iu', after: CONSONANTS },
    { from: 'я', to: 'ia', after: CONSONANTS },
    // The soft sign is an acute on з л н с ц (Гомель → Homieĺ, Любань → Liubań, дзь → dź) and is otherwise dropped.
    { from: 'зь', to: 'ź' },
    { from: 'ль', to: 'ĺ' },
    { from: 'нь', to: 'ń' },
    { from: 'сь', to: 'ś' },
    { from: 'ць', to: 'ć' },
    { from: 'ь', to: '' },
    // The apostrophe is not written (the vowel after it takes the j- form, above).
    ...apostrophes(''),
    ...letters({
      а: 'a', б: 'b', в: 'v',
      г: 'h', // Гомель → Homieĺ
      ґ: 'g', д: 'd', е: 'je', ё: 'jo', ж: 'ž', з: 'z', і: 'i', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n',
      о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
      ў: 'ŭ', // Магілёў → Mahilioŭ
      ф: 'f',
      х: 'ch', // Хоцімск → Chocimsk
      ц: 'c', ч: 'č', ш: 'š', ы: 'y', э: 'e', ю: 'ju', я: 'ja',
    }),
  ],
};

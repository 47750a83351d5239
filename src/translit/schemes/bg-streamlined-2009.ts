import type { Scheme } from '../types.ts';
import { letters } from './common.ts';

/**
 * Bulgaria's Streamlined System: the Transliteration Act (State Gazette No. 19 of 13 March 2009). Also the UN
 * (2012) and BGN/PCGN (2013) system. Not reversible: ъ and а are both a; ь, й and the y of ю, я are all y.
 */
export const bgStreamlined2009: Scheme = {
  id: 'bg-streamlined-2009',
  language: 'bg',
  target: 'Latn',
  standard: 'Transliteration Act (Streamlined System)',
  year: 2009,
  rules: [
    // Art. 5: ия at the end of a word is ia: София → Sofia, Мария → Maria; inside a word it stays iya (Сияна → Siyana).
    { from: 'ия', to: 'ia', at: 'end' },
    // Art. 4 table.
    ...letters({
      а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
      н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
      х: 'h', // Христо → Hristo (BGN/PCGN 1952 had kh)
      ц: 'ts', ч: 'ch', ш: 'sh',
      щ: 'sht', // Bulgarian щ is [ʃt]: Търговище → Targovishte
      ъ: 'a', // Търново → Tarnovo
      ь: 'y', // only before о: Синьо → Sinyo
      ю: 'yu', я: 'ya',
    }),
  ],
  // Art. 6: the name of the country keeps its traditional spelling (not Balgaria).
  words: { българия: 'bulgaria' },
};

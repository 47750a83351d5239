import type { Scheme } from '../types.ts';
import { letters } from './common.ts';

/**
 * Serbian Cyrillic → Gaj's Latin alphabet. Serbian is written in both; the two alphabets match letter for letter,
 * so this is a conversion rather than a romanization. BGN/PCGN (2005 Agreement), the UN and ALA-LC follow it.
 * The digraphs lj, nj, dž take the case of their word: Љубљана → Ljubljana, ГУСИЊЕ → GUSINJE.
 */
export const srLatin: Scheme = {
  id: 'sr-latin',
  language: 'sr',
  target: 'Latn',
  standard: 'Serbian Latin alphabet (Gaj), as in the BGN/PCGN 2005 Agreement',
  year: 2005,
  rules: letters({
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l',
    љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h',
    ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
  }),
};

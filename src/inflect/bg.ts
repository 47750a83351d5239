/**
 * Bulgarian definite forms of place and organisation names. Bulgarian has no case endings but a postposed
 * article on the first word of a phrase: Обединено кралство → Обединеното кралство, Европейска комисия →
 * Европейската комисия, Европейски съюз → Европейският / Европейския съюз (full and short article), Съединени
 * американски щати → Съединените американски щати, Пентагон → Пентагонът / Пентагона. Country and city names of
 * one word take no article in running text (България, София), so those get none. Demonyms (британците) are
 * other words, not forms of the place.
 */

const PLURAL_NOUN = /(?:и|ства|ята)$/u;
// Masculine adjectives ending in a consonant take -ият/-ия (Обединен → Обединеният); nouns take -ът/-а.
const ADJECTIVE_CONSONANT = /(?:ен|ан|ов|ев|ин|ън)$/u;

function articled(word: string, plural: boolean, adjectival: boolean): string[] {
  const lower = word.toLowerCase();
  if (/[ое]$/u.test(lower)) return [word + 'то'];
  if (/[ая]$/u.test(lower)) return [word + 'та'];
  if (/и$/u.test(lower)) return plural ? [word + 'те'] : [word.slice(0, -1) + 'ият', word.slice(0, -1) + 'ия'];
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(lower)) return adjectival && ADJECTIVE_CONSONANT.test(lower) ? [word + 'ият', word + 'ия'] : [word + 'ът', word + 'а'];
  return [];
}

/**
 * The definite forms of a Bulgarian place or organisation name, or [] when it takes none: a one-word place,
 * an acronym, a word not in Cyrillic, a name that starts in lower case.
 */
export function bulgarianDefinite(name: string, type: 'person' | 'place' | 'organisation' | 'other'): string[] {
  if (type !== 'place' && type !== 'organisation') return [];
  const words = name.trim().split(/\s+/u);
  const first = words[0] ?? '';
  if (!/^[\p{Lu}][\u0430-\u044f\u0450-\u045f]+$/u.test(first)) return []; // capitalised, then lower-case Cyrillic only
  if (words.length === 1 && type === 'place') return [];
  if (words.length === 1 && first.endsWith('ия')) return []; // Франция-like names of organisations' countries
  // A place of several words takes the article when its head is a common noun (Обединеното кралство, Чешката
  // република), not when it is a name (Северна Корея). The first word of a longer name must look Bulgarian: a
  // vowel or an adjectival ending (Асошиейтед прес, a transcription, stays as it is).
  if (words.length > 1 && type === 'place' && !/^\p{Ll}/u.test(words[words.length - 1]!)) return [];
  if (words.length > 1 && !/(?:[аяоеи]|ен|ан|ов|ев|ин)$/u.test(first)) return [];
  const last = words[words.length - 1]!.toLowerCase();
  const plural = words.length > 1 && PLURAL_NOUN.test(last);
  const rest = words.slice(1).join(' ');
  return articled(first, plural, words.length > 1).map((w) => (rest ? `${w} ${rest}` : w));
}

/**
 * Czech and Slovak possessive adjectives of person names: "Trumpova administrativa", "Putinových slov",
 * "Johnsonova dohoda". They are the name (the person's), declined as an adjective, not a misspelling of one of its
 * case forms (Trumpovi, the dative, is one letter away).
 */
import { primaryLanguage } from '../text/locale.ts';

// Masculine possessive endings (-ův, -ov and their declension), longest first so that -ových is tried before -ov.
const ENDINGS: Record<string, readonly string[]> = {
  cs: ['ovými', 'ových', 'ovým', 'ovou', 'ova', 'ovo', 'ovi', 'ovy', 'ovu', 'ově', 'ovém', 'ového', 'ovému', 'ův'],
  sk: ['ovými', 'ových', 'ovým', 'ovou', 'ovej', 'ovho', 'ovmu', 'ovom', 'ova', 'ovo', 'ovi', 'ovu', 'ove', 'ov'],
};

/** Whether the locale's language makes possessive adjectives of names with these endings. */
export function makesPossessives(locale: string): boolean {
  return primaryLanguage(locale) in ENDINGS;
}

/**
 * The names a word may be the possessive adjective of: the stem before the ending, and the stem with -a for the
 * masculine names in -a ("Rámovým" of Ráma, "Kostovo" of Kosta). Empty when the word has no possessive ending or
 * the stem is too short to be a name.
 */
export function possessedNames(word: string, locale: string): string[] {
  const endings = ENDINGS[primaryLanguage(locale)];
  if (!endings) return [];
  const lower = word.toLowerCase();
  for (const ending of endings) {
    if (!lower.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (stem.length < 2 || !/^\p{Lu}/u.test(stem)) return [];
    return [stem, `${stem}a`];
  }
  return [];
}

// The possessive adjective's endings in Czech, nominative first: of a man's name (Trumpův, Trumpova, Trumpovo …)
// and of a woman's name in -a (Kamalin, Kamalina …), every case and number.
const MALE_FORMS = ['ův', 'ova', 'ovo', 'ovi', 'ovy', 'ových', 'ovým', 'ovými', 'ově', 'ovu', 'ovou', 'ového', 'ovému', 'ovém'];
const FEMALE_FORMS = ['in', 'ina', 'ino', 'ini', 'iny', 'iných', 'iným', 'inými', 'ině', 'inu', 'inou', 'iného', 'inému', 'iném'];

/**
 * The Czech possessive adjectives of a person's surname, to recognise the name in a text ("Trumpova administrativa",
 * "Putinových slov", "Obamova"): made from the surname exactly, so that a woman's surname (Babišová, Nováková) is
 * never taken for one. A man's name in a consonant or -a takes -ův/-ova…, a woman's name in -a (not -ová, -á:
 * a surname that makes no possessive) -in/-ina…; names in other vowels or adjectival ones (Zelenskyj, Nový,
 * Zelenského) are declined instead, and an acronym or a capitalised-only word makes none.
 */
export function possessiveForms(surname: string, gender: 'male' | 'female' | undefined, locale: string): string[] {
  if (primaryLanguage(locale) !== 'cs' || !/^\p{Lu}\p{Ll}+$/u.test(surname) || surname.length < 3) return [];
  const lower = surname.toLowerCase();
  if (/á$/u.test(lower)) return []; // Merkelová, Nová: the woman's surname declines as an adjective
  if (/(ý|í|[ykij]j|[sc]k[yý])$/u.test(lower)) return []; // Zelenskyj, Nový: adjectival surnames
  const female = gender === 'female';
  if (female) return /[^i]a$/u.test(lower) ? FEMALE_FORMS.map((e) => surname.slice(0, -1) + e) : [];
  if (/a$/u.test(lower)) return MALE_FORMS.map((e) => surname.slice(0, -1) + e); // Obama → Obamova
  if (/[eěiouyůú]$/u.test(lower)) return []; // Modi, Abe: declined as a noun, no possessive in use
  return MALE_FORMS.map((e) => surname + e);
}

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

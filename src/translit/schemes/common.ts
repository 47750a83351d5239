/** Shared pieces of the scheme tables (data helpers only; the engine is engine.ts). */
import type { Rule } from '../types.ts';

/** A plain letter table as rules: one source letter (or letter group) → its Latin form, in any position. */
export function letters(table: Readonly<Record<string, string>>): Rule[] {
  return Object.entries(table).map(([from, to]) => ({ from, to }));
}

/**
 * The apostrophe as it turns up in Ukrainian and Belarusian data: U+0027 ', U+2019 ’, U+02BC ʼ (the right one),
 * and U+0060 `, U+02B9 ʹ from careless input. A rule that reads one makes it part of the word between two letters.
 */
export const APOSTROPHES = ["'", '\u2019', '\u02BC', '`', '\u02B9'] as const;

/** The same output for every apostrophe form (KMU 2010 drops it; BGN/PCGN writes ”). */
export function apostrophes(to: string): Rule[] {
  return APOSTROPHES.map((from) => ({ from, to }));
}

/** Russian vowel letters, for context sets. */
export const RU_VOWELS = 'аеёиоуыэюя';
/** Russian consonant letters, for context sets. */
export const RU_CONSONANTS = 'бвгджзйклмнпрстфхцчшщ';

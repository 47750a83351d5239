/** Which writing system a string is in, as far as names care. */
import { primaryLanguage } from './locale.ts';

export type Script = 'Latin' | 'Cyrillic' | 'Greek' | 'Other';

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;

export function scriptOf(text: string): Script {
  for (const ch of text) {
    if (LATIN.test(ch)) return 'Latin';
    if (CYRILLIC.test(ch)) return 'Cyrillic';
    if (GREEK.test(ch)) return 'Greek';
  }
  return 'Other';
}

const LOCALE_SCRIPTS: Record<string, Script> = {
  ru: 'Cyrillic', uk: 'Cyrillic', bg: 'Cyrillic', be: 'Cyrillic', sr: 'Cyrillic', mk: 'Cyrillic', kk: 'Cyrillic',
  el: 'Greek',
};

/** The script a locale's running text is written in (Latin unless listed). */
export function localeScript(locale: string): Script {
  return LOCALE_SCRIPTS[primaryLanguage(locale)] ?? 'Latin';
}

/** A Latin letter, by code-unit ranges (Basic Latin, Latin-1, Extended-A and -B, Extended Additional). */
export const isLatinUnit = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);

/** A Cyrillic unit, by code-unit ranges (Cyrillic, Supplement, Extended-A, -B and -C). */
export const isCyrillicUnit = (c: number): boolean => (c >= 0x400 && c <= 0x52f) || (c >= 0x1c80 && c <= 0x1c8f) || (c >= 0x2de0 && c <= 0x2dff) || (c >= 0xa640 && c <= 0xa69f);

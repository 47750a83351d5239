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

/**
 * The names a locale gives languages and countries (CLDR, through Intl.DisplayNames), and each language's and
 * country's name for itself. A language menu ("Bahasa Indonesia (Indonésien)", Hungarian "holland" for Dutch)
 * and a country list hold these, and the name rules must not read them as misspelt names of places.
 */
import { primaryLanguage } from '../text/locale.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every two-letter code `Intl.DisplayNames` knows of `type` (language: `aa`…`zu`; region: `AD`…`ZW`). */
function codes(type: 'language' | 'region'): string[] {
  const names = new Intl.DisplayNames(['en'], { type, fallback: 'none' });
  const out: string[] = [];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = type === 'region' ? `${a}${b}`.toUpperCase() : `${a}${b}`;
      try {
        if (names.of(code)) out.push(code);
      } catch {
        // not a code of this type
      }
    }
  }
  return out;
}

let languageCodes: string[] | undefined;
let regionCodes: string[] | undefined;
const byLanguage = new Map<string, Set<string>>();
let autonyms: Set<string> | undefined;

function displayNames(locale: string, type: 'language' | 'region'): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'none' });
  } catch {
    return undefined;
  }
}

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase().trim();

/** Languages' and countries' names in `language`, lower-cased. */
function namesIn(language: string): Set<string> {
  let set = byLanguage.get(language);
  if (set) return set;
  set = new Set();
  languageCodes ??= codes('language');
  regionCodes ??= codes('region');
  for (const [type, list] of [['language', languageCodes], ['region', regionCodes]] as const) {
    const names = displayNames(language, type);
    if (!names) continue;
    for (const code of list) {
      const name = names.of(code);
      if (name) set.add(fold(name));
    }
  }
  byLanguage.set(language, set);
  return set;
}

/** Each language's name for itself (Nederlands, Bahasa Indonesia), and each country's in its main language. */
function allAutonyms(): Set<string> {
  if (autonyms) return autonyms;
  autonyms = new Set();
  languageCodes ??= codes('language');
  regionCodes ??= codes('region');
  for (const code of languageCodes) {
    const name = displayNames(code, 'language')?.of(code);
    if (name) autonyms.add(fold(name));
  }
  for (const code of regionCodes) {
    let language: string | undefined;
    try {
      language = new Intl.Locale(`und-${code}`).maximize().language;
    } catch {
      continue;
    }
    const name = language && displayNames(language, 'region')?.of(code);
    if (name) autonyms.add(fold(name));
  }
  return autonyms;
}

/** Whether `text` is, as a whole, a name of a language or country in `locale`'s language, or in its own. */
export function isLanguageOrCountryName(text: string, locale: string): boolean {
  const folded = fold(text);
  if (!folded) return false;
  return namesIn(primaryLanguage(locale)).has(folded) || allAutonyms().has(folded);
}

const MENU_PARENT = /lang|locale|countr|region|territor/i;

/**
 * A key of a language or country menu: its last segment is a language or country code and a segment above it
 * says so (`menu.language.nl`, `countries.DE`). Such a value names the language, in any of its forms.
 */
export function isLanguageMenuKey(key: string): boolean {
  const segments = key.split('.');
  const last = segments[segments.length - 1] ?? '';
  if (segments.length < 2 || !segments.slice(0, -1).some((s) => MENU_PARENT.test(s))) return false;
  const code = last.replace(/_/g, '-');
  try {
    const [language, region] = code.split('-');
    if (!/^[a-z]{2,3}$/i.test(language ?? '')) return false;
    const lang = language!.toLowerCase();
    return Boolean(displayNames('en', 'language')?.of(lang) || (region === undefined && displayNames('en', 'region')?.of(lang.toUpperCase())));
  } catch {
    return false;
  }
}

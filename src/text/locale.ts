/** The locales of the shipped glossary, which its dictionaries, function words and Wikidata imports cover. */
export const SHIPPED_LOCALES: readonly string[] = ['en', 'de', 'fr', 'nl', 'es', 'it', 'pl', 'cs', 'ru', 'uk', 'bg'];

/** The language of a locale tag, lower-cased: `uk-UA`, `uk_UA` and `UK` are all `uk`. */
export function primaryLanguage(locale: string): string {
  return locale.toLowerCase().split(/[-_]/u)[0] ?? '';
}

/**
 * The locale of the glossary that a locale tag falls back to: the tag itself when the glossary has it, else its
 * parents (`de-AT` → `de`, `sr-Latn-RS` → `sr-Latn` → `sr`), compared without regard to case or `_` for `-`. A tag
 * with no match among `available` is returned as its language, so that `xx-YY` and `xx` behave alike.
 */
export function resolveLocale(tag: string, available: readonly string[]): string {
  const normal = (s: string) => s.replace(/_/gu, '-').toLowerCase();
  const byNormal = new Map(available.map((a) => [normal(a), a]));
  const parts = normal(tag).split('-');
  for (let n = parts.length; n > 0; n--) {
    const found = byNormal.get(parts.slice(0, n).join('-'));
    if (found) return found;
  }
  return parts[0] ?? tag;
}

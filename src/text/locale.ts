/** The language of a locale tag, lower-cased: `uk-UA`, `uk_UA` and `UK` are all `uk`. */
export function primaryLanguage(locale: string): string {
  return locale.toLowerCase().split(/[-_]/u)[0] ?? '';
}

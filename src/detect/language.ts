/**
 * The language of a document when the user does not say it. franc is good on paragraphs (a whole article)
 * and weak on short strings, so short texts get no guess rather than a wrong one.
 */
import { franc } from '../io/lazy-deps.ts';

/** ISO 639-3 (franc) ↔ the locale codes canonym uses. */
const TO_LOCALE: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', nld: 'nl', spa: 'es', ita: 'it', pol: 'pl', ces: 'cs', rus: 'ru', ukr: 'uk', bul: 'bg',
  por: 'pt', slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', mkd: 'mk', bel: 'be', ell: 'el', ron: 'ro', hun: 'hu',
  swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi', est: 'et', lav: 'lv', lit: 'lt', tur: 'tr', cat: 'ca',
};
const FROM_LOCALE = Object.fromEntries(Object.entries(TO_LOCALE).map(([k, v]) => [v, k]));

export const MIN_DETECTABLE_LENGTH = 40;

/** The most likely locale among `candidates` (canonym locale codes), or undefined when the text is too short or unclear. */
export function detectLocale(text: string, candidates: readonly string[]): string | undefined {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const only = candidates.map((c) => FROM_LOCALE[c]).filter((c): c is string => c !== undefined);
  const code = franc().franc(sample, { minLength: MIN_DETECTABLE_LENGTH, only });
  return code === 'und' ? undefined : TO_LOCALE[code];
}

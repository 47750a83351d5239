/**
 * Apertium names its pairs with ISO 639-3 codes (`eng-spa`, a variant after `_`: `spa-eng_US`); canonym uses
 * the ISO 639-1 codes of its glossary. Codes not in the table pass through unchanged.
 */
const ALPHA3: Record<string, string> = {
  en: 'eng', es: 'spa', ca: 'cat', gl: 'glg', pt: 'por', fr: 'fra', it: 'ita', ro: 'ron', oc: 'oci', an: 'arg',
  ast: 'ast', eu: 'eus', de: 'deu', nl: 'nld', af: 'afr', da: 'dan', sv: 'swe', nb: 'nob', nn: 'nno', is: 'isl',
  pl: 'pol', cs: 'ces', sk: 'slk', sl: 'slv', hr: 'hrv', sr: 'srp', bs: 'bos', mk: 'mkd', bg: 'bul', ru: 'rus',
  uk: 'ukr', be: 'bel', lt: 'lit', lv: 'lav', et: 'est', fi: 'fin', hu: 'hun', el: 'ell', mt: 'mlt', cy: 'cym',
  ga: 'gle', br: 'bre', eo: 'epo', tr: 'tur', kk: 'kaz', tt: 'tat', ky: 'kir', ar: 'ara', he: 'heb', hi: 'hin',
  ur: 'urd', id: 'ind', ms: 'msa', sq: 'sqi', hy: 'hye',
};
const ALPHA2 = Object.fromEntries(Object.entries(ALPHA3).map(([two, three]) => [three, two]));

/** `eng` → `en`, `eng_US` → `en_US`; an unknown code is returned as it is. */
export function toLocale(engineCode: string): string {
  const [code, variant] = engineCode.split('_');
  const two = ALPHA2[code!] ?? code!;
  return variant ? `${two}_${variant}` : two;
}

/** `en` → `eng`. */
export function toEngineCode(locale: string): string {
  const [code, variant] = locale.split('_');
  const three = ALPHA3[code!.toLowerCase()] ?? code!;
  return variant ? `${three}_${variant}` : three;
}

/** A mode name (`eng-spa`, `spa-eng_US`) as a canonym pair (`en-es`, `es-en_US`); undefined for other modes. */
export function pairOfMode(mode: string): string | undefined {
  const m = /^([a-z]{2,3}(?:_[A-Za-z0-9]+)?)-([a-z]{2,3}(?:_[A-Za-z0-9]+)?)$/.exec(mode);
  return m ? `${toLocale(m[1]!)}-${toLocale(m[2]!)}` : undefined;
}

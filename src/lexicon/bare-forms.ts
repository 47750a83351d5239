/**
 * A foreign name written without the marks that the text's language does not write: "Erdogan" for Erdoğan in
 * English, Spanish, Italian, Polish or French, "Chisinau" for Chișinău in English, "Orban" for Orbán in French,
 * Italian or Polish (not in Spanish, whose alphabet has á). The major press of these languages writes such names so
 * (Reuters and AP: Tayyip Erdogan, Mevlut Cavusoglu; AFP: Natalia Gavrilita, Chisinau; El País: Erdogan; Corriere
 * della Sera: Erdogan; PAP: Erdogana, Viktora Orbana; franceinfo: Erdogan, Viktor Orban), so the bare form is
 * admitted there: `exact-form` leaves it alone and `preferred-form`, which a house style turns on, reports it.
 * German and Dutch papers keep the marks (Spiegel: Erdoğan, Orbán), so there the bare form stays an exact-form
 * report, as in every locale not listed here. Czech papers keep them too (Orbán, Mogheriniová), except the Turkish
 * ğ and dotless ı (ČTK and iDNES: Erdogan, Davutoglu, Yildirim, Kiliçdaroglu; ČTK in Týden: Fikri Işik, with ş
 * kept): for Czech only those two marks may be lost.
 *
 * A mark the language writes itself is never dropped by its press: Spanish "Bogota", Polish "Kijow", French
 * "Serguei" stay reports. Only marks are compared: a lost hyphen or apostrophe ("Jean Claude Juncker") is no bare form.
 */

/** The letters with marks (lower case) of each locale whose press drops the others; the empty string: every mark. */
const OWN_MARKED_LETTERS: Readonly<Record<string, string>> = {
  en: '',
  fr: 'àâæçéèêëîïôœùûüÿ',
  es: 'áéíóúñü',
  it: 'àèéìíîòóùú',
  pl: 'ąćęłńóśźż',
};

/** The marked letters (lower case) that the press of a locale otherwise keeping marks writes bare. */
const PRESS_DROPPED_LETTERS: Readonly<Record<string, string>> = {
  cs: 'ğı',
};

/** Letters that carry their mark in their shape and do not decompose: what they are written as without it. */
const BARE_LETTER: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ı: 'i', ħ: 'h', ŀ: 'l', ŧ: 't' };

/** The letter without its marks (lower case), or the letter itself when it has none. */
function bare(letter: string): string {
  const lower = letter.toLowerCase();
  return BARE_LETTER[lower] ?? lower.normalize('NFD').replace(/\p{M}+/gu, '');
}

/**
 * Whether `found` is `form` without some of its marks, and every mark lost is on a letter the locale's alphabet does
 * not have; case aside, nothing else may differ.
 */
export function isAdmittedBareForm(found: string, form: string, locale: string): boolean {
  const language = locale.toLowerCase().split(/[-_]/)[0]!;
  const own = OWN_MARKED_LETTERS[language];
  const dropped = PRESS_DROPPED_LETTERS[language];
  if (own === undefined && dropped === undefined) return false;
  // A mark may be lost where the locale does not write the letter, or where its press drops it.
  const mayLose = (letter: string) => (own !== undefined ? !own.includes(letter) : dropped!.includes(letter));
  // French typography lets a capital go without its accent, and much of the press does so (Le Monde, AFP: Etats-Unis,
  // Egypte, Ecosse): a mark lost on a capital is admitted there even on a letter French writes.
  const capitalsBare = language === 'fr';
  const isCapital = (c: string) => c !== c.toLowerCase();
  const a = [...found.normalize('NFC')].map((c) => (c === '\u00a0' ? ' ' : c));
  const b = [...form.normalize('NFC')].map((c) => (c === '\u00a0' ? ' ' : c));
  if (a.length !== b.length) return false;
  let lost = false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!.toLowerCase(), y = b[i]!.toLowerCase();
    if (x === y) continue;
    // The text must have the bare letter where the form has a marked one that the locale does not write.
    if (bare(y) === y || x !== bare(y)) return false;
    if (!mayLose(y) && !(capitalsBare && isCapital(a[i]!) && isCapital(b[i]!))) return false;
    lost = true;
  }
  return lost;
}

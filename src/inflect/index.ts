/**
 * Case forms of proper names for Russian, Ukrainian, Polish and Czech, from closed per-language suffix
 * paradigms (see ru.ts, uk.ts, pl.ts, cs.ts; the engine is engine.ts). The matcher inserts these forms
 * into its automaton, so a form is produced only when a paradigm covers the word: an unknown ending,
 * a gender we cannot tell, or a shape we do not handle (plural places, `Ústí nad Labem`) gives [] rather
 * than a guess. Bulgarian and the non-Slavic locales have no case forms: [].
 */
import {
  OBLIQUE_CASES,
  combine,
  fixedForms,
  inflectWord,
  union,
  type CaseForms,
  type Gender,
  type GrammaticalCase,
  type LanguageSpec,
  type Role,
} from './engine.ts';
import { cs } from './cs.ts';
import { pl } from './pl.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';
import { germanForms } from './de.ts';
import { primaryLanguage } from '../text/locale.ts';

export type { GrammaticalCase } from './engine.ts';
export type InflectionLocale = 'ru' | 'uk' | 'pl' | 'cs';

export interface NameToInflect {
  name: string;
  locale: string;
  type: 'person' | 'place' | 'organisation' | 'other';
  gender?: 'male' | 'female';
}

export interface InflectOptions {
  /**
   * Also the forms a name may take where the paradigm cannot tell which one it takes (Ukrainian genitive Бахмута
   * or Іраку): for recognising the name in a text. Without it, only the forms a fix may write.
   */
  recognise?: boolean;
}

const SPECS: Record<InflectionLocale, LanguageSpec> = { ru, uk, pl, cs };

export function supportsInflection(locale: string): locale is InflectionLocale {
  return Object.prototype.hasOwnProperty.call(SPECS, locale);
}

/**
 * Locales whose case forms of a name are recognised in a text: the inflecting ones, and German, whose forms
 * (Trumps, der Vereinigten Staaten) are recognise-only: a fix writes the nominative there (see de.ts).
 */
export function recognisesCaseForms(locale: string): boolean {
  return supportsInflection(locale) || primaryLanguage(locale) === 'de';
}


const ROMAN = /^[IVXLCDM]+$/;
/** Letters, combining marks, apostrophes (Ukrainian Мар'яна, O'Brien), hyphens and the dot of an initial. */
const NAME_CHARS = /^[\p{L}\p{M}'’\-.\s]+$/u;

function startsLower(word: string): boolean {
  const first = [...word][0] ?? '';
  return first !== first.toUpperCase() && first === first.toLowerCase();
}

/**
 * Particles sometimes written with a capital inside a name (Alexander Van der Bellen, Ван дер Беллен,
 * Van Rompuy): kept as they are when another word follows. Lower-case words are particles anyway.
 */
const CAPITAL_PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'le', 'la', 'al', 'el', 'ten', 'ter', 'bin', 'ibn',
  'ван', 'фон', 'дер', 'ден', 'де', 'дель', 'делла', 'ди', 'да', 'дю', 'ле', 'ла', 'аль', 'эль', 'ель', 'бин', 'ибн', 'ібн',
]);

/** An acronym (США, USA, JAR): no case endings are added to it. */
function isAcronym(word: string): boolean {
  const letters = [...word].filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
  return letters.length > 1 && letters.every((ch) => ch === ch.toUpperCase());
}

/**
 * Words kept as they are in every case: particles (фон, дер, von, de), initials, regnal numbers, acronyms.
 * A lower-case particle joined to a name by a hyphen (аль-Асад, al-Kaddafi) is not one: its name declines.
 */
function isFixedToken(word: string, last: boolean): boolean {
  if (startsLower(word)) return !/-\p{Lu}/u.test(word);
  if (word.includes('.') || ROMAN.test(word) || isAcronym(word)) return true;
  return !last && CAPITAL_PARTICLES.has(word.toLowerCase());
}

type Unit = { forms: CaseForms } | null;

/** A person's word, maybe hyphenated (Жан-Клод, Kidawa-Błońska, Frank-Walter). */
function personWord(spec: LanguageSpec, word: string, role: Role, gender: Gender | undefined): Unit {
  const all = word.split('-');
  // Leading particles stay: аль-Асад → аль-Асада, al-Kaddafi → al-Kaddafiego.
  let lead = 0;
  while (lead < all.length - 1 && startsLower(all[lead]!)) lead++;
  const prefix = all.slice(0, lead).map((p) => p + '-').join('');
  const parts = all.slice(lead);
  if (parts.some((p) => p === '' || startsLower(p))) return null; // Боррель-и-Фонтельес: no single rule
  const each = parts.map((p) => inflectWord(spec, p, role, gender));
  const seps = parts.slice(1).map(() => '-');
  const every = each.every((r) => r.ok) ? combine(each.map((r) => (r.ok ? r.forms : {})), seps) : null;
  let forms: CaseForms | null = every;
  if (parts.length > 1 && role === 'given' && spec.hyphenatedGivenLastOnly) {
    // Жан-Поль → Жан-Поля (the norm); Франк-Вальтер → Франка-Вальтера is also common, so kept second.
    const last = each[each.length - 1]!;
    if (!last.ok) return null;
    const lastOnly = combine([...parts.slice(0, -1).map(fixedForms), last.forms], seps);
    forms = every ? union(lastOnly, every) : lastOnly;
  }
  if (!forms) return null;
  return { forms: prefix ? combine([fixedForms(prefix.slice(0, -1)), forms], ['-']) : forms };
}

function inferGender(spec: LanguageSpec, words: readonly string[], roles: readonly Role[]): Gender | undefined {
  // The surname first, then a patronymic: the endings that tell a gender (-ова, -ská, -ski, -ович).
  const order = roles.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r));
  for (const { r, i } of order) {
    for (const part of words[i]!.split('-')) {
      const g = spec.inferGender(part.toLowerCase(), r);
      if (g) return g;
    }
  }
  return undefined;
}

function rank(r: Role): number {
  return r === 'surname' ? 0 : r === 'patronymic' ? 1 : 2;
}

function inflectPerson(spec: LanguageSpec, words: readonly string[], gender: Gender | undefined): Unit[] | null {
  const declinable = words.map((w, i) => ({ w, i })).filter(({ w }, i) => !isFixedToken(w, i === words.length - 1));
  if (declinable.length === 0) return null;
  const roles: Role[] = declinable.map(({ w }, k) => {
    if (k === declinable.length - 1) return 'surname';
    if (k > 0 && spec.patronymic?.test(w.toLowerCase())) return 'patronymic';
    return 'given';
  });
  const g = gender ?? inferGender(spec, declinable.map((d) => d.w), roles);
  const units: Unit[] = words.map((w) => ({ forms: fixedForms(w) }));
  for (const [k, { w, i }] of declinable.entries()) {
    const u = personWord(spec, w, roles[k]!, g);
    if (!u) return null;
    units[i] = u;
  }
  return units;
}

// Words that join two names into one (Prawo i Sprawiedliwość, Босния и Герцеговина): the phrase has no single head.
const CONJUNCTIONS = new Set(['i', 'a', 'oraz', 'lub', 'albo', 'und', 'and', 'et', 'y', 'e', 'и', 'і', 'й', 'та', 'или', 'або', 'чи', 'nebo']);

/**
 * A place or organisation name: leading adjectives agreeing with a head noun (Wielka Brytania, Северная Корея,
 * Spojené státy, Европейский союз), the head, adjectives after it that agree with it (Korea Północna, Zjednoczone
 * Emiraty Arabskie), and anything after that kept as it is: a genitive or an apposition that does not decline
 * with the head (Организация Объединённых Наций, Сполучені Штати Америки, Республика Корея, Ústí nad Labem).
 */
function inflectPlace(spec: LanguageSpec, words: readonly string[]): Unit[] | null {
  if (startsLower(words[0]!)) return null;
  if (words.length === 1) {
    if (isAcronym(words[0]!)) return [{ forms: fixedForms(words[0]!) }]; // США, USA
    const u = placeHead(spec, words[0]!, true);
    return u ? [u] : null;
  }
  if (words.some((w) => CONJUNCTIONS.has(w.toLowerCase()))) return null;
  if (!spec.nounAgreement || !spec.adjectiveAgreement) return null;
  const adjAgree = (w: string) => (w.includes('-') || isAcronym(w) || spec.pluralNouns?.has(w.toLowerCase()) ? undefined : spec.adjectiveAgreement!(w.toLowerCase()));
  const fits = (a: ReturnType<typeof adjAgree>, head: string) => a !== undefined && (a === 'any' || a === head || (a === 'n|pl' && (head === 'n' || head === 'pl')));
  let h = 0;
  while (h < words.length - 1 && adjAgree(words[h]!) !== undefined) h++;
  const headWord = words[h]!;
  // The head is a noun: a word that looks like an adjective is one only as a soft Czech -í (Spojené království).
  const headAdj = adjAgree(headWord);
  if (headAdj !== undefined && !(h > 0 && headAdj === 'any')) return null;
  const headClass = spec.pluralNouns?.has(headWord.toLowerCase()) ? 'pl' : spec.nounAgreement(headWord.toLowerCase());
  if (!headClass || isAcronym(headWord)) return null;
  const head = placeHead(spec, headWord, false);
  if (!head) return null;
  // A head that keeps its form in every case (Tokio, Monaco) takes no declined adjective beside it.
  if (OBLIQUE_CASES.every((c) => (head.forms[c] ?? []).every((f) => f === headWord)) && h > 0) return null;
  const adjective = (w: string): Unit => {
    if (!fits(adjAgree(w), headClass)) return null;
    const r = inflectWord(spec, w, 'placeAdj', undefined, headClass);
    return r.ok && r.adj ? { forms: r.forms } : null;
  };
  const units: Unit[] = [];
  for (let i = 0; i < h; i++) {
    const u = adjective(words[i]!);
    if (!u) return null;
    units.push(u);
  }
  units.push(head);
  let i = h + 1;
  for (; i < words.length; i++) {
    const u = fits(adjAgree(words[i]!), headClass) ? adjective(words[i]!) : null;
    if (!u) break;
    units.push(u);
  }
  // The rest does not decline with the head: a genitive or an apposition.
  for (; i < words.length; i++) units.push({ forms: fixedForms(words[i]!) });
  return units;
}

function placeHead(spec: LanguageSpec, word: string, alone: boolean): Unit {
  const parts = word.split('-');
  if (parts.length === 1) {
    // An adjectival name declines alone (Грозный → Грозного), not as the noun of "Adj Noun".
    const r = inflectWord(spec, word, 'place', undefined);
    return r.ok && (alone || !r.adj) ? { forms: r.forms } : null;
  }
  if (!spec.eastSlavicPlaces || parts.some((p) => p === '')) return null; // Bielsko-Biała: each part has its own paradigm
  const seps = parts.slice(1).map(() => '-');
  const lowerAt = parts.findIndex(startsLower);
  if (lowerAt >= 0) {
    // Ростов-на-Дону, Франкфурт-на-Майне: the first part declines, the rest is a fixed prepositional phrase.
    // Other connectors (Рио-де-Жанейро, Дар-эс-Салам) follow no single rule.
    if (lowerAt !== 1 || parts.length !== 3 || !spec.placeConnectors?.has(parts[1]!)) return null;
    const r = inflectWord(spec, parts[0]!, 'place', undefined);
    if (!r.ok || r.adj) return null;
    return { forms: combine([r.forms, fixedForms(parts[1]!), fixedForms(parts[2]!)], seps) };
  }
  // Санкт-Петербург, Нью-Йорк, Улан-Батор, Алма-Ата: only the last part declines.
  const r = inflectWord(spec, parts[parts.length - 1]!, 'place', undefined);
  if (!r.ok || r.adj) return null; // Петропавловск-Камчатский: both parts would decline
  return { forms: combine([...parts.slice(0, -1).map(fixedForms), r.forms], seps) };
}

/**
 * Every case form of the whole name (each word inflected in the same case; words that do not decline kept
 * as they are; with `recognise`, the uncertain forms too, after the certain ones). Returns [] for locales without paradigms (e.g. en, bg) and for names it cannot inflect
 * safely. Nominative included. When a case has several forms the first is the preferred one.
 */
export function inflectName(n: NameToInflect, options: InflectOptions = {}): Array<{ case: GrammaticalCase; form: string }> {
  const locale = primaryLanguage(n.locale);
  if (locale === 'de') {
    // German: forms to recognise only; the nominative is what a fix writes.
    if (!options.recognise || !NAME_CHARS.test(n.name.trim())) return [];
    const forms = germanForms(n.name, n.type);
    return forms.length ? [{ case: 'nominative', form: n.name.trim() }, ...forms] : [];
  }
  if (!supportsInflection(locale)) return [];
  const spec: LanguageSpec = options.recognise ? { ...SPECS[locale], uncertain: true } : SPECS[locale];
  const name = n.name.trim();
  if (!name || !NAME_CHARS.test(name)) return [];
  // Places and organisations decline alike: adjectives agree with a head noun, the rest stays (inflectPlace).
  if (n.type === 'other') return [];

  const pieces = name.split(/(\s+)/);
  const words = pieces.filter((_, i) => i % 2 === 0);
  const spaces = pieces.filter((_, i) => i % 2 === 1);
  const units = n.type === 'person' ? inflectPerson(spec, words, n.gender) : inflectPlace(spec, words);
  if (!units || units.some((u) => u === null)) return [];

  const forms = combine(units.map((u) => u!.forms), spaces);
  const out: Array<{ case: GrammaticalCase; form: string }> = [{ case: 'nominative', form: name }];
  for (const c of OBLIQUE_CASES) for (const form of forms[c] ?? []) out.push({ case: c, form });
  return out.length > 1 ? out : [];
}

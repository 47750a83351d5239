/**
 * Shared engine for closed suffix paradigms. The per-language files hold the data (ordered rule lists);
 * this file picks the first rule that fits a word (ending, role, gender), builds its case forms, and
 * combines the words of a name. Anything no rule covers is "unsafe": the whole name then gets no forms,
 * because a guessed form could merge two different names in the matcher.
 */

export type GrammaticalCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'locative';
export type ObliqueCase = Exclude<GrammaticalCase, 'nominative'>;
export const OBLIQUE_CASES: readonly ObliqueCase[] = ['genitive', 'dative', 'accusative', 'instrumental', 'locative'];

export type Gender = 'male' | 'female';
/** What an adjective agrees with in a place or organisation name: the head noun's gender, or the plural. */
export type Agreement = 'f' | 'm' | 'n' | 'pl';
/** given, patronymic, surname: words of a person's name; place: the head noun of a place; placeAdj: an adjective before it. */
export type Role = 'given' | 'patronymic' | 'surname' | 'place' | 'placeAdj';
export const PERSON: readonly Role[] = ['given', 'patronymic', 'surname'];
export const PLACE: readonly Role[] = ['place'];

/**
 * One ending per case, or several (the first is the preferred one: it is what a fix writes).
 * An ending is appended to the stem; each leading '<' first deletes one letter of the stem
 * (so Polish `Marta` + '<cie' gives `Marcie`). '@nom' and '@gen' copy the nominative or genitive
 * (accusative of inanimate and animate masculines); for places '@gen' is read as '@nom'.
 * A case left out is one the paradigm cannot tell (e.g. Polish -a/-u genitive of a town): it is not produced.
 * An ending that starts with '?' is one of several the word may take where the paradigm cannot tell which
 * (Ukrainian Бахмута but Іраку, Czech Londýna but Madridu): it is produced only for recognising a name in a
 * text (LanguageSpec.uncertain), never as the form a fix writes.
 */
export type Ending = string;
export type Endings = { readonly [K in ObliqueCase]?: Ending | readonly Ending[] };

export interface Rule {
  /** Matched against the lower-cased word. */
  readonly re: RegExp;
  /** Roles the rule applies to; all roles when absent. */
  readonly roles?: readonly Role[];
  /** Gender the rule applies to; both when absent. */
  readonly gender?: Gender;
  /** Letters cut from the end of the word to make the stem. */
  readonly strip?: number;
  readonly forms?: Endings;
  /** fixed: the word does not decline (every case = nominative); unsafe: no paradigm we can trust. */
  readonly kind?: 'fixed' | 'unsafe';
  /** An adjectival paradigm (allowed before a place noun; never the head of a hyphenated place). */
  readonly adj?: boolean;
  /** placeAdj rules: the head noun the adjective agrees with (Wielka Brytania: f; Stany Zjednoczone: pl). */
  readonly agree?: Agreement;
}

/** A plural place noun whose forms no ending predicts: nominative → genitive, dative, instrumental, locative. */
export type PluralNouns = ReadonlyMap<string, readonly [string, string, string, string]>;

export interface LanguageSpec {
  readonly rules: readonly Rule[];
  /** Infers a person's gender from one word of the name where its ending leaves no doubt. */
  inferGender(lowerWord: string, role: Role): Gender | undefined;
  /** Middle words of a person's name that are patronymics (ru/uk). */
  readonly patronymic?: RegExp;
  /** East Slavic: places may be `Adj Noun` and hyphenated (`Санкт-Петербург`, `Ростов-на-Дону`). */
  readonly eastSlavicPlaces: boolean;
  /** Connector inside hyphenated place names after which nothing declines (`Ростов-на-Дону`). */
  readonly placeConnectors?: ReadonlySet<string>;
  /** ru/uk: in a hyphenated foreign given name only the last part declines (Жан-Поля); usage also declines both. */
  readonly hyphenatedGivenLastOnly: boolean;
  /**
   * Names of several words (places and organisations): the agreement class of a head noun, and of a word that
   * looks like an adjective in the nominative (undefined: not one). `any` is a soft adjective (Czech Severní).
   */
  nounAgreement?(lowerWord: string): Agreement | undefined;
  adjectiveAgreement?(lowerWord: string): Agreement | 'any' | 'n|pl' | undefined;
  /** Plural place nouns with their case forms (Niemcy → Niemczech, Штаты → Штатов). */
  readonly pluralNouns?: PluralNouns;
  /** Also produce the uncertain endings ('?'): forms to recognise in a text, not to write. */
  readonly uncertain?: boolean;
}

export type CaseForms = Partial<Record<ObliqueCase, string[]>>;
export type WordResult = { ok: true; forms: CaseForms; adj: boolean } | { ok: false; reason: 'unsafe' | 'gender' };

const UNSAFE: WordResult = { ok: false, reason: 'unsafe' };

function applyEnding(stem: string, ending: string): string {
  let s = stem;
  let i = 0;
  while (ending[i] === '<') {
    s = s.slice(0, -1);
    i++;
  }
  return s + ending.slice(i);
}

/** Copies the capitalisation of `original` onto `lower` (same-position letters; all caps stays all caps). */
export function restoreCase(original: string, lower: string): string {
  const letters = [...original].filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
  if (letters.length > 1 && letters.every((ch) => ch === ch.toUpperCase())) return lower.toUpperCase();
  const o = [...original];
  const l = [...lower];
  return l.map((ch, i) => (i < o.length && o[i] !== o[i]!.toLowerCase() ? ch.toUpperCase() : ch)).join('');
}

function asList(e: Ending | readonly Ending[]): readonly Ending[] {
  return typeof e === 'string' ? [e] : e;
}

function pickRule(spec: LanguageSpec, lower: string, role: Role, gender: Gender, agree?: Agreement): Rule | undefined {
  return spec.rules.find((r) => r.re.test(lower) && (!r.roles || r.roles.includes(role)) && (!r.gender || r.gender === gender) && (!r.agree || r.agree === agree));
}

function inflectKnownGender(spec: LanguageSpec, word: string, role: Role, gender: Gender, agree?: Agreement): WordResult {
  const lower = word.toLowerCase();
  const plural = role === 'place' ? spec.pluralNouns?.get(lower) : undefined;
  if (plural) {
    const [genitive, dative, instrumental, locative] = plural.map((f) => restoreCase(word, f));
    return { ok: true, forms: { genitive: [genitive!], dative: [dative!], accusative: [word], instrumental: [instrumental!], locative: [locative!] }, adj: false };
  }
  const rule = pickRule(spec, lower, role, gender, agree);
  if (!rule || rule.kind === 'unsafe') return UNSAFE;
  if (rule.kind === 'fixed') {
    const forms: CaseForms = {};
    for (const c of OBLIQUE_CASES) forms[c] = [word];
    return { ok: true, forms, adj: rule.adj === true };
  }
  const stem = rule.strip ? lower.slice(0, -rule.strip) : lower;
  const make = (e: Ending) => restoreCase(word, applyEnding(stem, e));
  const forms: CaseForms = {};
  const endings = rule.forms ?? {};
  const inanimate = role === 'place' || role === 'placeAdj';
  for (const c of OBLIQUE_CASES) {
    const e = endings[c];
    if (e === undefined) continue;
    const out: string[] = [];
    for (const ending of asList(e)) {
      if (ending.startsWith('?') && !spec.uncertain) continue;
      const one = ending.startsWith('?') ? ending.slice(1) : ending;
      if (one === '@nom' || (one === '@gen' && inanimate)) out.push(word);
      else if (one === '@gen') out.push(...asList(endings.genitive ?? []).map(make));
      else out.push(make(one));
    }
    if (out.length) forms[c] = [...new Set(out)];
  }
  return { ok: true, forms, adj: rule.adj === true };
}

function sameForms(a: CaseForms, b: CaseForms): boolean {
  return OBLIQUE_CASES.every((c) => (a[c] ?? []).join('\u0000') === (b[c] ?? []).join('\u0000'));
}

/**
 * Inflects one word. With no gender (a person whose gender is unknown and could not be inferred),
 * the word is inflected only if both genders give the same forms (Кулеба, Шойгу); otherwise it is
 * refused, since e.g. a foreign surname in a consonant declines for a man and stays for a woman.
 */
/**
 * Results already worked out, by the language's rules (a recognising spec is a copy with the same rules) and the
 * call's arguments: a big glossary repeats its given names across thousands of persons. Up to REMEMBER a language.
 * Results are shared, so no caller may change one.
 */
const remembered = new WeakMap<object, Map<string, WordResult>>();
const REMEMBER = 20_000;

export function inflectWord(spec: LanguageSpec, word: string, role: Role, gender: Gender | undefined, agree?: Agreement): WordResult {
  let known = remembered.get(spec.rules);
  if (!known) remembered.set(spec.rules, (known = new Map()));
  const key = `${spec.uncertain ? 1 : 0}\u0000${word}\u0000${role}\u0000${gender ?? ''}\u0000${agree ?? ''}`;
  let result = known.get(key);
  if (!result) {
    if (known.size >= REMEMBER) known.clear();
    known.set(key, (result = inflectWordOnce(spec, word, role, gender, agree)));
  }
  return result;
}

function inflectWordOnce(spec: LanguageSpec, word: string, role: Role, gender: Gender | undefined, agree?: Agreement): WordResult {
  if (agree) return inflectKnownGender(spec, word, role, 'male', agree);
  if (gender) return inflectKnownGender(spec, word, role, gender);
  const m = inflectKnownGender(spec, word, role, 'male');
  const f = inflectKnownGender(spec, word, role, 'female');
  if (!m.ok && !f.ok) return UNSAFE;
  if (m.ok && f.ok && sameForms(m.forms, f.forms)) return m;
  return { ok: false, reason: 'gender' };
}

/** Keeps a word as it is in every case (particles, initials, the non-declining part of a compound). */
export function fixedForms(word: string): CaseForms {
  const forms: CaseForms = {};
  for (const c of OBLIQUE_CASES) forms[c] = [word];
  return forms;
}

/** Joins per-part forms (of a hyphenated word or of a whole name) case by case; a case missing in a part is dropped. */
export function combine(parts: readonly CaseForms[], separators: readonly string[], limit = 16): CaseForms {
  const out: CaseForms = {};
  for (const c of OBLIQUE_CASES) {
    let acc: string[] = [''];
    let complete = true;
    parts.forEach((p, i) => {
      const alts = p[c];
      if (!alts || alts.length === 0) {
        complete = false;
        return;
      }
      const sep = i === 0 ? '' : separators[i - 1] ?? ' ';
      const next: string[] = [];
      for (const prefix of acc) for (const a of alts) if (next.length < limit) next.push(prefix + sep + a);
      acc = next;
    });
    if (complete) out[c] = [...new Set(acc)];
  }
  return out;
}

/** Union of alternative form sets, case by case, the first set's forms first. */
export function union(a: CaseForms, b: CaseForms): CaseForms {
  const out: CaseForms = {};
  for (const c of OBLIQUE_CASES) {
    const x = a[c];
    const y = b[c];
    if (x && y) out[c] = [...new Set([...x, ...y])];
    else if (x) out[c] = x;
  }
  return out;
}

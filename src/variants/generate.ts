/**
 * Variants nobody listed: the spellings that a trip through other scripts makes of a name.
 * From each Cyrillic form of an entity (canonical ru/uk/bg, native, listed Cyrillic variants such as the media
 * form Юрова, and the forms practical transcription predicts from a Latin native name) every romanisation
 * scheme of that language and every practical transcription into a Latin-script language gives a spelling; each
 * is kept with the path that made it ("cs → ru (media) → ru-icao: Iurova").
 *
 * Two trips end in Cyrillic, for Russian, Ukrainian and Bulgarian text: a Ukrainian name in Russian letters
 * (Дніпро → Днипро, Рівне → Ривне, where Russian has Днепр, Ровно), and a person's name read by the rules of a
 * language in which it is written the same way but that is not its own ("Josep Borrell" read as Spanish: Хосеп
 * Боррель, where Russian has Жозеп Боррель).
 */
import { foldPhrase } from '../text/fold.ts';
import { scriptOf } from '../text/script.ts';
import { shortForms, type Entity } from '../glossary/model.ts';
import { intoCyrillicScheme } from '../translit/into-cyrillic/index.ts';
import { PRACTICAL_SCHEMES } from '../translit/practical/index.ts';
import { INTO_CYRILLIC_SCHEMES } from '../translit/into-cyrillic/index.ts';
import { UK_RU } from '../translit/cyrillic/uk-ru.ts';
import { schemesFor, transliterate } from '../translit/index.ts';
import type { Scheme } from '../translit/types.ts';

export interface GeneratedVariant {
  form: string;
  /** Surname-only (or otherwise shorter than the full name): attributed only with context, like short forms. */
  short: boolean;
  /** Every path that produced this spelling, e.g. "ru (canonical) → ru-icao". */
  paths: string[];
  /** The glossary lists this spelling already (as a variant): shown, but the index keeps the listed entry. */
  listed: boolean;
  /**
   * The languages whose writers make this spelling (the targets of the practical transcriptions on its paths:
   * "ru → ru>pl" is Polish): in those that decline names, its case forms are theirs too (Zaporożjem, Львиве).
   */
  locales: string[];
  /**
   * What made it: a trip through another script (the default), or the particle of a surname joined to it or split
   * off (Vangrieken for Van Grieken, De Winter for Dewinter), a misspelling rather than a transliteration, which
   * the suspected-variant rule reports.
   */
  kind?: 'spacing';
}

interface CyrillicSource {
  form: string;
  language: string;
  label: string;
}

const CYRILLIC_LOCALES = ['ru', 'uk', 'bg', 'be', 'sr', 'mk'];
const INTO_CYRILLIC_TARGETS = ['ru', 'uk', 'bg'];

/** Which Cyrillic language a stray form is in, by the letters only one language has. */
export function guessCyrillicLanguage(form: string): string {
  if (/[іїєґ]/iu.test(form)) return 'uk';
  if (/ў/iu.test(form)) return 'be';
  if (/[ђћџљњј]/iu.test(form)) return 'sr';
  if (/[ѓќѕ]/iu.test(form)) return 'mk';
  if (/[ыэё]/iu.test(form)) return 'ru';
  return 'ru';
}

function cyrillicSources(entity: Entity): CyrillicSource[] {
  const out: CyrillicSource[] = [];
  const add = (form: string, language: string, label: string) => {
    if (scriptOf(form) === 'Cyrillic' && !out.some((s) => s.form === form && s.language === language)) out.push({ form, language, label });
  };
  for (const locale of CYRILLIC_LOCALES) for (const form of entity.names[locale] ?? []) add(form, locale, locale);
  for (const [locale, forms] of Object.entries(entity.native)) for (const form of forms) add(form, locale, `${locale} (native)`);
  for (const v of entity.variants) {
    if (scriptOf(v.form) !== 'Cyrillic') continue;
    const language = v.wrongIn?.find((l) => CYRILLIC_LOCALES.includes(l)) ?? guessCyrillicLanguage(v.form);
    add(v.form, language, `${language} (media)`);
  }
  // A Latin native name, transcribed by rule, where the glossary has no form of its own for that language.
  for (const [nativeLang, forms] of Object.entries(entity.native)) {
    for (const form of forms) {
      if (scriptOf(form) !== 'Latin') continue;
      for (const target of INTO_CYRILLIC_TARGETS) {
        const scheme = intoCyrillicScheme(nativeLang, target);
        if (!scheme) continue;
        add(transliterate(form, scheme), target, `${nativeLang} → ${target} (${scheme.id})`);
      }
    }
  }
  return out;
}

function romanisations(language: string): Scheme[] {
  return [...schemesFor(language).filter((s) => s.target === 'Latn'), ...PRACTICAL_SCHEMES.filter((s) => s.language === language)];
}

function hasAny(record: Record<string, unknown>): boolean {
  for (const _ in record) return true;
  return false;
}

/** Letter for letter a canonical, short or native form of the entity (not merely the same when folded). */
function isExactCanonical(entity: Entity, form: string): boolean {
  for (const forms of [...Object.values(entity.names), ...Object.values(entity.native)]) if (forms.includes(form)) return true;
  return Object.keys(entity.names).some((l) => shortForms(entity, l).includes(form));
}

/** Letters of one script only, Latin or Cyrillic: a transcription that left a letter it has no rule for (the ğ of
 * Erdoğan in Cyrillic) made no spelling anyone writes. */
function singleScript(form: string): boolean {
  const latin = /\p{Script=Latin}/u.test(form);
  const cyrillic = /\p{Script=Cyrillic}/u.test(form);
  return latin !== cyrillic && !/[^\p{Script=Latin}\p{Script=Cyrillic}\p{M}\s'’ʼ`ʹ.-]/u.test(form);
}

/** The language a practical transcription writes for ("ru>pl" → pl); none for the international romanisations. */
function targetLocale(scheme: Scheme): string | undefined {
  return scheme.id.includes('>') ? scheme.id.split('>')[1] : undefined;
}

function lastWord(form: string): string {
  const words = form.trim().split(/\s+/u);
  return words[words.length - 1] ?? form;
}

/** Spellings that are right for the entity somewhere (canonical, short, native), folded: never variants. */
function canonicalKeys(entity: Entity): Set<string> {
  const keys = new Set<string>();
  for (const [locale, forms] of Object.entries(entity.names)) {
    for (const f of forms) keys.add(foldPhrase(f));
    for (const f of shortForms(entity, locale)) keys.add(foldPhrase(f));
  }
  for (const forms of Object.values(entity.native)) for (const f of forms) keys.add(foldPhrase(f));
  return keys;
}

export function generateVariants(entity: Entity): GeneratedVariant[] {
  const canonical = canonicalKeys(entity);
  const listed = new Set(entity.variants.map((v) => foldPhrase(v.form)));
  const byKey = new Map<string, GeneratedVariant>();
  const person = entity.type === 'person';
  const add = (form: string, short: boolean, path: string, locale?: string) => {
    const key = foldPhrase(form);
    if (!key || !singleScript(form)) return;
    // A spelling right for the entity somewhere is no variant, except one made for a language whose own form
    // differs: Łuhańsk folds to the English Luhansk, and in Polish text is the Polish transcription of the
    // Ukrainian name where Polish writes Ługańsk; Днипро is Bulgarian, and in Russian text the Ukrainian name in
    // Russian letters. A Latin spelling that is letter for letter another language's form stays that language's
    // form: Moskwa, Praga and Luck are also rivers, districts and words, which only the matcher's rules for
    // other languages' one-word names keep apart.
    if (canonical.has(key)) {
      const madeFor = locale && !(entity.names[locale] ?? []).some((f) => foldPhrase(f) === key) && (scriptOf(form) === 'Cyrillic' || !isExactCanonical(entity, form));
      if (!madeFor) return;
    }
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.paths.includes(path)) existing.paths.push(path);
      if (locale && !existing.locales.includes(locale)) existing.locales.push(locale);
      return;
    }
    byKey.set(key, { form, short, paths: [path], listed: listed.has(key), locales: locale ? [locale] : [] });
  };
  for (const source of cyrillicSources(entity)) {
    for (const scheme of romanisations(source.language)) {
      const form = transliterate(source.form, scheme);
      const path = `${source.label} → ${scheme.id}`;
      const locale = targetLocale(scheme);
      add(form, false, path, locale);
      if (person && /\s/u.test(form.trim())) add(lastWord(form), true, path, locale);
    }
  }
  // Ukrainian names in Russian letters, for Russian text that has its own form of the name.
  if (entity.names.ru) {
    for (const source of cyrillicSources(entity).filter((s) => s.language === 'uk')) {
      const form = transliterate(source.form, UK_RU);
      if (form === source.form) continue; // no letter Russian lacks: the Ukrainian form itself (locale-form's case)
      const path = `${source.label} → ${UK_RU.id}`;
      add(form, false, path, 'ru');
      if (person && /\s/u.test(form.trim()) && lastWord(form) !== lastWord(source.form)) add(lastWord(form), true, path, 'ru');
      // A place's Ukrainian name read with Russian letter values and romanised as Russian (Київ → Кийив → Czech
      // Kijiv, where the Czech form is Kyjev): what translation through a Russian reading writes.
      if (!person) for (const scheme of romanisations('ru')) add(transliterate(form, scheme), false, `${path} → ${scheme.id}`, targetLocale(scheme));
    }
  }
  // A person's full name read by the rules of another language that writes it the same way (a Catalan name as
  // Spanish, a Turkish one as English): only the whole name, whose other words make the person certain.
  const natives = person && hasAny(entity.native) ? new Set(Object.values(entity.native).flat().filter((f) => scriptOf(f) === 'Latin' && /\s/u.test(f.trim()))) : undefined;
  if (natives?.size) {
    for (const scheme of INTO_CYRILLIC_SCHEMES) {
      const target = targetLocale(scheme)!;
      if (!entity.names[target]) continue;
      for (const form of entity.names[scheme.language] ?? []) {
        if (!natives.has(form) || Object.prototype.hasOwnProperty.call(entity.native, scheme.language)) continue;
        add(transliterate(form, scheme), false, `${scheme.language} (canonical) → ${scheme.id}`, target);
      }
    }
  }
  // The particle of a surname written together with it or apart (Dutch and Flemish names above all).
  if (person && Object.values(entity.names).some((forms) => forms.some((f) => MAY_HAVE_PARTICLE.test(f)))) {
    for (const { form, short, path } of spacingVariants(entity)) {
      const key = foldPhrase(form);
      if (canonical.has(key) || byKey.has(key)) continue;
      byKey.set(key, { form, short, paths: [path], listed: listed.has(key), locales: [], kind: 'spacing' });
    }
  }
  return [...byKey.values()];
}

const PARTICLE_WORDS = new Set(['de', 'van', 'von', 'der', 'den', 'het', 'ter', 'ten', 'le', 'la', 'di', 'da', 'du', 'del', 'della', 'dos', 'das']);
// A particle that can start a surname written as one word (Dewinter, Vandenbroucke, Lepen).
const GLUED_PARTICLE = /^(de|van|von|le|la|di|da|du|del)(\p{Ll}{4,})$/u;

// A cheap first look: a particle word, or a last word that starts with one.
const MAY_HAVE_PARTICLE = /(?:^|\s)(?:de|van|von|der|den|het|ter|ten|le|la|di|da|du|del|della|dos|das)(?:\s|\p{Ll}{4,}$)/iu;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Latin-script full names and surnames with the particle joined (Tom Van Grieken → Tom Vangrieken, Bart De Wever
 * → Dewever) or, for a surname that starts with one, split off (Filip Dewinter → Filip De Winter).
 */
function spacingVariants(entity: Entity): Array<{ form: string; short: boolean; path: string }> {
  const out: Array<{ form: string; short: boolean; path: string }> = [];
  const seen = new Set<string>();
  const push = (form: string, short: boolean, path: string) => {
    if (!seen.has(form)) out.push({ form, short, path });
    seen.add(form);
  };
  for (const form of new Set(Object.values(entity.names).flat())) {
    if (!MAY_HAVE_PARTICLE.test(form) || scriptOf(form) !== 'Latin') continue;
    const words = form.trim().split(/\s+/u);
    if (words.length < 2) continue;
    // Joined: the particles before the last word, glued to it.
    let p = words.length - 1;
    while (p > 1 && PARTICLE_WORDS.has(words[p - 1]!.toLowerCase())) p--;
    if (p < words.length - 1) {
      const surname = capitalise(words.slice(p).join('').toLowerCase());
      push([...words.slice(0, p), surname].join(' '), false, 'particle joined to the surname');
      push(surname, true, 'particle joined to the surname');
    }
    // Split: a surname that starts with a particle (and has none before it).
    const last = words[words.length - 1]!;
    const glued = p === words.length - 1 ? GLUED_PARTICLE.exec(last.toLowerCase()) : null;
    if (glued && /^\p{Lu}\p{Ll}+$/u.test(last)) {
      const surname = `${capitalise(glued[1]!)} ${capitalise(glued[2]!)}`;
      push([...words.slice(0, -1), surname].join(' '), false, 'particle split from the surname');
    }
  }
  return out;
}

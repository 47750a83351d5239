/**
 * Variants nobody listed: the spellings that a trip through other scripts makes of a name.
 * From each Cyrillic form of an entity (canonical ru/uk/bg, native, listed Cyrillic variants such as the media
 * form Юрова, and the forms practical transcription predicts from a Latin native name) every romanisation
 * scheme of that language and every practical transcription into a Latin-script language gives a spelling; each
 * is kept with the path that made it ("cs → ru (media) → ru-icao: Iurova").
 */
import { foldPhrase } from '../text/fold.ts';
import { scriptOf } from '../text/script.ts';
import { shortForms, type Entity } from '../glossary/model.ts';
import { intoCyrillicScheme } from '../translit/into-cyrillic/index.ts';
import { PRACTICAL_SCHEMES } from '../translit/practical/index.ts';
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
  const add = (form: string, short: boolean, path: string) => {
    const key = foldPhrase(form);
    if (!key || canonical.has(key) || scriptOf(form) !== 'Latin') return;
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.paths.includes(path)) existing.paths.push(path);
      return;
    }
    byKey.set(key, { form, short, paths: [path], listed: listed.has(key) });
  };
  for (const source of cyrillicSources(entity)) {
    for (const scheme of romanisations(source.language)) {
      const form = transliterate(source.form, scheme);
      const path = `${source.label} → ${scheme.id}`;
      add(form, false, path);
      if (person && /\s/u.test(form.trim())) add(lastWord(form), true, path);
    }
  }
  return [...byKey.values()];
}

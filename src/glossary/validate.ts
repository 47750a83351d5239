/** Rules across entities that a schema cannot express. Each problem points at the offending YAML node. */
import { foldPhrase } from '../text/fold.ts';
import { SHIPPED_LOCALES } from '../text/locale.ts';
import type { GlossaryProblem } from './errors.ts';
import { type Entity, type Glossary, type SourcePlace } from './model.ts';

// Made on first use: ICU's language names cost a one-line check some 15 ms, and the glossary's own locales need none.
let languageNames: Intl.DisplayNames | undefined;
const SHIPPED: ReadonlySet<string> = new Set(SHIPPED_LOCALES);

// The answers, by code: a locale tree asks of every file's path segments, mostly the same few codes.
const known = new Map<string, boolean>();

export function isKnownLocale(code: string): boolean {
  if (SHIPPED.has(code)) return true;
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(code)) return false;
  let answer = known.get(code);
  if (answer === undefined) {
    try {
      answer = (languageNames ??= new Intl.DisplayNames('en', { type: 'language', fallback: 'none' })).of(code) !== undefined;
    } catch {
      answer = false;
    }
    known.set(code, answer);
  }
  return answer;
}

function entityPlace(e: Entity): SourcePlace {
  return e.place ?? { file: '(glossary)', line: 1, column: 1 };
}

export function validateGlossary(glossary: Glossary): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const variantOwners = new Map<string, { entity: Entity; place: SourcePlace }>();
  for (const entity of glossary.entities.values()) {
    const at = entityPlace(entity);
    const report = (message: string, place: SourcePlace = at) => problems.push({ place, message: `${entity.id}: ${message}` });
    if (Object.keys(entity.names).length === 0) report('no canonical form in any locale (names is empty)');
    for (const field of ['names', 'short', 'native'] as const) {
      for (const locale of Object.keys(entity[field])) {
        if (!isKnownLocale(locale)) report(`unknown locale code "${locale}" in ${field} (use a BCP 47 language code such as en, de, uk)`);
      }
    }
    const canonicalKeys = new Map<string, string[]>();
    for (const [locale, forms] of Object.entries(entity.names)) {
      for (const form of forms) canonicalKeys.set(foldPhrase(form), [...(canonicalKeys.get(foldPhrase(form)) ?? []), locale]);
    }
    for (const variant of entity.variants) {
      const place = variant.place ?? at;
      for (const locale of variant.wrongIn ?? []) {
        if (!isKnownLocale(locale)) report(`unknown locale code "${locale}" in wrongIn of variant "${variant.form}"`, place);
      }
      const key = foldPhrase(variant.form);
      for (const [locale, forms] of Object.entries(entity.names)) {
        if (forms.includes(variant.form) && variant.wrongIn?.includes(locale)) {
          report(`"${variant.form}" is the canonical form in ${locale} and also listed as a variant wrong in ${locale}`, place);
        }
      }
      const sameKeyLocales = canonicalKeys.get(key);
      if (sameKeyLocales && !Object.values(entity.names).some((forms) => forms.includes(variant.form))) {
        report(`variant "${variant.form}" differs from the canonical form in ${sameKeyLocales.join(', ')} only by case or diacritics; the exact-form rule reports that already`, place);
      }
      const owner = variantOwners.get(key);
      if (owner && owner.entity.id !== entity.id) {
        report(`variant "${variant.form}" is also claimed by ${owner.entity.id} (${owner.place.file}:${owner.place.line}); a spelling can be a known variant of one entity only`, place);
      } else variantOwners.set(key, { entity, place });
    }
    // A spelling cannot be both this entity's and someone else's: notThisEntity names what the entity is not.
    const own = new Set([...Object.values(entity.names).flat(), ...Object.values(entity.native).flat(), ...entity.variants.map((v) => v.form)].map(foldPhrase));
    for (const phrase of entity.notThisEntity) {
      if (own.has(foldPhrase(phrase))) report(`"${phrase}" is listed under notThisEntity and is also a name or variant of this entity`);
    }
    for (const spec of entity.specs) {
      if (!isKnownLocale(spec.locale)) report(`unknown locale code "${spec.locale}" in a spec`, spec.place ?? at);
    }
  }
  return problems;
}

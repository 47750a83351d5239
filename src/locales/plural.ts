/** CLDR plural categories per locale, as the runtime's Intl.PluralRules (the same data i18next and formatjs use). */

export const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof CATEGORIES)[number];
export type PluralType = 'cardinal' | 'ordinal';

export const isCategory = (word: string): word is PluralCategory => (CATEGORIES as readonly string[]).includes(word);

const cache = new Map<string, PluralCategory[]>();

/** Intl.PluralRules for `locale`, or undefined when the runtime has none or the tag is not valid BCP 47 (`kab-KAB`). */
function pluralRules(locale: string, type: PluralType): Intl.PluralRules | undefined {
  try {
    if (!Intl.PluralRules.supportedLocalesOf(locale).length) return undefined;
    return new Intl.PluralRules(locale, { type });
  } catch {
    // RangeError: Incorrect locale information provided
    return undefined;
  }
}

/** The categories `locale` can select, in CLDR order; undefined when the runtime has no rules for it. */
export function pluralCategories(locale: string, type: PluralType = 'cardinal'): readonly PluralCategory[] | undefined {
  const id = `${locale}|${type}`;
  let categories = cache.get(id);
  if (!categories) {
    const rules = pluralRules(locale, type);
    if (!rules) return undefined;
    const found = rules.resolvedOptions().pluralCategories as string[];
    categories = CATEGORIES.filter((c) => found.includes(c));
    cache.set(id, categories);
  }
  return categories;
}

// Per locale and type: the one whole number of 0–1000 each category selects, null for none or several.
const singleCache = new Map<string, Map<string, number | null> | null>();

/**
 * The one whole number that selects `category`, or undefined when several do (English `one` is 1 alone; Russian
 * `one` is 1, 21, 31…). A form for a single number may leave out the count ("One file"); any other must show it.
 */
export function singleNumber(locale: string, category: PluralCategory, type: PluralType = 'cardinal'): number | undefined {
  const id = `${locale}|${type}`;
  let singles = singleCache.get(id);
  if (singles === undefined) {
    // One pass over the numbers answers every category of the locale.
    const rules = pluralRules(locale, type);
    singles = null;
    if (rules) {
      const found = new Map<string, number[]>();
      // Once every category of the locale has two numbers, the rest cannot change an answer (Russian, Chinese…
      // are done in a few dozen numbers; English `one` is known single only at 1000).
      const categories = rules.resolvedOptions().pluralCategories.length;
      let several = 0;
      for (let n = 0; n <= 1000 && several < categories; n++) {
        const c = rules.select(n);
        const list = found.get(c);
        if (!list) found.set(c, [n]);
        else if (list.length < 2) {
          list.push(n);
          several++;
        }
      }
      singles = new Map([...found].map(([c, list]) => [c, list.length === 1 ? list[0]! : null]));
    }
    singleCache.set(id, singles);
  }
  if (!singles) return undefined;
  return singles.get(category) ?? undefined;
}

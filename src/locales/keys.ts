/**
 * i18next's key grammar: plural suffixes (v4 `_one`, `_ordinal_few`…, and v3's `_plural`) and context suffixes
 * (`friend_male`). A key that merely ends in `_one` or `_many` ("select_one", excalidraw's `arrowhead_crowfoot_many`,
 * which are shape names) is a plural form only when its stem has an `_other` form: i18next falls back to `_other`
 * for every category a language has, so a family without it is not one that i18next pluralises.
 */
import type { Entry } from './model.ts';
import { isCategory, type PluralCategory } from './plural.ts';

export interface PluralSuffix {
  stem: string;
  category: PluralCategory;
  ordinal: boolean;
}

export function parsePluralSuffix(key: string): PluralSuffix | undefined {
  const cut = key.lastIndexOf('_');
  if (cut <= 0) return undefined;
  const category = key.slice(cut + 1);
  if (!isCategory(category)) return undefined;
  const head = key.slice(0, cut);
  if (head.endsWith('_ordinal') && head.length > '_ordinal'.length) return { stem: head.slice(0, -'_ordinal'.length), category, ordinal: true };
  return { stem: head, category, ordinal: false };
}

export const groupId = (stem: string, ordinal: boolean) => (ordinal ? `${stem}_ordinal` : stem);

export interface PluralGroup {
  id: string;
  stem: string;
  ordinal: boolean;
  /** v3 JSON: `key` and `key_plural`; its forms are keyed 'singular' and 'plural' and have no CLDR category. */
  legacy: boolean;
  forms: Map<string, Entry>;
}

/** The plural groups of one catalogue, by group id. */
export function pluralGroups(entries: readonly Entry[], byKey: ReadonlyMap<string, Entry>): Map<string, PluralGroup> {
  const candidates = new Map<string, PluralGroup>();
  for (const entry of entries) {
    const suffix = parsePluralSuffix(entry.key);
    if (suffix) {
      const id = groupId(suffix.stem, suffix.ordinal);
      let group = candidates.get(id);
      if (!group) candidates.set(id, (group = { id, stem: suffix.stem, ordinal: suffix.ordinal, legacy: false, forms: new Map() }));
      group.forms.set(suffix.category, entry);
    } else if (entry.key.endsWith('_plural')) {
      const stem = entry.key.slice(0, -'_plural'.length);
      const singular = byKey.get(stem);
      if (singular && !candidates.has(stem)) {
        candidates.set(stem, { id: stem, stem, ordinal: false, legacy: true, forms: new Map([['singular', singular], ['plural', entry]]) });
      }
    }
  }
  for (const [id, group] of candidates) if (!group.legacy && !group.forms.has('other')) candidates.delete(id);
  return candidates;
}

/** The key a context variant is built on: `friend_female` → `friend` when `female` is a context the base uses. */
export function contextBase(key: string, contexts: ReadonlySet<string>): string | undefined {
  const cut = key.lastIndexOf('_');
  return cut > 0 && contexts.has(key.slice(cut + 1)) ? key.slice(0, cut) : undefined;
}

/**
 * Contexts the app passes, as far as the base shows: a suffix `s` such that the base has both `k` and `k_s`
 * (or both plural groups). A translation may add such a variant to a key that has none in the base, because its
 * language marks gender where the base language does not.
 */
export function knownContexts(keys: Iterable<string>): Set<string> {
  const all = new Set(keys);
  const contexts = new Set<string>();
  for (const key of all) {
    const cut = key.lastIndexOf('_');
    if (cut <= 0) continue;
    const suffix = key.slice(cut + 1);
    if (/^[A-Za-z][A-Za-z0-9]*$/.test(suffix) && !isCategory(suffix) && suffix !== 'plural' && suffix !== 'ordinal' && all.has(key.slice(0, cut))) contexts.add(suffix);
  }
  return contexts;
}

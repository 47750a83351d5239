/**
 * A translation against its base: which base string each entry translates, which base keys it lacks, which of
 * its keys the base does not know. Plural forms pair by group, since each language has its own categories.
 */
import { contextBase, groupId, knownContexts, parsePluralSuffix, pluralGroups, type PluralGroup } from './keys.ts';
import type { Catalogue, Entry, Syntax } from './model.ts';
import type { PluralCategory } from './plural.ts';

export interface PairedEntry {
  entry: Entry;
  /** The base string this one translates: for a plural form, the base form of the same category, else `other`. */
  base?: Entry;
  /** Set for an i18next v4 plural form. */
  plural?: { group: string; category: PluralCategory; ordinal: boolean };
}

export interface MissingKey {
  /** The key, or for a plural group its stem. */
  key: string;
  base: Entry;
  group?: PluralGroup;
}

/** The plural forms one file has of a group, for checking them against the file's language. */
export interface FilePluralGroup {
  id: string;
  stem: string;
  ordinal: boolean;
  forms: Map<PluralCategory, Entry>;
}

/** A unit of translation work (a key, or a whole plural group) and what the file has for it. */
export interface WorkUnit {
  key: string;
  items: PairedEntry[];
}

export interface Pairing {
  items: PairedEntry[];
  missing: MissingKey[];
  extra: Entry[];
  groups: FilePluralGroup[];
  /** The base's units; empty for the base itself. */
  units: WorkUnit[];
  /**
   * The items that translate a base string and say something else than it (not blank, not the base's string left
   * as it is), in file order: what most rules compare, listed once rather than filtered by each.
   */
  translated: PairedEntry[];
}

const NO_GROUPS = new Map<string, PluralGroup>();
// The items of every unit a file lacks (a flat file may lack thousands): one array, never written to.
const NO_ITEMS: PairedEntry[] = [];

function formFor(group: PluralGroup, category: string): Entry | undefined {
  return group.forms.get(category) ?? group.forms.get('other') ?? group.forms.get('plural');
}

/** `base` is undefined for the base catalogue itself. */
export function pairCatalogue(file: Catalogue, base: Catalogue | undefined, syntax: Syntax): Pairing {
  const i18next = syntax === 'i18next';
  const own = i18next ? pluralGroups(file.entries, file.byKey) : NO_GROUPS;
  const baseGroups = base && i18next ? pluralGroups(base.entries, base.byKey) : NO_GROUPS;
  const inBaseGroup = new Set<string>();
  for (const g of baseGroups.values()) for (const e of g.forms.values()) if (!g.legacy || e.key !== g.stem) inBaseGroup.add(e.key);
  const legacyPlurals = new Map([...baseGroups.values()].filter((g) => g.legacy).map((g) => [g.forms.get('plural')!.key, g.forms.get('plural')!]));
  const contexts = base && i18next
    ? knownContexts([...base.entries.filter((e) => !inBaseGroup.has(e.key)).map((e) => e.key), ...[...baseGroups.values()].map((g) => groupId(g.stem, false))])
    : new Set<string>();

  const items: PairedEntry[] = [];
  const extra: Entry[] = [];
  const groups = new Map<string, FilePluralGroup>();
  const addForm = (id: string, stem: string, ordinal: boolean, category: PluralCategory, entry: Entry) => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, stem, ordinal, forms: new Map() }));
    g.forms.set(category, entry);
  };

  // Plural suffixes are i18next's: in ICU a key's `_one` is part of its name.
  const itemOf = new Map<Entry, PairedEntry>();
  const push = (item: PairedEntry) => {
    items.push(item);
    if (base) itemOf.set(item.entry, item);
  };
  const entries = file.entries;
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k]!;
    const suffix = i18next ? parsePluralSuffix(entry.key) : undefined;
    const id = suffix && groupId(suffix.stem, suffix.ordinal);
    if (!base) {
      const group = id ? own.get(id) : undefined;
      if (suffix && group) {
        addForm(group.id, group.stem, group.ordinal, suffix.category, entry);
        push({ entry, plural: { group: group.id, category: suffix.category, ordinal: suffix.ordinal } });
      } else push({ entry });
      continue;
    }
    const baseGroup = id ? baseGroups.get(id) : undefined;
    if (suffix && id && baseGroup) {
      addForm(id, suffix.stem, suffix.ordinal, suffix.category, entry);
      push({ entry, base: formFor(baseGroup, suffix.category), plural: { group: id, category: suffix.category, ordinal: suffix.ordinal } });
      continue;
    }
    const exact = base.byKey.get(entry.key);
    if (exact && !inBaseGroup.has(entry.key)) {
      push({ entry, base: exact });
      continue;
    }
    const legacyPlural = legacyPlurals.get(entry.key);
    if (legacyPlural) {
      push({ entry, base: legacyPlural });
      continue;
    }
    // A context variant the base lacks (Polish needs friend_female where English has only friend).
    const onStem = suffix && id && own.has(id) ? contextBase(suffix.stem, contexts) : undefined;
    if (suffix && id && onStem !== undefined) {
      const plain = baseGroups.get(groupId(onStem, suffix.ordinal));
      if (plain) {
        addForm(id, suffix.stem, suffix.ordinal, suffix.category, entry);
        push({ entry, base: formFor(plain, suffix.category), plural: { group: id, category: suffix.category, ordinal: suffix.ordinal } });
        continue;
      }
    }
    const plainKey = contextBase(entry.key, contexts);
    const plainBase = plainKey !== undefined ? base.byKey.get(plainKey) : undefined;
    if (plainBase) {
      push({ entry, base: plainBase });
      continue;
    }
    push({ entry });
    extra.push(entry);
  }

  const missing: MissingKey[] = [];
  const units: WorkUnit[] = [];
  if (base) {
    const baseEntries = base.entries;
    for (let k = 0; k < baseEntries.length; k++) {
      const entry = baseEntries[k]!;
      if (inBaseGroup.has(entry.key)) continue;
      const mine = file.byKey.get(entry.key);
      units.push({ key: entry.key, items: mine ? [itemOf.get(mine)!] : NO_ITEMS });
      if (!mine) missing.push({ key: entry.key, base: entry });
    }
    for (const group of baseGroups.values()) {
      const mine = groups.get(group.id);
      if (group.legacy) {
        // Its singular is an ordinary key, paired above; its plural may have become v4 forms.
        const plural = group.forms.get('plural')!;
        const mineLegacy = file.byKey.get(plural.key);
        units.push({ key: plural.key, items: mineLegacy ? [itemOf.get(mineLegacy)!] : mine ? [...mine.forms.values()].map((e) => itemOf.get(e)!) : [] });
        if (!mineLegacy && !mine) missing.push({ key: plural.key, base: plural });
        continue;
      }
      units.push({ key: group.stem, items: mine ? [...mine.forms.values()].map((e) => itemOf.get(e)!) : [] });
      if (!mine) missing.push({ key: group.stem, base: formFor(group, 'other')!, group });
    }
    missing.sort((a, b) => a.base.literal.offset - b.base.literal.offset);
  }
  const translated: PairedEntry[] = [];
  if (base) {
    for (let k = 0; k < items.length; k++) {
      const item = items[k]!;
      if (item.base && item.entry.value !== item.base.value && item.entry.value.trim() !== '') translated.push(item);
    }
  }
  return { items, missing, extra, groups: [...groups.values()], units, translated };
}

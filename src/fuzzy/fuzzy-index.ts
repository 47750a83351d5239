/** Every word of every known form of every entity, under its fuzzy key, in a symmetric-delete index. */
import { shortForms, type Entity, type Glossary } from '../glossary/model.ts';
import { tokenize, startsUpper } from '../text/tokenize.ts';
import { foldPhrase } from '../text/fold.ts';
import { inflectName, supportsInflection, type GrammaticalCase } from '../inflect/index.ts';
import { nameKey } from './key.ts';
import { DeleteIndex } from './symspell.ts';

/** One known form of an entity, as fuzzy keys (particles such as "von der" left out). */
export interface NameForm {
  entity: Entity;
  form: string;
  keys: string[];
  /** The form's last word in lower case (a surname's gender is read from its ending). */
  lastWord: string;
  /** The entity's type, kept here beside the keys that the lookups read. */
  type: Entity['type'];
  /** Its last word ends one of the entity's names or short forms in some locale: the word alone can stand for
   * the entity (a surname), which the last word of a native form in another order cannot (the Viktor of
   * "Orbán Viktor"). */
  endsAsSurname: boolean;
  /** A case form of a name (Ławrowem: Polish, instrumental), which only a text in that language can mean. */
  caseOf?: { locale: string; grammaticalCase: GrammaticalCase };
}

export interface WordRef {
  form: NameForm;
  /** Index of the word in form.keys. */
  position: number;
}

/** A NameForm as the stored index keeps it: the entity by id (its own copy of the entity would not be the glossary's). */
type StoredNameForm = Omit<NameForm, 'entity'> & { entity: string };
type StoredRef = { form: StoredNameForm; position: number };

/** The fuzzy index as plain data for the stored index (node:v8 structured clone), values apart in groups. */
export interface FuzzyIndexData {
  head: {
    words: DeleteIndex<never>;
    owners: Map<string, Set<string>>;
    knownPhrases: Set<string>;
    longestForm: number;
    givenNames: Set<string>;
    valueShards: number;
  };
  /** The values (name forms) of the deletion index's keys, in groups by key id. */
  shards: Array<Array<[number, StoredRef[]]>>;
}

/** Keys whose name forms are read together: small groups, since a lookup reaches a handful of keys. */
const KEYS_PER_VALUE_SHARD = 32;

export class FuzzyIndex {
  /** Last words only (surnames, the head of a place name): hypotheses are anchored there, and first names,
   * shared by thousands of people, never fan out a lookup. */
  readonly words = new DeleteIndex<WordRef>();
  /** Exact key → entities that own a word with that key: a word that is right for one entity is not a misspelling of another. */
  readonly owners = new Map<string, Set<string>>();
  /** Every known form, folded: a span that is exactly some entity's name is never a misspelling. */
  readonly knownPhrases = new Set<string>();
  /** The most words (keys) any form has: no hypothesis can be longer. */
  longestForm = 0;
  /** Keys of the first words of persons' names of two words or more: given names the glossary knows. */
  readonly givenNames = new Set<string>();

  constructor(glossary: Glossary) {
    for (const entity of glossary.entities.values()) {
      const forms = new Set<string>();
      for (const [locale, names] of Object.entries(entity.names)) {
        for (const f of names) forms.add(f);
        for (const f of shortForms(entity, locale)) forms.add(f);
      }
      for (const names of Object.values(entity.native)) for (const f of names) forms.add(f);
      for (const v of entity.variants) forms.add(v.form);
      const surnames = new Set<string>();
      for (const names of [...Object.values(entity.names), ...Object.values(entity.short)]) {
        for (const name of names) surnames.add(nameKey(lastWordOf(name)));
      }
      // In languages that decline names, a misspelt name is declined too ("z Sergiejem Ławrowem"): its case forms
      // are known forms, so that the misspelling sits close to one of them.
      // Only in their own language: Горбачёва, Gorbachev's genitive, is his wife's name in English.
      const caseForms = new Map<string, { locale: string; grammaticalCase: GrammaticalCase }>();
      for (const [locale, names] of Object.entries(entity.names)) {
        if (!supportsInflection(locale)) continue;
        for (const [name, short] of [...names.map((n) => [n, false] as const), ...shortForms(entity, locale).map((n) => [n, true] as const)]) {
          for (const { form, case: grammaticalCase } of inflectName({ name, locale, type: entity.type, ...(entity.gender ? { gender: entity.gender } : {}) })) {
            if (forms.has(form) || caseForms.has(form)) continue;
            caseForms.set(form, { locale, grammaticalCase });
            if (!short && entity.type === 'person') surnames.add(nameKey(lastWordOf(form)));
          }
        }
      }
      for (const form of forms) this.addForm(entity, form, surnames);
      for (const [form, caseOf] of caseForms) this.addForm(entity, form, surnames, caseOf);
    }
  }

  toData(): FuzzyIndexData {
    const stored = new Map<NameForm, StoredNameForm>();
    const valueShards = Math.max(1, Math.ceil(this.words.size / KEYS_PER_VALUE_SHARD));
    const { head, shards } = this.words.toStored(valueShards, ({ form, position }): StoredRef => {
      let copy = stored.get(form);
      if (!copy) stored.set(form, (copy = { ...form, entity: form.entity.id }));
      return { form: copy, position };
    });
    return { head: { words: head, owners: this.owners, knownPhrases: this.knownPhrases, longestForm: this.longestForm, givenNames: this.givenNames, valueShards }, shards };
  }

  /**
   * The index again from its stored head; `readShard` gives a group of values when a lookup first reaches it, and
   * their entity ids become the glossary's entities then.
   */
  static fromData(head: FuzzyIndexData['head'], readShard: (shard: number) => Array<[number, StoredRef[]]>, glossary: Glossary): FuzzyIndex {
    const words = DeleteIndex.fromStored<WordRef>(head.words, head.valueShards, (shard) => {
      const group = readShard(shard);
      for (const [, refs] of group) {
        for (const ref of refs) {
          const form = ref.form as unknown as NameForm | StoredNameForm;
          if (typeof form.entity === 'string') (form as unknown as NameForm).entity = glossary.entities.get(form.entity)!;
        }
      }
      return group as unknown as Array<[number, WordRef[]]>;
    });
    const index = Object.create(FuzzyIndex.prototype) as FuzzyIndex;
    const { valueShards: _, ...fields } = head;
    return Object.assign(index, { ...fields, words });
  }

  private addForm(entity: Entity, form: string, surnames: ReadonlySet<string>, caseOf?: { locale: string; grammaticalCase: GrammaticalCase }): void {
    this.knownPhrases.add(foldPhrase(form));
    const keys = Array.from(tokenize(form)).filter((t) => startsUpper(t.text)).map((t) => nameKey(t.text)).filter((k) => k.length > 0);
    if (!keys.length) return;
    this.longestForm = Math.max(this.longestForm, keys.length);
    if (entity.type === 'person' && keys.length >= 2 && !caseOf) this.givenNames.add(keys[0]!);
    const last = lastWordOf(form);
    const nameForm: NameForm = { entity, form, keys, lastWord: last.toLowerCase(), type: entity.type, endsAsSurname: surnames.has(keys[keys.length - 1]!), ...(caseOf ? { caseOf } : {}) };
    keys.forEach((key, position) => {
      let owners = this.owners.get(key);
      if (!owners) this.owners.set(key, (owners = new Set()));
      owners.add(entity.id);
      if (position === keys.length - 1) this.words.add(key, { form: nameForm, position });
    });
  }
}

const lastWordOf = (form: string) => form.trim().split(/\s+/u).pop() ?? form;

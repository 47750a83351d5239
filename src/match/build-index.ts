/**
 * Building the name index from a glossary: every canonical form, short form, variant, their case forms and the
 * generated transliteration variants. Only a build needs this module (and the variants, transliteration and
 * inflection tables it loads): a run that reads the stored index never loads it.
 */
import { inflectName, recognisesCaseForms, supportsInflection, type GrammaticalCase } from '../inflect/index.ts';
import { possessiveForms } from '../lexicon/possessive.ts';
import { bulgarianDefinite } from '../inflect/bg.ts';
import { isWrongIn, shortForms, type Entity, type Glossary, type Variant } from '../glossary/model.ts';
import { scriptOf, localeScript } from '../text/script.ts';
import { tokenize } from '../text/tokenize.ts';
import type { SurfaceForm } from './surface.ts';
import { WordTrie } from './trie.ts';
import { foldPhrase } from '../text/fold.ts';
import { generateVariants, type GeneratedVariant } from '../variants/generate.ts';
import type { GeneratedCollision, IndexOptions, NameIndexData } from './name-index.ts';
import { foldedFunctionWords } from '../lexicon/function-words.ts';

type CaseTable = Map<GrammaticalCase, string>;


function splitWords(form: string): { keys: string[]; words: string[]; hyphens: boolean[] } {
  const keys: string[] = [];
  const words: string[] = [];
  const hyphens: boolean[] = [];
  let previousEnd = 0;
  for (const token of tokenize(form)) {
    hyphens.push(words.length > 0 && form.slice(previousEnd, token.start).includes('-'));
    keys.push(token.key);
    words.push(token.text);
    previousEnd = token.end;
  }
  return { keys, words, hyphens };
}

function caseTable(entity: Entity, form: string, locale: string): CaseTable {
  const table: CaseTable = new Map();
  if (!supportsInflection(locale)) return table;
  for (const { case: c, form: inflected } of inflectName({ name: form, locale, type: entity.type, ...(entity.gender ? { gender: entity.gender } : {}) })) {
    if (!table.has(c)) table.set(c, inflected);
  }
  return table;
}

/**
 * Every case form of a name to recognise in a text: the alternatives of a case and the endings a paradigm cannot
 * choose between (Бахмута or Бахмуту) included; caseTable keeps only the first certain form of each case.
 */
function allCaseForms(entity: Entity, form: string, locale: string): Array<[GrammaticalCase, string]> {
  if (!recognisesCaseForms(locale)) return [];
  const out = new Map<string, GrammaticalCase>();
  const name = { name: form, locale, type: entity.type, ...(entity.gender ? { gender: entity.gender } : {}) };
  // The certain forms first, so that a form that is certain in one case (the dative Бахмуту) keeps that case.
  for (const recognise of [false, true]) {
    for (const { case: c, form: inflected } of inflectName(name, { recognise })) if (!out.has(inflected)) out.set(inflected, c);
  }
  // A German form that reads as the name's own words (Jones', Scholz') is the name already. (Slavic forms that
  // fold alike, Libia and Libią, are kept: the one the text spells wins.)
  const keys = locale === 'de' ? splitWords(form).keys.join(' ') : undefined;
  return [...out].filter(([f]) => keys === undefined || splitWords(f).keys.join(' ') !== keys).map(([f, c]) => [c, f]);
}

/**
 * Case forms of a wrong spelling (a listed variant, a generated transcription) that the suffix tables leave out.
 * A Polish or Czech masculine noun ending in a consonant takes -a or -u in the genitive by the word, not by a
 * rule (Lwowa but Donbasu), so the tables make no genitive for it; and a hyphenated place (Iwano-Frankowsk) is not
 * inflected at all. For a spelling that is wrong anyway, both endings can be matched without harm: only a text
 * that uses one of them matches. Right names never get these.
 */
function wrongFormCases(entity: Entity, form: string, locale: string): Array<[GrammaticalCase, string]> {
  if (entity.type === 'person' || !/\p{Ll}$/u.test(form) || /[aeiouyąęóáéíýůě]$/iu.test(form)) return [];
  const out: Array<[GrammaticalCase, string]> = [];
  if (locale === 'pl') {
    if (/sk$/u.test(form)) out.push(['genitive', `${form}a`], ['locative', `${form}u`], ['instrumental', `${form}iem`], ['dative', `${form}owi`]);
    else out.push(['genitive', `${form}a`], ['genitive', `${form}u`]);
  } else if (locale === 'cs') {
    out.push(['genitive', `${form}u`], ['locative', `${form}u`], ['instrumental', `${form}em`], ['genitive', `${form}a`]);
  }
  // A spelling that differs from some locale's right name only in diacritics (Paryž beside Paryż) would take that
  // name's case forms too (Paryża): those are left out.
  const names = Object.values(entity.names).flat().filter((n) => n !== form);
  return out.filter(([, inflected]) => {
    const folded = foldPhrase(inflected);
    const ending = inflected.slice(form.length);
    return !names.some((n) => foldPhrase(n + ending) === folded);
  });
}

/**
 * A Chinese name in Cyrillic as English spelling reads it: pinyin -ng, which Russian (Palladius), Ukrainian and
 * Bulgarian write -н, written -нг (Ванг for Ван, Цинь Ганг for Цинь Ган), as translation from English does. Made from
 * the full name and the short form, word by word against the English (pinyin) form.
 */
function pinyinAsEnglish(entity: Entity): GeneratedVariant[] {
  if (entity.type !== 'person' || !entity.native.zh) return [];
  const out = new Map<string, GeneratedVariant>();
  for (const locale of ['ru', 'uk', 'bg']) {
    const pairs: Array<[string | undefined, string | undefined, boolean]> = [
      [entity.names[locale]?.[0], entity.names.en?.[0], false],
      [entity.short[locale]?.[0], entity.short.en?.[0], true],
    ];
    for (const [cyrillic, pinyin, short] of pairs) {
      if (!cyrillic || !pinyin) continue;
      const words = cyrillic.split(' '), syllables = pinyin.split(' ');
      if (words.length !== syllables.length) continue;
      const form = words.map((w, i) => (/ng$/iu.test(syllables[i]!) && /н$/u.test(w) ? `${w}г` : w)).join(' ');
      if (form === cyrillic) continue;
      const known = out.get(form);
      if (known) known.locales.push(locale);
      else out.set(form, { form, short, paths: [`${locale} → pinyin -ng read as English`], listed: false, locales: [locale] });
    }
  }
  return [...out.values()];
}

/** Locales in which a variant is worth inflecting: Slavic ones where it is wrong and whose script it shares. */
function variantParadigms(entity: Entity, variant: Variant, localesInUse: string[]): string[] {
  const script = scriptOf(variant.form);
  return localesInUse.filter((l) => supportsInflection(l) && localeScript(l) === script && isWrongIn(entity, variant, l));
}

/**
 * Where the forms of a build go: a trie in memory (buildNameIndexData), or the stored index's partitions on disk
 * (store/partitioned.ts), which keep no trie and answer the two questions the build asks from compact tables.
 */
export interface FormSink {
  add(keys: string[], form: SurfaceForm): void;
  /** Whether a form added so far is spelt exactly `form` (asked before any possessive or generated form is added). */
  spelt(keys: readonly string[], form: string): boolean;
  /** The entity of the first form added at exactly these keys that is neither generated nor `entity`'s. */
  ownerOf(keys: readonly string[], entity: Entity): Entity | undefined;
  /** The case forms of an entity's preferred form in a locale: `${id}\u0000${locale}\u0000${short}`. */
  table(key: string, entity: Entity, table: CaseTable): void;
}

export function buildNameIndexData(glossary: Glossary, options: IndexOptions = {}): NameIndexData {
  const trie = new WordTrie();
  const tables = new Map<string, CaseTable>();
  const sink: FormSink = {
    add: (keys, form) => trie.insert(keys, form),
    spelt: (keys, form) => trie.lookup(keys)?.some((f) => f.form === form) ?? false,
    ownerOf: (keys, entity) => trie.lookup(keys)?.find((f) => f.entity.id !== entity.id && !f.generated)?.entity,
    table: (key, _entity, table) => tables.set(key, table),
  };
  const { locales, collisions } = emitForms(glossary, sink, options);
  return { glossary, trie: trie.toData(), locales, collisions, tables };
}

/** The last word of an admitted variant of a person's whole name, when no listed form of the entity is that word. */
function admittedSurname(entity: Entity, variant: Variant, short: boolean): string | undefined {
  if (entity.type !== 'person' || short || variant.status !== 'admitted') return undefined;
  const words = variant.form.split(/\s+/);
  if (words.length < 2) return undefined;
  const surname = words[words.length - 1]!;
  const listed = [...Object.values(entity.names).flat(), ...Object.keys(entity.names).flatMap((l) => shortForms(entity, l)), ...entity.variants.map((v) => v.form)];
  return listed.includes(surname) ? undefined : surname;
}

/** Every surface form of the glossary into `sink`, in the order the matcher keeps them; the locales and the
 * generated spellings left out. */
export function emitForms(glossary: Glossary, sink: FormSink, options: IndexOptions = {}): { locales: string[]; collisions: GeneratedCollision[] } {
  const allLocales = new Set<string>();
  for (const e of glossary.entities.values()) for (const l of Object.keys(e.names)) allLocales.add(l);
  const localesInUse = [...allLocales];

  const add = (entity: Entity, form: string, fields: Omit<SurfaceForm, 'entity' | 'form' | 'words' | 'hyphens'>) => {
    const { keys, words, hyphens } = splitWords(form);
    sink.add(keys, { entity, form, words, hyphens, ...fields });
  };

  // Czech possessive adjectives of surnames (Trumpova), added once every listed form is in (see below).
  const possessives: Array<{ entity: Entity; form: string }> = [];
  for (const entity of glossary.entities.values()) {
    // Canonical forms, grouped so that one form used by many locales is stored once.
    for (const short of [false, true]) {
      const byForm = new Map<string, string[]>();
      // A short form may be listed for a locale that has no full name of its own (German "ČTK"): that locale owns it.
      const owners = short ? new Set([...Object.keys(entity.names), ...Object.keys(entity.short)]) : Object.keys(entity.names);
      for (const locale of owners) {
        const forms = short ? shortForms(entity, locale) : entity.names[locale]!;
        for (const form of forms) byForm.set(form, [...(byForm.get(form) ?? []), locale]);
      }
      for (const [locale, forms] of Object.entries(entity.native)) {
        if (!entity.names[locale] && !short) for (const form of forms) byForm.set(form, [...(byForm.get(form) ?? []), locale]);
      }
      for (const [form, canonicalIn] of byForm) {
        add(entity, form, { short, canonicalIn });
        for (const locale of canonicalIn) {
          const table = caseTable(entity, form, locale);
          const preferred = (short ? shortForms(entity, locale) : entity.names[locale] ?? [])[0];
          if (form === preferred) sink.table(`${entity.id}\u0000${locale}\u0000${short}`, entity, table);
          // Every form of a case is the name (Хмельницькому and Хмельницькім, Майкові and Майку); the table keeps the first.
          for (const [c, inflected] of allCaseForms(entity, form, locale)) {
            if (inflected !== form) add(entity, inflected, { short, canonicalIn: [locale], grammaticalCase: c, paradigm: locale });
          }
          if (short && entity.type === 'person') {
            for (const p of possessiveForms(form, entity.gender, locale)) possessives.push({ entity, form: p });
          }
          // Bulgarian marks definiteness, not case: Обединеното кралство, Европейската комисия are the same name.
          if (locale === 'bg' && !short) {
            for (const definite of bulgarianDefinite(form, entity.type)) {
              if (!byForm.has(definite)) add(entity, definite, { short, canonicalIn: [locale] });
            }
          }
        }
      }
    }
    const fullWordCount = Math.min(...Object.values(entity.names).flat().map((f) => splitWords(f).keys.length));
    for (const variant of entity.variants) {
      const short = entity.type === 'person' && splitWords(variant.form).keys.length < fullWordCount;
      add(entity, variant.form, { short, canonicalIn: [], variant });
      // An admitted spelling of a person's whole name admits its surname alone where it is admitted (the press that
      // writes Valery Zaluzhny writes Zaluzhny after it), unless the surname is already a listed form.
      const surname = admittedSurname(entity, variant, short);
      if (surname !== undefined) add(entity, surname, { short: true, canonicalIn: [], variant });
      for (const locale of variantParadigms(entity, variant, localesInUse)) {
        const table = caseTable(entity, variant.form, locale);
        for (const [c, inflected] of table) {
          if (inflected !== variant.form) add(entity, inflected, { short, canonicalIn: [], variant, grammaticalCase: c, paradigm: locale });
        }
        for (const [c, inflected] of wrongFormCases(entity, variant.form, locale)) {
          if (!table.has(c)) add(entity, inflected, { short, canonicalIn: [], variant, grammaticalCase: c, paradigm: locale });
        }
      }
    }
  }

  // A possessive spelt as a listed or case form (the dative Trumpovi) is left to that form. One that only folds like
  // one (a woman's surname, Babišová beside Babišova) is kept: the matcher takes a possessive only as spelt, and
  // where both fit (Babišova) context decides, or nothing is said. Two men of one surname (Boris and Lyndon
  // Johnson) both own its possessive, as they own the surname.
  const taken = new Set(possessives.filter(({ form }) => sink.spelt(splitWords(form).keys, form)).map(({ form }) => form));
  const added = new Set<string>();
  for (const { entity, form } of possessives) {
    if (taken.has(form) || added.has(`${entity.id}\u0000${form}`)) continue;
    added.add(`${entity.id}\u0000${form}`);
    add(entity, form, { short: true, canonicalIn: ['cs'], grammaticalCase: 'genitive', paradigm: 'cs', possessive: true });
  }

  const collisions: GeneratedCollision[] = [];
  if (options.generated !== false) {
    // After every listed form is in, so that a generated spelling never shadows one.
    for (const entity of glossary.entities.values()) {
      for (const generated of [...generateVariants(entity).filter((g) => !g.listed), ...pinyinAsEnglish(entity)]) {
        const { keys } = splitWords(generated.form);
        const owner = sink.ownerOf(keys, entity);
        if (owner) {
          collisions.push({ entity, form: generated.form, path: generated.paths[0]!, owner });
          continue;
        }
        if (keys.length === 1 && (foldedFunctionWords().has(keys[0]!) || keys[0]!.length < 4)) {
          collisions.push({ entity, form: generated.form, path: generated.paths[0]!, owner: null });
          continue;
        }
        add(entity, generated.form, { short: generated.short, canonicalIn: [], generated });
        // Its case forms in the languages that write it and decline names (Awdiejewka → Awdiejewkę, Львив → Львиве).
        const script = scriptOf(generated.form);
        for (const locale of generated.locales) {
          // Not for organisations: a brand's transcription (Твиттер for Twitter) is what the press of the language
          // writes, in every case, where the glossary keeps the brand's own spelling.
          if (entity.type === 'organisation' || !supportsInflection(locale) || localeScript(locale) !== script || !entity.names[locale]) continue;
          const table = caseTable(entity, generated.form, locale);
          const extra = wrongFormCases(entity, generated.form, locale).filter(([c]) => !table.has(c));
          for (const [c, inflected] of [...table, ...extra]) {
            if (inflected === generated.form || c === 'nominative') continue;
            const inflectedKeys = splitWords(inflected).keys;
            if (sink.ownerOf(inflectedKeys, entity)) continue;
            if (inflectedKeys.length === 1 && foldedFunctionWords().has(inflectedKeys[0]!)) continue;
            add(entity, inflected, { short: generated.short, canonicalIn: [], generated, grammaticalCase: c, paradigm: locale });
          }
        }
      }
    }
  }

  return { locales: [...allLocales].sort(), collisions };
}

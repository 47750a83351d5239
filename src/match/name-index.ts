/** Glossary → name automaton: every canonical form, short form, variant and their inflected forms. */
import { inflectName, supportsInflection, type GrammaticalCase } from '../inflect/index.ts';
import { isWrongIn, shortForms, type Entity, type Glossary, type Variant } from '../glossary/model.ts';
import { scriptOf, localeScript } from '../text/script.ts';
import { tokenize } from '../text/tokenize.ts';
import type { SurfaceForm } from './surface.ts';
import { WordTrie } from './trie.ts';

type CaseTable = Map<GrammaticalCase, string>;

export interface NameIndex {
  glossary: Glossary;
  trie: WordTrie;
  /** The form a fix writes: entity, locale, short or full, grammatical case (nominative when absent). */
  formFor(entity: Entity, locale: string, short: boolean, grammaticalCase?: GrammaticalCase): string | undefined;
}

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

/** Locales in which a variant is worth inflecting: Slavic ones where it is wrong and whose script it shares. */
function variantParadigms(entity: Entity, variant: Variant, localesInUse: string[]): string[] {
  const script = scriptOf(variant.form);
  return localesInUse.filter((l) => supportsInflection(l) && localeScript(l) === script && isWrongIn(entity, variant, l));
}

export function buildNameIndex(glossary: Glossary): NameIndex {
  const trie = new WordTrie();
  const tables = new Map<string, CaseTable>(); // `${id}\u0000${locale}\u0000${short}`
  const allLocales = new Set<string>();
  for (const e of glossary.entities.values()) for (const l of Object.keys(e.names)) allLocales.add(l);
  const localesInUse = [...allLocales];

  const add = (entity: Entity, form: string, fields: Omit<SurfaceForm, 'entity' | 'form' | 'words' | 'hyphens'>) => {
    const { keys, words, hyphens } = splitWords(form);
    trie.insert(keys, { entity, form, words, hyphens, ...fields });
  };

  for (const entity of glossary.entities.values()) {
    // Canonical forms, grouped so that one form used by many locales is stored once.
    for (const short of [false, true]) {
      const byForm = new Map<string, string[]>();
      for (const locale of Object.keys(entity.names)) {
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
          if (form === preferred) tables.set(`${entity.id}\u0000${locale}\u0000${short}`, table);
          for (const [c, inflected] of table) {
            if (inflected !== form) add(entity, inflected, { short, canonicalIn: [locale], grammaticalCase: c, paradigm: locale });
          }
        }
      }
    }
    const fullWordCount = Math.min(...Object.values(entity.names).flat().map((f) => splitWords(f).keys.length));
    for (const variant of entity.variants) {
      const short = entity.type === 'person' && splitWords(variant.form).keys.length < fullWordCount;
      add(entity, variant.form, { short, canonicalIn: [], variant });
      for (const locale of variantParadigms(entity, variant, localesInUse)) {
        for (const [c, inflected] of caseTable(entity, variant.form, locale)) {
          if (inflected !== variant.form) add(entity, inflected, { short, canonicalIn: [], variant, grammaticalCase: c, paradigm: locale });
        }
      }
    }
  }

  return {
    glossary,
    trie,
    formFor(entity, locale, short, grammaticalCase) {
      const nominative = (short ? shortForms(entity, locale) : entity.names[locale] ?? [])[0];
      if (!grammaticalCase || grammaticalCase === 'nominative' || nominative === undefined) return nominative;
      return tables.get(`${entity.id}\u0000${locale}\u0000${short}`)?.get(grammaticalCase) ?? nominative;
    },
  };
}

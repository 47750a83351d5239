/**
 * The one-word names and short forms of places with their keys: what the searches past the fuzzy index's bound
 * compare a garbled word with (a dateline's place: suspects/datelines.ts; a country beside its adjective:
 * suspects/countries.ts). The stored index keeps them made (Glossary.placeWords), so that such a search reads these
 * rows, some 5,600 on the shipped glossary, and not the 860 places with all their forms; an in-memory glossary
 * makes them once.
 */
import { isCountry, type Entity, type Glossary, type PlaceWord } from '../glossary/model.ts';
import type { NameForm } from './fuzzy-index.ts';
import { nameKey } from './key.ts';

/** The fewest letters of a key kept: the shorter of the two searches' bounds (a country's, six letters). */
export const PLACE_WORD_KEY = 6;

/** The rows of every place, place by place in the glossary's order, its names before its short forms, each in the
 * order of its locales and forms (the searches keep the first of equal forms). */
export function placeWordsOf(glossary: Glossary): PlaceWord[] {
  const out: PlaceWord[] = [];
  for (const entity of glossary.ofType?.('place') ?? glossary.entities.values()) {
    if (entity.type !== 'place') continue;
    const country = isCountry(entity);
    for (const short of [false, true]) {
      for (const [locale, forms] of Object.entries(short ? entity.short : entity.names)) {
        for (const form of forms) {
          if (/[\s\u00a0-]/u.test(form)) continue;
          const key = nameKey(form);
          if (key.length >= PLACE_WORD_KEY) out.push({ id: entity.id, locale, form, key, short, country });
        }
      }
    }
  }
  return out;
}

const made = new WeakMap<Glossary, readonly PlaceWord[]>();

/** The glossary's place words: stored, or made once per glossary. */
export function placeWords(glossary: Glossary): readonly PlaceWord[] {
  let words = made.get(glossary);
  if (!words) made.set(glossary, (words = glossary.placeWords?.() ?? placeWordsOf(glossary)));
  return words;
}

/** A place word as a name form whose entity is read only when asked: a search compares thousands of keys and
 * reads the entity of the one or two it keeps. */
class PlaceWordForm implements NameForm {
  readonly keys: string[];
  readonly lastWord: string;
  readonly type = 'place' as const;
  readonly endsAsSurname = false;

  constructor(private readonly glossary: Glossary, readonly id: string, readonly form: string, key: string) {
    this.keys = [key];
    this.lastWord = form.toLowerCase();
  }

  get entity(): Entity {
    return this.glossary.entities.get(this.id)!;
  }
}

export function placeWordForm(glossary: Glossary, word: PlaceWord): NameForm {
  return new PlaceWordForm(glossary, word.id, word.form, word.key);
}

/** The known last words near a word's key (the fuzzy index asked once per key and language), and the distance helpers. */
import { keyDistance } from '../fuzzy/distance.ts';
import type { FuzzyIndex, WordRef } from '../fuzzy/fuzzy-index.ts';
import { LookupCache } from './lookup-cache.ts';
import type { Word } from './words.ts';

/** How far a word's key may be from a known key: nothing for short words, more for long ones. */
export const bound = (key: string) => (key.length <= 3 ? 0 : key.length <= 5 ? 1 : 2);

export function similarity(distance: number, key: string): number {
  return 1 - distance / Math.max(key.length, 1);
}

export interface Anchor {
  key: string;
  d: number;
  refs: WordRef[];
}

// Words repeat (Brussels, Tuesday, the same surname): the fuzzy lookup of a key is done once per index.
export const anchorCache = new LookupCache<FuzzyIndex, Anchor[]>();
// And the known words a text's language can mean, once per index, language and key.
export const languageAnchorCache = new LookupCache<FuzzyIndex, Anchor[]>();

/** Every known last word within reach of a key, however far from the nearest. */
export function anchorsFor(fuzzy: FuzzyIndex, wordKey: string): Anchor[] {
  const cache = anchorCache.of(fuzzy);
  let anchors = cache.get(wordKey);
  if (anchors) return anchors;
  anchors = [];
  for (const { key, values } of fuzzy.words.candidates(wordKey)) {
    const d = keyDistance(wordKey, key, bound(key));
    if (d !== Infinity) anchors.push({ key, d, refs: values });
  }
  return anchorCache.keep(cache, wordKey, anchors);
}

/** The script of a UTF-16 unit, roughly: 1 Cyrillic, 2 Greek, 0 anything else (Latin). */
const scriptCode = (c: number) => (c >= 0x400 && c <= 0x52f ? 1 : c >= 0x370 && c <= 0x3ff ? 2 : 0);

/**
 * The known last words near a key that a text in `language` can mean (a case form only in its own language), the
 * nearest only: a dense glossary has many names two edits away, and a farther one never wins against a nearer one
 * anyway. A case form of another language does not compete unless the word has its very key (Стармере, Russian,
 * is nearer to the Czech garble "Starmerje" than the Czech Starmerem is, but no Czech text means it).
 */
export function languageAnchors(fuzzy: FuzzyIndex, word: Word, language: string, farther = false): Anchor[] {
  const cache = languageAnchorCache.of(fuzzy);
  const wordKey = word.key;
  const script = scriptCode(word.text.charCodeAt(0));
  const cacheKey = `${language}\u0000${script}\u0000${farther ? 1 : 0}\u0000${wordKey}`;
  let anchors = cache.get(cacheKey);
  if (anchors) return anchors;
  anchors = [];
  for (const a of anchorsFor(fuzzy, wordKey)) {
    // A word with the very key of another language's case form of a name, in its script, is most likely this
    // language's case form too (Floyda: Polish, and Czech where no Czech case forms are listed): that form stays,
    // and nothing farther competes with it (hypothesesFor leaves out the other language's forms themselves). In
    // another script it says nothing (Бидена has the key of the Polish Bidena).
    let keep = false;
    // (A language that declines no names has no case form of its own to be: English "Dude" is no Polish Dudę.)
    for (const ref of a.refs) keep ||= ref.form.caseOf === undefined || ref.form.caseOf.locale === language || (a.d === 0 && !CASELESS.has(language) && scriptCode(ref.form.form.charCodeAt(0)) === script);
    if (!keep) continue;
    let own = a.d === 0;
    if (!own) {
      own = true;
      for (const ref of a.refs) own &&= ref.form.caseOf === undefined || ref.form.caseOf.locale === language;
    }
    anchors.push(own ? a : { key: a.key, d: a.d, refs: a.refs.filter((ref) => ref.form.caseOf === undefined || ref.form.caseOf.locale === language) });
  }
  if (anchors.length > 1) {
    const best = Math.min(...anchors.map((a) => a.d));
    // With `farther`, a known word up to an edit farther than the nearest stays too, for the names of several words
    // that are no person's and that the language itself writes (a person's garbled surname after a known given name
    // is surnamesAfter's; German "EU-Kommission" is no reading of an English "EU Commission").
    anchors = anchors.flatMap((a) => {
      if (a.d <= best + 0.5) return [a];
      if (!farther || a.d > best + 1) return [];
      const refs = a.refs.filter((ref) => ref.position > 0 && ref.form.type !== 'person' && ref.form.entity.names[language]?.includes(ref.form.form));
      return refs.length ? [{ key: a.key, d: a.d, refs }] : [];
    });
  }
  return languageAnchorCache.keep(cache, cacheKey, anchors);
}

// Languages whose names and nouns take case endings: an inflected organisation or place name looks like a
// misspelling there, so suspects for those stay with persons.
export const CASELESS = new Set(['en', 'fr', 'es', 'it', 'nl', 'pt', 'ca']);
export const consonants = (key: string) => key.replace(/[aeiou]/gu, '');

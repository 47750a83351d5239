/** Surnames that no known word is near as written: made an adjective or possessive the Slavic way (Trampov), or with letters shuffled but consonants kept (Саунк for Сунак). */
import { keyDistance } from '../fuzzy/distance.ts';
import type { FuzzyIndex } from '../fuzzy/fuzzy-index.ts';
import { isGivenName } from '../fuzzy/given-names.ts';
import { nameKey } from '../fuzzy/key.ts';
import { type Anchor, anchorsFor, bound, consonants, similarity } from './anchors.ts';
import { givenInSomeCase } from './given-names.ts';
import { LookupCache } from './lookup-cache.ts';
import type { Hypothesis, PlanSettings } from './hypothesis.ts';
import type { Word } from './words.ts';

// Slavic derivational suffixes that make a surname an adjective or a possessive, on the folded word: -ov/-ev with
// the masculine and neuter endings of Czech possessives and of Russian adjectives in Latin letters (Trampov,
// Sunakovův, Putinovskiy). Not the endings a woman's surname has (Kardashianová, -ové, -ovou; Russian -ova), nor the
// Czech dative -ovi of a right surname (Bidenovi).
const DERIVATION = /(?:ov|ev)(?:uv|o|y|u|ych|ym|ymi|eho|emu|em|sky|skiy|skii|ski|skij|skogo)?$/u;

const derivedCache = new LookupCache<FuzzyIndex, Anchor[]>();

/**
 * The known surnames near a folded word's stem before a derivational suffix: the very surname for a stem of four
 * letters or more, or for one of five or more the surname with one vowel changed, as a trip through Cyrillic
 * changes it (Трамп, Tramp); persons' nominative surnames only. Not a stem that is a given name: Russian makes
 * surnames of them (Kirillov, Borisov), as it makes them of words (Putilov is no Putin: a consonant differs).
 */
export function derivedAnchors(fuzzy: FuzzyIndex, folded: string): Anchor[] {
  const cache = derivedCache.of(fuzzy);
  let anchors = cache.get(folded);
  if (anchors) return anchors;
  anchors = [];
  const suffix = DERIVATION.exec(folded);
  const stem = suffix ? nameKey(folded.slice(0, suffix.index)) : '';
  if (stem.length >= 4 && !isGivenName(stem) && !fuzzy.givenNames.has(stem)) {
    for (const a of anchorsFor(fuzzy, stem)) {
      const d = a.key === stem ? 0 : keyDistance(stem, a.key, 1);
      if (d === Infinity || (d > 0 && (stem.length < 5 || !vowelChanged(stem, a.key)))) continue;
      const refs = a.refs.filter((r) => r.form.type === 'person' && r.form.endsAsSurname && r.form.caseOf === undefined && r.position === r.form.keys.length - 1);
      if (refs.length) anchors.push({ key: a.key, d, refs });
    }
  }
  return derivedCache.keep(cache, folded, anchors);
}

const VOWEL = /[aeiou]/u;

/** Two keys of one length that differ in one letter, a vowel in both. */
function vowelChanged(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differ = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && (++differ > 1 || !VOWEL.test(a[i]!) || !VOWEL.test(b[i]!))) return false;
  return differ === 1;
}

const skeletonCache = new LookupCache<FuzzyIndex, Anchor[]>();

/**
 * The persons' surnames (and their case forms) among the index's candidates for a key that are farther than its
 * bound but have the same consonants in the same order and the same first letter: letters shuffled and vowels
 * changed, as machine translation garbles a name it does not know (Саунк for Сунак). Three consonants at least,
 * in a key of five letters or more; such a word alone is still reported only with context.
 */
export function skeletonAnchors(fuzzy: FuzzyIndex, key: string): Anchor[] {
  if (key.length < 5) return [];
  const cache = skeletonCache.of(fuzzy);
  let anchors = cache.get(key);
  if (anchors) return anchors;
  anchors = [];
  const skeleton = consonants(key);
  if (skeleton.length >= 3) {
    for (const { key: known, values } of fuzzy.words.candidates(key)) {
      if (known.charCodeAt(0) !== key.charCodeAt(0) || known === key || consonants(known) !== skeleton) continue;
      const d = keyDistance(key, known, 3);
      if (d === Infinity || d <= bound(known)) continue; // within the bound: the index's own anchor
      const refs = values.filter((r) => r.form.type === 'person' && r.form.endsAsSurname && r.position === r.form.keys.length - 1);
      if (refs.length) anchors.push({ key: known, d, refs });
    }
  }
  return skeletonCache.keep(cache, key, anchors);
}

/** A surname alone whose consonants a known surname has (skeletonAnchors), in the text's language's case forms. */
export function skeletonHypotheses(run: readonly Word[], { fuzzy, language }: PlanSettings): Hypothesis[] {
  const out: Hypothesis[] = [];
  for (const { key, d, refs } of skeletonAnchors(fuzzy, run[run.length - 1]!.key)) {
    for (const ref of refs) {
      if (ref.form.caseOf !== undefined && ref.form.caseOf.locale !== language) continue;
      out.push({ form: ref.form, ref, span: 1, score: 0.45 + 0.35 * similarity(d, key), short: true, sameSurname: false, givenSim: 1, sameKey: false, tentative: true });
    }
  }
  return out;
}

/**
 * Hypotheses for a run whose last word is a surname with a derivational suffix: the surname alone (which needs
 * context, as any surname alone), or with the word before when that is the entity's given name in some case
 * (Czech "Rishiho Sunakovův").
 */
export function derivedHypotheses(run: readonly Word[], { fuzzy }: PlanSettings): Hypothesis[] {
  const index = run.length - 1;
  const out: Hypothesis[] = [];
  for (const { key, d, refs } of derivedAnchors(fuzzy, run[index]!.folded)) {
    for (const ref of refs) {
      const { form } = ref;
      const sim = similarity(d, key);
      const given = index > 0 && ref.position > 0 ? givenInSomeCase(run[index - 1]!.key, form.keys[ref.position - 1]!) : -1;
      if (given >= 0) {
        const meanSim = (sim + given) / 2;
        out.push({ form, ref, span: 2, score: 0.75 + 0.25 * meanSim, short: form.keys.length > 2, sameSurname: false, givenSim: given, sameKey: false, derived: true, tentative: true });
      } else {
        out.push({ form, ref, span: 1, score: 0.45 + 0.35 * sim, short: true, sameSurname: false, givenSim: 1, sameKey: false, derived: true, tentative: true });
      }
    }
  }
  return out.sort((a, b) => b.span - a.span || b.score - a.score);
}

/** The given-name context: a garbled surname after the person's very given name, a given name put into another language, a given name garbled before the very surname, and how similar given names are across cases. */
import type { Glossary } from '../glossary/model.ts';
import { foldWord } from '../text/fold.ts';
import { keyDistance } from '../fuzzy/distance.ts';
import type { FuzzyIndex, NameForm } from '../fuzzy/fuzzy-index.ts';
import { givenNameGroup, groupKeys, isGivenName } from '../fuzzy/given-names.ts';
import { nameKey } from '../fuzzy/key.ts';
import { lexiconFor } from '../lexicon/dictionary.ts';
import { bound, consonants, languageAnchors, similarity } from './anchors.ts';
import { type Hypothesis, type PlanSettings, otherGenderKey } from './hypothesis.ts';
import { type Word, unknownWord } from './words.ts';

// Per glossary and given-name group: the persons' names whose surname is a given name of that group.
const surnamesByGroup = new WeakMap<Glossary, Map<number, NameForm[]>>();

/**
 * The persons with a name (in some locale) whose last word is a given name of `group`, each with the first such
 * name. They are found by the keys of the group's names in the fuzzy index's owners, not by walking every person:
 * a stored index then decodes only their entries (a walk decoded every entity of every shard, in each thread).
 */
function surnamesInGroup(glossary: Glossary, fuzzy: FuzzyIndex, group: number): NameForm[] {
  let table = surnamesByGroup.get(glossary);
  if (!table) surnamesByGroup.set(glossary, (table = new Map()));
  let list = table.get(group);
  if (list) return list;
  table.set(group, (list = []));
  const ids = new Set<string>();
  for (const key of groupKeys(group)) for (const id of fuzzy.owners.get(key) ?? []) ids.add(id);
  for (const id of ids) {
    const entity = glossary.entities.get(id);
    if (entity?.type !== 'person') continue;
    for (const name of Object.values(entity.names).flat()) {
      const words = name.split(/[\s\u00a0]+/u);
      if (words.length < 2 || givenNameGroup(nameKey(words[words.length - 1]!)) !== group) continue;
      list.push({ entity, form: name, keys: words.map(nameKey), lastWord: words[words.length - 1]!.toLowerCase(), type: 'person', endsAsSurname: true });
      break;
    }
  }
  return list;
}

/**
 * A given name alone that is, in another language, the surname of a person (Czech Pavel, translated as the
 * Ukrainian given name Павло): a hypothesis of that person's surname, reported only after a role of the person's
 * or where the document names the person elsewhere (findSuspects).
 */
export function translatedHypotheses(run: readonly Word[], { glossary, fuzzy }: PlanSettings): Hypothesis[] {
  if (!glossary || run.length !== 1) return [];
  const word = run[0]!;
  const group = givenNameGroup(word.key);
  if (group === undefined) return [];
  const out: Hypothesis[] = [];
  for (const form of surnamesInGroup(glossary, fuzzy, group)) {
    const position = form.keys.length - 1;
    if (form.keys[position] === word.key) continue; // the surname as written: the matcher's
    out.push({ form, ref: { form, position }, span: 1, score: 0.45 + 0.35 * TRANSLATED_GIVEN_NAME, short: true, sameSurname: false, givenSim: 1, sameKey: false, translated: true, tentative: true });
  }
  return out;
}

/** How similar a word's key is to a given name's key, the given name declined (a case ending of up to three
 * letters: Rishiho for Rishi) or misspelt a little; -1 when neither. */
export function givenInSomeCase(wordKey: string, givenKey: string): number {
  if (givenKey.length >= 3 && wordKey.startsWith(givenKey) && wordKey.length - givenKey.length <= 3) return 1;
  const sim = wordSimilarity(wordKey, givenKey);
  return sim >= 0.8 ? sim : -1;
}

/** A person's two-word name under its given name's key: the surnames a given name can be followed by. */
interface GivenNameForm {
  form: NameForm;
  surnameKey: string;
}
// The name forms of a given name's table entries, made once per glossary and given name (one object per form, as
// a walk over every person made them; the table itself is built with the fuzzy index).
const surnamesByGivenName = new WeakMap<Glossary, Map<string, GivenNameForm[]>>();

function surnamesOf(glossary: Glossary, fuzzy: FuzzyIndex, givenKey: string): GivenNameForm[] | 'too-many' {
  const entries = fuzzy.surnamesAfterGiven(givenKey);
  if (entries === 'too-many') return 'too-many';
  let byKey = surnamesByGivenName.get(glossary);
  if (!byKey) surnamesByGivenName.set(glossary, (byKey = new Map()));
  let forms = byKey.get(givenKey);
  if (forms) return forms;
  forms = [];
  for (const { entityId, form: name, surnameKey } of entries) {
    const entity = glossary.entities.get(entityId);
    if (!entity) continue;
    const words = name.split(/[\s\u00a0]+/u);
    const keys = words.map(nameKey);
    forms.push({ form: { entity, form: name, keys, lastWord: words[1]!.toLowerCase(), type: 'person', endsAsSurname: true }, surnameKey });
  }
  byKey.set(givenKey, forms);
  return forms;
}

/**
 * Hypotheses from the given name before the run's last word: a person with that very given name whose surname
 * the last word is near, as a whole-name hypothesis (Dmytro Kula for Dmytro Kuleba, Wopke Gokstra for Wopke
 * Hoekstra), found through the given name where the surname is too garbled for the index of last words. A
 * surname the index already found (as near as any other) makes its own hypothesis there.
 */
export function surnamesAfter(run: readonly Word[], { glossary, fuzzy, threshold, language }: PlanSettings): Hypothesis[] {
  const index = run.length - 1;
  const given = run[index - 1]!;
  const last = run[index]!;
  if (!glossary || last.covered || last.key.length < 4 || !fuzzy.givenNames.has(given.key)) return [];
  // The entities whose known last words the index finds near this one (a case form, George Floyda): theirs are
  // the index's hypotheses, with the case the word has, unless the surname itself is nearer (Keir Starmerje: the
  // Czech Starmerem is as far from it as Starmer is, and the given name, left undeclined, goes with Starmer).
  const near = new Map<string, number>();
  for (const a of languageAnchors(fuzzy, last, language)) for (const ref of a.refs) near.set(ref.form.entity.id, Math.min(a.d, near.get(ref.form.entity.id) ?? Infinity));
  const candidates = surnamesOf(glossary, fuzzy, given.key);
  // A given name that thousands of persons share says nothing about whose surname a garbled word is, and comparing
  // the word with every one of them is the cost of a whole check (100,000 generated persons: ×30).
  if (candidates === 'too-many') return [];
  const out: Hypothesis[] = [];
  for (const { form, surnameKey } of candidates) {
    if (otherGenderKey(last.key, surnameKey)) continue;
    const d = keyDistance(last.key, surnameKey, bound(surnameKey));
    if (d === Infinity || d === 0 || (near.get(form.entity.id) ?? Infinity) < d) continue;
    const score = 0.75 + 0.25 * ((1 + similarity(d, surnameKey)) / 2);
    if (score < threshold) continue;
    out.push({ form, ref: { form, position: 1 }, span: 2, score, short: false, sameSurname: false, givenSim: 1, sameKey: false });
  }
  return out;
}

/** The score of a surname garbled past the index's bound after the person's very given name: reported without
 * other context (the given name is that), and never high enough for a fix at the usual bar. */
export const GIVEN_SKELETON_SCORE = 0.8;

// Languages that decline a surname with the endings below (the endings as fuzzy keys write them), longest first.
const DECLINING = new Set(['ru', 'uk', 'be', 'bg', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr']);
const KEY_ENDINGS = ['ovi', 'evi', 'ogo', 'ego', 'omu', 'emu', 'om', 'em', 'im', 'ou', 'a', 'u', 'e', 'i'];

/** A stem's consonants are a surname's, or those with one more after them (Санкок for Сунак), but not the v of a
 * Slavic -ov/-ev that makes a surname a woman's or a possessive (Kardashianové: the derived form, not a garble). */
const skeletonExtends = (stem: string, surname: string) => {
  const letters = consonants(stem);
  return letters === surname || (letters.length === surname.length + 1 && letters.startsWith(surname) && !/[oe]v[aeiou]{0,2}$/u.test(stem));
};

/**
 * A surname garbled past the index's bound right after the very given name of a person (Russian or Ukrainian
 * "Риши Санкока", "Риши Санка" for Сунака): the word starts with the surname's first letter and, without a case
 * ending of the text's language, keeps the surname's consonants in order (one more at most after them); it is no
 * word or name the language's dictionary knows, no given name, and no known word of a person. The given name is
 * the context; a right case form of the surname is the matcher's.
 */
export function givenSkeletonHypotheses(run: readonly Word[], { glossary, fuzzy, language }: PlanSettings): Hypothesis[] {
  const index = run.length - 1;
  const given = run[index - 1]!;
  const last = run[index]!;
  if (!glossary || last.covered || last.key.length < 4 || !fuzzy.givenNames.has(given.key)) return [];
  // (A key that only a place or an organisation has in some language, Санка for Shanghai, is no person's name.)
  const owners = fuzzy.owners.get(last.key);
  if (owners && [...owners].some((id) => glossary.entities.get(id)?.type === 'person')) return [];
  if (isGivenName(last.key) || fuzzy.givenNames.has(last.key) || !unknownWord(last.text, language)) return [];
  const candidates = surnamesOf(glossary, fuzzy, given.key);
  if (candidates === 'too-many' || candidates.length === 0) return [];
  const stems = [last.key];
  if (DECLINING.has(language)) for (const e of KEY_ENDINGS) if (last.key.endsWith(e) && last.key.length - e.length >= 3) stems.push(last.key.slice(0, -e.length));
  const out: Hypothesis[] = [];
  for (const { form, surnameKey } of candidates) {
    // The surname with an ending (declined, made feminine or possessive: Kardashianové) is for the other rules to read.
    if (surnameKey.length < 4 || surnameKey[0] !== last.key[0] || last.key.startsWith(surnameKey) || otherGenderKey(last.key, surnameKey)) continue;
    const skeleton = consonants(surnameKey);
    if (skeleton.length < 3 || !stems.some((stem) => skeletonExtends(stem, skeleton))) continue;
    out.push({ form, ref: { form, position: 1 }, span: 2, score: GIVEN_SKELETON_SCORE, short: false, sameSurname: false, givenSim: 1, sameKey: false, tentative: true });
  }
  return out;
}

/** How similar a garbled given name counts, and the hypothesis's score before context. */
export const GARBLED_GIVEN_NAME = 0.5;
export const GARBLED_GIVEN_SCORE = 0.65;

/**
 * A word before a person's very surname that is the entity's given name garbled: it keeps the given name's first
 * three letters of the key, and it is no given name that the glossary, the given-name table or the text language's
 * dictionary knows (Oleg before Navalny is Alexei's brother, Valentin Zaluzhnyi a namesake, not garbled names).
 */
export function garbledGivenName(word: Word, givenKey: string, fuzzy: FuzzyIndex, language: string): boolean {
  const key = word.key;
  if (key.length < 4 || givenKey.length < 4 || key.slice(0, 3) !== givenKey.slice(0, 3) || isGivenName(key) || fuzzy.givenNames.has(key)) return false;
  return lexiconFor(language)?.isNameEntry(word.text) !== true;
}

/** How similar a given name in another language counts (Federico for Friedrich, Pierre for Petr). */
export const TRANSLATED_GIVEN_NAME = 0.9;
/** Below this, a given name before the entity's own surname is another person's (Oleg for Oleksii: 0.67; a
 * misspelling such as Kier for Keir: 0.75). */
export const OTHER_PERSON = 0.7;

// Earlier words of a run are mostly given names, which repeat: their similarity to a known word's key is
// worked out once per pair of keys.
const similarities = new Map<string, Map<string, number>>();

/** How similar a word's key is to the nominative of a declined given name's key (a known given name that the key
 * extends by a case ending of at most three letters), or -1; UNDECLINED for the nominative's very key (a given
 * name left undeclined, "Rishi Sunaka", or misspelt so, "Riši Sunaka": the caller reads which). */
export function nominativeSimilarity(wordKey: string, caseKey: string, fuzzy: FuzzyIndex): number {
  let best = -1;
  for (let cut = 1; cut <= 3 && caseKey.length - cut >= 3; cut++) {
    const stem = caseKey.slice(0, caseKey.length - cut);
    if (!fuzzy.givenNames.has(stem)) continue;
    const sim = wordSimilarity(wordKey, stem);
    if (sim === 1) return UNDECLINED;
    best = Math.max(best, sim);
  }
  return best;
}

/** What nominativeSimilarity gives for the nominative's very key: a given name left undeclined. */
export const UNDECLINED = -2;

/** Whether a folded word is word `position` of one of the entity's names, as written, in the case form's language. */
export function writtenAsNominative(folded: string, form: NameForm, position: number): boolean {
  for (const name of form.entity.names[form.caseOf!.locale] ?? []) {
    const words = name.split(/[\s\u00a0]+/u);
    if (words.length === form.keys.length && foldWord(words[position]!) === folded) return true;
  }
  return false;
}

/** How far an earlier word (a given name) may be from a known key: as a last word may, and for a three-letter
 * key one cheap change (Кер for Кір, Keir: the surname after it carries the match). */
const givenBound = (key: string) => (key.length === 3 ? 0.5 : bound(key));

/** How similar a word's key is to a known key (1 the same), or -1 when they are too far apart. */
export function wordSimilarity(wordKey: string, knownKey: string): number {
  let row = similarities.get(wordKey);
  if (!row) {
    if (similarities.size > 100_000) similarities.clear();
    similarities.set(wordKey, (row = new Map()));
  }
  let sim = row.get(knownKey);
  if (sim === undefined) {
    const d = keyDistance(wordKey, knownKey, givenBound(knownKey));
    row.set(knownKey, (sim = d === Infinity ? -1 : similarity(d, knownKey)));
  }
  return sim;
}

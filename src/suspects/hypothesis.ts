/** What a suspect is before it is tested at its place in the text: a hypothesis, a screened candidate, a run's plan; and the two genders of a Slavic surname. */
import type { Glossary } from '../glossary/model.ts';
import type { FuzzyIndex, NameForm, WordRef } from '../fuzzy/fuzzy-index.ts';

export interface Hypothesis {
  form: NameForm;
  ref: WordRef;
  /** How many words of the run, counted back from its last, the hypothesis covers. */
  span: number;
  score: number;
  short: boolean;
  /** The last word (surname) is exact and only an earlier word differs: maybe another person of that name. */
  sameSurname: boolean;
  /** How close the least similar earlier word is (the given name in "Kier Starmer"); 1 for one word. */
  givenSim: number;
  /** The last word's key is the known word's very key (Metzola, Mecola for Metsola): only letters that spellings
   * of one name swap differ. */
  sameKey: boolean;
  /** Made from the last word's stem before a derivational suffix (derivedHypotheses). */
  derived?: true;
  /** The surname is exact and the given name before it garbled past a near spelling (Нарадою Моді). */
  garbledGiven?: boolean;
  /** A surname that is also a given name, put into another language as a given name (Pavel as Павло). */
  translated?: true;
  /** A country's name garbled past the index's bound: reported only where an adjective of the country stands in the
   * sentence or the one before (findSuspects). */
  adjective?: true;
  /** A country's name misspelt by an edit after a comma that follows a place ("Мапараша, Кінія"): reported only
   * where the text has that apposition (findSuspects). */
  apposition?: true;
  /** Found beyond the index's bound or against a word's own reading (a far dateline, a derived, shuffled or
   * translated surname, a garbled given name): a suggestion never scored high enough for a fix by default. */
  tentative?: true;
}

// Masculine and feminine forms of one Slavic surname name two people (Тихановский, Тихановская).
const GENDER_PAIRS: Array<[string, string]> = [['ский', 'ская'], ['ський', 'ська'], ['ski', 'ska'], ['ský', 'ská'], ['ov', 'ova'], ['ev', 'eva'], ['in', 'ina'], ['ов', 'ова'], ['ев', 'ева'], ['ин', 'ина'], ['ій', 'а'], ['ий', 'ая'], ['yi', 'a'], ['y', 'a']];

const LONGEST_ENDING = Math.max(...GENDER_PAIRS.flat().map((e) => e.length));

// The same pairs as fuzzy keys (key.ts): across scripts and spellings, Gorbacheva and Gorbatchev (French), Yeltsina
// and Jelzin (German), Зеленська and Zelenskyi are still one surname in its two genders.
const GENDER_KEY_PAIRS: Array<[string, string]> = [['ov', 'ova'], ['ev', 'eva'], ['in', 'ina'], ['ki', 'ka'], ['ni', 'na']];

export function otherGenderKey(w: string, f: string): boolean {
  for (const [m, fem] of GENDER_KEY_PAIRS) {
    if (w.length - fem.length === f.length - m.length && w.endsWith(fem) && f.endsWith(m) && w.startsWith(f.slice(0, -m.length))) return true;
    if (w.length - m.length === f.length - fem.length && w.endsWith(m) && f.endsWith(fem) && f.startsWith(w.slice(0, -m.length))) return true;
  }
  return false;
}

/** Whether two lower-case words are one surname in its two genders. Called for every hypothesis, so the common
 * case (different stems) is settled by a prefix comparison without allocating. */
export function otherGender(w: string, f: string): boolean {
  let common = 0;
  while (common < w.length && common < f.length && w.charCodeAt(common) === f.charCodeAt(common)) common++;
  if (common < Math.max(w.length, f.length) - LONGEST_ENDING) return false;
  for (const [m, fem] of GENDER_PAIRS) {
    if (w.endsWith(m) && f.endsWith(fem) && w.length - m.length === f.length - fem.length && w.length - m.length <= common) return true;
    if (w.endsWith(fem) && f.endsWith(m) && w.length - fem.length === f.length - m.length && w.length - fem.length <= common) return true;
  }
  return false;
}

/** A hypothesis that passed every test that depends only on the run's text, with what is left to test. */
export interface Candidate {
  hypothesis: Hypothesis;
  /** The known word the anchor was aligned with. */
  ref: WordRef;
  single: boolean;
  /** Right as written for some entity (exactly a known name, or a word another entity owns): a suspect only
   * where a full-name suspect tied the spelling to this entity. */
  needsTie: boolean;
  /** Reported only with context (too weak alone, or a person's single word), and the glossary gives no profile
   * to read a sentence by: only the document naming the entity can be that context. */
  needsNamed: boolean;
  /** A person's surname alone whose key is the entity's very surname key, in a word that the text's language does
   * not know (as a word or a name) and no other entity owns: a misspelling wherever it stands, with no context. */
  keyAlone: boolean;
  /** needsTie only because the text's language knows the word (a surname alone): strong context can make it one. */
  ordinaryWord: boolean;
}

/** A run's candidates, and (most runs are tied to nothing) those that need no tie. */
export interface Plan {
  all: Candidate[];
  untied: Candidate[];
}

export type Plans = Map<string, Plan>;

export interface PlanSettings {
  fuzzy: FuzzyIndex;
  locale: string;
  /** The locale's language (uk for uk-UA). */
  language: string;
  threshold: number;
  glossary: Glossary | undefined;
}

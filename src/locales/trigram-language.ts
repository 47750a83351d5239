/**
 * franc's ranking of languages by trigrams (franc 6's `francAll`), for the wrong-language check: the same answers
 * from franc's own data (its trigram lists per language and its script expressions), but each language's table is
 * made the first time a text is weighed against it. franc makes the tables of all its 187 languages when it is
 * loaded, some 22 ms of every `canonym locales` run, where a tree asks about a few of them. Held to franc's
 * answers in test/locales-shortcuts.test.ts.
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** A language code (ISO 639-3, or a script's name for a script of one language) and its score. */
export type LanguageScore = [string, number];

// franc reads at most this many UTF-16 units of a text.
const SAMPLE = 2048;
// What a trigram the language's list lacks adds to its distance.
const ABSENT = 300;

const SCRIPTS = Object.keys(expressions);
const tables = new Map<string, Map<string, number>>();

/** Trigram → its rank in the language's list (the first place, when a trigram is listed twice). */
function table(script: string, language: string): Map<string, number> {
  const id = `${script}\u0000${language}`;
  let ranks = tables.get(id);
  if (!ranks) {
    ranks = new Map();
    const grams = data[script]![language]!.split('|');
    for (let i = grams.length - 1; i >= 0; i--) ranks.set(grams[i]!, i);
    tables.set(id, ranks);
  }
  return ranks;
}

const PUNCTUATION_OR_DIGITS = /[\u0021-\u0040]+/g;
const SPACES = /\s+/g;

/** The text's trigrams with their counts, fewest first (ties in order of first appearance), as franc counts them. */
function trigramCounts(text: string): Array<[string, number]> {
  const clean = ` ${text.replace(PUNCTUATION_OR_DIGITS, ' ').replace(SPACES, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= clean.length; i++) {
    const gram = clean.slice(i, i + 3);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[1] - b[1]);
}

/** The script whose expression matches most of the text (the first listed on a tie), and the share it matches. */
function topScript(text: string): [string | undefined, number] {
  let top: string | undefined;
  let best = -1;
  for (const script of SCRIPTS) {
    const share = (text.match(expressions[script]!)?.length ?? 0) / text.length || 0;
    if (share > best) [top, best] = [script, share];
  }
  return [top, best];
}

const undetermined = (): LanguageScore[] => [['und', 1]];

/**
 * francAll(text, { only, minLength: 1 }): the languages of `only` (franc's codes) written in the text's script,
 * best first, each scored from 1 down; `[['und', 1]]` when none is.
 */
export function rankLanguages(text: string, only: readonly string[]): LanguageScore[] {
  if (!text) return undetermined();
  const value = text.slice(0, SAMPLE);
  const [script, share] = topScript(value);
  const languages = script === undefined ? undefined : data[script];
  if (!script || !languages) {
    if (!script || share === 0 || (only.length && !only.includes(script))) return undetermined();
    return [[script, 1]];
  }
  const grams = trigramCounts(value);
  let scores: LanguageScore[] = [];
  for (const language of Object.keys(languages)) {
    if (only.length && !only.includes(language)) continue;
    const ranks = table(script, language);
    let distance = 0;
    for (let i = 0; i < grams.length; i++) {
      const rank = ranks.get(grams[i]![0]);
      distance += rank === undefined ? ABSENT : Math.abs(grams[i]![1] - rank - 1);
    }
    scores.push([language, distance]);
  }
  scores = scores.length ? scores.sort((a, b) => a[1] - b[1]) : undetermined();
  // Distances become scores: 1 for the nearest, less for the others by how much farther they are.
  const min = scores[0]![1];
  const max = value.length * ABSENT - min;
  for (const s of scores) s[1] = 1 - (s[1] - min) / max || 0;
  return scores;
}

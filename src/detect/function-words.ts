/**
 * A quick guess of a text's language from its function words (the stopwords-iso lists): the language whose words
 * the sample has most of, each word counted a share for every candidate language that lists it. It only orders
 * work (which thread of `check --jobs` takes which files: cli/parallel/queues.ts), never decides a report; a
 * file's language is still detected by franc (language.ts) when it is checked.
 *
 * Why not franc here: ranking trigrams costs 0.3–0.6 ms a 512-byte sample, 55–126 ms of the main thread for the
 * 200 files of `npm run bench:scale -- --cores-only`, while this takes 5–20 ms. On those files it guessed the
 * language franc guessed for 368 of 400, left 26 unguessed, and took 6 Ukrainian files for Russian or Bulgarian
 * (Ukrainian's list is short): a file guessed wrong is still checked right, only by a thread that meets its
 * language's dictionary once more.
 */
import { functionWords } from '../lexicon/function-words.ts';
import { primaryLanguage } from '../text/locale.ts';

// Per set of candidates: each function word → the candidate languages that list it.
const ownersByCandidates = new Map<string, Map<string, string[]>>();

function ownersOf(candidates: readonly string[]): Map<string, string[]> {
  const key = candidates.join(',');
  let owners = ownersByCandidates.get(key);
  if (owners) return owners;
  owners = new Map();
  for (const locale of candidates) {
    const language = primaryLanguage(locale);
    for (const word of functionWords(language)) {
      let list = owners.get(word);
      if (!list) owners.set(word, (list = []));
      if (!list.includes(locale)) list.push(locale);
    }
  }
  ownersByCandidates.set(key, owners);
  return owners;
}

/** Of these words, at least two must be the winner's, and it must lead the next language by half as much again. */
const MIN_SCORE = 2;
const LEAD = 1.5;

/** The candidate locale whose function words `sample` has most of; undefined when too few or too close to call. */
export function guessByFunctionWords(sample: string, candidates: readonly string[]): string | undefined {
  const owners = ownersOf(candidates);
  const scores = new Map<string, number>();
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const list = owners.get(word);
    if (list) for (const locale of list) scores.set(locale, (scores.get(locale) ?? 0) + 1 / list.length);
  }
  let best: string | undefined;
  let top = 0;
  let next = 0;
  for (const [locale, score] of scores) {
    if (score > top) {
      next = top;
      top = score;
      best = locale;
    } else if (score > next) next = score;
  }
  return top >= MIN_SCORE && top >= next * LEAD ? best : undefined;
}

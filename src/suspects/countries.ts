/** A country's name misspelt: after a place and a comma (apposition), or garbled further beside an adjective of the country. */
import { isCountry, type Glossary } from '../glossary/model.ts';
import { TextDocument } from '../text/document.ts';
import { placeAdjectiveIn, placesNamedBy } from '../context/entity-context.ts';
import { keyDistance } from '../fuzzy/distance.ts';
import { SETTLEMENT_WORDS } from '../lexicon/roles.ts';
import type { NameForm } from '../fuzzy/fuzzy-index.ts';
import { placeWordForm, placeWords } from '../fuzzy/place-words.ts';
import { bound, consonants, languageAnchors, similarity } from './anchors.ts';
import { GIVEN_SKELETON_SCORE } from './given-names.ts';
import { LookupCache } from './lookup-cache.ts';
import type { Hypothesis, PlanSettings } from './hypothesis.ts';
import { MentionLookup, type Word, unknownWord } from './words.ts';

/** Per glossary: the countries' one-word names in each language, and in every language, by the key's first letter
 * (language + first letter → forms). */
const countryWords = new WeakMap<Glossary, Map<string, NameForm[]>>();

function countryWordsOf(glossary: Glossary, language: string | undefined, first: string): NameForm[] {
  let table = countryWords.get(glossary);
  if (!table) {
    countryWords.set(glossary, (table = new Map()));
    const kept = new Set<string>();
    for (const row of placeWords(glossary)) {
      if (!row.country || row.short) continue;
      const form = placeWordForm(glossary, row);
      for (const at of [`${row.locale}\u0000${row.key[0]}`, `\u0000${row.key[0]}`]) {
        // One form per key and country (Belgium, Belgien, Belgique... share few keys).
        const one = `${at}\u0000${row.id}\u0000${row.key}`;
        if (kept.has(one)) continue;
        kept.add(one);
        let list = table.get(at);
        if (!list) table.set(at, (list = []));
        list.push(form);
      }
    }
  }
  return table.get(`${language ?? ''}\u0000${first}`) ?? [];
}

/** The fewest letters of a country's key for a search past the index's bound (shorter names are too near too much);
 * no fewer than the place words keep (PLACE_WORD_KEY). */
export const FAR_COUNTRY_KEY = 6;

/**
 * The countries whose one-word name (in `language`, or in any language) a key garbles past the index's bound but
 * within half its letters (at most three edits), keeping its first two consonants and nearly its length (Більорія
 * for Бельгія), nearest first: several may be (Bolivia too), and the adjective beside the word decides (findSuspects).
 */
export function farCountries(glossary: Glossary, key: string, language: string | undefined): Array<{ form: NameForm; d: number }> {
  if (key.length < FAR_COUNTRY_KEY) return [];
  const cache = farCountryCache.of(glossary);
  const cacheKey = `${language ?? ''}\u0000${key}`;
  let out = cache.get(cacheKey);
  if (out) return out;
  out = [];
  // The first two consonants kept (Більорія, Бельгія: b, l): a cheap test before the distance.
  const start = consonants(key).slice(0, 2);
  for (const form of countryWordsOf(glossary, language, key[0]!)) {
    const known = form.keys[0]!;
    if (Math.abs(known.length - key.length) > 2 || !consonants(known).startsWith(start)) continue;
    const d = keyDistance(key, known, Math.min(3, Math.floor(known.length / 2)));
    if (d === Infinity || d <= bound(known)) continue;
    out.push({ form, d });
  }
  out.sort((a, b) => a.d - b.d);
  return farCountryCache.keep(cache, cacheKey, out);
}
const farCountryCache = new LookupCache<Glossary, Array<{ form: NameForm; d: number }>>();

/** A run's last word alone that garbles a country's name past the index's bound (farCountries), unknown to the language. */
export function farCountryHypotheses(run: readonly Word[], { glossary, language }: PlanSettings): Hypothesis[] {
  const word = run[run.length - 1]!;
  if (!glossary || !unknownWord(word.text, language)) return [];
  return farCountries(glossary, word.key, language).map(({ form, d }) => ({
    form, ref: { form, position: 0 }, span: 1, score: Math.min(GIVEN_SKELETON_SCORE, 0.6 + 0.25 * similarity(d, form.keys[0]!)), short: false,
    sameSurname: false, givenSim: 1, sameKey: false, adjective: true as const, tentative: true as const,
  }));
}

/** Whether an adjective of the country in lower case (бельгійський, belgischen) stands in the sentence of [start,
 * end) or the one before, and the word itself is none (Косовска, of Kosovo, is no garbled Kosovo). */
export function adjectiveNear(glossary: Glossary, doc: TextDocument, start: number, end: number, countryId: string): boolean {
  if (placesNamedBy(glossary, doc.text.slice(start, end)).includes(countryId)) return false;
  const [from, to] = doc.sentenceOf(start, end);
  const [before] = from > 1 ? doc.sentenceOf(from - 2, from - 2) : [from];
  return placeAdjectiveIn(glossary, doc, countryId, start, end, before, to);
}

/** Whether a place stands right before `start` with a comma between: a known place, or a capitalised word after a
 * settlement word (", Kenya" after "Nairobi" or after "the village of Maparasha"). */
export function placeBeforeComma(text: string, start: number, lookup: MentionLookup): boolean {
  const from = Math.max(0, start - 80);
  const m = /(?:(\p{L}+)[\s\u00a0]+(?:(?:of|de|di|du|van|von)[\s\u00a0]+)?)?(\p{Lu}[\p{L}\p{M}'’-]*),[\s\u00a0]+$/u.exec(text.slice(from, start));
  if (!m) return false;
  const placeStart = from + m.index + m[0].lastIndexOf(`${m[2]!},`);
  if (lookup.overlapping(placeStart, placeStart + 1).some((mention) => mention.entity.type === 'place')) return true;
  return m[1] !== undefined && SETTLEMENT_WORDS.has(m[1].toLowerCase());
}

/**
 * A word one edit from a country's one-word name as the text's language writes it, or a case form of it, that the
 * language's dictionary does not know (Ukrainian "Кінія" for Кенія): a hypothesis of the country, reported only
 * after a place and a comma (placeBeforeComma), where the word can only be the place's country.
 */
export function appositionHypotheses(word: Word, { glossary, fuzzy, language }: PlanSettings): Hypothesis[] {
  if (!glossary || word.key.length < 4) return [];
  const out: Hypothesis[] = [];
  for (const { key, d, refs } of languageAnchors(fuzzy, word, language)) {
    if (d > 1) continue;
    for (const ref of refs) {
      const { form } = ref;
      if (form.keys.length !== 1 || !isCountry(form.entity)) continue;
      if (form.caseOf ? form.caseOf.locale !== language : !form.entity.names[language]?.includes(form.form)) continue;
      if (out.some((h) => h.form.entity === form.entity)) continue;
      out.push({ form, ref, span: 1, score: Math.min(GIVEN_SKELETON_SCORE, 0.6 + 0.25 * similarity(d, key)), short: false, sameSurname: false, givenSim: 1, sameKey: d === 0, apposition: true, tentative: true });
    }
  }
  // One country only: two at an edit each say nothing of which.
  return new Set(out.map((h) => h.form.entity)).size === 1 && unknownWord(word.text, language) ? out : [];
}

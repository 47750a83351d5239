/** A dateline's place garbled past the index's reach: the one-word place names farther away, by key and first letters. */
import type { Glossary } from '../glossary/model.ts';
import { keyDistance } from '../fuzzy/distance.ts';
import type { NameForm } from '../fuzzy/fuzzy-index.ts';
import { placeWordForm, placeWords } from '../fuzzy/place-words.ts';
import { similarity } from './anchors.ts';
import type { Hypothesis, PlanSettings } from './hypothesis.ts';
import type { Word } from './words.ts';

/** The fewest letters of a dateline word's key for a search among the places beyond the index's reach (shorter
 * keys are a third of the way to too many real places the glossary lacks: Mainz to Maine, Nablus to Naples), and
 * the first letters it must keep (Jalalabad is no Islamabad). */
export const FAR_DATELINE_KEY = 7;
const FAR_PREFIX = 3;

/** One-word place names and short forms of a language (and English, which datelines keep), as name forms with their keys. */
const placeWordsByLanguage = new WeakMap<Glossary, Map<string, NameForm[]>>();

function placeWordsIn(glossary: Glossary, language: string): NameForm[] {
  let byLanguage = placeWordsByLanguage.get(glossary);
  if (!byLanguage) placeWordsByLanguage.set(glossary, (byLanguage = new Map()));
  let forms = byLanguage.get(language);
  if (forms) return forms;
  forms = [];
  const rows = placeWords(glossary);
  // A place's rows come together: its names in the language, then in English, then its short forms (not acronyms)
  // likewise, the first of equal forms kept.
  for (let at = 0; at < rows.length; ) {
    let end = at + 1;
    while (end < rows.length && rows[end]!.id === rows[at]!.id) end++;
    const place = rows.slice(at, end);
    const of = (short: boolean, locale: string) => place.filter((r) => r.short === short && r.locale === locale && (!short || r.form !== r.form.toUpperCase()));
    const seen = new Set<string>();
    for (const row of [...of(false, language), ...of(false, 'en'), ...of(true, language), ...of(true, 'en')]) {
      if (seen.has(row.form)) continue;
      seen.add(row.form);
      if (row.key.length >= FAR_DATELINE_KEY) forms.push(placeWordForm(glossary, row));
    }
    at = end;
  }
  byLanguage.set(language, forms);
  return forms;
}

/**
 * A dateline's word garbled past the index's reach (letters dropped, "WASGTON"; an ending swapped, "JERUZALOST"):
 * the place whose one-word name starts with the same three letters of its key and is at most a third of its letters
 * away, when one place alone is nearest. Asked only for a dateline that no known word is near (a line or two per article).
 */
export function farPlaces(word: Word, { glossary, language }: PlanSettings): Hypothesis[] {
  if (!glossary) return [];
  const limit = Math.min(3, Math.floor(word.key.length / 3));
  let best = Infinity;
  let nearest: NameForm[] = [];
  for (const form of placeWordsIn(glossary, language)) {
    const key = form.keys[0]!;
    if (!key.startsWith(word.key.slice(0, FAR_PREFIX)) || Math.abs(key.length - word.key.length) > limit) continue;
    const d = keyDistance(word.key, key, Math.min(limit, Math.floor(key.length / 3)));
    if (d === Infinity || d > best) continue;
    if (d < best) nearest = [];
    best = d;
    nearest.push(form);
  }
  if (!nearest.length || nearest.some((f) => f.entity !== nearest[0]!.entity)) return [];
  const form = nearest.find((f) => f.entity.names[language]?.includes(f.form)) ?? nearest[0]!;
  // At most a third of the letters away: 0.8 to 0.85, a suggestion that a fix applies only when asked to.
  const score = 0.7 + 0.15 * similarity(best, form.keys[0]!);
  // A short form (German Washington for Washington, D.C.) is suggested as the short form.
  const short = !(form.entity.names[language] ?? form.entity.names.en ?? []).includes(form.form);
  return [{ form, ref: { form, position: 0 }, span: 1, score, short, sameSurname: false, givenSim: 1, sameKey: false, tentative: true }];
}

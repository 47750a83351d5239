/**
 * Shared pieces of the practical-transcription tables (Latin-script source language → Russian, Ukrainian or
 * Bulgarian Cyrillic). Data helpers only: the engine is ../engine.ts.
 *
 * One table per source language lists its rows once; a row's output may differ by target language
 * ({ ru, uk, bg }, where uk and bg default to ru) and a row may be limited to some targets (`only`).
 */
import type { Rule, Scheme } from '../types.ts';

export type Target = 'ru' | 'uk' | 'bg';

/** Output of a row: the same for every target, or per target (uk and bg fall back to ru when left out). */
export type Out = string | { ru: string; uk?: string; bg?: string };

export interface Row extends Omit<Rule, 'to'> {
  to: Out;
  /** Only for these targets. */
  only?: readonly Target[];
}

/** Whole-word exceptions: per target; a target left out has no exception for that word. */
export type Words = Record<string, string | Partial<Record<Target, string>>>;

/** The rule source each target follows, and the year of the edition used. */
export const STANDARDS: Record<Target, { standard: string; year: number }> = {
  ru: {
    standard:
      'Gilyarevsky & Starostin, «Иностранные имена и названия в русском тексте» (3rd ed.), with Ermolovich’s regular-transcription tables',
    year: 1985,
  },
  uk: { standard: 'Український правопис (2019), foreign proper names, with Ukrainian Wikipedia’s transcription tables', year: 2019 },
  bg: { standard: 'БАН, Официален правописен речник на българския език: rules for foreign proper names', year: 2012 },
};

export function pick(t: Target, to: Out): string {
  if (typeof to === 'string') return to;
  if (t === 'ru') return to.ru;
  if (t === 'uk') return to.uk ?? to.ru;
  return to.bg ?? to.ru;
}

const conditioned = (r: Rule): boolean =>
  r.at !== undefined || r.after !== undefined || r.notAfter !== undefined || r.before !== undefined || r.notBefore !== undefined;

/**
 * The rows for one target as engine rules. Tables list a letter's plain row first and its special cases after it,
 * which reads best; the engine takes the first matching rule among those of one length, so the rows with a
 * position or context condition are moved ahead of the plain ones (a stable sort: conditioned rows keep their
 * order among themselves). Only rules with the same `from` can compete, so nothing else changes.
 */
export function rulesFor(t: Target, rows: readonly Row[]): Rule[] {
  const out: Rule[] = [];
  for (const { to, only, ...rest } of rows) {
    if (only && !only.includes(t)) continue;
    out.push({ ...rest, to: pick(t, to) });
  }
  return out.sort((a, b) => Number(conditioned(b)) - Number(conditioned(a)));
}

export function wordsFor(t: Target, words: Words): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [word, to] of Object.entries(words)) {
    const value = typeof to === 'string' ? to : to[t];
    if (value !== undefined) out[word] = value;
  }
  return out;
}

/** A plain letter table as rows (one output for every target, or per target). */
export function table(entries: Readonly<Record<string, Out>>): Row[] {
  return Object.entries(entries).map(([from, to]) => ({ from, to }));
}

/**
 * Doubled consonants: kept in Russian and Ukrainian (Боррель, Рютте, Тиммерманс), written once in Bulgarian
 * (ibl.bas.bg: Джовани, Мека, Хановер; so Борел, Рюте). `single` gives each letter's Cyrillic form.
 */
export function doubles(single: Readonly<Record<string, Out>>): Row[] {
  return Object.entries(single).map(([letter, to]) => {
    const ru = pick('ru', to);
    const uk = pick('uk', to);
    return { from: letter + letter, to: { ru: ru + ru, uk: uk + uk, bg: pick('bg', to) } };
  });
}

export interface SourceLanguage {
  /** BCP 47 code of the source language. */
  code: string;
  /** Its English name, for `standard`. */
  name: string;
  rows: readonly Row[];
  words?: Words;
  /** What the table does not cover, per target or for all. */
  notes: Out;
}

export function transcription(source: SourceLanguage, t: Target): Scheme {
  const { standard, year } = STANDARDS[t];
  const words = source.words ? wordsFor(t, source.words) : {};
  return {
    id: `${source.code}>${t}`,
    language: source.code,
    target: 'Cyrl',
    standard: `${standard}: ${source.name} names`,
    year,
    rules: rulesFor(t, source.rows),
    ...(Object.keys(words).length ? { words } : {}),
    notes: pick(t, source.notes),
  };
}

/** Vowel letters of the Latin-script languages handled here, for context sets. */
export const LATIN_VOWELS = 'aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿąęěůœ';

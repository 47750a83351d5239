/**
 * Practical transcription of Latin-script names into Russian, Ukrainian and Bulgarian Cyrillic: one scheme per
 * source language and target ("cs>ru", "de>bg" …). Foreign names are transcribed by their pronunciation in the
 * source language, so the scheme depends on the source language as much as on the target:
 * `transliterate('Věra Jourová', intoCyrillicScheme('cs', 'ru')!)` → "Вера Йоурова".
 */
import type { Scheme } from '../types.ts';
import { caBg } from './ca-bg.ts';
import { caRu } from './ca-ru.ts';
import { caUk } from './ca-uk.ts';
import { csBg } from './cs-bg.ts';
import { csRu } from './cs-ru.ts';
import { csUk } from './cs-uk.ts';
import { deBg } from './de-bg.ts';
import { deRu } from './de-ru.ts';
import { deUk } from './de-uk.ts';
import { enBg } from './en-bg.ts';
import { enRu } from './en-ru.ts';
import { enUk } from './en-uk.ts';
import { esBg } from './es-bg.ts';
import { esRu } from './es-ru.ts';
import { esUk } from './es-uk.ts';
import { frBg } from './fr-bg.ts';
import { frRu } from './fr-ru.ts';
import { frUk } from './fr-uk.ts';
import { itBg } from './it-bg.ts';
import { itRu } from './it-ru.ts';
import { itUk } from './it-uk.ts';
import { nlBg } from './nl-bg.ts';
import { nlRu } from './nl-ru.ts';
import { nlUk } from './nl-uk.ts';
import { plBg } from './pl-bg.ts';
import { plRu } from './pl-ru.ts';
import { plUk } from './pl-uk.ts';

/** Every into-Cyrillic scheme, by source language (ru, uk, bg for each). */
export const INTO_CYRILLIC_SCHEMES: readonly Scheme[] = [
  csRu, csUk, csBg,
  deRu, deUk, deBg,
  nlRu, nlUk, nlBg,
  frRu, frUk, frBg,
  caRu, caUk, caBg,
  esRu, esUk, esBg,
  itRu, itUk, itBg,
  plRu, plUk, plBg,
  enRu, enUk, enBg,
];

const BY_ID = new Map(INTO_CYRILLIC_SCHEMES.map((s) => [s.id, s]));

/**
 * The scheme that transcribes names of `source` (a BCP 47 tag; only the primary subtag counts: "de-AT" → de)
 * into `target` (ru, uk or bg), if there is one.
 */
export function intoCyrillicScheme(source: string, target: string): Scheme | undefined {
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/u)[0] ?? '';
  return BY_ID.get(`${primary(source)}>${primary(target)}`);
}

/**
 * The transliteration schemes canonym knows (Cyrillic and Greek → Latin), each as data run by one engine.
 * `transliterate(text, schemeById('ru-icao')!)` → "Iuliia Shcheglova".
 */
import { transliterate } from './engine.ts';
import { beBgnPcgn } from './schemes/be-bgn-pcgn.ts';
import { beNational2007 } from './schemes/be-national-2007.ts';
import { bgStreamlined2009 } from './schemes/bg-streamlined-2009.ts';
import { elElot743 } from './schemes/el-elot-743.ts';
import { elIso843 } from './schemes/el-iso843.ts';
import { mkBgnPcgn } from './schemes/mk-bgn-pcgn.ts';
import { mkOfficial } from './schemes/mk-official.ts';
import { ruAlaLc } from './schemes/ru-ala-lc.ts';
import { ruBgnPcgn } from './schemes/ru-bgn-pcgn.ts';
import { ruGost779B } from './schemes/ru-gost-7.79-b.ts';
import { ruIcao } from './schemes/ru-icao.ts';
import { ruIso9 } from './schemes/ru-iso9.ts';
import { ruScientific } from './schemes/ru-scientific.ts';
import { ruWikipedia } from './schemes/ru-wikipedia.ts';
import { srLatin } from './schemes/sr-latin.ts';
import { ukBgnPcgn } from './schemes/uk-bgn-pcgn.ts';
import { ukNational2010 } from './schemes/uk-national-2010.ts';
import type { Scheme } from './types.ts';

export { transliterate };
export type { Rule, Position, Scheme } from './types.ts';

/** Every scheme, grouped by language; within a language the official or most used one first. */
export const SCHEMES: readonly Scheme[] = [
  ruIcao,
  ruBgnPcgn,
  ruGost779B,
  ruIso9,
  ruScientific,
  ruWikipedia,
  ruAlaLc,
  ukNational2010,
  ukBgnPcgn,
  bgStreamlined2009,
  beNational2007,
  beBgnPcgn,
  srLatin,
  mkOfficial,
  mkBgnPcgn,
  elElot743,
  elIso843,
];

const BY_ID = new Map(SCHEMES.map((s) => [s.id, s]));

export function schemeById(id: string): Scheme | undefined {
  return BY_ID.get(id);
}

/** The schemes whose input is `language` (a BCP 47 tag; only the primary subtag counts: "uk-UA" → uk). */
export function schemesFor(language: string): Scheme[] {
  const primary = language.toLowerCase().split(/[-_]/u)[0];
  return SCHEMES.filter((s) => s.language === primary);
}

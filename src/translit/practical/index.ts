/** Practical transcriptions of Russian and Ukrainian names into the Latin-script languages of the European press. */
import type { Scheme } from '../types.ts';
import { RU_CS } from './ru-cs.ts';
import { RU_DE } from './ru-de.ts';
import { RU_ES } from './ru-es.ts';
import { RU_FR } from './ru-fr.ts';
import { RU_IT } from './ru-it.ts';
import { RU_NL } from './ru-nl.ts';
import { RU_PL } from './ru-pl.ts';
import { UK_CS } from './uk-cs.ts';
import { UK_DE } from './uk-de.ts';
import { UK_ES } from './uk-es.ts';
import { UK_FR } from './uk-fr.ts';
import { UK_IT } from './uk-it.ts';
import { UK_NL } from './uk-nl.ts';
import { UK_PL } from './uk-pl.ts';

export { RU_CS, RU_DE, RU_ES, RU_FR, RU_IT, RU_NL, RU_PL, UK_CS, UK_DE, UK_ES, UK_FR, UK_IT, UK_NL, UK_PL };

/** Every practical scheme, ids `<source>><target>` ("ru>de", "uk>pl", …). */
export const PRACTICAL_SCHEMES: readonly Scheme[] = [
  RU_DE, UK_DE, RU_PL, UK_PL, RU_CS, UK_CS, RU_FR, UK_FR, RU_ES, UK_ES, RU_IT, UK_IT, RU_NL, UK_NL,
];

const BY_ID = new Map(PRACTICAL_SCHEMES.map((s) => [s.id, s]));

/** The practical transcription of `source` (ru, uk) names into `target` (de, pl, cs, fr, es, it, nl), if there is one. */
export function practicalScheme(source: string, target: string): Scheme | undefined {
  return BY_ID.get(`${source.toLowerCase()}>${target.toLowerCase()}`);
}

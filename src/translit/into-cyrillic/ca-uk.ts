/** Catalan names in Ukrainian Cyrillic: the Catalan table of ca-ru.ts with its Ukrainian outputs. */
import { transcription } from './common.ts';
import { CATALAN } from './ca-ru.ts';

export const caUk = transcription(CATALAN, 'uk');

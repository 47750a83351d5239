/** French names in Ukrainian Cyrillic: the French table of fr-ru.ts with its Ukrainian outputs. */
import { transcription } from './common.ts';
import { FRENCH } from './fr-ru.ts';

export const frUk = transcription(FRENCH, 'uk');

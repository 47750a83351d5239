/** French names in Bulgarian Cyrillic: the French table of fr-ru.ts with its Bulgarian outputs. */
import { transcription } from './common.ts';
import { FRENCH } from './fr-ru.ts';

export const frBg = transcription(FRENCH, 'bg');

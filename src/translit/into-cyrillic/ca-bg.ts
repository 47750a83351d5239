/** Catalan names in Bulgarian Cyrillic: the Catalan table of ca-ru.ts with its Bulgarian outputs. */
import { transcription } from './common.ts';
import { CATALAN } from './ca-ru.ts';

export const caBg = transcription(CATALAN, 'bg');

/** Spanish names in Bulgarian Cyrillic: the Spanish table of es-ru.ts with its Bulgarian outputs. */
import { transcription } from './common.ts';
import { SPANISH } from './es-ru.ts';

export const esBg = transcription(SPANISH, 'bg');

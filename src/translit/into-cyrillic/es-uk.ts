/** Spanish names in Ukrainian Cyrillic: the Spanish table of es-ru.ts with its Ukrainian outputs. */
import { transcription } from './common.ts';
import { SPANISH } from './es-ru.ts';

export const esUk = transcription(SPANISH, 'uk');

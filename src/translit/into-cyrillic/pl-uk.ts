/** Polish names in Ukrainian Cyrillic: the Polish table of pl-ru.ts with its Ukrainian outputs. */
import { transcription } from './common.ts';
import { POLISH } from './pl-ru.ts';

export const plUk = transcription(POLISH, 'uk');

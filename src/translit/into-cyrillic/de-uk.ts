/** German names in Ukrainian Cyrillic: the German table of de-ru.ts with its Ukrainian outputs. */
import { transcription } from './common.ts';
import { GERMAN } from './de-ru.ts';

export const deUk = transcription(GERMAN, 'uk');

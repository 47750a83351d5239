/** German names in Bulgarian Cyrillic: the German table of de-ru.ts with its Bulgarian outputs. */
import { transcription } from './common.ts';
import { GERMAN } from './de-ru.ts';

export const deBg = transcription(GERMAN, 'bg');

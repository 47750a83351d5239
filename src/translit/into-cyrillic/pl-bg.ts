/** Polish names in Bulgarian Cyrillic: the Polish table of pl-ru.ts with its Bulgarian outputs. */
import { transcription } from './common.ts';
import { POLISH } from './pl-ru.ts';

export const plBg = transcription(POLISH, 'bg');

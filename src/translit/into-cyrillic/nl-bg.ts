/** Dutch names in Bulgarian Cyrillic: the Dutch table of nl-ru.ts with its Bulgarian outputs. */
import { transcription } from './common.ts';
import { DUTCH } from './nl-ru.ts';

export const nlBg = transcription(DUTCH, 'bg');

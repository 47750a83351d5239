/** Dutch names in Ukrainian Cyrillic: the Dutch table of nl-ru.ts with its Ukrainian outputs. */
import { transcription } from './common.ts';
import { DUTCH } from './nl-ru.ts';

export const nlUk = transcription(DUTCH, 'uk');

/** English names in Ukrainian Cyrillic: the English table of en-ru.ts with its Ukrainian outputs. */
import { transcription } from './common.ts';
import { ENGLISH } from './en-ru.ts';

export const enUk = transcription(ENGLISH, 'uk');

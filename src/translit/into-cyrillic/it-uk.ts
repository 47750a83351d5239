/** Italian names in Ukrainian Cyrillic: the Italian table of it-ru.ts with its Ukrainian outputs. */
import { transcription } from './common.ts';
import { ITALIAN } from './it-ru.ts';

export const itUk = transcription(ITALIAN, 'uk');

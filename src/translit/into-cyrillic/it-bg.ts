/** Italian names in Bulgarian Cyrillic: the Italian table of it-ru.ts with its Bulgarian outputs. */
import { transcription } from './common.ts';
import { ITALIAN } from './it-ru.ts';

export const itBg = transcription(ITALIAN, 'bg');

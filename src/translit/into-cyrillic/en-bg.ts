/** English names in Bulgarian Cyrillic: the English table of en-ru.ts with its Bulgarian outputs. */
import { transcription } from './common.ts';
import { ENGLISH } from './en-ru.ts';

export const enBg = transcription(ENGLISH, 'bg');

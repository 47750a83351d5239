/** Czech names in Ukrainian Cyrillic: the Czech table of cs-ru.ts with its Ukrainian outputs. */
import { transcription } from './common.ts';
import { CZECH } from './cs-ru.ts';

export const csUk = transcription(CZECH, 'uk');

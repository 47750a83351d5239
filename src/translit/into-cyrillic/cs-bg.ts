/** Czech names in Bulgarian Cyrillic: the Czech table of cs-ru.ts with its Bulgarian outputs. */
import { transcription } from './common.ts';
import { CZECH } from './cs-ru.ts';

export const csBg = transcription(CZECH, 'bg');

/**
 * Unicode word tokens with the facts the matcher needs about the gaps between them.
 * Hand-written because JavaScript's \b is ASCII-only ("Jourová" would split at "á") and
 * word segmenters (Intl.Segmenter) are an order of magnitude slower on long texts.
 */
import { foldWord } from './fold.ts';

export interface Token {
  /** UTF-16 offsets into the text; end excludes a possessive "'s" and an elided "l'"-style prefix. */
  start: number;
  end: number;
  text: string;
  /** Folded key used for lookup. */
  key: string;
  /** Whether a name may continue from the previous token into this one (only spaces, one hyphen or one line break between). */
  joinsPrevious: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;
// A gap that can sit inside a name: spaces, a hyphen or dash used as a hyphen, at most one line break.
const JOINING_GAP = /^[ \t\u00a0\u202f]*[-‐‑]?[ \t\u00a0\u202f]*(?:\r?\n[ \t\u00a0\u202f]*)?$/u;
const POSSESSIVE = /['’ʼ][sS]$/u;
// French and Italian elision glued to a name: l’Ukraine, d’Ursula, dell’Ucraina, qu’Orbán.
const ELISION = /^(\p{Ll}{1,5})['’ʼ](?=\p{Lu})/u;
const UPPER_START = /^\p{Lu}/u;

function trimToken(text: string, start: number): { text: string; start: number } {
  const elided = ELISION.exec(text);
  if (elided) {
    const cut = elided[0].length;
    return { text: text.slice(cut), start: start + cut };
  }
  return { text, start };
}

export function* tokenize(text: string): Generator<Token> {
  WORD.lastIndex = 0;
  let previousEnd = -1;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let { text: word, start } = trimToken(m[0], m.index);
    let end = start + word.length;
    if (POSSESSIVE.test(word) && word.length > 3) {
      word = word.slice(0, -2);
      end -= 2;
    }
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, m.index);
    const joinsPrevious = previousEnd >= 0 && gap.length <= 8 && JOINING_GAP.test(gap);
    previousEnd = m.index + m[0].length;
    yield { start, end, text: word, key: foldWord(word), joinsPrevious };
  }
}

/** Tokens of a glossary form, as keys (the same tokenizer, so forms and texts agree). */
export function formKeys(form: string): string[] {
  return Array.from(tokenize(form), (t) => t.key);
}

export function startsUpper(word: string): boolean {
  return UPPER_START.test(word);
}

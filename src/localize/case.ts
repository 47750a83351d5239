/** Writing a replacement name the way the text wrote the name it replaces. */
import { applyCasePattern } from '../text/case.ts';

const startsLower = (s: string) => /^\p{Ll}/u.test(s);
const startsUpper = (s: string) => /^\p{Lu}/u.test(s);

/**
 * All caps stays all caps (src/text/case.ts); and a name whose glossary form starts in lower case but which the
 * text capitalised (a sentence that opens with "Von der Leyen") gets a capital in its replacement too.
 * `natural` is the glossary form that matched the found text.
 */
export function matchCase(found: string, replacement: string, natural: string): string {
  const cased = applyCasePattern(found, replacement, natural);
  if (cased !== replacement) return cased;
  if (startsUpper(found) && startsLower(natural) && startsLower(replacement)) {
    const first = String.fromCodePoint(replacement.codePointAt(0)!);
    return first.toUpperCase() + replacement.slice(first.length);
  }
  return replacement;
}

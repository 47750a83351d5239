/**
 * The function words of a language ("of", "de", "и"), from stopwords-iso, read on first use: what matching, the
 * rules, the suspects and the language guesses ask to tell a name's word from a sentence's. stopwords-iso is a
 * plain JSON package: require() reads it without import attributes.
 */
import { createRequire } from 'node:module';
import { foldWord } from '../text/fold.ts';
import { SHIPPED_LOCALES } from '../text/locale.ts';

let lists: Record<string, readonly string[]> | undefined;

/** The language's function words as listed (lower case); none for a language stopwords-iso lacks. */
export function functionWords(language: string): readonly string[] {
  lists ??= createRequire(import.meta.url)('stopwords-iso') as Record<string, readonly string[]>;
  return lists[language] ?? [];
}

let folded: ReadonlySet<string> | undefined;

/** The function words of the shipped glossary's languages, folded (foldWord): they never make a name on their own. */
export function foldedFunctionWords(): ReadonlySet<string> {
  if (!folded) {
    const words = new Set<string>();
    for (const language of SHIPPED_LOCALES) for (const w of functionWords(language)) words.add(foldWord(w));
    folded = words;
  }
  return folded;
}

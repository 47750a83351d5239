/** What the lexicon tests compare: a lexicon's answers on the words of real news. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lexicon } from '../src/lexicon/dictionary.ts';

const NEWS = fileURLToPath(new URL('./fixtures/eval/news/', import.meta.url));

/** The first `limit` distinct words of a language's news sentences (test/fixtures/eval/news), in three spellings each. */
export function newsWords(locale: string, limit: number): string[] {
  const text = readFileSync(`${NEWS}${locale}.human.txt`, 'utf8');
  const words = [...new Set(text.match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [])].slice(0, limit);
  return words.flatMap((w) => [w, w.toLowerCase(), w.toUpperCase()]);
}

/** Per word: isWord, knows, isEntry. */
export const lexiconAnswers = (lexicon: Lexicon, words: readonly string[]): boolean[][] =>
  words.map((w) => [lexicon.isWord(w), lexicon.knows(w), lexicon.isEntry(w)]);

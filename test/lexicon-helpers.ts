/** What the lexicon tests compare: a lexicon's answers on the words of real news. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
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

/** A dictionary cache (stem tables, affix rules) that counts what its reads found and how often it wrote. */
export function counting<C extends { read(...args: never[]): unknown; write(...args: never[]): void }>(real: C): { cache: C; reads: string[]; writes: () => number } {
  const reads: string[] = [];
  let writes = 0;
  const cache = {
    read: (...args: Parameters<C['read']>) => {
      const found = (real.read as (...a: Parameters<C['read']>) => unknown)(...args);
      reads.push(found ? 'hit' : 'miss');
      return found;
    },
    write: (...args: Parameters<C['write']>) => {
      writes++;
      (real.write as (...a: Parameters<C['write']>) => void)(...args);
    },
  } as unknown as C;
  return { cache, reads, writes: () => writes };
}

/**
 * The first open with a counting cache in force misses and writes, the second reads what was written, and that
 * lexicon answers as `reference` (opened without the cache) does on the language's news words.
 */
export function expectWrittenThenRead(language: string, open: () => Lexicon, reference: Lexicon, counted: { reads: string[]; writes: () => number }): void {
  open();
  expect([counted.reads, counted.writes()]).toEqual([['miss'], 1]);
  const fromCache = open();
  expect([counted.reads, counted.writes()]).toEqual([['miss', 'hit'], 1]);
  const words = newsWords(language, 1500);
  const expected = lexiconAnswers(reference, words);
  expect(expected.some(([isWord]) => isWord) && expected.some(([isWord]) => !isWord)).toBe(true);
  expect(lexiconAnswers(fromCache, words)).toEqual(expected);
}

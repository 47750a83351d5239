/**
 * The dictionaries' compiled stem tables kept in the cache folder (store/stem-cache.ts): a run reads the table a
 * former run compiled, its lexicon answers exactly as a compiled one, and a table that does not belong to the .dic
 * bytes read now (stale) or does not hold together (damaged) is compiled again and replaced.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { counting, expectWrittenThenRead, lexiconAnswers, newsWords } from './lexicon-helpers.ts';
import { cacheStemTables, dictionaryFiles, exchangeStemTables, lexiconFor, readLexicon, type SharedStemTable } from '../src/lexicon/dictionary.ts';
import { stemTableCache } from '../src/store/stem-cache.ts';
import { tempDirsRemovedAfterAll } from './helpers.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tempDir = tempDirsRemovedAfterAll();

/** The cache in `dir`, counting what its reads found and how often it wrote. */
const countingCache = (dir: string) => counting(stemTableCache(dir)!);

/** A fresh cache folder in force, counting its reads and writes, and a language's dictionary files. */
function freshCache(language: string) {
  const dir = tempDir('canonym-stems-');
  const counted = countingCache(dir);
  cacheStemTables(counted.cache);
  return { dir, files: dictionaryFiles(language)!, counted };
}

/** The table files of a cache folder. */
const tablesIn = (dir: string) => readdirSync(join(dir, 'stems')).filter((f) => f.endsWith('.bin'));

afterEach(() => {
  cacheStemTables(undefined);
  exchangeStemTables(undefined);
});

describe('compiled stem tables in the cache folder', () => {
  it('are written by the first run that compiles one and read by the next, which answers as a compiled lexicon', () => {
    const compiled = readLexicon('cs', dictionaryFiles('cs')!)!; // no cache yet
    const { dir, files, counted } = freshCache('cs');
    expectWrittenThenRead('cs', () => readLexicon('cs', files)!, compiled, counted);
    expect(tablesIn(dir)).toHaveLength(1);
  });

  it('is compiled again and replaced when damaged', () => {
    const { dir, files, counted: { reads } } = freshCache('en');
    readLexicon('en', files);
    const file = join(dir, 'stems', tablesIn(dir)[0]!);
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 5) ^ 0x40, bytes.length - 5); // one bit of the slots
    writeFileSync(file, bytes);
    const again = readLexicon('en', files)!;
    writeFileSync(file, bytes.subarray(0, 70)); // cut short
    readLexicon('en', files);
    readLexicon('en', files);
    expect(reads).toEqual(['miss', 'miss', 'miss', 'hit']);
    expect(again.isWord('house')).toBe(true);
  });

  it('is not the table of another .dic: a changed dictionary is compiled, and its new words are known', () => {
    const { dir, counted: { reads } } = freshCache('en');
    const dictionary = tempDir('canonym-dic-');
    const files = { aff: join(dictionary, 'xx.aff'), dic: join(dictionary, 'xx.dic') };
    writeFileSync(files.aff, 'SET UTF-8\n');
    writeFileSync(files.dic, '2\nalpha\nbeta\n');
    expect(readLexicon('xx', files)!.isWord('gamma')).toBe(false);
    expect(readLexicon('xx', files)!.isWord('alpha')).toBe(true);
    writeFileSync(files.dic, '3\nalpha\nbeta\ngamma\n');
    expect(readLexicon('xx', files)!.isWord('gamma')).toBe(true);
    expect(readLexicon('xx', files)!.isWord('gamma')).toBe(true);
    expect(reads).toEqual(['miss', 'hit', 'miss', 'hit']);
    // The old table of that .dic is gone, and another dictionary's table stays.
    readLexicon('en', dictionaryFiles('en')!);
    expect(tablesIn(dir)).toHaveLength(2);
    writeFileSync(files.dic, '2\nalpha\ndelta\n');
    expect(readLexicon('xx', files)!.isWord('delta')).toBe(true);
    expect(tablesIn(dir)).toHaveLength(2);
  });

  it('gives a table in shared memory to a run of several threads, which other threads can wrap', () => {
    const { files, counted: { reads } } = freshCache('de');
    readLexicon('de', files); // compiled and written
    const offered = new Map<string, SharedStemTable | undefined>();
    exchangeStemTables({ take: () => undefined, offer: (language, table) => void offered.set(language, table) });
    const lexicon = lexiconFor('de')!; // read from the cache, into shared memory, and offered
    expect(reads).toEqual(['miss', 'hit']);
    const table = offered.get('de')!;
    for (const array of [table.bytes, table.spans, table.slots]) expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    const wrapped = readLexicon('de', { aff: files.aff, dic: join(ROOT, 'no-such-file.dic') }, table)!;
    const words = newsWords('de', 800);
    expect(lexiconAnswers(wrapped, words)).toEqual(lexiconAnswers(lexicon, words));
  });
});

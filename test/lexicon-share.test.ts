/**
 * The dictionaries' stem tables shared by the threads of `check --jobs`: a thread that needs a language another
 * thread compiled wraps that thread's table (SharedArrayBuffers) instead of reading and hashing the .dic file, and
 * its lexicon answers exactly as one read from the files.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { lexiconAnswers, newsWords } from './lexicon-helpers.ts';
import { dictionaryFiles, exchangeStemTables, lexiconFor, readLexicon, type SharedStemTable } from '../src/lexicon/dictionary.ts';
import { LexiconExchange, newLexiconShares, portsOf } from '../src/cli/parallel/lexicons.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

afterEach(() => exchangeStemTables(undefined));

describe('stem tables shared between threads', () => {
  it('a lexicon over a table compiled into shared memory answers as one read from the files, without the .dic', () => {
    const offered = new Map<string, SharedStemTable | undefined>();
    exchangeStemTables({ take: () => undefined, offer: (language, table) => void offered.set(language, table) });
    const compiled = lexiconFor('cs')!;
    const table = offered.get('cs')!;
    expect(table).toBeDefined();
    for (const array of [table.bytes, table.spans, table.slots]) expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    const files = dictionaryFiles('cs')!;
    const fromFiles = readLexicon('cs', files)!;
    // The .dic path points nowhere: the wrapped table is all the lexicon has of it.
    const wrapped = readLexicon('cs', { aff: files.aff, dic: join(ROOT, 'no-such-file.dic') }, table)!;
    expect(readLexicon('cs', { aff: files.aff, dic: join(ROOT, 'no-such-file.dic') })).toBeUndefined();
    const words = newsWords('cs', 1500);
    const expected = lexiconAnswers(fromFiles, words);
    expect(expected.some(([isWord]) => isWord) && expected.some(([isWord]) => !isWord)).toBe(true);
    expect(lexiconAnswers(wrapped, words)).toEqual(expected);
    expect(lexiconAnswers(compiled, words)).toEqual(expected);
  });

  it('a worker takes the table the main thread compiled and does not read the .dic file', async () => {
    const [own, share] = newLexiconShares(2);
    const exchange = new LexiconExchange(own!);
    exchangeStemTables(exchange);
    try {
      const main = lexiconFor('pl')!; // compiled here and offered
      const words = newsWords('pl', 800);
      const worker = new Worker(new URL('./fixtures/parallel/lexicon-worker.mjs', import.meta.url), { workerData: { share, language: 'pl', words }, transferList: portsOf(share!) });
      const reply = await new Promise<{ read: string[]; answers: boolean[][] }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      await worker.terminate();
      const files = dictionaryFiles('pl')!;
      expect(reply.read).toContain(files.aff); // what it reads is recorded
      expect(reply.read).not.toContain(files.dic);
      expect(reply.answers).toEqual(lexiconAnswers(main, words));
    } finally {
      exchange.close();
    }
  });

  it('a worker that needs a language first compiles it, and the main thread takes it from the worker', async () => {
    const [own, share] = newLexiconShares(2);
    const exchange = new LexiconExchange(own!);
    exchangeStemTables(exchange);
    try {
      const words = newsWords('nl', 500);
      const worker = new Worker(new URL('./fixtures/parallel/lexicon-worker.mjs', import.meta.url), { workerData: { share, language: 'nl', words }, transferList: portsOf(share!) });
      const reply = await new Promise<{ read: string[]; answers: boolean[][] }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(reply.read).toContain(dictionaryFiles('nl')!.dic);
      // The worker is still alive: its table is read here through the exchange, not from the file.
      const taken = exchange.take('nl');
      expect(taken).toBeDefined();
      const wrapped = readLexicon('nl', { aff: dictionaryFiles('nl')!.aff, dic: join(ROOT, 'no-such-file.dic') }, taken)!;
      expect(lexiconAnswers(wrapped, words)).toEqual(reply.answers);
      expect(lexiconAnswers(lexiconFor('nl')!, words)).toEqual(reply.answers);
      await worker.terminate();
    } finally {
      exchange.close();
    }
  });
});

/**
 * The order in which the threads of `check --jobs` take the files of a folder: one queue a thread, each holding
 * whole languages (guessed from the first bytes of each file), one language after the other, so that a thread meets
 * the words, dictionaries and index entries of its own languages and not of every language. A thread whose queue is
 * empty takes from the others' queues so that no thread waits while files are left, and it takes from their back:
 * the last language of a queue, which its owner has not reached yet, rather than the one the owner is in (taking
 * from the front, a thread that finished first met a few files of every language of the other queue, and warmed
 * up for each: on 200 news files in eleven languages it opened six more languages, against one or two from the
 * back). The guess only orders the work: every file is still checked on its own, and reports go out in path order.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { guessByFunctionWords } from '../../detect/function-words.ts';

/**
 * Shared by the threads of one run: plain data over shared memory, made before the workers start and filled while
 * they load (fillWorkQueues), so that the guesses cost the main thread's time only while the workers start.
 */
export interface WorkQueues {
  /** The indices of the paths, queue after queue. */
  order: Int32Array;
  /**
   * Per queue, its span of `order` still to take as one 64-bit word: the front (low 32 bits, where its own thread
   * takes) and the end (high 32 bits, one past where another thread takes), so that taking from either end is one
   * compare-and-exchange and two threads never take the same file.
   */
  spans: BigInt64Array;
  /** 1 once the queues are filled; a thread waits for it before its first file. */
  ready: Int32Array;
}

/** How much of each file the language guess reads (by its function words: detect/function-words.ts). */
const SAMPLE_BYTES = 512;

/** The language a file's first bytes are in (undefined: unreadable, too short or unclear), and its size. */
function guess(path: string, locales: readonly string[]): { language: string | undefined; size: number } {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return { language: guessByFunctionWords(buffer.toString('utf8', 0, n), locales), size };
  } catch {
    return { language: undefined, size: 0 };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Empty queues for `files` files and `threads` threads, to be filled by fillWorkQueues. */
export function newWorkQueues(files: number, threads: number): WorkQueues {
  const ints = (n: number) => new Int32Array(new SharedArrayBuffer(4 * Math.max(1, n)));
  return { order: ints(files), spans: new BigInt64Array(new SharedArrayBuffer(8 * Math.max(1, threads))), ready: ints(1) };
}

/**
 * Fills the queues over `paths`: the files of each guessed language together, languages given to the queue with
 * the fewest bytes so far, largest language first; files whose language is not guessed go round the queues one by
 * one. A queue holds its languages in the order they were given (so its last, the one another thread takes from,
 * is its smallest), each in path order, then its unguessed files.
 */
export function fillWorkQueues(queues: WorkQueues, paths: readonly string[], locales: readonly string[]): WorkQueues {
  try {
    fill(queues, paths, locales);
  } finally {
    // Even half filled (a bug): the threads stop waiting, and a file nobody took is reported missing by the pool.
    Atomics.store(queues.ready, 0, 1);
    Atomics.notify(queues.ready, 0);
  }
  return queues;
}

function fill(queues: WorkQueues, paths: readonly string[], locales: readonly string[]): void {
  const threads = queues.spans.length;
  const groups = new Map<string, { files: number[]; bytes: number }>();
  const loose: number[] = [];
  paths.forEach((path, i) => {
    const { language, size } = guess(path, locales);
    if (language === undefined) return void loose.push(i);
    let group = groups.get(language);
    if (!group) groups.set(language, (group = { files: [], bytes: 0 }));
    group.files.push(i);
    group.bytes += size;
  });
  const parts = Array.from({ length: threads }, () => ({ files: [] as number[], bytes: 0 }));
  const lightest = () => parts.reduce((a, b) => (b.bytes < a.bytes ? b : a));
  for (const group of [...groups.values()].sort((a, b) => b.bytes - a.bytes || a.files[0]! - b.files[0]!)) {
    const part = lightest();
    part.files.push(...group.files);
    part.bytes += group.bytes;
  }
  loose.forEach((i, n) => parts[n % threads]!.files.push(i));
  let at = 0;
  parts.forEach((part, q) => {
    queues.order.set(part.files, at);
    queues.spans[q] = spanOf(at, at + part.files.length);
    at += part.files.length;
  });
}

const LOW = 0xffff_ffffn;
const spanOf = (front: number, end: number): bigint => BigInt(front) | (BigInt(end) << 32n);

/** Where queue `q` still runs in `order`: [front, end). */
export function queueSpan(queues: WorkQueues, q: number): [number, number] {
  const span = Atomics.load(queues.spans, q);
  return [Number(span & LOW), Number(span >> 32n)];
}

/** The queues of `threads` threads over `paths`, filled at once. */
export function workQueues(paths: readonly string[], threads: number, locales: readonly string[]): WorkQueues {
  return fillWorkQueues(newWorkQueues(paths.length, threads), paths, locales);
}

/**
 * The index of the next file for the thread of queue `own`: from the front of its own queue, then from the back of
 * the others'; -1 when none is left.
 */
export function takeNext(queues: WorkQueues, own: number): number {
  while (Atomics.load(queues.ready, 0) === 0) Atomics.wait(queues.ready, 0, 0);
  const count = queues.spans.length;
  for (let k = 0; k < count; k++) {
    const q = (own + k) % count;
    for (;;) {
      const span = Atomics.load(queues.spans, q);
      const front = span & LOW;
      const end = span >> 32n;
      if (front >= end) break;
      // The own thread moves the front up by one, another the end down by one (front < end: neither half overflows).
      const mine = q === own;
      const rest = mine ? span + 1n : span - (1n << 32n);
      if (Atomics.compareExchange(queues.spans, q, span, rest) === span) return queues.order[Number(mine ? front : end - 1n)]!;
    }
  }
  return -1;
}

/**
 * The order in which the threads of `check --jobs` take the files of a folder: one queue a thread, each holding
 * whole languages (guessed from the first bytes of each file), so that a thread meets the words, dictionaries and
 * index entries of its own languages and not of every language; a thread whose queue is empty takes from the
 * others' queues, from the front, so that no thread waits while files are left. The guess only orders the work:
 * every file is still checked on its own, and reports go out in path order.
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
  /** Per queue: where its next file is in `order` (taken with Atomics.add). */
  front: Int32Array;
  /** Per queue: where it ends in `order`. */
  ends: Int32Array;
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
  return { order: ints(files), front: ints(threads), ends: ints(threads), ready: ints(1) };
}

/**
 * Fills the queues over `paths`: the files of each guessed language together, languages given to the queue with
 * the fewest bytes so far, largest language first; files whose language is not guessed go round the queues one by
 * one. Within a queue, files keep their path order.
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
  const threads = queues.front.length;
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
    part.files.sort((a, b) => a - b);
    queues.front[q] = at;
    queues.order.set(part.files, at);
    at += part.files.length;
    queues.ends[q] = at;
  });
}

/** The queues of `threads` threads over `paths`, filled at once. */
export function workQueues(paths: readonly string[], threads: number, locales: readonly string[]): WorkQueues {
  return fillWorkQueues(newWorkQueues(paths.length, threads), paths, locales);
}

/** The index of the next file for the thread of queue `own`: from its own queue, then from the others'; -1 when none is left. */
export function takeNext(queues: WorkQueues, own: number): number {
  while (Atomics.load(queues.ready, 0) === 0) Atomics.wait(queues.ready, 0, 0);
  const count = queues.ends.length;
  for (let k = 0; k < count; k++) {
    const q = (own + k) % count;
    if (Atomics.load(queues.front, q) >= queues.ends[q]!) continue;
    const at = Atomics.add(queues.front, q, 1);
    if (at < queues.ends[q]!) return queues.order[at]!;
  }
  return -1;
}

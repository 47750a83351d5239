/**
 * Files of a folder checked on several threads, with the results in the order of the paths whatever order they
 * finish in. The main thread is one of the checkers: it has loaded the modules, the config and the stored index's
 * header already, and checks files from the first moment while the workers start. Each thread takes the next file
 * from the front of its own queue in shared memory (the files of whole languages, guessed from their first bytes:
 * queues.ts), then from the back of the others' queues, so there is no hand-out message per file and no thread
 * waits for work while files are left; a worker posts each outcome back as it finishes it (for the progress line).
 *
 * The dictionaries' stem tables are compiled once, by whichever thread needs a language first, and shared with the
 * others (lexicons.ts); so are the stored index's shards as read from the file (shareStoredIndex: each is read and
 * checked once, and its entries are decoded where they are used). Each thread still decodes the entries it meets,
 * compiles its own code and builds its own language models: that is what a second thread costs (see README,
 * "Start-up, scale and cores").
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { language } from '../../i18n/index.ts';
import { exchangeStemTables } from '../../lexicon/dictionary.ts';
import { joinIndexShare, shareStoredIndex } from '../../store/index-store.ts';
import type { Workspace } from '../workspace.ts';
import { checkOne, type CheckOutcome } from './check-one.ts';
import type { WorkerMessage, WorkerSetup } from './check-worker.ts';
import { LexiconExchange, newLexiconShares, portsOf } from './lexicons.ts';
import { fillWorkQueues, newWorkQueues, takeNext } from './queues.ts';

export type { CheckOutcome } from './check-one.ts';

/**
 * Checks `paths` on `threads` threads, this one and `threads - 1` workers; `onDone` is called as each file
 * finishes (for the progress line). A worker that fails (a bug, not an unreadable input) fails the whole call.
 */
export async function checkInParallel(ws: Workspace, paths: readonly string[], threads: number, onDone: (path: string) => void): Promise<CheckOutcome[]> {
  // One queue a thread, each with whole languages; a thread whose queue is empty takes from the others' (queues.ts).
  // They are filled once the workers are on their way, which load their modules meanwhile.
  const queues = newWorkQueues(paths.length, threads);
  const outcomes = new Array<CheckOutcome | undefined>(paths.length);
  const done = (i: number, outcome: CheckOutcome) => {
    outcomes[i] = outcome;
    onDone(paths[i]!);
  };
  // The worker is the sibling module: check-worker.js when compiled; under tsx a bootstrap that registers tsx in
  // the worker first (Node 20 workers do not inherit the loader: "Unknown file extension .ts", exit 3).
  const ext = extname(fileURLToPath(import.meta.url));
  const script = new URL(ext === '.ts' ? './check-worker-tsx.mjs' : `./check-worker${ext}`, import.meta.url);
  const [own, ...shares] = newLexiconShares(Math.max(1, threads));
  // The stored index's shards in shared memory: each is read and checked by one thread, then read in place.
  const index = shareStoredIndex(ws.index);
  const lexicons = new LexiconExchange(own!);
  exchangeStemTables(lexicons);
  const workers: Worker[] = [];
  let failed = false;
  const finished = Promise.all(shares.map((share, w) => {
    const setup: WorkerSetup = { options: ws.options, language: language(), paths, queues, queue: w + 1, lexicons: share, index };
    const worker = new Worker(script, { workerData: setup, transferList: portsOf(share) });
    workers.push(worker);
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => done(message.index, message.outcome));
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a check worker exited with code ${code}`))));
    });
  }));
  finished.catch(() => (failed = true)); // seen by the loop below at its next file; thrown by the await after it
  try {
    fillWorkQueues(queues, paths, ws.index.locales);
    for (let i = takeNext(queues, 0); i >= 0 && !failed; i = takeNext(queues, 0)) done(i, await checkOne(ws, paths[i]!));
    await finished;
  } catch (error) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  } finally {
    exchangeStemTables(undefined);
    joinIndexShare(undefined);
    lexicons.close();
  }
  // Every index below paths.length was taken by one thread, and a worker's messages all arrive before its exit.
  return outcomes.map((outcome, i) => {
    if (!outcome) throw new Error(`check --jobs: no outcome for ${paths[i]}`);
    return outcome;
  });
}

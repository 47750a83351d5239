/**
 * A worker thread of `check --jobs`: it loads its workspace once, from the stored index the main thread made sure
 * of, then takes files from its queue and the others' (queues.ts) until none is left, posting each outcome (plain
 * data) as it goes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { setLanguage } from '../../i18n/index.ts';
import { exchangeStemTables } from '../../lexicon/dictionary.ts';
import { joinIndexShare, type IndexShare } from '../../store/index-store.ts';
import { loadNameMachinery, Workspace, type CommonOptions } from '../workspace.ts';
import { checkOne, type CheckOutcome } from './check-one.ts';
import { LexiconExchange, type LexiconShare } from './lexicons.ts';
import { takeNext, type WorkQueues } from './queues.ts';

/** What every worker gets: the command's options, the language of the messages, the paths and the counter. */
export interface WorkerSetup {
  options: CommonOptions;
  language: string;
  paths: readonly string[];
  /** The threads' queues of paths in shared memory (queues.ts), and this worker's own. */
  queues: WorkQueues;
  queue: number;
  /** The dictionaries' stem tables, compiled by whichever thread needs one first (lexicons.ts). */
  lexicons: LexiconShare;
  /** The stored index's shards in shared memory (shareStoredIndex), when the main thread read it from a file. */
  index: IndexShare | undefined;
}

/** One file's outcome, by its index in the paths. */
export interface WorkerMessage {
  index: number;
  outcome: CheckOutcome;
}

const setup = workerData as WorkerSetup;
setLanguage(setup.language);
const lexicons = new LexiconExchange(setup.lexicons);
exchangeStemTables(lexicons);
joinIndexShare(setup.index);
await loadNameMachinery();
const ws = new Workspace(setup.options);
for (let i = takeNext(setup.queues, setup.queue); i >= 0; i = takeNext(setup.queues, setup.queue)) {
  parentPort!.postMessage({ index: i, outcome: await checkOne(ws, setup.paths[i]!) } satisfies WorkerMessage);
}
lexicons.close();

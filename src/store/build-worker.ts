/**
 * The worker thread that builds the fuzzy index of a stored index beside the thread that builds the rest
 * (build.ts, startFuzzyWorker): it reads the glossary's layers, builds the index in its own heap, spools its
 * sections to a file and posts their tables of contents, then sets the shared flag the other thread waits on.
 * On any failure, or an exit without an answer, the flag says so and the other thread builds the index itself.
 */
import { openSync, closeSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import type { FuzzyWorkerData, FuzzyWorkerMessage } from './build.ts';

const job = workerData as FuzzyWorkerData;
const signal = (value: 1 | 2) => {
  if (Atomics.compareExchange(job.done, 0, 0, value) === 0) Atomics.notify(job.done, 0);
};
process.on('exit', () => signal(2));

try {
  const { glossaryOf, SpoolSink, writeFuzzy } = await import('./build.ts');
  const glossary = glossaryOf(job.source);
  const fd = openSync(job.spool, 'w');
  let sections;
  try {
    sections = writeFuzzy(glossary, new SpoolSink(fd));
  } finally {
    closeSync(fd);
  }
  job.port.postMessage({ sections } satisfies FuzzyWorkerMessage);
  signal(1);
} catch (error) {
  job.port.postMessage({ error: String((error as Error)?.stack ?? error) } satisfies FuzzyWorkerMessage);
  signal(2);
}

/**
 * The worker thread of a stored index's build (build.ts, startBuildWorker): it reads the glossary's layers, builds
 * the fuzzy index in its own heap and spools its sections to a file; then, once the building thread has spilled
 * the forms, it builds the trie partitions it takes from the counter both threads share, spooling their shards
 * and spilling their split entries beside the building thread's. It posts what it spooled, then sets the shared
 * flag the building thread waits on. On any failure, or an exit without an answer, the flag says so and the
 * building thread does the worker's part itself (the forms' files are left for it: the worker only reads them).
 */
import { closeSync, openSync } from 'node:fs';
import { receiveMessageOnPort, workerData } from 'node:worker_threads';
import type { BuildWorkerAnswer, BuildWorkerData, BuildWorkerMessage, TrieJob } from './build.ts';
import type { FormRecord } from './partitioned.ts';

const job = workerData as BuildWorkerData;
const signal = (value: 1 | 2) => {
  if (Atomics.compareExchange(job.shared, 0, 0, value) === 0) Atomics.notify(job.shared, 0);
};
process.on('exit', () => signal(2));

try {
  const { glossaryOf, SpoolSink, WORKER_SPLIT, writeFuzzy } = await import('./build.ts');
  const { RawSpill, Spill, writeTriePartition } = await import('./partitioned.ts');
  const fd = openSync(job.spool, 'w');
  let answer: BuildWorkerAnswer;
  try {
    const sink = new SpoolSink(fd);
    answer = { sections: writeFuzzy(glossaryOf(job.source), sink) };
    // The forms spilled (1), or no trie partitions for this worker (2).
    while (Atomics.load(job.shared, 1) === 0) Atomics.wait(job.shared, 1, 0);
    const trie = Atomics.load(job.shared, 1) === 1 ? (receiveMessageOnPort(job.port)?.message as TrieJob | undefined) : undefined;
    if (trie) {
      const forms = new Spill<FormRecord>(trie.dir, 'forms', trie.partitions).adopt(trie.forms);
      const split = new RawSpill(trie.dir, WORKER_SPLIT, trie.partitions);
      const shards = sink.shardWriter(trie.shards);
      const partitions: number[] = [];
      let splitCount = 0;
      for (let p = Atomics.add(job.shared, 2, 1); p < trie.partitions; p = Atomics.add(job.shared, 2, 1)) {
        splitCount += writeTriePartition(p, forms.read(p, true), trie.shards, split, shards);
        partitions.push(p);
      }
      forms.close();
      const sizes = split.seal();
      split.close();
      answer.trie = { shards: shards.spooled(), partitions, split: sizes, splitCount };
    }
  } finally {
    closeSync(fd);
  }
  job.port.postMessage(answer satisfies BuildWorkerMessage);
  signal(1);
} catch (error) {
  job.port.postMessage({ error: String((error as Error)?.stack ?? error) } satisfies BuildWorkerMessage);
  signal(2);
}

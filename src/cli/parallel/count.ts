/** How many threads a folder gets; apart from the pool, so that a one-file check never loads it. */

/**
 * One unless `--jobs` asks for more. The threads share the dictionaries' stem tables (lexicons.ts) and the stored
 * index's shards (shareStoredIndex), decode only the index entries they meet, and take whole languages each
 * (queues.ts); still, on 200 files of real news (npm run bench:scale -- --cores-only) a second thread costs ×1.47
 * the CPU: each thread parses its affix files, compiles its own code and collects its own garbage, and V8's helper
 * threads already keep the second core busy for about 1.3 s of a one-thread run. On 2 cores it finishes no sooner
 * (see README, "Start-up, scale and cores").
 */
export function workerCount(requested: number | undefined, files: number): number {
  return Math.max(1, Math.min(requested ?? 1, files));
}

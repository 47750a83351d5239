/** How many threads a folder gets; apart from the pool, so that a one-file check never loads it. */

/**
 * One unless `--jobs` asks for more. The dictionaries' stem tables are shared between threads (lexicons.ts), but
 * each thread still decodes its own copy of the stored index's shards (a run over 4 MB of news decodes nearly all
 * of them), with the garbage collection and JIT work that brings: on 200 files of real news (npm run bench:scale --
 * --cores-only) a thread costs about 2.5 s of CPU before its files, whose checking is about 1.2 s, and V8's
 * helper threads already keep the second core busy for about 2 s of a one-thread run. So a second thread costs
 * over half the CPU time again (×1.64 where it was ×1.85 before the tables were shared) and, on 2 cores, finishes
 * no sooner (see README, "Start-up, scale and cores"). The default waits for an index that threads share.
 */
export function workerCount(requested: number | undefined, files: number): number {
  return Math.max(1, Math.min(requested ?? 1, files));
}

/** How many threads a folder gets; apart from the pool, so that a one-file check never loads it. */

/**
 * One unless `--jobs` asks for more. Each thread loads its own copy of what a check reads lazily (the stored
 * index's shards, the dictionaries, the suspects' tables): on 200 files of real news (4 MB, npm run bench:scale --
 * --cores-only) that copy is about 2.5 s of CPU, while the checking itself is about 2 s, so a second thread adds
 * half the CPU time again and, on 2 cores shared with other work, finishes no sooner (see README, "Start-up,
 * scale and cores"). The default waits for an index that threads share.
 */
export function workerCount(requested: number | undefined, files: number): number {
  return Math.max(1, Math.min(requested ?? 1, files));
}

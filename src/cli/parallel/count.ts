/** How many workers a folder gets; apart from the pool, so that a one-file check never loads it. */

/**
 * One unless `--jobs` asks for more. Measured with `npm run bench:scale` on 2 cores: 200 files of real news
 * (4.1 MB) took 2.3 s on one thread and 3.0 s on two workers, each of which loads the modules and reads the stored
 * index's shards again; the default waits for a layout that workers share.
 */
export function workerCount(requested: number | undefined, files: number): number {
  return Math.max(1, Math.min(requested ?? 1, files));
}

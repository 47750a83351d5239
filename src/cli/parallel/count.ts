/** How many workers a folder is worth; apart from the pool, so that a one-file check never loads it. */
import { availableParallelism } from 'node:os';

/** Below this much text, starting workers costs more than it saves (each loads the CLI's modules once). */
const MIN_PARALLEL_BYTES = 512 * 1024;

/** How many workers to use: `requested` when given, else every core when the files are worth it, else none. */
export function workerCount(requested: number | undefined, files: number, totalBytes: number): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  if (files < 2 || totalBytes < MIN_PARALLEL_BYTES) return 1;
  return Math.max(1, Math.min(availableParallelism(), files));
}

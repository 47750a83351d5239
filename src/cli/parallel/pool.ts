/**
 * Files of a folder checked on every core (piscina's worker pool), with the results in the order of the paths,
 * whatever order the workers finish in. The main thread loads the stored index first, so that the workers read
 * it rather than each building it.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { CommonOptions } from '../workspace.ts';
import { language } from '../../i18n/index.ts';
import type { CheckOutcome, WorkerSetup } from './check-worker.ts';

/** Checks `paths` on `threads` workers; `onDone` is called as each file finishes (for the progress line). */
export async function checkInParallel(paths: readonly string[], options: CommonOptions, threads: number, onDone: (path: string) => void): Promise<CheckOutcome[]> {
  // The worker is the sibling module: check-worker.js when compiled; under tsx a bootstrap that registers tsx in
  // the worker first (Node 20 workers do not inherit the loader: "Unknown file extension .ts", exit 3).
  const ext = extname(fileURLToPath(import.meta.url));
  const pool = new Piscina<string, CheckOutcome>({
    filename: new URL(ext === '.ts' ? './check-worker-tsx.mjs' : `./check-worker${ext}`, import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    workerData: { options, language: language() } satisfies WorkerSetup,
  });
  try {
    return await Promise.all(paths.map(async (path) => {
      const outcome = await pool.run(path);
      onDone(path);
      return outcome;
    }));
  } finally {
    await pool.destroy();
  }
}

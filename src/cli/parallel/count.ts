/** How many threads a folder gets, and how eagerly V8 optimises while they check; apart from the pool, so that a
 * one-file check never loads it. */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/**
 * One unless `--jobs` asks for more. The threads share the dictionaries' stem tables (lexicons.ts) and the stored
 * index's shards (shareStoredIndex), decode only the index entries they meet, and take whole languages each
 * (queues.ts); still each thread compiles its own code, builds its own tables and collects its own garbage, so a
 * second thread costs about ×1.4 the CPU of one on 200 files of real news (npm run bench:scale -- --cores-only;
 * see README, "Start-up, scale and cores").
 */
export function workerCount(requested: number | undefined, files: number): number {
  return Math.max(1, Math.min(requested ?? 1, files));
}

/**
 * V8's interrupt budget (how much bytecode a function runs before it is considered for optimisation) when a check
 * has no core to spare: 16 times V8 11's default of 67,584. TurboFan then compiles only the hottest functions, on
 * its helper threads. Measured on the folder of `npm run bench:scale -- --cores-only` (200 files, 4 MB): the helper
 * threads' CPU falls from about 1.5 s to 0.65 s with --jobs 1 (the main thread's rises from 2.6 to 3.0 s, running
 * more of its code in the interpreter and baseline tiers), so the whole check costs about 13 % less CPU; with
 * --jobs 2, where each thread's isolate compiles its own copy of the same hot code, about 16 % less. Output is the
 * same: only when code is optimised changes.
 */
export const SPARE_INTERRUPT_BUDGET = 1_081_344;

/**
 * Raises V8's interrupt budget for the rest of the process when the compiler's helper threads would take time from
 * the checking threads, that is when there are as many checking threads as cores available to the process (two
 * threads on two cores; one thread on one core, as under `taskset -c 0`). With a core to spare the default stays:
 * there the helpers compile on the idle core and the checking threads run optimised code sooner.
 */
export function tuneOptimiser(threads: number, cores = availableParallelism()): boolean {
  if (threads < cores) return false;
  setFlagsFromString(`--interrupt-budget=${SPARE_INTERRUPT_BUDGET}`);
  return true;
}

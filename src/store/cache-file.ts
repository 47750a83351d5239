/**
 * The small files kept in the cache folder beside the stored index (the dictionaries' compiled stem tables, their
 * parsed affix rules): hashed with SHA-1, and written to a temp file renamed into place, so that a reader sees a
 * whole file or none. Not io/write.ts, whose guarantees are for the user's files and whose imports every run would load.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

export const sha1 = (...parts: Uint8Array[]): Buffer => {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

/** Writes `parts` to `path`, best effort: without the file, the next run makes its content again. */
export function writeCacheFile(path: string, parts: readonly Uint8Array[]): void {
  const temp = `${path}.${process.pid}.${threadId}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, Buffer.concat(parts));
    renameSync(temp, path);
  } catch {
    rmSync(temp, { force: true });
  }
}

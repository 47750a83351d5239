/**
 * Safe writes, with the guarantees of write-file-atomic and two more it lacks (a check that the file did not
 * change since it was read, and hard links kept):
 * - a symbolic link is written through: its target changes, the link stays;
 * - the new content goes to a temp file beside the target, is fsynced, gets the target's mode (and owner, when
 *   running as root), and is renamed over the target; the folder is fsynced after;
 * - a file changed since it was read (size, mtime or inode) is not overwritten;
 * - a file with several hard links is rewritten in place (after the new content is safe in a temp file), so the
 *   links keep sharing it;
 * - the temp file is removed on every exit path; one left by a killed run (SIGKILL) is removed by the next write
 *   to the same file once its process is gone.
 */
import {
  closeSync, fchmodSync, fchownSync, fsyncSync, ftruncateSync, linkSync, openSync, readdirSync, readFileSync, realpathSync,
  renameSync, statSync, unlinkSync, writeSync, type Stats,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { t } from '../i18n/index.ts';
import { fileError, FileError, isSystemError, UserError } from './errors.ts';
import type { FileIdentity } from './read.ts';

export interface SafeWriteOptions {
  /** The file as it was read; the write is refused when it has changed since. */
  expect?: FileIdentity;
}

const pending = new Set<string>();
let exitHookInstalled = false;

function track(temp: string): void {
  pending.add(temp);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const p of pending) removeQuietly(p);
    });
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
  pending.delete(path);
}

const tempPattern = (base: string) => new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.canonym-(\\d+)-[0-9a-f]+\\.tmp$`);

export function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.canonym-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isSystemError(error) && error.code === 'EPERM';
  }
}

/** Temp files of `target` left by runs that were killed before they could remove them. */
export function removeStaleTemps(target: string): string[] {
  const pattern = tempPattern(basename(target));
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    const path = join(dirname(target), name);
    if (pid === process.pid ? pending.has(path) : alive(pid)) continue;
    try {
      unlinkSync(path);
      removed.push(path);
    } catch {
      // another run removed it
    }
  }
  return removed;
}

function writeAll(fd: number, data: Uint8Array): void {
  for (let done = 0; done < data.length; ) done += writeSync(fd, data, done, data.length - done);
}

function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems cannot fsync a folder; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const sameFile = (a: Stats | FileIdentity, b: Stats | FileIdentity) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino && a.dev === b.dev;

function changedSince(path: string): UserError {
  return new FileError(t('cli.io.changed', { path }), path);
}

/** The new content in a fresh temp file beside `target`, fsynced, with `stat`'s mode (and owner as root). */
function writeTemp(target: string, data: Uint8Array, stat?: Stats): string {
  const temp = tempName(target);
  track(temp);
  const fd = openSync(temp, 'wx', stat ? stat.mode & 0o7777 : 0o666);
  try {
    writeAll(fd, data);
    if (stat) {
      if (process.getuid?.() === 0 && (stat.uid !== 0 || stat.gid !== 0)) fchownSync(fd, stat.uid, stat.gid);
      // After chown, which clears set-user-ID bits; and past the umask, which openSync applied.
      fchmodSync(fd, stat.mode & 0o7777);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

/** Replace the content of an existing file safely (see the file comment). */
export function writeFileSafely(path: string, data: Uint8Array, options: SafeWriteOptions = {}): void {
  let target: string;
  let temp: string | undefined;
  try {
    target = realpathSync(path);
    const stat = statSync(target);
    if (options.expect && !sameFile(stat, options.expect)) throw changedSince(path);
    removeStaleTemps(target);
    temp = writeTemp(target, data, stat);
    // Last look before the switch: an editor may have saved the file while canonym worked.
    if (!sameFile(statSync(target), stat)) throw changedSince(path);
    if (stat.nlink > 1) {
      const fd = openSync(target, 'r+');
      try {
        writeAll(fd, data);
        ftruncateSync(fd, data.length);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    } else {
      renameSync(temp, target);
      pending.delete(temp);
      temp = undefined;
      syncFolder(dirname(target));
    }
  } catch (error) {
    throw fileError(error, path, 'write');
  } finally {
    if (temp) removeQuietly(temp);
  }
}

export type OutputResult = 'created' | 'replaced' | 'unchanged';

/**
 * Write an output file (`localize`, `export`): a new file appears whole or not at all; an existing one with the
 * same content is left alone; an existing one with other content (a hand edit, another tool's file) is refused
 * unless `force`, and then replaced safely.
 */
export interface OutputOptions {
  force?: boolean;
  /** Recognises an earlier output of the same command (a signature in the content): replaced without --force. */
  ours?: (existing: Buffer) => boolean;
}

export function writeOutputFile(path: string, data: Uint8Array, { force = false, ours }: OutputOptions = {}): OutputResult {
  let existing: Buffer | undefined;
  try {
    existing = readFileSync(path);
  } catch (error) {
    if (!isSystemError(error) || error.code !== 'ENOENT') throw fileError(error, path, 'write');
  }
  if (existing) {
    if (Buffer.compare(existing, data) === 0) return 'unchanged';
    if (!force && !ours?.(existing)) throw new FileError(t('cli.io.exists', { path }), path, 'EEXIST');
    writeFileSafely(path, data);
    return 'replaced';
  }
  let temp: string | undefined;
  try {
    temp = writeTemp(path, data);
    try {
      // link() never replaces an existing file: one that appeared meanwhile is refused, not overwritten.
      linkSync(temp, path);
    } catch (error) {
      if (isSystemError(error) && error.code === 'EEXIST') throw new FileError(t('cli.io.exists', { path }), path, 'EEXIST');
      if (!isSystemError(error) || !['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(error.code)) throw error;
      // A file system without hard links: exclusive creation, then the content.
      const fd = openSync(path, 'wx', 0o666);
      try {
        writeAll(fd, data);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    syncFolder(dirname(path));
    return 'created';
  } catch (error) {
    throw fileError(error, path, 'write');
  } finally {
    if (temp) removeQuietly(temp);
  }
}

/** Kept for callers of the old name: a safe in-place write. */
export const writeFileAtomic = writeFileSafely;

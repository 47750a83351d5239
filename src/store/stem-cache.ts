/**
 * The dictionaries' compiled stem tables (lexicon/dictionary.ts), kept in the cache folder beside the stored index
 * so that a run reads a table instead of compiling it: Ukrainian's 8 MB .dic file takes some 70 ms to compile and
 * a few to read and check. One file per .dic path and content; writing a table removes the table of the same path
 * and other content (a dictionary an upgrade replaced):
 *
 *   "CNYMSTEM" · format (u32) · spans length (u32) · slots length (u32) · SHA-1 of the .dic bytes (20) ·
 *   SHA-1 of the arrays (20) · spans (int32, little-endian) · slots (int32, little-endian)
 *
 * The table is used only when its .dic hash is that of the bytes read in this run and its own hash holds: a stale
 * or damaged file is compiled again and replaced, never trusted. Writing is best effort (a read-only cache folder
 * only means compiling every time).
 */
import { closeSync, fstatSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import type { DictionaryFiles, StemArrays, StemTableCache } from '../lexicon/dictionary.ts';
import { sha1, writeCacheFile } from './cache-file.ts';

const MAGIC = Buffer.from('CNYMSTEM', 'latin1');
const FORMAT = 1;
const HEADER = MAGIC.length + 12 + 20 + 20;

const bytesOf = (a: Int32Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** `length` numbers read from `fd` at `position` straight into an Int32Array (shared or not): no copy of the file. */
function int32sAt(fd: number, position: number, length: number, share: boolean): Int32Array | undefined {
  const out = new Int32Array(share ? new SharedArrayBuffer(length * 4) : new ArrayBuffer(length * 4));
  const bytes = bytesOf(out);
  for (let done = 0; done < bytes.length;) {
    const n = readSync(fd, bytes, done, bytes.length - done, position + done);
    if (n === 0) return undefined;
    done += n;
  }
  return out;
}

/** The file that holds the table of these .dic bytes: named by the .dic file's path, then its content, so that the
 * table of a .dic an upgrade replaced can be told apart and removed (replaceOlder). */
const fileFor = (dir: string, files: DictionaryFiles, dicHash: Buffer): string => join(dir, 'stems', `${pathTag(files)}-${dicHash.toString('hex').slice(0, 24)}.bin`);
const pathTag = (files: DictionaryFiles): string => sha1(Buffer.from(files.dic)).toString('hex').slice(0, 8);

/** Removes the tables of the same .dic path but other content, and those of the unnamed layout before (best effort). */
function replaceOlder(dir: string, files: DictionaryFiles, kept: string): void {
  const folder = join(dir, 'stems');
  try {
    const tag = `${pathTag(files)}-`;
    for (const name of readdirSync(folder)) {
      if (!name.endsWith('.bin') || join(folder, name) === kept) continue;
      if (name.startsWith(tag) || !name.includes('-')) rmSync(join(folder, name), { force: true });
    }
  } catch {
    // an unreadable folder: the old tables stay
  }
}

/** Stem tables in `dir` (the cache folder); undefined on a big-endian machine, where the file's numbers would be read wrong. */
export function stemTableCache(dir: string): StemTableCache | undefined {
  if (endianness() !== 'LE') return undefined;
  return {
    read(files: DictionaryFiles, dic: Uint8Array, share: boolean): StemArrays | undefined {
      const dicHash = sha1(dic);
      let fd: number;
      try {
        fd = openSync(fileFor(dir, files, dicHash), 'r');
      } catch {
        return undefined;
      }
      try {
        const header = Buffer.alloc(HEADER);
        if (readSync(fd, header, 0, HEADER, 0) !== HEADER || !header.subarray(0, MAGIC.length).equals(MAGIC) || header.readUInt32LE(8) !== FORMAT) return undefined;
        const spanCount = header.readUInt32LE(12);
        const slotCount = header.readUInt32LE(16);
        if (fstatSync(fd).size !== HEADER + (spanCount + slotCount) * 4 || !header.subarray(20, 40).equals(dicHash)) return undefined;
        const spans = int32sAt(fd, HEADER, spanCount, share);
        const slots = spans && int32sAt(fd, HEADER + spanCount * 4, slotCount, share);
        if (!spans || !slots || !sha1(bytesOf(spans), bytesOf(slots)).equals(header.subarray(40, 60))) return undefined;
        return { spans, slots };
      } catch {
        return undefined;
      } finally {
        closeSync(fd);
      }
    },
    write(files: DictionaryFiles, dic: Uint8Array, arrays: StemArrays): void {
      // The spans array grows by doubling while compiling: only the entries the slots point at are kept.
      let entries = 0;
      for (let i = 0; i < arrays.slots.length; i++) if (arrays.slots[i]! > entries) entries = arrays.slots[i]!;
      const spans = bytesOf(arrays.spans.subarray(0, entries * 3));
      const slots = bytesOf(arrays.slots);
      const header = Buffer.alloc(HEADER);
      MAGIC.copy(header, 0);
      header.writeUInt32LE(FORMAT, 8);
      header.writeUInt32LE(entries * 3, 12);
      header.writeUInt32LE(arrays.slots.length, 16);
      const dicHash = sha1(dic);
      dicHash.copy(header, 20);
      sha1(spans, slots).copy(header, 40);
      const path = fileFor(dir, files, dicHash);
      writeCacheFile(path, [header, spans, slots]);
      replaceOlder(dir, files, path);
    },
  };
}

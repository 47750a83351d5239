/**
 * Reading input text safely: UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded; anything else
 * (invalid UTF-8, a UTF-8-encoded surrogate, UTF-16 with a lone surrogate, a NUL or an odd byte count, UTF-32) is refused with
 * the offset of the first bad byte, never silently mangled. The encoding is remembered so that a fix writes the
 * file back as it was; the size and mtime are remembered so that a write can tell whether the file changed since.
 * The size limit holds for every kind of input: regular files, devices, FIFOs and standard input alike.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { t } from '../i18n/index.ts';
import { fileError, ParseError, UserError } from './errors.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/** What a file was when it was read: a write compares it with the file as it is just before the rename. */
export interface FileIdentity {
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
}

export interface TextFile {
  path: string;
  text: string;
  encoding: Encoding;
  /** Regular files only. */
  identity?: FileIdentity;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const UNITS: Record<string, number> = {
  '': 1, b: 1,
  k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9,
  kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3,
};

/** `--max-size`: a whole number of bytes, or with a unit (k, M, G: powers of 1000; KiB, MiB, GiB: of 1024). */
export function parseSize(value: string): number {
  const m = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  const bytes = m && unit !== undefined ? Number(m[1]) * unit : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new UserError(t('cli.io.bad-size', { value }));
  return bytes;
}

const hex = (b: number | undefined) => (b === undefined ? '??' : `0x${b.toString(16).padStart(2, '0')}`);

export function decode(bytes: Uint8Array, path: string): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes, path, 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes, path, 'utf-16be'), encoding: 'utf-16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) throw new ParseError(t('cli.io.binary', { path, offset: String(nul + (bom ? 3 : 0)) }));
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    const offset = firstInvalidUtf8(body) + (bom ? 3 : 0);
    throw new ParseError(t('cli.io.invalid-utf8', { path, byte: hex(bytes[offset]), offset: String(offset) }));
  }
}

function decodeUtf16(bytes: Uint8Array, path: string, encoding: 'utf-16le' | 'utf-16be'): string {
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) throw new ParseError(t('cli.io.utf16-odd', { path, encoding: encoding.toUpperCase(), size: String(bytes.length) }));
  const unit = (i: number) => (encoding === 'utf-16le' ? body[i]! | (body[i + 1]! << 8) : (body[i]! << 8) | body[i + 1]!);
  // A lone surrogate cannot be written back: the decoder would turn it into U+FFFD and a fix would lose it.
  for (let i = 0; i < body.length; i += 2) {
    const u = unit(i);
    // A NUL is binary, as in UTF-8; UTF-32LE starts FF FE 00 00, which would otherwise pass for UTF-16LE.
    if (u === 0) throw new ParseError(t('cli.io.binary', { path, offset: String(i + 2) }));
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < body.length ? unit(i + 2) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 2;
        continue;
      }
    } else if (u < 0xdc00 || u > 0xdfff) continue;
    throw new ParseError(t('cli.io.utf16-surrogate', { path, encoding: encoding.toUpperCase(), unit: `0x${u.toString(16).padStart(4, '0')}`, offset: String(i + 2) }));
  }
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
}

/**
 * Offset of the first byte that breaks UTF-8 (Unicode table 3-7: no overlong forms, no surrogates D800–DFFF, nothing
 * above U+10FFFF), for the error message. A sequence cut short is reported at its first byte.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    const second = b[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= n; k++) {
      const next = b[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return 0;
}

export function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const le = Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

const CHUNK = 64 * 1024;

function tooLarge(path: string, maxBytes: number, size?: number): UserError {
  return new UserError(size === undefined ? t('cli.io.too-large-stream', { path, max: String(maxBytes) }) : t('cli.io.too-large', { path, size: String(size), max: String(maxBytes) }));
}

/**
 * A file's bytes, at most `maxBytes`: the limit is checked against the size a regular file declares and again
 * while reading, so that /dev/zero, a FIFO or a file that grows cannot run the process out of memory.
 */
export function readBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): { bytes: Buffer; identity?: FileIdentity } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw fileError(error, path, 'read');
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw fileError(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), path, 'read');
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge(path, maxBytes, stat.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(path, maxBytes, stat.isFile() ? total : undefined);
      chunks.push(n === CHUNK ? chunk : chunk.subarray(0, n));
    }
    const bytes = Buffer.concat(chunks, total);
    return { bytes, ...(stat.isFile() ? { identity: { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, dev: stat.dev } } : {}) };
  } catch (error) {
    throw fileError(error, path, 'read');
  } finally {
    closeSync(fd);
  }
}

export function readTextFile(path: string, maxBytes = DEFAULT_MAX_BYTES): TextFile {
  const { bytes, identity } = readBytes(path, maxBytes);
  return { path, ...decode(bytes, path), ...(identity ? { identity } : {}) };
}

export async function readStdin(maxBytes = DEFAULT_MAX_BYTES): Promise<TextFile> {
  const chunks: Buffer[] = [];
  let total = 0;
  const path = '<stdin>';
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > maxBytes) throw tooLarge(path, maxBytes);
    chunks.push(buffer);
  }
  return { path, ...decode(Buffer.concat(chunks), path) };
}

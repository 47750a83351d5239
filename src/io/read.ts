/**
 * Reading input text safely: UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded; anything else is
 * refused with the byte offset of the first bad byte, never silently mangled. The encoding is remembered so that
 * a fix writes the file back as it was.
 */
import { readFileSync, statSync } from 'node:fs';
import { UserError } from './errors.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface TextFile {
  path: string;
  text: string;
  encoding: Encoding;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export function decode(bytes: Uint8Array, path: string): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) throw new UserError(`${path}: looks binary (NUL byte at offset ${nul + (bom ? 3 : 0)}); canonym reads UTF-8 or UTF-16 text`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    const offset = firstInvalidUtf8(body) + (bom ? 3 : 0);
    const byte = bytes[offset]?.toString(16).padStart(2, '0') ?? '??';
    throw new UserError(`${path}: not valid UTF-8 (byte 0x${byte} at offset ${offset}); convert it first, e.g. iconv -f windows-1252 -t utf-8`);
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
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

export function readTextFile(path: string, maxBytes = DEFAULT_MAX_BYTES): TextFile {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new UserError(`${path}: no such file`);
  }
  if (size > maxBytes) throw new UserError(`${path}: ${size} bytes is over the limit of ${maxBytes} (raise it with --max-size)`);
  return { path, ...decode(readFileSync(path), path) };
}

export async function readStdin(maxBytes = DEFAULT_MAX_BYTES): Promise<TextFile> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) throw new UserError(`<stdin>: over the limit of ${maxBytes} bytes (raise it with --max-size)`);
    chunks.push(chunk as Buffer);
  }
  return { path: '<stdin>', ...decode(Buffer.concat(chunks), '<stdin>') };
}

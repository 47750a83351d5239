/** Reading big inputs line by line, decompressing .gz and .bz2 on the way, with memory bounded by the longest line. */
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { createGunzip } from 'node:zlib';
import { PassThrough, type Readable } from 'node:stream';

const require = createRequire(import.meta.url);

/** The file's bytes, decompressed by its extension (.gz, .bz2), as a stream of UTF-8 text. */
export function openText(path: string): Readable {
  const raw = createReadStream(path);
  let stream: Readable = raw;
  if (/\.gz$/i.test(path)) stream = raw.pipe(createGunzip());
  else if (/\.bz2$/i.test(path)) {
    // unbzip2-stream ships no types: a function that returns a transform stream.
    // It is an old-style (through) stream: a PassThrough gives it setEncoding and async iteration.
    const bz2 = require('unbzip2-stream') as () => NodeJS.ReadWriteStream;
    const decoder = bz2();
    const out = new PassThrough();
    decoder.on('error', (error: Error) => out.destroy(new Error(`not a complete bzip2 stream (${error.message})`)));
    stream = raw.pipe(decoder).pipe(out);
  }
  // An error of the file stream (no such file) reaches the reader through the decompressor.
  if (stream !== raw) raw.on('error', (error) => stream.destroy(error));
  stream.setEncoding('utf8');
  return stream;
}

/**
 * The lines of a text stream, without their line ends. The stream is read as the lines are consumed (async
 * iteration pauses it), so a slow consumer holds one chunk and one line at a time, never the file.
 */
export async function* lines(stream: Readable): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of stream as AsyncIterable<string>) {
    let text = rest + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      yield text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      start = end + 1;
    }
    rest = text.slice(start);
    text = '';
  }
  if (rest) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}

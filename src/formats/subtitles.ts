/**
 * Subtitles: SubRip (.srt) and WebVTT (.vtt). Only cue text is prose. Cue numbers, identifiers, timings and cue
 * settings are not, nor are a WebVTT file's header and its NOTE, STYLE and REGION blocks.
 *
 * Inside cue text, tags (`<i>`, `<b>`, `<font color="…">`, WebVTT's `<v Speaker>`, `<c.yellow>`, `<00:01.500>`)
 * and SubRip's `{\an8}` overrides read as nothing, as in HTML (see html.ts); the lines of one cue are one passage,
 * so a name may go on over a line break within a cue, never from one cue into the next. WebVTT's character
 * references (`&amp;`, `&nbsp;`, `Jourov&aacute;`) are decoded, with offsets mapped back; SubRip has none, so an
 * `&` there is a character. A fix in WebVTT escapes `&` and `<`.
 */
import type { ProseDocument } from './document.ts';
import { escapeText, reference } from './html.ts';
import { MappedTextBuilder } from './mapped-text.ts';

export interface SubtitleLine {
  start: number;
  /** End of the line's text, before its line break. */
  end: number;
  text: string;
}

/** Lines with their offsets (LF, CRLF or a lone CR end a line). */
export function subtitleLines(source: string): SubtitleLine[] {
  const out: SubtitleLine[] = [];
  const re = /\r\n?|\n/g;
  let start = 0;
  for (const m of source.matchAll(re)) {
    out.push({ start, end: m.index, text: source.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < source.length) out.push({ start, end: source.length, text: source.slice(start) });
  return out;
}

/**
 * Blocks: runs of non-blank lines. In WebVTT (`vtt`) a line containing "-->" is a timing line only as a block's
 * first line, or its second after an identifier; anywhere else it ends the block and starts the next one (the
 * WebVTT parser's "collect a block" step), so cue text never holds a timing line.
 */
export function subtitleBlocks(source: string, vtt = false): SubtitleLine[][] {
  const blocks: SubtitleLine[][] = [];
  let current: SubtitleLine[] = [];
  for (const line of subtitleLines(source)) {
    if (/^\s*$/u.test(line.text)) {
      if (current.length) blocks.push(current);
      current = [];
      continue;
    }
    // The header takes no timing line at all.
    const identifier = current.length === 1 && !current[0]!.text.includes('-->') && !(blocks.length === 0 && /^\ufeff?WEBVTT(?:[ \t]|$)/.test(current[0]!.text));
    if (vtt && line.text.includes('-->') && current.length && !identifier) {
      blocks.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/** The text lines of a cue block: those after its timing line (within the first two lines), or none. */
export function cueText(block: readonly SubtitleLine[]): SubtitleLine[] {
  const timing = block.slice(0, 2).findIndex((l) => l.text.includes('-->'));
  return timing < 0 ? [] : block.slice(timing + 1);
}

/** WebVTT blocks that hold no cue: the header, NOTE, STYLE and REGION. */
export function isVttMetaBlock(block: readonly SubtitleLine[], first: boolean): boolean {
  const head = block[0]!.text;
  if (first && /^\ufeff?WEBVTT(?:[ \t]|$)/.test(head)) return true;
  return /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(head);
}

const TAG = /<[^<>\r\n]*>|\{\\[^{}\r\n]*\}/g;
const VTT_TAG_OR_REFERENCE = /<[^<>\r\n]*>|&(?:#[xX][0-9A-Fa-f]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/g;

function subtitleDocument(source: string, format: 'srt' | 'vtt'): ProseDocument {
  const builder = new MappedTextBuilder(source);
  const blocks = subtitleBlocks(source, format === 'vtt');
  blocks.forEach((block, i) => {
    if (format === 'vtt' && isVttMetaBlock(block, i === 0)) return;
    const lines = cueText(block);
    if (!lines.length) return;
    const start = lines[0]!.start;
    const end = lines[lines.length - 1]!.end;
    builder.markup(start, false);
    const payload = source.slice(start, end);
    for (const m of payload.matchAll(format === 'vtt' ? VTT_TAG_OR_REFERENCE : TAG)) {
      const at = start + m.index;
      if (at < builder.position) continue;
      if (m[0][0] === '&') {
        const ref = reference(m[0], false, payload[m.index + m[0].length]);
        if (!ref) continue;
        builder.copy(at);
        builder.decoded(at + ref.length, ref.chars);
      } else {
        builder.copy(at);
        builder.markup(at + m[0].length, true);
      }
    }
    builder.copy(end);
  });
  const escape = format === 'vtt' ? escapeText : (s: string) => s;
  const { view, prose } = builder.build(escape);
  return { format, source, prose, view };
}

export function srtDocument(source: string): ProseDocument {
  return subtitleDocument(source, 'srt');
}

export function vttDocument(source: string): ProseDocument {
  return subtitleDocument(source, 'vtt');
}

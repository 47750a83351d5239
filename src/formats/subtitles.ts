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

/** Lines with their offsets (LF, CRLF or a lone CR end a line), one at a time. */
function* eachLine(source: string): Generator<SubtitleLine> {
  const re = /\r\n?|\n/g;
  let start = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    yield { start, end: m.index, text: source.slice(start, m.index) };
    start = m.index + m[0].length;
  }
  if (start < source.length) yield { start, end: source.length, text: source.slice(start) };
}

/**
 * Blocks: runs of non-blank lines. In WebVTT (`vtt`) a line containing "-->" is a timing line only as a block's
 * first line, or its second after an identifier; anywhere else it ends the block and starts the next one (the
 * WebVTT parser's "collect a block" step), so cue text never holds a timing line.
 */
export function subtitleBlocks(source: string, vtt = false): SubtitleLine[][] {
  return [...eachBlock(source, vtt)];
}

/** The blocks one at a time: a large file's lines are never all held at once (a 20 MB SubRip file has 800,000). */
function* eachBlock(source: string, vtt: boolean): Generator<SubtitleLine[]> {
  let current: SubtitleLine[] = [];
  let first = true;
  for (const line of eachLine(source)) {
    if (/^\s*$/u.test(line.text)) {
      if (current.length) {
        yield current;
        first = false;
      }
      current = [];
      continue;
    }
    // The header takes no timing line at all.
    const identifier = current.length === 1 && !current[0]!.text.includes('-->') && !(first && /^\ufeff?WEBVTT(?:[ \t]|$)/.test(current[0]!.text));
    if (vtt && line.text.includes('-->') && current.length && !identifier) {
      yield current;
      first = false;
      current = [];
    }
    current.push(line);
  }
  if (current.length) yield current;
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
  let first = true;
  for (const block of eachBlock(source, format === 'vtt')) {
    const meta = format === 'vtt' && isVttMetaBlock(block, first);
    first = false;
    if (meta) continue;
    const lines = cueText(block);
    if (!lines.length) continue;
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
  }
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

/**
 * XLIFF 1.2 and 2.x: every translation unit (1.2 `<trans-unit>`, 2.x `<segment>` of a `<unit>`) with its source,
 * its target and where the target's content lies in the file. Inline codes are opaque: the content of 1.2
 * `<ph>`, `<bpt>`, `<ept>`, `<it>` is native code, and empty codes (`<x/>`, `<bx/>`, `<ex/>`, 2.x `<ph/>`,
 * `<sc/>`, `<ec/>`, `<sm/>`, `<em/>`) are left out; the text inside `<g>`, `<pc>` and `<mrk>` is text.
 * Targets inside `<alt-trans>` (1.2 match proposals) and `<ignorable>` (2.x) are not units' targets.
 */
import { LineIndex } from '../../text/lines.ts';
import type { BilingualFile, BilingualUnit, UnitString } from './types.ts';
import { BilingualSyntaxError } from './types.ts';
import { decodeRange, localName, scanXml, type XmlEvent } from './xml.ts';

/** Inline elements whose content is text of the segment. */
const TEXT_INLINE = new Set(['g', 'pc', 'mrk']);

/** The decoded text and prose ranges of the content between events `from` (exclusive) and `to` (exclusive). */
function inlineString(text: string, events: readonly XmlEvent[], from: number, to: number, lines: LineIndex): UnitString {
  const open = events[from]!;
  const close = events[to]!;
  const start = open.end;
  const end = close.start;
  let decoded = '';
  const prose: Array<[number, number]> = [];
  const stack: string[] = [];
  for (let k = from + 1; k < to; k++) {
    const e = events[k]!;
    const inText = stack.every((n) => TEXT_INLINE.has(n));
    if (e.type === 'open') {
      const name = localName(e.name);
      if (name === 'cp' && inText) {
        const code = Number.parseInt(e.attrs.hex ?? '', 16);
        if (Number.isFinite(code)) decoded += String.fromCodePoint(code);
      }
      if (!e.selfClosing) stack.push(name);
    } else if (e.type === 'close') {
      stack.pop();
    } else if (inText) {
      if (e.type === 'cdata') {
        decoded += text.slice(e.start, e.end);
        if (e.end > e.start) prose.push([e.start, e.end]);
      } else {
        const part = decodeRange(text, e.start, e.end);
        decoded += part.text;
        prose.push(...part.prose);
      }
    }
  }
  return { text: decoded, start, end, position: { offset: start, ...lines.position(start) }, prose };
}

interface Frame {
  name: string;
  index: number;
  attrs: Record<string, string>;
}

interface PendingSegment {
  id?: string;
  state?: string;
  translate: boolean;
  source?: UnitString;
  target?: UnitString;
}

export function readXliff(text: string): BilingualFile {
  const events = scanXml(text);
  const lines = new LineIndex(text);
  const units: BilingualUnit[] = [];
  const stack: Frame[] = [];
  let version: string | undefined;
  let rootSource: string | undefined;
  let rootTarget: string | undefined;
  let fileSource: string | undefined;
  let fileTarget: string | undefined;
  let firstSource: string | undefined;
  let firstTarget: string | undefined;
  let unitId: string | undefined;
  let unitTranslate = true;
  let segments: PendingSegment[] = [];
  let segment: PendingSegment | undefined;

  const translatable = () => !stack.some((f) => f.attrs.translate === 'no' && ['file', 'group', 'unit', 'trans-unit'].includes(f.name));
  const parent = () => stack[stack.length - 1]?.name;
  const makeUnit = (s: PendingSegment, id: string): BilingualUnit => {
    const source = s.source ?? { text: '', start: 0, end: 0, position: { offset: 0, line: 1, column: 1 }, prose: [] };
    const sourceLanguage = fileSource ?? rootSource;
    const targetLanguage = fileTarget ?? rootTarget;
    return {
      id,
      key: id,
      source,
      targets: s.target ? [s.target] : [],
      ...(s.state !== undefined ? { state: s.state } : {}),
      translate: s.translate,
      flags: [],
      fuzzy: false,
      obsolete: false,
      ...(sourceLanguage ? { sourceLanguage } : {}),
      ...(targetLanguage ? { targetLanguage } : {}),
    };
  };

  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    if (e.type === 'open') {
      const name = localName(e.name);
      const under = parent();
      if (name === 'xliff' && !stack.length) {
        version = e.attrs.version;
        rootSource = e.attrs.srcLang;
        rootTarget = e.attrs.trgLang;
      } else if (name === 'file') {
        fileSource = e.attrs['source-language'] ?? rootSource;
        fileTarget = e.attrs['target-language'] ?? rootTarget;
        firstSource ??= fileSource;
        firstTarget ??= fileTarget;
      } else if (name === 'trans-unit') {
        segment = { translate: translatable() && e.attrs.translate !== 'no' };
        unitId = e.attrs.id ?? e.attrs.resname ?? String(units.length + 1);
      } else if (name === 'unit') {
        unitId = e.attrs.id ?? String(units.length + 1);
        unitTranslate = translatable() && e.attrs.translate !== 'no';
        segments = [];
      } else if (name === 'segment' && under === 'unit') {
        segment = { translate: unitTranslate, state: e.attrs.state ?? 'initial', ...(e.attrs.id ? { id: e.attrs.id } : {}) };
      } else if ((name === 'source' || name === 'target') && segment && (under === 'trans-unit' || under === 'segment') && !e.selfClosing) {
        // Find the matching close: the scanner checked nesting, so the first close at this depth is it.
        let depth = 0;
        let to = k + 1;
        for (; to < events.length; to++) {
          const f = events[to]!;
          if (f.type === 'open' && !f.selfClosing) depth++;
          else if (f.type === 'close') {
            if (depth === 0) break;
            depth--;
          }
        }
        const value = inlineString(text, events, k, to, lines);
        if (name === 'source') segment.source = value;
        else {
          segment.target = value;
          if (under === 'trans-unit' && e.attrs.state !== undefined) segment.state = e.attrs.state;
        }
        k = to; // the content is read; go on after the close tag
        continue;
      } else if ((name === 'source' || name === 'target') && segment && (under === 'trans-unit' || under === 'segment') && e.selfClosing) {
        const empty: UnitString = { text: '', start: e.end, end: e.end, position: { offset: e.end, ...lines.position(e.end) }, prose: [] };
        if (name === 'source') segment.source = empty;
        else segment.target = empty;
      }
      if (!e.selfClosing) stack.push({ name, index: k, attrs: e.attrs });
    } else if (e.type === 'close') {
      const frame = stack.pop();
      if (!frame) continue;
      if (frame.name === 'trans-unit' && segment) {
        units.push(makeUnit(segment, unitId ?? String(units.length + 1)));
        segment = undefined;
      } else if (frame.name === 'segment' && segment && parent() === 'unit') {
        segments.push(segment);
        segment = undefined;
      } else if (frame.name === 'unit') {
        segments.forEach((s, n) => units.push(makeUnit(s, segments.length > 1 ? `${unitId}#${s.id ?? n + 1}` : unitId!)));
        segments = [];
      } else if (frame.name === 'file') {
        fileSource = undefined;
        fileTarget = undefined;
      }
    }
  }
  if (version === undefined) {
    throw new BilingualSyntaxError('not an XLIFF file (no <xliff> root element)', 1, 1);
  }
  const sourceLanguage = rootSource ?? firstSource;
  const targetLanguage = rootTarget ?? firstTarget;
  return {
    format: 'xliff',
    version,
    ...(sourceLanguage ? { sourceLanguage } : {}),
    ...(targetLanguage ? { targetLanguage } : {}),
    units,
  };
}

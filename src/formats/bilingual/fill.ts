/**
 * Writing new content into the empty targets of a bilingual file (`localize` on XLIFF, PO, CSV/TSV): which targets
 * are empty, and the edits that fill one and mark it as a draft, as the format writes them. Every edit is a
 * replacement of a range of the file; nothing outside the filled targets, the tags that carry their state and a PO
 * entry's flags line changes.
 *
 * - XLIFF 1.2: an empty `<target>` gets the content and `state="needs-translation"`; a missing one is written after
 *   `</source>`, on a line of its own indented as the source when the source has a line of its own.
 * - XLIFF 2.x: the same for `<target>`; the draft mark is `state="initial"` on the `<segment>`.
 * - PO: `msgstr ""` (or `msgstr[n] ""`) gets the content, and the entry the `fuzzy` flag (added to its `#,` line, or
 *   a `#, fuzzy` line before the msgctxt/msgid line and after every other comment but `#|`).
 * - CSV/TSV: an empty target cell gets the content, quoted as RFC 4180 wants when it holds the delimiter, a quote or
 *   a line break; a row with fewer cells than the target column gets the cell after its last one (and empty cells
 *   for the columns between); CSV has no place for a state.
 */
import type { BilingualFormat } from './document.ts';
import type { BilingualFile, BilingualUnit, UnitString } from './types.ts';
import { localName, scanXml, type XmlEvent } from './xml.ts';

/** A replacement of file [offset, offset + length) by `text`. */
export interface Edit {
  offset: number;
  length: number;
  text: string;
}

/** One target string to fill: its unit, the source it comes from, and the target (absent: no `<target>` element). */
export interface EmptyTarget {
  unit: BilingualUnit;
  /** The unit's id; a PO plural form n adds `[n]`. */
  id: string;
  source: UnitString;
  target?: UnitString;
}

export interface EmptyTargets {
  /** Targets to fill, in file order. */
  slots: EmptyTarget[];
  /** Every empty target, those left out included. */
  empty: number;
  /** Empty targets left out: translate="no", a state given to skip. */
  skipped: number;
}

/** A target with no text and no inline code (whitespace only); PO and CSV: no text. */
function isEmpty(format: BilingualFormat, text: string, target: UnitString): boolean {
  if (format === 'xliff') return !text.slice(target.start, target.end).trim();
  return format === 'po' ? target.text === '' : !target.text.trim();
}

/**
 * The empty targets of a file. A unit marked translate="no" (on itself, a group or the file) and a unit in a state
 * of `skipStates` (compared without regard to case; `fuzzy` for PO fuzzy entries) are counted as skipped. A target
 * whose source is empty has nothing to be filled with, and an obsolete PO entry is no message: neither is counted.
 */
export function emptyTargets(text: string, format: BilingualFormat, file: BilingualFile, skipStates: readonly string[] = []): EmptyTargets {
  const skip = new Set(skipStates.map((s) => s.trim().toLowerCase()).filter(Boolean));
  const slots: EmptyTarget[] = [];
  let empty = 0;
  let skipped = 0;
  for (const unit of file.units) {
    const candidates: Array<{ source: UnitString; target?: UnitString; id: string }> = [];
    if (unit.targets.length === 0) {
      // A missing target: XLIFF has one written, a short CSV row gets its cell (a PO entry always has its msgstr).
      if (format === 'xliff' || unit.missingCell) candidates.push({ source: unit.source, id: unit.id });
    } else {
      for (const target of unit.targets) {
        if (!isEmpty(format, text, target)) continue;
        const plural = target.plural !== undefined && unit.sourcePlural !== undefined;
        candidates.push({
          source: plural && target.plural! > 0 ? unit.sourcePlural! : unit.source,
          target,
          id: plural ? `${unit.id}[${target.plural}]` : unit.id,
        });
      }
    }
    // An obsolete PO entry (`#~`) is no longer a message: not counted at all.
    if (unit.obsolete) continue;
    for (const c of candidates) {
      if (!c.source.text.trim()) continue;
      empty++;
      const left = !unit.translate || (unit.state !== undefined && skip.has(unit.state.toLowerCase())) || (unit.fuzzy && skip.has('fuzzy'));
      if (left) skipped++;
      else slots.push({ unit, ...c });
    }
  }
  const at = (s: EmptyTarget) => s.target?.start ?? s.unit.missingCell?.offset ?? s.source.end;
  slots.sort((a, b) => at(a) - at(b));
  return { slots, empty, skipped };
}

/** The edits that write `content` (already written as the format writes text) into each slot and mark it a draft. */
export function fillEdits(text: string, format: BilingualFormat, fills: ReadonlyArray<{ slot: EmptyTarget; content: string }>): Edit[] {
  const edits: Edit[] = [];
  if (format === 'xliff') {
    const xliff = new XliffPlaces(text);
    for (const { slot, content } of fills) edits.push(...xliff.edits(slot, content));
  } else if (format === 'po') {
    const flagged = new Set<BilingualUnit>();
    for (const { slot, content } of fills) {
      const target = slot.target!;
      edits.push({ offset: target.start, length: target.end - target.start, text: content });
      if (!slot.unit.fuzzy && !flagged.has(slot.unit)) {
        flagged.add(slot.unit);
        edits.push(fuzzyFlag(text, slot.unit));
      }
    }
  } else {
    const delimiter = format === 'tsv' ? '\t' : ',';
    for (const { slot, content } of fills) {
      const { target } = slot;
      if (target) edits.push({ offset: target.start, length: target.end - target.start, text: content });
      else {
        const missing = slot.unit.missingCell!;
        edits.push({ offset: missing.offset, length: 0, text: delimiter.repeat(missing.delimiters) + content });
      }
    }
  }
  return edits.sort((a, b) => a.offset - b.offset);
}

/** The text with the edits made (sorted, not overlapping). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let cursor = 0;
  for (const e of [...edits].sort((a, b) => a.offset - b.offset)) {
    if (e.offset < cursor) throw new Error(`overlapping edits at ${e.offset}`);
    out += text.slice(cursor, e.offset) + e.text;
    cursor = e.offset + e.length;
  }
  return out + text.slice(cursor);
}

/**
 * CSV/TSV: the source cell's content (as written in the file, edits made) as the target cell must hold it: the
 * source's doubled quotes undone, then quoted again when the target cell is quoted, or when the text needs quotes.
 */
export function csvCellContent(raw: string, sourceQuoted: boolean, targetQuoted: boolean, delimiter: ',' | '\t'): string {
  const value = sourceQuoted ? raw.replace(/""/g, '"') : raw;
  if (targetQuoted) return value.replace(/"/g, '""');
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Whether a CSV cell whose content starts at `start` is quoted (a cell the row lacks is not). */
export const csvQuoted = (text: string, string: UnitString | undefined): boolean => string !== undefined && string.start > 0 && text[string.start - 1] === '"' && text[string.end] === '"';

/** The edit that sets attribute `name` of the start tag at [start, end) to `value` (none when it has that value). */
function setAttribute(text: string, start: number, end: number, name: string, value: string): Edit | undefined {
  const tag = text.slice(start, end);
  const found = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (found) {
    if ((found[2] ?? found[3]) === value) return undefined;
    const valueStart = start + found.index + found[0].length - found[1]!.length + 1;
    return { offset: valueStart, length: found[1]!.length - 2, text: value };
  }
  const close = /\s*\/?>$/.exec(tag)!;
  return { offset: start + close.index, length: 0, text: ` ${name}="${value}"` };
}

/** Where the elements of an XLIFF file's units are: start tags found by the offset where they end. */
class XliffPlaces {
  private readonly events: XmlEvent[];
  private readonly openEndingAt = new Map<number, number>();

  constructor(private readonly text: string) {
    this.events = scanXml(text);
    this.events.forEach((e, k) => {
      if (e.type === 'open') this.openEndingAt.set(e.end, k);
    });
  }

  /** The index of the start tag whose element holds event k. */
  private parent(k: number): number | undefined {
    let depth = 0;
    for (let j = k - 1; j >= 0; j--) {
      const e = this.events[j]!;
      if (e.type === 'close') depth++;
      else if (e.type === 'open' && !e.selfClosing) {
        if (depth === 0) return j;
        depth--;
      }
    }
    return undefined;
  }

  /** The index of the end tag of the element opened by event k. */
  private closing(k: number): number {
    let depth = 0;
    for (let j = k + 1; j < this.events.length; j++) {
      const e = this.events[j]!;
      if (e.type === 'open' && !e.selfClosing) depth++;
      else if (e.type === 'close') {
        if (depth === 0) return j;
        depth--;
      }
    }
    throw new Error('unclosed element');
  }

  edits(slot: EmptyTarget, content: string): Edit[] {
    const { text } = this;
    const sourceAt = this.openEndingAt.get(slot.source.start);
    if (sourceAt === undefined) throw new Error(`no <source> tag ends at ${slot.source.start}`);
    const sourceTag = this.events[sourceAt] as Extract<XmlEvent, { type: 'open' }>;
    const holderAt = this.parent(sourceAt);
    const holder = holderAt === undefined ? undefined : (this.events[holderAt] as Extract<XmlEvent, { type: 'open' }>);
    const v2 = holder !== undefined && localName(holder.name) === 'segment';
    const prefix = sourceTag.name.slice(0, sourceTag.name.length - localName(sourceTag.name).length);
    const edits: Edit[] = [];
    const draft = v2 ? '' : ' state="needs-translation"';
    if (slot.target) {
      const targetAt = this.openEndingAt.get(slot.target.start);
      if (targetAt === undefined) throw new Error(`no <target> tag ends at ${slot.target.start}`);
      const tag = this.events[targetAt] as Extract<XmlEvent, { type: 'open' }>;
      if (tag.selfClosing) {
        // <target/> becomes <target …>content</target>, its attributes kept.
        const raw = text.slice(tag.start, tag.end);
        const open = raw.replace(/\s*\/>$/, '>');
        const state = v2 ? undefined : setAttribute(open, 0, open.length, 'state', 'needs-translation');
        const opened = state ? open.slice(0, state.offset) + state.text + open.slice(state.offset + state.length) : open;
        edits.push({ offset: tag.start, length: tag.end - tag.start, text: `${opened}${content}</${tag.name}>` });
      } else {
        edits.push({ offset: slot.target.start, length: slot.target.end - slot.target.start, text: content });
        const state = v2 ? undefined : setAttribute(text, tag.start, tag.end, 'state', 'needs-translation');
        if (state) edits.push(state);
      }
    } else {
      // XLIFF 1.2 puts <target> after <seg-source> (Trados' segmented copy of the source) when there is one.
      let after = this.closing(sourceAt);
      let next = after + 1;
      while (this.events[next]?.type === 'text') next++;
      const following = this.events[next];
      if (following?.type === 'open' && localName(following.name) === 'seg-source' && !following.selfClosing) after = this.closing(next);
      const sourceClose = this.events[after]!;
      // The whitespace before <source>, when it holds a line break, puts the target on a line of its own.
      let ws = sourceTag.start;
      while (ws > 0 && /[ \t\r\n]/.test(text[ws - 1]!)) ws--;
      const before = text.slice(ws, sourceTag.start);
      const indent = /[\r\n]/.test(before) ? before.slice(before.search(/\r?\n[^\r\n]*$/)) : '';
      edits.push({ offset: sourceClose.end, length: 0, text: `${indent}<${prefix}target${draft}>${content}</${prefix}target>` });
    }
    if (v2 && holder) {
      const state = setAttribute(text, holder.start, holder.end, 'state', 'initial');
      if (state) edits.push(state);
    }
    return edits;
  }
}

/** The edit that adds `fuzzy` to a PO entry's flags. */
function fuzzyFlag(text: string, unit: BilingualUnit): Edit {
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  let keywords = lineStart(unit.source.start);
  const eol = text[text.indexOf('\n', unit.source.start) - 1] === '\r' ? '\r\n' : '\n';
  if (unit.key.includes('\u0004')) {
    // The msgctxt line (and its continuation lines) come before msgid.
    while (keywords > 0 && !/^[ \t]*msgctxt\b/.test(text.slice(keywords, text.indexOf('\n', keywords)))) keywords = lineStart(keywords - 1);
  }
  // The comment lines just above the entry's keywords.
  let flagsLine: number | undefined;
  let previous: number | undefined;
  for (let line = keywords; line > 0;) {
    const above = lineStart(line - 1);
    const content = text.slice(above, line).trimStart();
    if (!content.startsWith('#')) break;
    if (content.startsWith('#,') && flagsLine === undefined) flagsLine = above + text.slice(above, line).indexOf('#,');
    if (content.startsWith('#|')) previous = above;
    line = above;
  }
  if (flagsLine !== undefined) return { offset: flagsLine + 2, length: 0, text: ' fuzzy,' };
  return { offset: previous ?? keywords, length: 0, text: `#, fuzzy${eol}` };
}

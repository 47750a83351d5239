/**
 * A bilingual file as a ProseDocument: everything but the text of the checked targets is blanked (sources, tags,
 * inline codes, character references, PO keywords, quotes and escapes, CSV quotes), so every rule checks the
 * target side. The rules read the view (mapped-text.ts), where an inline code inside a target reads as nothing
 * (one name over `Vera <pc>Yurova</pc>`), and every finding is mapped back to the file's offsets. The segment
 * pairs stay on the document for `name-mismatch`.
 *
 * Left out: units marked translate="no" (on the unit, a group or the file), PO obsolete entries (`#~`), empty
 * targets, and units whose state the caller skips (`skipStates`: XLIFF states such as `final` or `signed-off`;
 * `fuzzy` for PO fuzzy entries; compared without regard to case).
 */
import type { ProseDocument } from '../document.ts';
import { MappedTextBuilder, type MappedText } from '../mapped-text.ts';
import { readBilingualCsv } from './csv.ts';
import { readPo } from './po.ts';
import type { BilingualFile, FilePosition, UnitString } from './types.ts';
import { readXliff } from './xliff.ts';

export type BilingualFormat = 'xliff' | 'po' | 'csv' | 'tsv';

/** One source segment and the range of its target in the file. */
export interface SegmentPair {
  /** The unit's id (PO: its key; a plural form n adds `[n]`). */
  id: string;
  /** The decoded source text (PO: msgid, or msgid_plural for plural forms past the first). */
  source: string;
  /** [start, end) of the target's content in the file. */
  start: number;
  end: number;
  /** [viewStart, viewEnd) of the target in the document's view, the text the rules read. */
  viewStart?: number;
  viewEnd?: number;
  position: FilePosition;
}

export interface BilingualInfo {
  /** The languages the file declares (XLIFF srcLang/trgLang or source-/target-language, PO Language, CSV headers). */
  sourceLocale?: string;
  targetLocale?: string;
  segments: SegmentPair[];
}

export interface BilingualOptions {
  /** States whose units are not checked (`final`, `signed-off`, `fuzzy` …). Default: none. */
  skipStates?: readonly string[];
}

export function readBilingual(source: string, format: BilingualFormat): BilingualFile {
  switch (format) {
    case 'xliff':
      return readXliff(source);
    case 'po':
      return readPo(source);
    case 'csv':
      return readBilingualCsv(source, ',');
    case 'tsv':
      return readBilingualCsv(source, '\t');
  }
}

/**
 * The view (see mapped-text.ts) of some strings of a bilingual file (the targets for checking, the sources for
 * `localize`): their text as written; an inline code or tag between two pieces of it (`Vera <pc id="1">Yurova</pc>`,
 * `Jou<ph id="1"/>rová`) reads as nothing, as inline markup does in HTML, so a name over it is one name and a fix
 * that would cross it is withheld; a reference or an escape reads as blanks; everything outside the strings as a
 * break. `ranges[n]` is [viewStart, viewEnd) of `strings[n]`, undefined for a string that overlaps an earlier one.
 * Fixes are left unescaped: they are escaped as the format writes text after they are mapped back (escape.ts).
 */
export function stringsView(source: string, strings: readonly UnitString[]): { view: MappedText; prose: string; ranges: Array<[number, number] | undefined> } {
  const order = strings.map((_, n) => n).sort((a, b) => strings[a]!.start - strings[b]!.start);
  const ranges: Array<[number, number] | undefined> = strings.map(() => undefined);
  const builder = new MappedTextBuilder(source);
  for (const n of order) {
    const string = strings[n]!;
    if (string.start < builder.position) continue;
    builder.markup(string.start, false);
    const viewStart = builder.length;
    const gap = (to: number) => {
      if (source.slice(builder.position, to).includes('<')) builder.markup(to, true);
      else builder.blanked(to);
    };
    for (const [start, end] of [...string.prose].sort((a, b) => a[0] - b[0])) {
      if (start < builder.position) continue;
      gap(start);
      builder.copy(end);
    }
    gap(string.end);
    ranges[n] = [viewStart, builder.length];
  }
  const { view, prose } = builder.build((text) => text);
  return { view, prose, ranges };
}

export function bilingualDocument(source: string, format: BilingualFormat, options: BilingualOptions = {}): ProseDocument & { bilingual: BilingualInfo } {
  const file = readBilingual(source, format);
  const skip = new Set((options.skipStates ?? []).map((s) => s.trim().toLowerCase()).filter(Boolean));
  const targets: Array<{ target: UnitString; segment: SegmentPair }> = [];
  const segments: SegmentPair[] = [];
  for (const unit of file.units) {
    if (!unit.translate || unit.obsolete) continue;
    if (unit.state !== undefined && skip.has(unit.state.toLowerCase())) continue;
    if (unit.fuzzy && skip.has('fuzzy')) continue;
    for (const target of unit.targets) {
      if (!target.text.trim()) continue;
      const plural = target.plural !== undefined && unit.sourcePlural !== undefined;
      const segment: SegmentPair = {
        id: plural ? `${unit.id}[${target.plural}]` : unit.id,
        source: plural && target.plural! > 0 ? unit.sourcePlural!.text : unit.source.text,
        start: target.start,
        end: target.end,
        position: target.position,
      };
      segments.push(segment);
      targets.push({ target, segment });
    }
  }
  const { view, prose, ranges } = stringsView(source, targets.map((t) => t.target));
  targets.forEach(({ segment }, n) => {
    const range = ranges[n];
    if (range) [segment.viewStart, segment.viewEnd] = range;
  });
  return {
    format,
    source,
    prose,
    view,
    bilingual: {
      ...(file.sourceLanguage ? { sourceLocale: file.sourceLanguage } : {}),
      ...(file.targetLanguage ? { targetLocale: file.targetLanguage } : {}),
      segments,
    },
  };
}

/**
 * A fix's replacement as the format must write it inside a target: `&` and `<` as XML references, `"` and `\`
 * as PO escapes. A CSV or TSV field would need its quoting changed for a delimiter, quote or line break, so such
 * a replacement is refused (undefined: the finding keeps no fix); names rarely hold any of these.
 */
export function escapeReplacement(format: BilingualFormat, text: string): string | undefined {
  switch (format) {
    case 'xliff':
      return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    case 'po':
      return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
    case 'csv':
      return /[",\r\n]/.test(text) ? undefined : text;
    case 'tsv':
      return /["\t\r\n]/.test(text) ? undefined : text;
  }
}

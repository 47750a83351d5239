/**
 * `localize` on a bilingual file (XLIFF, PO, CSV/TSV): every empty target gets its source with every name written
 * as the target locale writes it (the CAT tools' "copy source, apply terms" pre-translation), marked as a draft
 * (formats/bilingual/fill.ts). Inline codes, escapes and references are copied as the source has them: only the
 * letters of a name that differ are replaced, through the same map that `fix` uses (a name that runs over an inline
 * code keeps the source's form and is listed). Targets with text, and everything else in the file, are left as
 * they are, so a second run changes nothing. Pure; no I/O.
 */
import { detectLocale } from '../detect/language.ts';
import { escapeReplacement, readBilingual, stringsView, type BilingualFormat } from '../formats/bilingual/document.ts';
import { applyEdits, csvCellContent, csvQuoted, emptyTargets, fillEdits, type EmptyTarget } from '../formats/bilingual/fill.ts';
import type { BilingualFile, UnitString } from '../formats/bilingual/types.ts';
import type { NameIndex } from '../match/name-index.ts';
import { localizeMentions, mentionsOf, type KeptName, type LocalizedName } from './localize.ts';

export interface FillOptions {
  format: BilingualFormat;
  index: NameIndex;
  /** The target locale (the caller resolves it from the file, --to or --locale). */
  to: string;
  /** The source locale; default: the file's, else detected from the sources, else English. */
  from?: string;
  /** Unit states not to fill (`final`, `fuzzy` …), as `check --skip-state`. */
  skipStates?: readonly string[];
  /** The file as already read (else it is read here). */
  file?: BilingualFile;
}

/** Why a name was copied in the source's form. */
export type KeptReason = 'no-form' | 'inline-code' | 'quoting';

export interface FilledName extends LocalizedName {
  /** The target's id. */
  id: string;
}

export interface CopiedName extends KeptName {
  id: string;
  reason: KeptReason;
}

export interface FillResult {
  /** The file with its empty targets filled. */
  text: string;
  from: string;
  to: string;
  /** Every empty target, those skipped included. */
  empty: number;
  filled: number;
  /** Empty targets left out: translate="no", a skipped state. */
  skipped: number;
  /** Names written in the target's form; offsets are the source's, in the input file. */
  names: FilledName[];
  /** Names copied as the source writes them. */
  kept: CopiedName[];
}

/** The items (sorted by start, as localizeMentions lists them) that lie in [range[0], range[1]). */
function within<T extends { start: number; end: number }>(items: readonly T[], range: readonly [number, number]): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < range[0]) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < items.length && items[k]!.start < range[1]; k++) if (items[k]!.end <= range[1]) out.push(items[k]!);
  return out;
}

export function fillBilingual(text: string, options: FillOptions): FillResult {
  const { format, index, to } = options;
  const file = options.file ?? readBilingual(text, format);
  const { slots, empty, skipped } = emptyTargets(text, format, file, options.skipStates);
  const from = options.from ?? file.sourceLanguage ?? detectLocale(slots.map((s) => s.source.text).join('\n'), index.locales) ?? 'en';

  // One view of every source to copy (a PO msgid_plural serves several plural forms: read once).
  const sources: UnitString[] = [];
  const sourceOf = new Map<number, number>();
  for (const slot of slots) {
    if (!sourceOf.has(slot.source.start)) {
      sourceOf.set(slot.source.start, sources.length);
      sources.push(slot.source);
    }
  }
  const { view, ranges } = stringsView(text, sources);
  const localized = localizeMentions(view.text, mentionsOf(view.text, from, index), index, from, to);

  const names: FilledName[] = [];
  const kept: CopiedName[] = [];
  const fills: Array<{ slot: EmptyTarget; content: string }> = [];
  for (const slot of slots) {
    const range = ranges[sourceOf.get(slot.source.start)!];
    if (!range) continue;
    const at = (n: { start: number; end: number }) => ({ start: view.sourceOffset(n.start), end: Math.max(view.sourceOffset(n.start), view.sourceEndOffset(n.end)) });
    const edits: Array<{ offset: number; length: number; text: string }> = [];
    for (const n of within(localized.names, range)) {
      const fix = view.fix(n.start, n.end, n.written);
      const written = fix ? escapeReplacement(format, fix.text) : undefined;
      if (!fix || written === undefined) {
        kept.push({ id: slot.id, entity: n.entity, ...at(n), found: n.found, reason: fix ? 'quoting' : 'inline-code' });
        continue;
      }
      if (fix.length > 0 || written) edits.push({ ...fix, text: written });
      names.push({ ...n, ...at(n), id: slot.id });
    }
    for (const k of within(localized.kept, range)) kept.push({ ...k, ...at(k), id: slot.id, reason: 'no-form' });
    const raw = applyEdits(text.slice(slot.source.start, slot.source.end), edits.map((e) => ({ ...e, offset: e.offset - slot.source.start })));
    const content = format === 'csv' || format === 'tsv'
      ? csvCellContent(raw, csvQuoted(text, slot.source), csvQuoted(text, slot.target), format === 'csv' ? ',' : '\t')
      : raw;
    fills.push({ slot, content });
  }
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  return {
    text: applyEdits(text, fillEdits(text, format, fills)),
    from,
    to,
    empty,
    filled: fills.length,
    skipped,
    names: names.sort(byStart),
    kept: kept.sort(byStart),
  };
}

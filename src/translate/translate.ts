/**
 * Name-safe machine translation: names out (placeholders), engine, names back in as the target locale writes
 * them, then the whole output checked like any other text. The engine never sees a name, so it can neither
 * mark it unknown ("*Kuleba") nor translate one that is also a word.
 */
import { checkText } from '../check.ts';
import type { Diagnostic } from '../diagnostic.ts';
import type { DocumentFormat } from '../formats/index.ts';
import { mentionsOf } from '../localize/localize.ts';
import { targetForm, type NominativeReason } from '../localize/target-form.ts';
import type { NameIndex } from '../match/name-index.ts';
import type { TranslationEngine } from './engine.ts';
import { stripMarks, type EngineMark } from './marks.ts';
import { audit, auditPassed, chooseStyle, protect, restore, type Audit } from './placeholders.ts';
import type { Mention } from '../match/mention.ts';

export interface TranslateOptions {
  from: string;
  to: string;
  engine: TranslationEngine;
  index: NameIndex;
  /** Markdown: names inside code and URLs are not protected (nor changed). Default: plain text. */
  format?: DocumentFormat;
  /** False sends the text to the engine as it is: the baseline the measurement compares against. Default true. */
  protect?: boolean;
}

export interface TranslatedName {
  entity: string;
  /** Where the name stood in the source text. */
  start: number;
  end: number;
  found: string;
  written: string;
  placeholder: string;
  nominative?: NominativeReason;
}

/** A passage of the source kept as it was, because the engine did not return its placeholders intact. */
export interface UntranslatedSegment {
  start: number;
  end: number;
  audit: Audit;
}

export interface TranslationResult {
  text: string;
  from: string;
  to: string;
  engine: string;
  /** Names written in the target's form. */
  names: TranslatedName[];
  /** Names the glossary has no target form for: written back as the source spells them. */
  kept: TranslatedName[];
  /**
   * Names the engine lost. Always empty since the placeholder audit: a passage whose placeholders do not come
   * back exactly once is kept untranslated instead (see `untranslated`). Kept for the library's users.
   */
  lost: TranslatedName[];
  /** Passages kept as the source has them: the engine dropped, repeated or invented a placeholder there. */
  untranslated: UntranslatedSegment[];
  /** Words the engine marked (unknown, or failed to generate or transfer), marks removed from the text. */
  engineMarks: EngineMark[];
  /** `checkText` on the translation, in the target locale. */
  diagnostics: Diagnostic[];
}

/** Paragraphs: the source cut after each blank line, so that the pieces put together are the source. */
export function paragraphs(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const gap = /\r?\n[ \t]*(?:\r?\n[ \t]*)+/g;
  let start = 0;
  for (const m of text.matchAll(gap)) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length || !out.length) out.push({ start, end: text.length });
  return out;
}

interface Piece {
  start: number;
  end: number;
  mentions: Mention[];
}

export async function translate(text: string, options: TranslateOptions): Promise<TranslationResult> {
  const { from, to, engine, index } = options;
  const mentions = options.protect === false ? [] : mentionsOf(text, from, index, options.format);
  const style = chooseStyle(text);
  const planned = mentions.map((m, i): { name: TranslatedName; kept: boolean } => {
    const target = targetForm(index, m, from, to);
    const name: TranslatedName = {
      entity: m.entity.id,
      start: m.start,
      end: m.end,
      found: m.text,
      written: target?.text ?? m.text,
      placeholder: style.make(i + 1),
      ...(target?.nominative ? { nominative: target.nominative } : {}),
    };
    return { name, kept: !target };
  });
  const written = new Map(mentions.map((m, i) => [m, planned[i]!.name.written]));

  // One piece of the source through the engine: placeholders numbered 1… within the piece, audited on return.
  const engineMarks: EngineMark[] = [];
  const run = async (piece: Piece): Promise<{ text: string; audit: Audit; marks: EngineMark[] }> => {
    const source = text.slice(piece.start, piece.end);
    const spans = piece.mentions.map((m) => ({ start: m.start - piece.start, end: m.end - piece.start }));
    const sent = protect(source, spans, style);
    let output = await engine.translate(sent, from, to);
    let marks: EngineMark[] = [];
    if (engine.marksUnknownWords) ({ text: output, marks } = stripMarks(output, sent));
    const result = audit(output, spans.length, style);
    return { text: auditPassed(result) ? restore(output, spans.length, style, (n) => written.get(piece.mentions[n - 1]!)!).text : source, audit: result, marks };
  };

  const whole: Piece = { start: 0, end: text.length, mentions };
  let first = await run(whole);
  const pieces: Array<{ piece: Piece; text: string; audit: Audit; marks: EngineMark[] }> = [{ piece: whole, ...first }];
  if (!auditPassed(first.audit)) {
    // The engine broke a placeholder somewhere: paragraph by paragraph, so that only the passage where it
    // happens stays untranslated.
    const parts = paragraphs(text);
    if (parts.length > 1) {
      pieces.length = 0;
      for (const part of parts) {
        const piece = { ...part, mentions: mentions.filter((m) => m.start >= part.start && m.end <= part.end) };
        if (!text.slice(part.start, part.end).trim()) pieces.push({ piece, text: text.slice(part.start, part.end), audit: { missing: [], repeated: [], invented: [] }, marks: [] });
        else pieces.push({ piece, ...(await run(piece)) });
      }
    }
  }
  first = pieces[0]!;
  const untranslated: UntranslatedSegment[] = [];
  const inUntranslated = new Set<Mention>();
  for (const p of pieces) {
    if (auditPassed(p.audit)) engineMarks.push(...p.marks.filter((m) => !engineMarks.some((e) => e.kind === m.kind && e.word === m.word)));
    else {
      untranslated.push({ start: p.piece.start, end: p.piece.end, audit: p.audit });
      for (const m of p.piece.mentions) inUntranslated.add(m);
    }
  }
  const output = pieces.map((p) => p.text).join('');
  const translatedNames = planned.filter((_, i) => !inUntranslated.has(mentions[i]!));
  return {
    text: output,
    from,
    to,
    engine: engine.name,
    names: translatedNames.filter((p) => !p.kept).map((p) => p.name),
    kept: translatedNames.filter((p) => p.kept).map((p) => p.name),
    lost: [],
    untranslated,
    engineMarks,
    diagnostics: checkText(output, { locale: to, index }).diagnostics,
  };
}

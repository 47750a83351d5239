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
import { chooseStyle, protect, restore } from './placeholders.ts';

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

export interface TranslationResult {
  text: string;
  from: string;
  to: string;
  engine: string;
  /** Names written in the target's form. */
  names: TranslatedName[];
  /** Names the glossary has no target form for: written back as the source spells them. */
  kept: TranslatedName[];
  /** Names whose placeholder the engine dropped: they are missing from the translation. */
  lost: TranslatedName[];
  /** Words the engine marked (unknown, or failed to generate or transfer), marks removed from the text. */
  engineMarks: EngineMark[];
  /** `checkText` on the translation, in the target locale. */
  diagnostics: Diagnostic[];
}

export async function translate(text: string, options: TranslateOptions): Promise<TranslationResult> {
  const { from, to, engine, index } = options;
  const mentions = options.protect === false ? [] : mentionsOf(text, from, index, options.format);
  const style = chooseStyle(text);
  const sent = protect(text, mentions, style);
  let output = await engine.translate(sent, from, to);
  let engineMarks: EngineMark[] = [];
  if (engine.marksUnknownWords) ({ text: output, marks: engineMarks } = stripMarks(output, sent));

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
  const restored = restore(output, mentions.length, style, (n) => planned[n - 1]!.name.written);
  const missing = new Set(restored.missing);
  const result: TranslationResult = {
    text: restored.text,
    from,
    to,
    engine: engine.name,
    names: planned.filter((p, i) => !p.kept && !missing.has(i + 1)).map((p) => p.name),
    kept: planned.filter((p, i) => p.kept && !missing.has(i + 1)).map((p) => p.name),
    lost: planned.filter((_, i) => missing.has(i + 1)).map((p) => p.name),
    engineMarks,
    diagnostics: checkText(restored.text, { locale: to, index }).diagnostics,
  };
  return result;
}

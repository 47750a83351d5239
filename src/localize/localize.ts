/**
 * One text, one version per target locale: every name the matcher finds is written as the target locale
 * writes it, and nothing else changes. Pure; no I/O.
 */
import { readDocument, type DocumentFormat } from '../formats/index.ts';
import { findMentions } from '../match/matcher.ts';
import type { Mention } from '../match/mention.ts';
import type { NameIndex } from '../match/name-index.ts';
import type { GrammaticalCase } from '../inflect/index.ts';
import { resolveLocale } from '../text/locale.ts';
import { targetForm, type NominativeReason } from './target-form.ts';

export interface LocalizeOptions {
  /** Locale of the source text. */
  from: string;
  to: readonly string[];
  index: NameIndex;
  /** Markdown: names inside code, URLs and front matter are left alone. Default: plain text. */
  format?: DocumentFormat;
}

export interface LocalizedName {
  entity: string;
  /** UTF-16 offsets in the source text. */
  start: number;
  end: number;
  found: string;
  written: string;
  grammaticalCase: GrammaticalCase;
  /** Set when the nominative was written and the sentence may need another case. */
  nominative?: NominativeReason;
}

/** A name left as the source spells it because the glossary has no form for the target locale. */
export interface KeptName {
  entity: string;
  start: number;
  end: number;
  found: string;
}

export interface LocalizedText {
  locale: string;
  text: string;
  /** Every name written in the target's form (including those spelled the same in both locales). */
  names: LocalizedName[];
  kept: KeptName[];
}

/** The mentions of a text, found in its prose only (a Markdown code span keeps its names). */
export function mentionsOf(source: string, from: string, index: NameIndex, format: DocumentFormat = 'text'): Mention[] {
  const mentions = findMentions(readDocument(source, format).prose, index, { locale: resolveLocale(from, index.locales) });
  for (const m of mentions) m.text = source.slice(m.start, m.end);
  return mentions;
}

/** The version of `source` for one target locale, from mentions already found. */
export function localizeMentions(source: string, mentions: readonly Mention[], index: NameIndex, fromTag: string, toTag: string): LocalizedText {
  const from = resolveLocale(fromTag, index.locales);
  const to = resolveLocale(toTag, index.locales);
  const names: LocalizedName[] = [];
  const kept: KeptName[] = [];
  let text = '';
  let cursor = 0;
  for (const m of mentions) {
    const target = targetForm(index, m, from, to);
    if (!target) {
      kept.push({ entity: m.entity.id, start: m.start, end: m.end, found: m.text });
      continue;
    }
    text += source.slice(cursor, m.start) + target.text;
    cursor = m.end;
    names.push({
      entity: m.entity.id,
      start: m.start,
      end: m.end,
      found: m.text,
      written: target.text,
      grammaticalCase: target.grammaticalCase,
      ...(target.nominative ? { nominative: target.nominative } : {}),
    });
  }
  text += source.slice(cursor);
  return { locale: toTag, text, names, kept };
}

/** One version per target locale; the source is matched once. */
export function localize(source: string, options: LocalizeOptions): LocalizedText[] {
  const mentions = mentionsOf(source, options.from, options.index, options.format);
  return options.to.map((to) => localizeMentions(source, mentions, options.index, options.from, to));
}

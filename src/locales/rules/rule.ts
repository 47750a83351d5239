/**
 * A locale rule: metadata and a pure function from one catalogue (with its base, when it is a translation) to
 * findings in file offsets. The runner (../check.ts) turns findings into canonym Diagnostics.
 */
import type { SeveritySetting } from '../../diagnostic.ts';
import type { Mention } from '../../match/mention.ts';
import type { LanguageDetector } from '../detect-language.ts';
import type { Message } from '../message.ts';
import type { Catalogue, Entry, Range, Syntax } from '../model.ts';
import type { Pairing } from '../pair.ts';
import type { UsedKeys } from '../unused.ts';

export interface LocaleRuleContext {
  file: Catalogue;
  /** The same namespace in the base locale; undefined when `file` is the base. */
  base: Catalogue | undefined;
  baseLocale: string;
  syntax: Syntax;
  pairing: Pairing;
  /** Parsed once per entry and shared by the rules. */
  message(entry: Entry): Message;
  /** Names the glossary knows in the entry's text (they read the same in every language). */
  mentions(entry: Entry): readonly Mention[];
  detector: LanguageDetector;
  /** Lower-cased words that may stay as in the base (untranslated). */
  allow: ReadonlySet<string>;
  /** Whether a word is an ordinary word of a locale's language (src/lexicon); undefined when no dictionary says. */
  ordinaryWord?: (word: string, locale: string) => boolean | undefined;
  /**
   * Whether most of the locales that translate `key` keep the base's string as it is (three at least): a name the
   * project keeps on purpose ("Mermaid", "Amazon"), not a string left untranslated.
   */
  keptByMost?(key: string, locale: string): boolean;
  /** The keys the source code uses, when `--unused-keys` names it. */
  used?: UsedKeys;
}

export interface LocaleFinding extends Range {
  message: string;
  expected?: string;
}

export interface LocaleRuleMeta {
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
}

export interface LocaleRule {
  meta: LocaleRuleMeta;
  check(context: LocaleRuleContext): LocaleFinding[];
}

/** The value's text in the file; for an empty string, its two quotes, so there is something to point at. */
export function valueRange(entry: Entry): Range {
  const l = entry.literal;
  return l.value.length ? { start: l.contentStart, end: l.contentEnd } : { start: l.offset, end: l.offset + l.length };
}

/** A range of the decoded value, in the file. */
export function rangeIn(entry: Entry, start: number, end: number): Range {
  return entry.literal.range(start, end);
}

/**
 * A value to quote in a message, cut to a readable length: its text as JSON writes it (escapes and all), without
 * the quotation marks, which the message puts as its language does ("…", „…“, « … »).
 */
export function excerpt(value: string, max = 40): string {
  const flat = value.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat).slice(1, -1);
}

/** Translations only, and only entries that have a base counterpart and say something. */
export function translatedItems(context: LocaleRuleContext) {
  return context.base ? context.pairing.items.filter((i) => i.base && i.entry.value.trim() !== '') : [];
}

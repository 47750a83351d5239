/**
 * A rule: metadata plus a pure function from what the matcher found to findings (ESLint's meta + create,
 * without the visitor: names are already found once, for every rule).
 */
import type { SeveritySetting } from '../diagnostic.ts';
import type { Mention } from '../match/mention.ts';
import type { NameIndex } from '../match/name-index.ts';
import type { TextDocument } from '../text/document.ts';

export interface RuleContext {
  text: string;
  /** `text` as a document (its words, sentences and lines), made once by the kernel; absent when a caller checks by hand. */
  document?: TextDocument;
  locale: string;
  mentions: readonly Mention[];
  index: NameIndex;
  /** Suspected variants at or above this score carry a fix (default: none do). */
  fixSuspectsAbove?: number;
  /** Bilingual files: each target segment's range in `text` with its source text (the name-mismatch rule). */
  segments?: readonly RuleSegment[];
}

/** A target segment of a bilingual file: [start, end) of `text`, and the source it translates. */
export interface RuleSegment {
  id: string;
  source: string;
  /** The source's locale, resolved among the glossary's. */
  sourceLocale: string;
  start: number;
  end: number;
}

export interface Finding {
  start: number;
  end: number;
  message: string;
  found: string;
  expected?: string;
  entity?: string;
  /** The replacement for [start, end), when the rule is sure of it. */
  fix?: string;
  /** A lower severity than the rule's for this finding (a finding the rule is less sure of); never raises it. */
  lower?: 'warning' | 'info';
}

/** A documented example that the test suite runs: in `text`, the rule reports exactly `reports` (found → expected). */
export interface RuleExample {
  locale: string;
  text: string;
  reports: Array<{ found: string; expected?: string }>;
  /** For rules that compare with a source (name-mismatch): the text's segments. */
  segments?: RuleSegment[];
}

/**
 * What a rule needs beyond the matcher's mentions, computed once by the kernel for every rule that asks:
 * `suspects` adds the fuzzy matcher's suspected variants to the mentions (a costly pass, run only when a rule on
 * asks for it).
 */
export type RuleNeed = 'suspects';

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  fixable: boolean;
  examples: RuleExample[];
  needs?: readonly RuleNeed[];
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): Finding[];
}

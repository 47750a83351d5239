/**
 * What the bilingual readers (XLIFF 1.2 and 2.x, gettext PO, bilingual CSV/TSV) give back: units with their
 * decoded source and target, and, for every target string, where its content lies in the file. `prose` lists
 * the parts of that content that are text (not inline codes, tags, character references or escapes), so that a
 * document can blank everything else and keep every offset.
 */
import { SyntaxErrorAt } from '../../io/errors.ts';

/** A place in the file: UTF-16 offset and 1-based line and column (as editors count them). */
export interface FilePosition {
  offset: number;
  line: number;
  column: number;
}

/** One target (or source) string as the file holds it. */
export interface UnitString {
  /** The decoded text: character references and escapes resolved, inline codes left out. */
  text: string;
  /** Offsets of the raw content in the file: [start, end) between the tags, or inside the quotes (PO, CSV). */
  start: number;
  end: number;
  /** Where the content starts. */
  position: FilePosition;
  /** Ranges [start, end) of the file inside the content that are text as written (no markup, no escapes). */
  prose: Array<[number, number]>;
  /** PO plural index (msgstr[n]); absent for a singular string. */
  plural?: number;
}

export interface BilingualUnit {
  /** XLIFF: the unit's id (`unit#segment` when a 2.x unit has several segments); CSV: the row number or key column. */
  id: string;
  /** PO: msgctxt + U+0004 + msgid, as gettext keys messages; otherwise the id. */
  key: string;
  source: UnitString;
  /** PO: msgid_plural. */
  sourcePlural?: UnitString;
  /** Every target string: one, or one per plural form (PO msgstr[n]); empty when the unit has no target element. */
  targets: UnitString[];
  /** XLIFF 1.2 target state / 2.x segment state; PO: `fuzzy` or `translated` (or `untranslated`). */
  state?: string;
  /** False for translate="no" (on the unit or an enclosing group or file). */
  translate: boolean;
  /** PO flags (`fuzzy`, `c-format` …) plus `obsolete` for `#~` entries. */
  flags: string[];
  fuzzy: boolean;
  obsolete: boolean;
  /**
   * CSV/TSV: a row with fewer cells than the target column needs (no target cell): where its last cell ends (after
   * a closing quote), and how many delimiters the target cell needs before it.
   */
  missingCell?: { offset: number; delimiters: number };
  /** The source and target language of the unit's file, when the file says. */
  sourceLanguage?: string;
  targetLanguage?: string;
}

export interface BilingualFile {
  format: 'xliff' | 'po' | 'csv' | 'tsv';
  /** XLIFF version (1.2, 2.0, 2.1 …). */
  version?: string;
  sourceLanguage?: string;
  targetLanguage?: string;
  units: BilingualUnit[];
  /** PO header fields (Language, Plural-Forms …). */
  header?: Record<string, string>;
}

/**
 * A file that is not well-formed for its format: the message names line and column, and the file once `at`
 * gives its path (the CLI exits 2 with it, as for any input it refuses).
 */
export class BilingualSyntaxError extends SyntaxErrorAt {
  override name = 'BilingualSyntaxError';
}

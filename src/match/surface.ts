import type { GrammaticalCase } from '../inflect/index.ts';
import type { Entity, Variant } from '../glossary/model.ts';
import type { GeneratedVariant } from '../variants/generate.ts';

/** One way an entity can appear in text, as the index stores it. */
export interface SurfaceForm {
  entity: Entity;
  /** The form as written (already inflected when `grammaticalCase` is set). */
  form: string;
  /** Its words as written, to compare case and diacritics with what the text has. */
  words: string[];
  /** Hyphen between word i-1 and i in the form (index 0 unused). */
  hyphens: boolean[];
  /** A surname alone, an acronym or a one-word variant: attributed only with context. */
  short: boolean;
  /** Locales where this form (or its nominative) is canonical. Empty for variants. */
  canonicalIn: string[];
  variant?: Variant;
  /** Set for spellings the variant generator made (transliteration round trips), with the paths that made them. */
  generated?: GeneratedVariant;
  /** Set for inflected forms: the case, and the locale whose paradigm made it. */
  grammaticalCase?: GrammaticalCase;
  paradigm?: string;
  /** A Czech possessive adjective of the name (Trumpova): recognised only as spelt, never written by a fix. */
  possessive?: boolean;
}

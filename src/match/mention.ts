import type { GrammaticalCase } from '../inflect/index.ts';
import type { Entity } from '../glossary/model.ts';
import type { SurfaceForm } from './surface.ts';

/**
 * What kind of form a mention uses, seen from the text's locale:
 * canonical (right here), short (right here, surname or acronym), inflected (right here, in a case),
 * other-locale (right in another locale), variant (a listed or generated spelling), suspect (close to a known name).
 */
export type MentionKind = 'canonical' | 'short' | 'inflected' | 'other-locale' | 'variant' | 'suspect';

export interface Mention {
  entity: Entity;
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  surface: SurfaceForm;
  /** False when the text differs from the glossary form in diacritics, apostrophes or hyphens (not case). */
  exact: boolean;
  grammaticalCase?: GrammaticalCase;
  /** For suspects: how sure (0–1) that this is a misspelling of the entity. */
  score?: number;
}

/**
 * The form a mention takes in another locale: that locale's canonical form (short where the text used a short
 * form), in the grammatical case the source shows when the target declines names. Shared by localize and
 * translate, which differ only in what surrounds the name.
 */
import { inflectName, supportsInflection, type GrammaticalCase } from '../inflect/index.ts';
import type { Mention } from '../match/mention.ts';
import type { NameIndex } from '../match/name-index.ts';
import { matchCase } from './case.ts';

/**
 * Why a name was written in the nominative in a declining target:
 * `case-unknown`: the source language does not show case (English, Bulgarian), so the case the sentence needs
 * is not known; `no-paradigm`: the inflection module has no paradigm for this name in the target.
 */
export type NominativeReason = 'case-unknown' | 'no-paradigm';

export interface TargetForm {
  /** The text to write, with the found text's case pattern. */
  text: string;
  /** A short form was written (false also when the text used a short form that the target lacks). */
  short: boolean;
  grammaticalCase: GrammaticalCase;
  /** Set when the nominative was written where the sentence may need another case. */
  nominative?: NominativeReason;
}

/** A one-word acronym (ЕС, НАТО, ООН) is written the same in every case. */
const isAcronym = (form: string) => !/\s/u.test(form) && /\p{L}.*\p{L}/u.test(form) && form === form.toUpperCase() && form !== form.toLowerCase();

/**
 * Undefined when the entity has no form in the target locale: the caller must list the mention, never keep it
 * silently.
 */
export function targetForm(index: NameIndex, mention: Mention, from: string, to: string): TargetForm | undefined {
  const { entity } = mention;
  let short = mention.surface.short;
  let base = index.formFor(entity, to, short);
  if (base === undefined && short) {
    short = false; // a target without short forms gets the full name rather than nothing
    base = index.formFor(entity, to, false);
  }
  if (base === undefined) return undefined;

  const done = (form: string, grammaticalCase: GrammaticalCase, nominative?: NominativeReason): TargetForm => ({
    text: matchCase(mention.text, form, mention.surface.form),
    short,
    grammaticalCase,
    ...(nominative ? { nominative } : {}),
  });
  if (!supportsInflection(to)) return done(base, 'nominative');

  // The same call the name index makes for its case tables, so a written form is one the matcher knows.
  const paradigm = isAcronym(base)
    ? [{ case: 'nominative' as const, form: base }]
    : inflectName({ name: base, locale: to, type: entity.type, ...(entity.gender ? { gender: entity.gender } : {}) });
  const wanted = mention.grammaticalCase;
  if (wanted && wanted !== 'nominative') {
    const form = paradigm.find((p) => p.case === wanted)?.form;
    return form === undefined ? done(base, 'nominative', 'no-paradigm') : done(form, wanted);
  }
  // A source that declines names showed the nominative (or a case spelled like it): nothing to report.
  if (supportsInflection(from)) return done(base, 'nominative');
  if (paradigm.length === 0) return done(base, 'nominative', 'no-paradigm');
  // Known not to decline (Осло, ЕС): the nominative is right in every case.
  if (paradigm.every((p) => p.form === base)) return done(base, 'nominative');
  return done(base, 'nominative', 'case-unknown');
}

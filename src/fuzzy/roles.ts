/**
 * Role words before a surname: "President Doda", "генералом Залужній". A person's description (in English) names
 * the role; the text names it in its own language, in any case form, right before the name (or with one word
 * between: "американським генералом", "the Polish president"). Such a role is context for a surname alone, as the
 * document naming the entity is: news introduces a person by the role.
 *
 * The stems of each role in the glossary's languages are lexicon/roles.ts's ROLE_STEMS (a word counts when it starts
 * with a stem: президента, generałem, Präsidentin).
 */
import type { Entity } from '../glossary/model.ts';
import { ROLE_STEMS } from '../lexicon/roles.ts';
import { foldWord } from '../text/fold.ts';

// Role words of a description, folded, per entity.
const rolesOf = new WeakMap<Entity, readonly string[]>();

function stemsFor(entity: Entity): readonly string[] {
  let stems = rolesOf.get(entity);
  if (stems) return stems;
  const found = new Set<string>();
  for (const word of entity.description.toLowerCase().split(/[^\p{L}]+/u)) for (const s of ROLE_STEMS.get(word) ?? []) found.add(s);
  rolesOf.set(entity, (stems = [...found]));
  return stems;
}

const WORD_BEFORE = /(\p{L}[\p{L}\p{M}'’-]*)[ \u00a0]+(?:(\p{L}[\p{L}\p{M}'’-]*)[ \u00a0]+)?$/u;

/** Whether a role word of the entity's description stands right before `start`, or one word before that (with
 * `adjacent`, only right before: "президент компанії Павло" is a company's president). */
export function roleBefore(text: string, start: number, entity: Entity, adjacent = false): boolean {
  const stems = stemsFor(entity);
  if (!stems.length) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (!before) return false;
  for (const word of adjacent ? [before[2] ?? before[1]] : [before[2], before[1]]) {
    if (word === undefined) continue;
    const folded = foldWord(word);
    // A stem of two letters (Italian "re") is the whole word; longer ones begin it.
    if (stems.some((s) => (s.length <= 2 ? folded === s : folded.startsWith(s)))) return true;
  }
  return false;
}

/**
 * A mention that is part of another mention of the same entity, not a second spelling of it: the rest of a full
 * name after its first words ("Estados Unidos de América", "Stati Uniti d'America": América after Estados Unidos),
 * or the original spelling given in parentheses right after the local form ("Олаф Шольц (Olaf Scholz)").
 */
import { createRequire } from 'node:module';
import type { Mention } from '../match/mention.ts';
import { primaryLanguage } from '../text/locale.ts';

let stopwords: Record<string, readonly string[]> | undefined;
/** A function word of the language or of English (stopwords-iso): "de", "of", "di". */
function isFunctionWord(word: string, locale: string): boolean {
  stopwords ??= createRequire(import.meta.url)('stopwords-iso') as Record<string, readonly string[]>;
  const w = word.toLowerCase();
  return (stopwords[primaryLanguage(locale)]?.includes(w) ?? false) || (stopwords.en?.includes(w) ?? false);
}

/** The mention of the same entity that ends closest before `m`, if any. */
function sameEntityBefore(m: Mention, mentions: readonly Mention[]): Mention | undefined {
  let best: Mention | undefined;
  for (const o of mentions) if (o !== m && o.entity.id === m.entity.id && o.end <= m.start && (!best || o.end > best.end)) best = o;
  return best;
}

/** `m` follows a mention of the same entity joined by one lower-case function word or an elided one (d', dell'). */
export function continuesName(text: string, m: Mention, mentions: readonly Mention[], locale: string): boolean {
  const before = sameEntityBefore(m, mentions);
  if (!before) return false;
  const gap = text.slice(before.end, m.start);
  const joined = /^[ \u00a0]+(\p{Ll}+)(?:[ \u00a0]+|['’])$/u.exec(gap);
  return joined !== null && isFunctionWord(joined[1]!, locale);
}

/** `m` stands alone in parentheses that open right after a mention of the same entity: a gloss of the local form. */
export function glossOfLocalForm(text: string, m: Mention, mentions: readonly Mention[]): boolean {
  const before = sameEntityBefore(m, mentions);
  if (!before) return false;
  return /^[ \u00a0]*\([ \u00a0]*$/u.test(text.slice(before.end, m.start)) && /^[ \u00a0]*\)/u.test(text.slice(m.end, m.end + 3));
}

/** Either of the above: the mention is no spelling of its own. */
export function partOfSameName(text: string, m: Mention, mentions: readonly Mention[], locale: string): boolean {
  return continuesName(text, m, mentions, locale) || glossOfLocalForm(text, m, mentions);
}

/**
 * A mention that is part of another mention of the same entity, not a second spelling of it: the rest of a full
 * name after its first words ("Estados Unidos de América", "Stati Uniti d'America": América after Estados Unidos),
 * or the original spelling given in parentheses right after the local form ("Олаф Шольц (Olaf Scholz)").
 */
import { functionWords } from '../../lexicon/function-words.ts';
import type { Mention } from '../../match/mention.ts';
import { primaryLanguage } from '../../text/locale.ts';

/** A function word of the language or of English (stopwords-iso): "de", "of", "di". */
function isFunctionWord(word: string, locale: string): boolean {
  const w = word.toLowerCase();
  return functionWords(primaryLanguage(locale)).includes(w) || functionWords('en').includes(w);
}

/**
 * The longest gap either joining form allows (" of ", " (" and the like): a mention further back cannot join.
 * Looking only this far back keeps a text with many mentions linear; scanning them all per mention was quadratic
 * ("Kyiv is big. Kiev too." repeated to 200 KB took 4 s).
 */
const MAX_GAP = 40;

/** Each mention list sorted by end, made once per list (a check calls this for every mention). */
const byEnd = new WeakMap<readonly Mention[], Mention[]>();

/** The mention of the same entity that ends closest before `m` (within MAX_GAP characters), if any. */
function sameEntityBefore(m: Mention, mentions: readonly Mention[]): Mention | undefined {
  let sorted = byEnd.get(mentions);
  if (!sorted) byEnd.set(mentions, (sorted = [...mentions].sort((a, b) => a.end - b.end)));
  // The last mention that ends at or before m starts.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= m.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && sorted[i]!.end >= m.start - MAX_GAP; i--) {
    const o = sorted[i]!;
    if (o !== m && o.entity.id === m.entity.id) return o;
  }
  return undefined;
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

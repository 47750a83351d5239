/**
 * Apertium writes `*word` for a word it does not know (which is how one sees the names it would have mangled),
 * `#word` where generation failed and `@word` where transfer failed. canonym keeps the information and drops the
 * marks, which must not end up in the text: the words are returned beside the clean output.
 */
export type EngineMarkKind = 'unknown' | 'generation' | 'transfer';

export interface EngineMark {
  kind: EngineMarkKind;
  word: string;
}

const KINDS: Record<string, EngineMarkKind> = { '*': 'unknown', '#': 'generation', '@': 'transfer' };
const MARKED = /(?<![\p{L}\p{M}\p{N}])([*#@])([\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*)/gu;

/**
 * `source` is the text the engine was given: a mark followed by a word that the source already had with the
 * same sign (`#hashtag`, `*footnote`) is the source's own character and stays.
 */
export function stripMarks(output: string, source: string): { text: string; marks: EngineMark[] } {
  const marks: EngineMark[] = [];
  const seen = new Set<string>();
  const text = output.replace(MARKED, (whole, sign: string, word: string) => {
    if (source.includes(whole)) return whole;
    const kind = KINDS[sign]!;
    if (!seen.has(kind + word)) {
      seen.add(kind + word);
      marks.push({ kind, word });
    }
    return word;
  });
  return { text, marks };
}

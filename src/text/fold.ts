/**
 * Folding for matching: case, diacritics and a few letters that Unicode does not decompose.
 * Cyrillic keeps its own letters (й, ї, ў are letters there, not accented и, і, у); only ё folds to е,
 * because Russian print writes both.
 */

// NFD does not split these; spell them out so "Zełenski" meets "Zelenski" and "Strauß" meets "Strauss".
const SPECIAL: Record<string, string> = {
  ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', ŀ: 'l',
  ё: 'е', '’': "'", 'ʼ': "'", 'ʻ': "'", '`': "'", '´': "'",
};
const MARKS = /\p{M}/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

function foldChar(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  if (ch.charCodeAt(0) < 0x80) return ch;
  if (CYRILLIC.test(ch)) return ch;
  return ch.normalize('NFD').replace(MARKS, '');
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/** The matching key of one word: lower case, diacritics gone (outside Cyrillic). */
export function foldWord(word: string): string {
  let folded = cache.get(word);
  if (folded !== undefined) return folded;
  const lower = word.toLowerCase();
  folded = '';
  // Fast path: plain ASCII needs nothing more.
  if (/^[\x00-\x7f]*$/.test(lower)) folded = lower;
  else for (const ch of lower.normalize('NFC')) folded += foldChar(ch);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, folded);
  return folded;
}

/** Fold a whole phrase word by word (used for display keys and comparisons, not for offsets). */
export function foldPhrase(phrase: string): string {
  return phrase.split(/\s+/u).filter(Boolean).map(foldWord).join(' ');
}

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
// Large enough for a 100,000-entity glossary's words plus a long text's vocabulary; cleared when full.
const CACHE_LIMIT = 1_000_000;

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

// Per UTF-16 unit: the first unit of its folded form, and whether it is an upper-case letter.
// Filled lazily: most texts touch a few hundred distinct characters.
const foldedUnit = new Int32Array(0x10000).fill(-1);
const upperUnit = new Int8Array(0x10000).fill(-1);
const UPPER = /\p{Lu}|\p{Lt}/u;

/** The first UTF-16 unit of the folded form of one character (the matcher's prefilter). */
export function foldedFirstUnit(code: number): number {
  let f = foldedUnit[code]!;
  if (f < 0) {
    const folded = foldWord(String.fromCharCode(code));
    foldedUnit[code] = f = folded.length ? folded.charCodeAt(0) : code;
  }
  return f;
}

export function isUpperUnit(code: number): boolean {
  let u = upperUnit[code]!;
  if (u < 0) upperUnit[code] = u = UPPER.test(String.fromCharCode(code)) ? 1 : 0;
  return u === 1;
}

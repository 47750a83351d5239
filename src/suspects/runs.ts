/** The runs of capitalised words that could end a misspelt name, read from the document's words. */
import type { Glossary } from '../glossary/model.ts';
import type { Mention } from '../match/mention.ts';
import type { TextDocument } from '../text/document.ts';
import { isInsideWord, nextWordBounds } from '../text/tokenize.ts';
import { creditFollows, lineStartsAt } from '../context/context.ts';
import { givenNameGroup } from '../fuzzy/given-names.ts';
import { WordTable } from '../text/word-table.ts';
import { anchorsFor } from './anchors.ts';
import { FAR_COUNTRY_KEY, farCountries } from './countries.ts';
import { FAR_DATELINE_KEY } from './datelines.ts';
import { derivedAnchors, skeletonAnchors } from './derived.ts';
import { type FuzzySource, nextCapital, type Word, type WordInfo, infoCache, isApostrophe, joiningGap, opensSentence, unknownWord, wordInfo } from './words.ts';

/** A run of capitalised words, the last one anchoring it, and the fewest of its words a suspect must take in. */
interface Run {
  words: Word[];
  minSpan: number;
  /** The words open a line and a news agency follows them: the dateline, a place's name in the nominative. */
  dateline?: true;
  /** A dateline's one word that no known word is near: looked for among the places farther than the index reaches. */
  far?: true;
  /** The last word is no known word's neighbour, but its stem before a Slavic derivational suffix is (Trampov). */
  derived?: true;
}

/**
 * Each capitalised word that could end a misspelt name, with the capitalised words joined before it (at most
 * three: first names, particles skipped). Only those words are looked at closely; the rest of the text costs a
 * table lookup per character and a cache lookup per capitalised word. Whether a word is inside a mention comes
 * from a cursor over the mentions (sorted, never overlapping), which moves forward with the words.
 */
export function* anchorRuns(doc: TextDocument, source: FuzzySource, mentions: readonly Mention[], tied: (word: Word) => boolean, language: string, glossary?: Glossary): Generator<Run> {
  const text = doc.text;
  let infos = infoCache.get(source);
  if (!infos) infoCache.set(source, (infos = new WordTable()));
  const ring: Word[] = [];
  let cursor = 0; // the first mention that ends after the current word's start
  // The capitals of the text, one table lookup a unit (cheaper than the document's words, which most texts never
  // need whole).
  for (let at = nextCapital(text, 0); at < text.length; at = nextCapital(text, at)) {
    const start = at;
    at = start + 1;
    if (start > 0 && isInsideWord(text, start)) continue; // a capital inside a word (McDonald, iPhone)
    let end = nextWordBounds(text, start)![1];
    at = end; // the search goes on after the word
    // A possessive 's is not part of the name (Borrell's).
    if (end - start >= 2 && text.charCodeAt(end - 1) === 0x73 && isApostrophe(text.charCodeAt(end - 2))) end -= 2;
    const seen = infos.get(text, start, end) ?? infos.add(text, start, end, wordInfo(text.slice(start, end)));
    const word = seen.word;
    const info = seen.value;
    while (cursor < mentions.length && mentions[cursor]!.end <= start) cursor++;
    let covered = false;
    let coverStart = -1; // where the mention that covers the word starts
    for (let i = cursor; i < mentions.length && mentions[i]!.start < end && !covered; i++) {
      covered = mentions[i]!.start <= start && end <= mentions[i]!.end;
      if (covered) coverStart = mentions[i]!.start;
    }
    const current: Word = { start, end, text: word, folded: info.folded, key: info.key, covered };
    const previous = ring[ring.length - 1];
    if (previous && !joiningGap(text, previous.end, start)) ring.length = 0;
    // A common word capitalised because it opens a sentence (The, Und, Это) is no part of a name.
    if (info.common && ring.length === 0 && opensSentence(text, start)) continue;
    ring.push(current);
    if (ring.length > 4) ring.shift();
    // A dateline ("ИЕРУСАЛЕМ (Рейтер) -", "ASTANA.KAZINFORM"): a place, however it is capitalised; looked at only
    // where an agency follows the line's first words, so the test costs a character or two per capitalised word.
    let first = -1; // the word that opens the line, when an agency's credit follows this one
    if (creditFollows(text, end)) for (let i = ring.length - 1; i >= 0 && first < 0; i--) if (lineStartsAt(doc, ring[i]!.start)) first = i;
    if (first >= 0) {
      const words = ring.slice(first);
      // A known name in the dateline is right; one known word of it (Дели in НЮ-ДЕЛИ) asks for the whole line.
      if (words.some((w) => !w.covered) && info.key.length >= 3 && (info.anchors ??= anchorsFor(source.fuzzy, info.key)).length > 0) {
        yield { words, minSpan: covered ? words.length : 1, dateline: true };
      } else if (words.length === 1 && !covered && info.key.length >= FAR_DATELINE_KEY) {
        // One word that no known word is near ("WASGTON (Reuters) -"): a dateline is a place however garbled.
        yield { words, minSpan: 1, dateline: true, far: true };
      }
      continue;
    }
    if (!info.anchorable && !(info.shortAnchor && ring.length > 1)) continue;
    // A run with a word outside the mentions goes on only when some known last word is near its last word; a run
    // of known names only when a suspect tied one of its spellings to an entity (asked as the run is reached, so
    // that ties made earlier in the text count).
    let uncovered = false;
    for (const w of ring) uncovered ||= !w.covered;
    // A word right after a given name the glossary knows is looked at even with no known last word near it: the
    // given name may name a person whose surname it garbles past the index's reach (Wopke Gokstra).
    const afterGiven = uncovered && !covered && ring.length > 1 && info.key.length >= 4 && source.fuzzy.givenNames.has(ring[ring.length - 2]!.key);
    if (uncovered && !covered && !afterGiven && (info.anchors ??= anchorsFor(source.fuzzy, info.key)).length === 0) {
      // A surname made an adjective or a possessive the Slavic way, left so by machine translation ("the Trampov
      // blackmail", Czech "Sunakovův"): its stem is near a known surname although the word is near none.
      // Or a surname whose letters are shuffled past the index's bound but whose consonants stay (Саунк, Сунак).
      // Or a given name alone that is someone's surname in another language (Павло for Pavel).
      // Or a country's name garbled past the index's bound, which an adjective of the country may explain (Більорія).
      info.fallback ??= derivedAnchors(source.fuzzy, info.folded).length > 0 || skeletonAnchors(source.fuzzy, info.key).length > 0 || givenNameGroup(info.key) !== undefined;
      // The country search reads every place's names (the stored index's places section): asked last, and only for a
      // word the language does not know, as farCountryHypotheses alone can use it ("Tuesday" never reaches it).
      if (info.fallback || (glossary !== undefined && info.key.length >= FAR_COUNTRY_KEY && unknownIn(info, word, language) &&
        (info.farCountry ??= farCountries(glossary, info.key, undefined).length > 0))) yield { words: ring.slice(), minSpan: 1, derived: true };
      continue;
    }
    if (uncovered ? (info.anchors ??= anchorsFor(source.fuzzy, info.key)).length === 0 && !afterGiven : !ring.some(tied)) continue;
    // A last word inside a known name that no suspect tied: a suspect here must take in the whole of that name
    // and a word before it (anything shorter is that name, or cuts it in two). Where the run or the glossary's
    // longest name has no room for that, there is nothing to look at.
    let minSpan = 1;
    if (covered && !tied(current)) {
      for (const w of ring) if (w.start >= coverStart) minSpan++;
      if (minSpan > ring.length || minSpan > source.fuzzy.longestForm) continue;
    }
    yield { words: ring.slice(), minSpan };
  }
}

/** unknownWord, kept with the word for the last language asked (a run checks texts of one language in turn; the
 * dictionary's answer costs an affix search, and the text repeats its words). */
function unknownIn(info: WordInfo, word: string, language: string): boolean {
  if (info.unknownLanguage !== language) {
    info.unknownLanguage = language;
    info.unknown = unknownWord(word, language);
  }
  return info.unknown!;
}

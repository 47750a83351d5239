/**
 * A known name inside a longer proper name that the glossary does not know: "Press Trust of India" and "Brewers of
 * Europe" in German or Czech text, "Cardsystems Middle East", "New York City Health and Hospitals Corporation",
 * "der App Store". The longer name is right as it is; its last or first word alone is no mention to correct.
 */
import { nameFollows, namePrecedes } from '../../context/context.ts';
import { TextDocument } from '../../text/document.ts';
import { primaryLanguage } from '../../text/locale.ts';
import { lexiconFor } from '../../lexicon/dictionary.ts';
import { functionWords } from '../../lexicon/function-words.ts';

const LETTERS = /[\p{L}\p{M}'’]/u;

/** The word before `at`, when only spaces separate it from `at`. */
function wordBefore(text: string, at: number): { text: string; start: number } | undefined {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  if (i === at - 1 || i < 0) return undefined;
  const end = i + 1;
  while (i >= 0 && LETTERS.test(text[i]!)) i--;
  return end > i + 1 ? { text: text.slice(i + 1, end), start: i + 1 } : undefined;
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * The name stands in a title whose words the text's language does not have, with brackets between: "(Scotland) Act
 * 2022" (in brackets, a foreign capitalised word right after), "Institution of Civil Engineers (Ice) Scotland" (a
 * bracketed group, and a foreign capitalised word before it).
 */
function bracketedInTitle(text: string, start: number, end: number, foreign: (word: string) => boolean): boolean {
  const after = /^\)[ \u00a0]+(\p{Lu}[\p{L}\p{M}]*)/u.exec(text.slice(end, end + 40));
  if (after && /\([ \u00a0]*$/u.test(text.slice(Math.max(0, start - 3), start)) && foreign(after[1]!)) return true;
  const before = /(\p{Lu}[\p{L}\p{M}]*)[ \u00a0]+\([^()\n]{1,30}\)[ \u00a0]+$/u.exec(text.slice(Math.max(0, start - 80), start));
  return before !== null && foreign(before[1]!);
}

/** Function words of a language (stopwords-iso): "of", "and", "the" in English. */
function isFunctionWord(word: string, language: string): boolean {
  return functionWords(language).includes(word.toLowerCase());
}

/**
 * Whether [start, end) stands inside a longer capitalised name: a capitalised word runs on after it; or a
 * capitalised word that is no title, does not open the sentence and is no word of the text's language stands right
 * before it ("Cardsystems Middle East", "Urban Taskforce Australia"; not "des Flusses Dnieper", where the word before
 * is German); or, in a language other than English, an English function word that is none of the text's language joins
 * it to a capitalised word before that is no name of its own in English ("Trust of India", "Brewers of Europe"; not
 * "Victoria of Sweden", a person's title).
 * Where the text's language has no dictionary, only the first test is made. `known(start)` tells whether a word
 * starting there is a known name: a known name before it makes no longer name of it ("FC Bayern Münich" is Bayern,
 * then a garbled München).
 */
export function insideLongerName(source: string | TextDocument, start: number, end: number, locale: string, known?: (wordStart: number) => boolean): boolean {
  const doc = TextDocument.of(source);
  const text = doc.text;
  if (nameFollows(doc, end)) return true;
  const here = lexiconFor(locale);
  if (!here) return false;
  if (bracketedInTitle(text, start, end, (w) => !here.isWord(w))) return true;
  const before = wordBefore(text, start);
  if (!before) return false;
  if (capitalised(before.text)) return !here.isWord(before.text) && namePrecedes(doc, start, locale, known, true);
  const language = primaryLanguage(locale);
  if (language === 'en' || !isFunctionWord(before.text, 'en') || isFunctionWord(before.text, language)) return false;
  const head = wordBefore(text, before.start);
  const english = lexiconFor('en');
  return head !== undefined && capitalised(head.text) && english !== undefined && !english.isNameEntry(head.text);
}

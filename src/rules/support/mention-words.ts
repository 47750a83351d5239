/**
 * What the text's language makes of a mention's words: a one-word mention that is an ordinary word of that language
 * ("Si" in French, "Pan" in Polish, "Vine" in Spanish) is that word, not another locale's form of a name, unless the
 * document has written the entity the foreign way before ("Si Ťin-pching … Si").
 */
import type { Mention } from '../../match/mention.ts';
import { lexiconFor } from '../../lexicon/dictionary.ts';

export interface WordOptions {
  /** Also a name the language's dictionary has in exactly this spelling or as one of its forms (Czech "Novák",
   * Ukrainian "Павла"): a name of this language, not a misspelt foreign one. */
  names?: boolean;
  /** Also an ordinary English word (a title or brand left in English: "The Lady Is a Tramp", "Vine"). */
  english?: boolean;
}

/** The mention is one word that the text's language (or, with `english`, English) has as a word. */
export function isWordHere(m: Mention, locale: string, options: WordOptions = {}): boolean {
  const word = m.text;
  if (!word || /[\s\u00a0]/u.test(word)) return false;
  const lexicon = lexiconFor(locale);
  if (lexicon && (options.names ? lexicon.knows(word) : lexicon.isWord(word))) return true;
  return options.english === true && !locale.startsWith('en') && (lexiconFor('en')?.isWord(word) ?? false);
}

/** Kinds of mention that write an entity as this locale does: no sign that the document writes it otherwise. */
const LOCAL_KINDS = new Set<Mention['kind']>(['canonical', 'short', 'inflected']);

/**
 * The document wrote the entity before `m` in a form of more than one word that is not this locale's: then a
 * one-word form of that same foreign spelling is the name too.
 */
export function namedForeignBefore(mentions: readonly Mention[], m: Mention): boolean {
  for (const other of mentions) {
    if (other.start >= m.start) break;
    if (other.entity.id === m.entity.id && !LOCAL_KINDS.has(other.kind) && /[\s\u00a0-]/u.test(other.text)) return true;
  }
  return false;
}

/** A one-word mention that reads as a word of the text (see isWordHere), with no foreign full name before it. */
export function wordNotName(m: Mention, mentions: readonly Mention[], locale: string, options: WordOptions = {}): boolean {
  return isWordHere(m, locale, options) && !namedForeignBefore(mentions, m);
}

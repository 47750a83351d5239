/**
 * What the words around a span say about it. A one-word name standing inside a longer capitalised name is most
 * likely part of a name the glossary does not know ("Peking University", "Ludovic Orban", "Donbass Arena"); a
 * title before it ("President Putin", "Kanzler Scholz") is the usual way to name the entity itself.
 */
import { readToken, startsUpper } from '../text/tokenize.ts';

// Titles and roles that stand before a surname without making a longer name (lower-cased, several languages).
const TITLES = new Set([
  'president', 'vice-president', 'prime', 'minister', 'chancellor', 'commissioner', 'secretary', 'general', 'mr', 'mrs', 'ms', 'dr', 'sir',
  'dame', 'lord', 'pope', 'king', 'queen', 'prince', 'princess', 'patriarch', 'colonel', 'senator', 'governor', 'mayor', 'ambassador',
  'spokesman', 'spokeswoman', 'spokesperson', 'premier', 'chairman', 'chairwoman', 'speaker', 'representative', 'envoy', 'leader',
  'président', 'présidente', 'ministre', 'premier', 'chancelier', 'chancelière', 'commissaire', 'm', 'mme', 'monsieur', 'madame',
  'presidente', 'ministro', 'ministra', 'canciller', 'cancelliere', 'commissario', 'señor', 'signor', 'signora',
  'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'minister', 'ministerin', 'herr', 'frau', 'premierminister', 'außenminister',
  'prezydent', 'premier', 'minister', 'pan', 'pani', 'kanclerz', 'prezident', 'premiér', 'ministr', 'pán', 'paní',
  'voorzitter', 'premier', 'minister', 'president', 'de', 'heer', 'mevrouw',
  'президент', 'премьер', 'министр', 'канцлер', 'глава', 'спикер', 'генсек', 'патриарх', 'прем’єр', 'міністр', 'премиер',
]);

const isSentenceBoundary = (text: string, at: number) => {
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\u00a0') continue;
    return '.!?:;"“”«»\n\r'.includes(c);
  }
  return at < 4;
};

/** The word right before `start` if only spaces or a hyphen separate them; undefined otherwise. */
function previousWord(text: string, start: number): { text: string; start: number } | undefined {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '-')) i--;
  if (i < 0 || i === start - 1 || start - i > 3) return undefined;
  const end = i + 1;
  while (i >= 0 && /[\p{L}\p{M}'’]/u.test(text[i]!)) i--;
  const begin = i + 1;
  return begin < end ? { text: text.slice(begin, end), start: begin } : undefined;
}

/** A capitalised word runs straight into the span from the right: the span is the start of a longer name. */
export function nameFollows(text: string, end: number): boolean {
  const next = readToken(text, end, end);
  return next !== undefined && next.joinsPrevious && startsUpper(next.text);
}

/**
 * A capitalised word that is not a title, and does not open a sentence, stands right before the span: the span
 * ends a longer name (a first name and this surname, "Ludovic Orban"). German capitalises every noun, so there a
 * capital says nothing and only the following word counts.
 */
export function namePrecedes(text: string, start: number, locale: string): boolean {
  if (locale === 'de' || locale === 'lb') return false;
  const previous = previousWord(text, start);
  if (!previous || !startsUpper(previous.text)) return false;
  if (TITLES.has(previous.text.toLowerCase().replace(/\.$/, ''))) return false;
  return !isSentenceBoundary(text, previous.start);
}

/**
 * German case forms of names, for recognising a name in a text only: German press writes the nominative of a
 * name everywhere a fix could write it, so these forms are never the form a fix writes (inflectName returns them
 * only with `recognise`).
 *
 * - A name's genitive -s ("Trumps", "Putins", "Deutschlands", "des Irans"); a name ending in a sibilant takes an
 *   apostrophe instead ("Jones'", "Scholz'"), which the tokenizer already reads as the name.
 * - Names whose first words are adjectives agreeing with a head noun: weak -e/-en and strong -er/-es/-em endings
 *   ("der Vereinigten Staaten", "den Vereinigten Arabischen Emiraten", "des Vereinigten Königreichs", "der
 *   Europäischen Union", "die Europäische Kommission"); a masculine or neuter head takes the genitive -s/-es, a
 *   plural head the dative -n. Words after the head (a genitive, "für Menschenrechte") stay as they are.
 *
 * Precision: a genitive that the German dictionary knows as a word or name of its own (Kurs beside a name Kur,
 * Hans beside Han, Mars beside Mar), a surname's that is a word (Fischers, raus) and an organisation's whose name
 * is a word (Spiegels, Bilds) are left out; an adjective is one only where the dictionary knows its
 * lower-case form (so "Frankfurter" in Frankfurter Allgemeine Zeitung stays as it is).
 */
import type { GrammaticalCase } from './engine.ts';
import { lexiconFor } from '../lexicon/dictionary.ts';

export type GermanForm = { case: GrammaticalCase; form: string };

const SIBILANT = /(s|ß|x|z|ce)$/iu;

function isAcronym(word: string): boolean {
  const letters = [...word].filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
  return letters.length > 1 && letters.every((ch) => ch === ch.toUpperCase());
}

/** The genitive -s (or the apostrophe after a sibilant) of a proper name. */
export function nameGenitive(word: string): string {
  return SIBILANT.test(word) ? `${word}'` : `${word}s`;
}

/** Genitives of a masculine or neuter noun at the head of a name: -s, and -es after a closed syllable. */
function nounGenitives(noun: string): string[] {
  if (SIBILANT.test(noun) || /sch$/iu.test(noun)) return [`${noun}es`];
  if (/([aeiouyäöü]|el|er|en|em)$/iu.test(noun)) return [`${noun}s`];
  return [`${noun}s`, `${noun}es`];
}

/**
 * A word the dictionary has as a word or name of its own, not as the genitive of `base`: the genitive would make
 * a mention of an ordinary word (Kurs), or of another name (Hans).
 */
function otherWord(genitive: string, base: string, type: 'person' | 'place' | 'organisation'): boolean {
  const lex = lexiconFor('de');
  if (!lex) return false;
  if (lex.isEntry(genitive)) return true;
  // A surname that is a word (Fischer, Kern, Rau: Fischers, Kerns, raus) or a brand that is one (Spiegel, Bild):
  // its genitive is that word's far more often.
  if (type === 'person') return lex.isWord(genitive);
  if (type === 'organisation' && lex.isWord(base)) return true;
  return lex.knows(genitive) && !lex.isFormOf(genitive, base);
}

/** A German adjective in the nominative, strong or weak: its ending and stem, or undefined. */
function adjective(word: string): { stem: string; ending: 'e' | 'er' | 'es' } | undefined {
  if (!/^\p{Lu}/u.test(word) || word.includes('-') || isAcronym(word)) return undefined;
  const m = /^(.*\p{Ll})(es|er|e)$/u.exec(word);
  if (!m) return undefined;
  const lex = lexiconFor('de');
  if (!lex || !lex.isWord(word.toLowerCase())) return undefined;
  return { stem: m[1]!, ending: m[2] as 'e' | 'er' | 'es' };
}

function personForms(words: readonly string[]): GermanForm[] {
  const last = words[words.length - 1]!;
  if (!/\p{Ll}$/u.test(last) || isAcronym(last) || last.includes('.')) return [];
  const genitive = nameGenitive(last);
  if (otherWord(genitive, last, 'person')) return [];
  return [{ case: 'genitive', form: [...words.slice(0, -1), genitive].join(' ') }];
}

function placeForms(words: readonly string[], type: 'place' | 'organisation'): GermanForm[] {
  let h = 0;
  const adjectives: Array<{ stem: string; ending: 'e' | 'er' | 'es' }> = [];
  for (; h < words.length - 1; h++) {
    const a = adjective(words[h]!);
    if (!a) break;
    adjectives.push(a);
  }
  const head = words[h]!;
  const rest = words.slice(h + 1);
  if (!/^\p{Lu}/u.test(head) || isAcronym(head) || !/\p{Ll}$/u.test(head)) return [];
  const phrase = (ending: string, noun: string) => [...adjectives.map((a) => a.stem + ending), noun, ...rest].join(' ');
  if (adjectives.length === 0) {
    // One noun: masculine and neuter names take -s (Deutschlands, des Irans); feminine ones in -e, -ei (die
    // Ukraine, die Türkei) and sibilants (die Schweiz, Belarus) take nothing that the tokenizer does not read already.
    if (h !== 0 || /(e|ei)$/iu.test(head) || SIBILANT.test(head)) return [];
    const genitive = `${head}s`;
    if (otherWord(genitive, head, type)) return [];
    return [{ case: 'genitive', form: [genitive, ...rest].join(' ') }];
  }
  // Every adjective agrees alike; the first one's nominative tells the head's gender (-er m, -es n, -e f or plural).
  const gender = adjectives[0]!.ending;
  if (adjectives.some((a) => a.ending !== gender)) return [];
  const out: GermanForm[] = [];
  if (gender === 'e') {
    // Feminine or plural: der/den Europäischen Union, der Vereinigten Staaten; strong Europäischer Union;
    // a plural head in -e takes the dative -n (den Vereinigten Arabischen Emiraten).
    out.push({ case: 'genitive', form: phrase('en', head) }, { case: 'genitive', form: phrase('er', head) });
    if (/e$/u.test(head)) out.push({ case: 'dative', form: phrase('en', `${head}n`) });
  } else {
    // Masculine or neuter: der/das Vereinigte Königreich, dem Vereinigten Königreich, des Vereinigten Königreichs,
    // strong dative Vereinigtem Königreich.
    out.push({ case: 'accusative', form: phrase('e', head) }, { case: 'dative', form: phrase('en', head) }, { case: 'dative', form: phrase('em', head) });
    for (const genitive of nounGenitives(head)) out.push({ case: 'genitive', form: phrase('en', genitive) });
  }
  return out;
}

/** The German forms to recognise of a name (not its nominative); [] for a name they cannot be made for. */
export function germanForms(name: string, type: 'person' | 'place' | 'organisation' | 'other'): GermanForm[] {
  if (type === 'other') return [];
  const words = name.trim().split(/\s+/u);
  if (words.length === 0 || words[0] === '') return [];
  const forms = type === 'person' ? personForms(words) : placeForms(words, type);
  return forms.filter((f) => f.form !== name);
}

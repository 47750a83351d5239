/**
 * One pass over the text: the word trie finds candidate spans (leftmost-longest), then each span is
 * attributed to one entity using the text's locale and what the document has named so far.
 */
import { foldPhrase, foldWord } from '../text/fold.ts';
import { elisionStart, formKeys, isInsideWord, isWordUnit, plainWordEnd, readToken, startsUpper, type Token } from '../text/tokenize.ts';
import { WordTable } from '../text/word-table.ts';
import { TextDocument } from '../text/document.ts';
import { isWrongIn, type Entity } from '../glossary/model.ts';
import { supportsInflection } from '../inflect/index.ts';
import { hasProfile, judgeContext } from '../context/entity-context.ts';
import { isOrdinaryWord, lexiconFor } from '../lexicon/dictionary.ts';
import { localeScript, scriptOf } from '../text/script.ts';
import { primaryLanguage } from '../text/locale.ts';
import { excludedByEntity, formerNamesUntil, historicalSentence, isDateline, nameFollows, namePrecedes, sentenceBounds } from '../context/context.ts';
import type { Mention, MentionKind } from './mention.ts';
import type { NameIndex } from './name-index.ts';
import type { SurfaceForm } from './surface.ts';
import type { TrieNode } from './trie.ts';

interface Span {
  start: number;
  end: number;
  tokens: Token[];
  forms: SurfaceForm[];
  /** The index of a word after a hyphen that lost its first letter (Нью-орке for Нью-Йорке), if one did. */
  lostLetter?: number;
  /** The first word is spelt as the language cannot write it and was read with the letter it stands for (Рїмі). */
  misspelt?: true;
}

/** A capitalised word in the form must be capitalised in the text ("Turkey" is not "turkey"). */
function caseFits(form: SurfaceForm, tokens: Token[], lostLetter = -1): boolean {
  for (let i = 0; i < form.words.length; i++) {
    if (i === lostLetter) continue; // its capital is the letter lost
    const word = form.words[i]!;
    const found = tokens[i]!.text;
    if (startsUpper(word) && !startsUpper(found)) return false;
    // An acronym must be in capitals: the French article "Un" is not the UN.
    if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase() && found !== found.toUpperCase()) return false;
  }
  return true;
}

// Russian print writes е for ё as a matter of course: that is not a misspelling. Nor is the glyph chosen for an
// apostrophe (Об'єднаних, Об’єднаних, Обʼєднаних): a missing one is.
// Memoised: the words compared are the index's and the text's, and a text repeats its words.
const plainLowerSeen = new Map<string, string>();
function plainLower(s: string): string {
  let lower = plainLowerSeen.get(s);
  if (lower === undefined) {
    lower = s.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ]/g, "'");
    if (plainLowerSeen.size >= 100_000) plainLowerSeen.clear();
    plainLowerSeen.set(s, lower);
  }
  return lower;
}

/** Same letters as the form, ignoring only case, ё/е and the kind of space between words. */
function isExact(form: SurfaceForm, tokens: Token[], text: string): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (plainLower(tokens[i]!.text) !== plainLower(form.words[i]!)) return false;
    if (i > 0 && (form.hyphens[i] ?? false) !== text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('-')) return false;
  }
  return true;
}

// Per trie: the root's node for a word as written (null for none), so that a word seen before costs a hash of its
// units and no string, fold or token (most words that pass the prefilter start no name).
const rootNodes = new WeakMap<Map<string, TrieNode>, WordTable<TrieNode | null>>();
// Per trie: the nodes that words spelt impossibly start once their letter is read as meant (see impossibleSpelling).
const misspeltNodes = new WeakMap<Map<string, TrieNode>, Map<string, TrieNode>>();

// Ukrainian writes ї only at a word's start, after a vowel or after an apostrophe: after a consonant it is a
// misspelling, machine translation's for и or і (Рїмі for Римі).
const YI_AFTER_CONSONANT = /[бвгґджзклмнпрстфхцчшщ]ї/u;

/** The node a folded word starts when a letter the language cannot write there is read as the letter meant. */
function impossibleSpelling(key: string, root: Map<string, TrieNode>): TrieNode | undefined {
  if (!YI_AFTER_CONSONANT.test(key)) return undefined;
  for (const meant of ['и', 'і']) {
    const node = root.get(key.replace(/([бвгґджзклмнпрстфхцчшщ])ї/gu, `$1${meant}`));
    if (node) return node;
  }
  return undefined;
}

/** Candidate spans, leftmost-longest, each with the forms whose case fits. */
export function findSpans(text: string, index: NameIndex): Span[] {
  const spans: Span[] = [];
  const { root } = index.trie;
  let nodes = rootNodes.get(root);
  if (!nodes) rootNodes.set(root, (nodes = new WordTable()));
  let misspelt = misspeltNodes.get(root);
  if (!misspelt) misspeltNodes.set(root, (misspelt = new Map()));
  const starts = index.trie.startTable;
  const length = text.length;
  let pos = 0;
  for (;;) {
    // The next unit that can start a name and does not merely continue a word: one after a letter is inside a
    // word unless that letter is the apostrophe ʼ (U+02BC, a letter), which an elision may end.
    let wordStart = pos;
    for (; wordStart < length; wordStart++) {
      if (starts[text.charCodeAt(wordStart)] === 0) continue;
      const before = wordStart > 0 ? text.charCodeAt(wordStart - 1) : 0x20;
      if (!isWordUnit(before) || before === 0x2bc) break;
    }
    if (wordStart >= length) break;
    const inside = wordStart > 0 && isInsideWord(text, wordStart);
    if (!inside) {
      // A word without an apostrophe is its own token: settle it from the table when it starts no name.
      const plainEnd = plainWordEnd(text, wordStart);
      if (plainEnd >= 0) {
        let seen = nodes.get(text, wordStart, plainEnd);
        if (!seen) {
          const key = foldWord(text.slice(wordStart, plainEnd));
          let node = root.get(key);
          if (!node && (node = impossibleSpelling(key, root))) misspelt.set(key, node);
          seen = nodes.add(text, wordStart, plainEnd, node ?? null);
        }
        if (seen.value === null) {
          pos = plainEnd;
          continue;
        }
      }
    }
    // Only a unit at the start of a word can start a name, or one right after an elision (l’Ukraine).
    let first = readToken(text, wordStart, -1)!;
    if (inside) {
      const elided = elisionStart(text, wordStart);
      const token = elided === undefined ? undefined : readToken(text, elided, -1);
      if (!token || token.start !== wordStart) {
        pos = wordStart + 1;
        continue;
      }
      first = token;
    }
    pos = first.rawEnd;
    let node: TrieNode | undefined = root.get(first.key);
    const misspeltFirst = !node && (node = misspelt.get(first.key)) !== undefined;
    if (!node) continue;
    const words: Token[] = [first];
    let best: Span | undefined;
    let lostLetter = -1;
    for (let last = first; node; ) {
      if (node.forms) {
        const forms = node.forms.filter((f) => caseFits(f, words, lostLetter));
        if (forms.length) best = { start: first.start, end: last.end, tokens: words.slice(), forms, ...(lostLetter >= 0 ? { lostLetter } : {}), ...(misspeltFirst ? { misspelt: true as const } : {}) };
      }
      if (!node.next) break;
      const next = readToken(text, last.rawEnd, last.rawEnd);
      if (!next || !next.joinsPrevious) break;
      let child = node.next.get(next.key);
      // The capital was the letter lost, so what is left starts in lower case ("Bosnia-Erzegovina" is Italian whole).
      if (!child && lostLetter < 0 && text.charCodeAt(next.start - 1) === 0x2d && !startsUpper(next.text)) {
        child = afterLostLetter(node.next, next.key);
        if (child) lostLetter = words.length;
      }
      node = child;
      words.push(next);
      last = next;
    }
    if (best) {
      spans.push(best);
      const lastToken = best.tokens[best.tokens.length - 1] as Token & { rawEnd?: number };
      pos = lastToken.rawEnd ?? lastToken.end;
    }
  }
  return spans;
}

/**
 * The word of a name after a hyphen whose first letter was lost (Нью-орка, Нью-орке for Нью-Йорка, Нью-Йорке: machine
 * translation drops the Й), from the few words that can follow the one before. Only words of four letters or more,
 * so that what is left is no short word of its own.
 */
function afterLostLetter(next: Map<string, TrieNode>, key: string): TrieNode | undefined {
  if (key.length < 3 || next.size > 64) return undefined;
  for (const [k, child] of next) {
    if (k.length === key.length + 1 && k.endsWith(key)) return child;
  }
  return undefined;
}

/** How sure a name with a letter lost after its hyphen is (a suspect's score): every other letter is right. */
const LOST_LETTER_SCORE = 0.85;

function kindIn(form: SurfaceForm, locale: string): MentionKind {
  // A particle joined or split (Vangrieken, De Winter) is a misspelling no system makes: a suspect, not a variant.
  if (form.generated?.kind === 'spacing') return 'suspect';
  if (form.variant || form.generated) return 'variant';
  if (!form.canonicalIn.includes(locale)) return 'other-locale';
  if (form.grammaticalCase && form.grammaticalCase !== 'nominative') return 'inflected';
  return form.short ? 'short' : 'canonical';
}

/** How well a form fits here: right in this locale beats a listed variant beats another locale's form. */
function fitness(form: SurfaceForm, locale: string): number {
  // A generated spelling ranks just below a listed one: the glossary's own data wins.
  if (form.generated) return form.entity.names[locale] ? 1.8 : 0.8;
  if (form.variant) return isWrongIn(form.entity, form.variant, locale) ? 2 : 1;
  return form.canonicalIn.includes(locale) ? 3 : 1;
}

// Letters of the Cyrillic alphabets that a language does not have: a word with one is from another language.
const NOT_IN_ALPHABET: Record<string, RegExp> = { ru: /[іїєґў]/iu, uk: /[ыэёъў]/iu, bg: /[ыэёіїєґў]/iu };

function foreignLetters(word: string, locale: string): boolean {
  return NOT_IN_ALPHABET[locale]?.test(word) ?? false;
}

// Languages that write one script and share most place names but spell them apart: a neighbour's form of a place
// in the text is the russified (or ukrainianised) spelling of that place, not a word of this language ("Харьков",
// "з Мариуполя" in Ukrainian text).
// The West Slavic languages that write Latin are such neighbours too, for places: machine translation between them
// leaves the other's case form behind (Polish "w Kenii" for Czech "v Keni"). A place's own name (Polish Wrocław in
// Czech text) is no leftover: the press of the other language may keep it.
const NEIGHBOURS: Record<string, readonly string[]> = { uk: ['ru', 'be'], ru: ['uk', 'be'], be: ['ru', 'uk'], cs: ['pl', 'sk'], pl: ['cs', 'sk'], sk: ['cs', 'pl'] };
const LATIN_NEIGHBOURS = new Set(['cs', 'pl', 'sk']);

function fromNeighbour(form: SurfaceForm, locale: string, found: string): boolean {
  const neighbours = NEIGHBOURS[locale];
  if (!neighbours) return false;
  if (LATIN_NEIGHBOURS.has(locale) && (form.entity.type !== 'place' || form.canonicalIn.some((l) => form.entity.native[l] !== undefined) || (lexiconFor(locale)?.knows(found) ?? true))) return false;
  const own = new Set((form.entity.names[locale] ?? []).map(foldPhrase));
  // Where both languages write the place alike (Вашингтон), a case form one paradigm lacks is no misspelling.
  return form.canonicalIn.some((l) => neighbours.includes(l) && !(form.entity.names[l] ?? []).some((n) => own.has(foldPhrase(n))));
}

const bare = (s: string) => formKeys(s).join(' ').replace(/['’ʼ-]/gu, '');

/** This locale's canonical form of the same entity when the text differs from it only by apostrophes or hyphens. */
function localeTwin(index: NameIndex, form: SurfaceForm, locale: string, found: string): SurfaceForm | undefined {
  const target = bare(found);
  for (const canonical of form.short ? [] : form.entity.names[locale] ?? []) {
    if (bare(canonical) !== target) continue;
    return index.trie.lookup(formKeys(canonical))?.find((f) => f.entity === form.entity && !f.variant && !f.generated && f.canonicalIn.includes(locale) && !f.grammaticalCase);
  }
  return undefined;
}

/** The sentence around the span names the entity's country, a place in it, or a word only its description has. */
function sentenceSupports(index: NameIndex, entity: Entity, doc: TextDocument, start: number, end: number): boolean {
  if (!hasProfile(index.glossary, entity)) return false;
  return judgeContext(index.glossary, entity, doc, start, end, false, sentenceBounds(doc, start, end)).support;
}

/**
 * A third language's own name for a place (not the text's, not the place's own, not English) at the end of a longer
 * name whose word before it is no word of that language: the name was translated from it and the place left in its form
 * ("Inter Mailand", "Lazio Rom" in English: German; "Hotel Mailand" is a German name and stays). The word must be no
 * word of the text's language, and unknown to its dictionary or in a sentence that names the place's country or a
 * place in it (English "Rom" is also a Romani man; "Lazio Rom's victory at Hellas Verona" is Rome).
 */
function exonymLeftBehind(index: NameIndex, form: SurfaceForm, doc: TextDocument, start: number, end: number, found: string, locale: string): boolean {
  const text = doc.text;
  const { entity } = form;
  if (entity.type !== 'place' || (form.grammaticalCase && form.grammaticalCase !== 'nominative')) return false;
  const language = primaryLanguage(locale);
  const own = (l: string) => l === language || l === 'en' || entity.native[l] !== undefined;
  if (form.canonicalIn.length === 0 || form.canonicalIn.some(own) || scriptOf(found) !== localeScript(locale)) return false;
  const here = lexiconFor(locale);
  if (!here || here.isWord(found)) return false;
  // The place ends the longer name (a club's: "Inter Mailand", "Lokomotiv Moskva"); a capitalised word after it makes
  // it a given name or the start of a name in that language ("Riyad Mahrez").
  if (nameFollows(doc, end)) return false;
  const before = /(\p{Lu}[\p{L}\p{M}]*)[ \u00a0-]$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!before || !namePrecedes(doc, start, locale, undefined, true)) return false;
  if (form.canonicalIn.some((l) => lexiconFor(l)?.isWord(before[1]!) ?? true)) return false;
  return !here.knows(found) || sentenceSupports(index, entity, doc, start, end);
}

/** The last mention so far covers `at` and is of a place or organisation: a name, but no given name. */
function placeBefore(mentions: readonly Mention[], at: number): boolean {
  const last = mentions[mentions.length - 1];
  return last !== undefined && last.start <= at && at < last.end && last.entity.type !== 'person';
}

/** An acronym in capitals starts at `at` ("DOJ Bidens", "NATO Stoltenberg"): an organisation, never a given name. */
function acronymAt(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
  const word = text.slice(at, end);
  return end - at >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** A right one-word acronym of a place or organisation, written in capitals as the form is (США, EU, ONU). */
function isAcronymSpan(form: SurfaceForm, found: string): boolean {
  const word = form.words.length === 1 ? form.words[0]! : '';
  return form.entity.type !== 'person' && !form.variant && !form.generated && word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase() && found === found.toUpperCase();
}

/** How sure a joined or split particle is (a suspect's score): the rest of the name is spelt right. */
const SPACING_SCORE = 0.9;

export interface MatchOptions {
  locale: string;
  /** The text as a document, when the caller has made one (the kernel does): the context judgements read it. */
  document?: TextDocument;
}

export function findMentions(text: string, index: NameIndex, options: MatchOptions): Mention[] {
  const { locale } = options;
  const doc = options.document?.text === text ? options.document : new TextDocument(text);
  const named = new Set<string>(); // entities named so far in this document
  const mentions: Mention[] = [];
  let latinText: boolean | undefined;
  for (const span of findSpans(text, index)) {
    const found = text.slice(span.start, span.end);
    let excluded: Map<string, boolean> | undefined;
    const owners = new Set(span.forms.filter((f) => !f.variant && !f.generated && !(f.possessive && !isExact(f, span.tokens, text))).map((f) => f.entity.id));
    let candidates = span.forms.filter((f) => {
      // Right for something else here: a listed homonym or a fixed expression around the span (Chicken Kiev).
      if (f.entity.notThisEntity.length) {
        excluded ??= new Map();
        let out = excluded.get(f.entity.id);
        if (out === undefined) excluded.set(f.entity.id, (out = excludedByEntity(f.entity, doc, span.start, span.end)));
        if (out) return false;
      }
      // A former name in a sentence about its own time (Lemberg in 1918, the Kishinev pogrom of 1903).
      // A spelling generated from the entity's names follows its former names (Charkow, made from Харьков, in
      // "die Schlacht bei Charkow 1942").
      const until = f.variant ? f.variant.until : f.generated ? formerNamesUntil(f.entity) : undefined;
      if (until !== undefined && historicalSentence(doc, span.start, span.end, until)) return false;
      // A case form of another language's paradigm means nothing in a language that does not decline names
      // ("Lyudmila Putina" in English is another person, not Putin in the Polish genitive).
      if (f.grammaticalCase && f.grammaticalCase !== 'nominative' && f.paradigm !== locale && !supportsInflection(locale)) return false;
      // A possessive adjective counts only as spelt: Babišová (a woman) folds like Babišova (Babiš's), and a German
      // genitive means nothing in another language.
      if (f.possessive && !isExact(f, span.tokens, text)) return false;
      // Except in a text of another script, where it is a word of the source sentence left behind, as a declined
      // surname is (Latin "Bidens" in Ukrainian text: the Ukrainian genitive Байдена was meant).
      if (f.paradigm === 'de' && !/^de(-|$)/u.test(locale) && (latinText ??= localeScript(locale) === 'Latin')) return false;
      if (!f.short) return true;
      // A surname or one-word variant alone needs context: the entity named before, or no other entity that
      // could own the word (a right short form with one owner; a listed one-word variant nobody else's name). A
      // generated surname, which may well be someone else's, needs the sentence to name the entity's country or
      // a place in it too ("Selenski sagte, die Ukraine …", "Podoliak told reporters in Kyiv").
      if (named.has(f.entity.id)) return true;
      if (f.variant) return owners.size === 0;
      if (f.generated) return owners.size === 0 && f.generated.kind !== 'spacing' && sentenceSupports(index, f.entity, doc, span.start, span.end);
      return owners.size === 1;
    });
    if (!candidates.length) continue;
    // A generated spelling counts only as spelt: one that merely folds to the text (Łuhańsk, made for Polish, on
    // the English "Luhansk") gives way to a form of the same entity that the text spells exactly.
    if (candidates.length > 1 && candidates.some((f) => f.generated)) {
      const spelt = new Set(candidates.filter((f) => isExact(f, span.tokens, text)).map((f) => f.entity.id));
      candidates = candidates.filter((f) => !f.generated || !spelt.has(f.entity.id) || isExact(f, span.tokens, text));
    }
    const score = (f: SurfaceForm) => (named.has(f.entity.id) ? 10 : 0) + fitness(f, locale) + (f.short ? 0 : 0.5);
    // Equal fits of one entity (Libia and its instrumental Libią fold alike): the form the text spells wins.
    if (candidates.length > 1) candidates.sort((a, b) => score(b) - score(a) || Number(isExact(b, span.tokens, text)) - Number(isExact(a, span.tokens, text)));
    let best = candidates[0]!;
    const rival = candidates.find((f) => f.entity.id !== best.entity.id);
    if (rival && score(rival) === score(best)) continue; // two entities fit equally: say nothing rather than guess
    // A one-word form inside a longer capitalised name belongs to a name the glossary does not know: "Colonia
    // Dignidad" is not Cologne, "Peking University" keeps its name, "Ludovic Orban" is not Viktor Orbán. A right
    // full name of this locale is exempt: the glossary knows it whole.
    const kind = kindIn(best, locale);
    const oneWord = span.tokens.length === 1 || best.short;
    // A name in an oblique case starts no longer name: "Президент Украины Зеленский" is Ukraine, then a person. And
    // a place or organisation just named is no first name: "Президент Франции Макрона", "Канцлер Германии Шольца".
    // An acronym in capitals is a whole name wherever it stands ("Конгресс США", "Госсекретарь США Майк Помпео").
    // A place or organisation in the genitive after a capitalised word is its complement, not the end of a longer
    // name: "Банк России", "МЗС Росії", "Парламент Индии", "Partii Rosji".
    const complement = kind === 'inflected' && best.grammaticalCase === 'genitive' && best.entity.type !== 'person';
    const leftBehind = oneWord && kind === 'other-locale' && exonymLeftBehind(index, best, doc, span.start, span.end, found, locale);
    if (!leftBehind && oneWord && kind !== 'canonical' && !(kind === 'short' && isAcronymSpan(best, found) && text[span.end] !== '-') && ((kind !== 'inflected' && nameFollows(doc, span.end)) || (!complement && namePrecedes(doc, span.start, locale, (at) => placeBefore(mentions, at) || (best.entity.type === 'person' && acronymAt(text, at)))))) continue;
    // Another locale's one-word place or organisation name is often a word or another place here (Roma, Praga,
    // Luck, Moskwa): it counts only once the document has named the entity. Two exceptions: a person's surname in
    // another locale's spelling (Selenskyj, Lawrow) is no ordinary word, and the English form is what machine
    // translation leaves behind ("Kyiv" in Spanish output).
    // Two more: a form with letters this language's alphabet lacks (Ukrainian Харків in Russian text) is no word
    // here either, and one that is this locale's own form but for an apostrophe or a hyphen (Luhans'k for Luhansk)
    // is that form, misspelt. And a dateline names a place ("MOSKAU (dpa) –" left in English).
    if (kind === 'other-locale') {
      const twin = oneWord ? localeTwin(index, best, locale, found) : undefined;
      if (twin) best = twin;
      else if (!leftBehind && oneWord && best.entity.type !== 'person' && !best.canonicalIn.includes('en') && !named.has(best.entity.id) && !foreignLetters(found, locale) && !fromNeighbour(best, locale, found) && !isDateline(doc, span.start, span.end)) continue;
    }
    // A word of this language that only folds like a name is that word: Czech "Ruská", "Česká" (adjectives) beside
    // Ruska, Česka (genitives), "Téměř" beside Temer. The dictionary is asked only for a one-word span spelt otherwise.
    const exact = isExact(best, span.tokens, text);
    if (!exact && span.tokens.length === 1 && isOrdinaryWord(found, locale)) continue;
    named.add(best.entity.id);
    const lost = span.lostLetter !== undefined || span.misspelt === true;
    mentions.push({
      entity: best.entity,
      start: span.start,
      end: span.end,
      text: found,
      kind: lost ? 'suspect' : kindIn(best, locale),
      surface: best,
      exact,
      ...(best.grammaticalCase ? { grammaticalCase: best.grammaticalCase } : {}),
      ...(best.generated?.kind === 'spacing' ? { score: SPACING_SCORE } : lost ? { score: LOST_LETTER_SCORE } : {}),
    });
  }
  return mentions;
}

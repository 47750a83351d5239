/**
 * What the words around a span say about it. A one-word name standing inside a longer capitalised name is most
 * likely part of a name the glossary does not know ("Peking University", "Ludovic Orban", "Donbass Arena"); a
 * title before it ("President Putin", "Kanzler Scholz") is the usual way to name the entity itself.
 */
import type { Entity } from '../glossary/model.ts';
import { TextDocument } from '../text/document.ts';
import { formKeys, startsUpper } from '../text/tokenize.ts';
import { isUpperUnit } from '../text/fold.ts';
import { GERMAN_ROLE_NOUN, TITLE_WORDS } from '../lexicon/roles.ts';
import { primaryLanguage } from '../text/locale.ts';
import { localeScript, scriptOf } from '../text/script.ts';

const isSentenceBoundary = (text: string, at: number) => {
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\u00a0') continue;
    return '.!?:;"“”„«»‹›\n\r'.includes(c);
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
export function nameFollows(source: string | TextDocument, end: number): boolean {
  const next = TextDocument.of(source).joinedTokenAfter(end);
  return next !== undefined && startsUpper(next.text);
}

/**
 * A capitalised word that is not a title, and does not open a sentence, stands right before the span: the span
 * ends a longer name (a first name and this surname, "Ludovic Orban"). German capitalises every noun, so there a
 * capital says nothing and only the following word counts, unless `strict`: then a capitalised German word that
 * is no role noun counts too (for guesses, which must not take "Nikolai Selinski" for a misspelt Selenskyj).
 * `known(start)` tells whether a word starting there is a known name that is no given name (a place: "Президент
 * Украины Зеленский", "Премьер Великобритании Стармер").
 */
export function namePrecedes(source: string | TextDocument, start: number, locale: string, known?: (wordStart: number) => boolean, strict = false): boolean {
  if ((locale === 'de' || locale === 'lb') && !strict) return false;
  const text = typeof source === 'string' ? source : source.text;
  const previous = previousWord(text, start);
  if (!previous || !startsUpper(previous.text)) return false;
  // A word in another script makes no name with a span in the text's own script: "танків Leopard Києву" is a tank,
  // then Kyiv. (A name in the other script after it may still be a brand's: "ТРЦ Europa".)
  const script = scriptOf(text.slice(start, start + 2));
  if (script === localeScript(locale) && scriptOf(previous.text) !== script) return false;
  const lower = previous.text.toLowerCase().replace(/\.$/, '');
  if (TITLE_WORDS.has(lower)) return false;
  // German nouns are capitalised; a strict reading still lets role nouns through, compounds too
  // (Bundeskanzler, Außenministerin, Kremlchef, Nato-Generalsekretär).
  if ((locale === 'de' || locale === 'lb') && GERMAN_ROLE_NOUN.test(lower)) return false;
  if (known?.(previous.start)) return false;
  return !isSentenceBoundary(text, previous.start);
}

/**
 * The span opens a line in capitals and a dateline's credit or dash follows ("MOSKAU (dpa) –", "PRAHA, 5. prosince
 * (ČTK) -", "KYIV – "): a place, whatever else the word may be. "ROMA (the club) fans" is no dateline.
 */
export function isDateline(source: string | TextDocument, start: number, end: number): boolean {
  const text = typeof source === 'string' ? source : source.text;
  const found = text.slice(start, end);
  if (found !== found.toUpperCase() || found === found.toLowerCase()) return false;
  return lineStartsAt(source, start) && (creditFollows(text, end) || /^[ \u00a0]?[-\u2013\u2014][ \u00a0]/u.test(text.slice(end, end + 3)));
}

/** Whether only spaces stand between the line's start (or the text's) and `start`. */
export function lineStartsAt(source: string | TextDocument, start: number): boolean {
  const doc = TextDocument.of(source);
  const text = doc.text;
  for (let i = doc.lineStart(start); i < start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/**
 * Whether a news agency's credit follows `end`, as datelines have it: "(Reuters) -", "(AP) —", ", 3 March (ANSA) -",
 * ".KAZINFORM".
 */
export function creditFollows(text: string, end: number): boolean {
  // Settled by a character or two for nearly every word: only "(", " (", "," or a full stop before a capital go on.
  const c = text.charCodeAt(end);
  const next = text.charCodeAt(end + 1);
  if (!(c === 0x28 || c === 0x2c || ((c === 0x20 || c === 0xa0) && next === 0x28) || (c === 0x2e && isUpperUnit(next)))) return false;
  return DATELINE_CREDIT.test(text.slice(end, end + 64));
}
const DATELINE_CREDIT = /^(?:\.\p{Lu}{3,}\b|(?:,[^()\n,]{1,30})?[ \u00a0]?\([^()\n]{2,30}\)[ \u00a0]*[-\u2013\u2014])/u;

// Prepositions that put a place after them, in the languages without case endings.
const PLACE_PREPOSITIONS: Record<string, ReadonlySet<string>> = {
  en: new Set(['in', 'to', 'from', 'of', 'over', 'near', 'at', 'into', 'across', 'around', 'outside', 'towards', 'toward', 'via']),
  fr: new Set(['à', 'a', 'de', 'd', 'vers', 'en', 'près', 'depuis', 'sur']),
  es: new Set(['en', 'de', 'a', 'desde', 'hacia', 'sobre', 'cerca']),
  it: new Set(['a', 'in', 'di', 'da', 'su', 'verso', 'dall', 'nell', 'sull']),
  nl: new Set(['in', 'naar', 'uit', 'van', 'bij', 'boven', 'rond', 'nabij']),
  pt: new Set(['em', 'de', 'a', 'para', 'sobre', 'perto']),
  ca: new Set(['a', 'de', 'en', 'cap', 'prop']),
};

/** A preposition of place stands right before `start` ("in Kharkiv", "à Kharkiv", "naar Charkiv"). */
export function placePrecedes(source: string | TextDocument, start: number, locale: string): boolean {
  const prepositions = PLACE_PREPOSITIONS[primaryLanguage(locale)];
  if (!prepositions) return false;
  const text = typeof source === 'string' ? source : source.text;
  const previous = previousWord(text, start);
  if (previous) return prepositions.has(previous.text.toLowerCase());
  // French and Italian elision glued to the name: d’Odessa, dall’Odessa.
  const elided = /(?:^|[^\p{L}])(\p{L}{1,3})['’]$/u.exec(text.slice(Math.max(0, start - 5), start));
  return elided !== null && prepositions.has(elided[1]!.toLowerCase());
}

// ---------------------------------------------------------------------------------------------------------------
// Spellings that are right for something else: fixed expressions and historical names

/** The words of each notThisEntity entry as folded keys, per entity (entries rarely change; computed once). */
const exclusionKeys = new WeakMap<Entity, string[][]>();

function keysOfExclusions(entity: Entity): string[][] {
  let keys = exclusionKeys.get(entity);
  if (!keys) exclusionKeys.set(entity, (keys = entity.notThisEntity.map(formKeys).filter((k) => k.length > 0)));
  return keys;
}

/** The folded keys of up to `count` words right before `start` (nearest last). */
function keysBefore(doc: TextDocument, start: number, count: number): string[] {
  const keys = doc.tokensIn(Math.max(0, start - 40 * count), start).map((t) => t.key);
  // The window may cut its first word in half: only whole words count.
  if (start - 40 * count > 0 && keys.length > count) keys.shift();
  return keys.slice(-count);
}

/** The folded keys of up to `count` words right after `end`. */
function keysAfter(doc: TextDocument, end: number, count: number): string[] {
  return doc.tokensFrom(end, count).map((t) => t.key);
}

/**
 * Whether the span [start, end) is, by the entity's `notThisEntity` list, something else: the span is one of the
 * listed spellings ("Émile Borel"), or it stands inside a listed phrase whose other words surround it in the text
 * ("Chicken Kiev", "Kiev-class", "Battle of Kharkov", "Ludovic Orban"). Case and diacritics do not count.
 */
export function excludedByEntity(entity: Entity, source: string | TextDocument, start: number, end: number): boolean {
  if (!entity.notThisEntity.length) return false;
  const doc = TextDocument.of(source);
  const span = doc.tokensIn(start, end).map((t) => t.key);
  if (!span.length) return false;
  for (const phrase of keysOfExclusions(entity)) {
    for (let at = 0; at + span.length <= phrase.length; at++) {
      if (!span.every((k, i) => phrase[at + i] === k)) continue;
      const before = phrase.slice(0, at);
      const after = phrase.slice(at + span.length);
      if (before.length && keysBefore(doc, start, before.length).join(' ') !== before.join(' ')) continue;
      if (after.length && keysAfter(doc, end, after.length).join(' ') !== after.join(' ')) continue;
      return true;
    }
  }
  return false;
}

// A year (1000–2099), or a decade ("the 1950s", "1990er", "1990-х"), standing as a word.
const YEAR = /(?<![\p{L}\p{N}])(1\d{3}|20\d{2})(?:s|er|-е|-х)?(?![\p{L}\p{N}])/gu;

/**
 * Where the sentence around [start, end) starts and ends: the previous and next full stop or line break (within
 * 600 units either way), read from the document's sentence breaks.
 */
export function sentenceBounds(source: string | TextDocument, start: number, end: number): [number, number] {
  return TextDocument.of(source).sentenceOf(start, end);
}

function sentenceAround(source: string | TextDocument, start: number, end: number): string {
  const doc = TextDocument.of(source);
  const [from, to] = doc.sentenceOf(start, end);
  return doc.text.slice(from, to);
}

/**
 * Whether the sentence around a span speaks of a time when a historical name was the name: it names at least one
 * year, and every year it names is at or before `until` ("Lemberg was the capital of Galicia until 1918", "the
 * Kishinev pogrom of 1903"). A sentence with no year says nothing, and one that also names a later year is about
 * the present.
 */
export function historicalSentence(source: string | TextDocument, start: number, end: number, until: number): boolean {
  const sentence = sentenceAround(source, start, end);
  let years = 0;
  for (const m of sentence.matchAll(YEAR)) {
    if (Number(m[1]) > until) return false;
    years++;
  }
  // A named period dates a sentence as a year does ("vor dem Ersten Weltkrieg", "в советское время").
  for (const [period, last] of PERIODS) {
    if (!period.test(sentence)) continue;
    if (last > until) return false;
    years++;
  }
  return years > 0;
}

/**
 * Periods that date a sentence, with the last year of each. Only expressions of time ("during the Second World
 * War", "zu Sowjetzeiten"), not a bare "Soviet Union", which a sentence about today names as well.
 */
const PERIODS: Array<[RegExp, number]> = [
  [/\b(?:first world war|world war i\b|great war)|ersten? weltkrieg|erster weltkrieg|premi[eè]re guerre mondiale|eerste wereldoorlog|primera guerra mundial|prima guerra mondiale|(?:pierwszej|i) wojny [śs]wiatowej|prvn[ií] sv[eě]tov[eé] v[aá]lk|перв(?:ой|ая) мирово|першо[їі] світово/iu, 1918],
  [/\b(?:second world war|world war ii\b)|zweiten? weltkrieg|zweiter weltkrieg|seconde guerre mondiale|tweede wereldoorlog|segunda guerra mundial|seconda guerra mondiale|(?:drugiej|ii) wojny [śs]wiatowej|druh[eé] sv[eě]tov[eé] v[aá]lk|втор(?:ой|ая) мирово|великой отечественной|друго[їі] світово/iu, 1945],
  [/\bsoviet (?:times|era|period)\b|\bin soviet days\b|zu sowjetzeiten|zur sowjetzeit|in der sowjetzeit|[àa] l'[ée]poque sovi[ée]tique|in de sovjettijd|en (?:la )?[ée]poca sovi[ée]tica|in epoca sovietica|w czasach (?:zsrr|radzieckich|sowieckich)|w czasach zwi[aą]zku radzieckiego|v dob[eě] sssr|за советских времён|в советское время|в советские времена|за радянських часів|у радянські часи/iu, 1991],
  [/austria-hungary|österreich-ungarn|autriche-hongrie|oostenrijk-hongarije|austria-hungría|austria-ungheria|austro-węgier|rakousko-uhersk|австро-венгр|австро-угорщин|russian empire|russischen reich|zarenreich|empire russe|российской империи|российская империя|російської імперії/iu, 1918],
];

/** The last year in which any former name of the entity was in use (a `until` on its variants), if it has one. */
export function formerNamesUntil(entity: Entity): number | undefined {
  let until = formerUntil.get(entity);
  if (until === undefined && !formerUntil.has(entity)) {
    for (const v of entity.variants) if (v.until !== undefined) until = Math.max(until ?? v.until, v.until);
    formerUntil.set(entity, until);
  }
  return until;
}
const formerUntil = new WeakMap<Entity, number | undefined>();

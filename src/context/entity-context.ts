/**
 * What a sentence says about who is meant: the words of an entity's description that name its country (Ukrainian
 * President, Премьер Великобритании, Czech President) or something only it has (NATO, Kremlin, Vlaams Belang)
 * support a suspect of that entity; a country it has nothing to do with, in the same sentence, speaks against one
 * ("the Italian politician Roberto Fico" is not Slovakia's Robert Fico).
 *
 * Countries are the glossary's own places, matched in any language through their names in every locale: a word
 * is related to a name when it is the name, or starts with most of it (Ukrainian ~ Ukraine, Украины ~ Украина,
 * francuski ~ Francja, czeski ~ Czechy). Descriptions are in English; English demonyms that do not start like
 * their country (French, British, Dutch) come from a short table.
 */
import type { Entity, Glossary, PlaceKeys } from '../glossary/model.ts';
import { GENERIC_DESCRIPTION_WORDS } from '../lexicon/roles.ts';
import { TextDocument } from '../text/document.ts';
import { foldWord } from '../text/fold.ts';
import { formKeys, tokenize } from '../text/tokenize.ts';
import { functionWords } from '../lexicon/function-words.ts';

// English demonyms whose country name starts otherwise, by the shipped ids of the countries (a Map: it is looked up
// by the words of a text, and "constructor" must find nothing).
const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries({
  french: 'france', british: 'united-kingdom', english: 'united-kingdom', scottish: 'united-kingdom', welsh: 'united-kingdom',
  dutch: 'netherlands', danish: 'denmark', spanish: 'spain', catalan: 'spain', polish: 'poland', finnish: 'finland',
  turkish: 'turkiye', american: 'united-states', swiss: 'switzerland', irish: 'ireland', swedish: 'sweden',
  flemish: 'belgium', walloon: 'belgium', greek: 'greece', czech: 'czechia', chechen: 'russia', soviet: 'russia',
}));

const STOPWORDS: ReadonlySet<string> = new Set(functionWords('en').map(foldWord));

/** Every place of the glossary as its names' folded words (what the stored index keeps made: Glossary.placeKeys). */
export function placeKeysOf(glossary: Glossary): PlaceKeys[] {
  const out: PlaceKeys[] = [];
  for (const entity of glossary.ofType?.('place') ?? glossary.entities.values()) {
    if (entity.type !== 'place') continue;
    // Short forms count too, but not acronyms: the Czech press's Amerika for the United States ("zavírání Ameriky").
    const short = Object.values(entity.short).flat().filter((f) => f !== f.toUpperCase());
    const forms = new Set([...Object.values(entity.names).flat(), ...Object.values(entity.native).flat(), ...entity.variants.map((v) => v.form), ...short]);
    const names = [...forms].map(formKeys).filter((ws) => ws.length > 0);
    out.push({ id: entity.id, names, country: /\b(?:country|state)\b/iu.test(entity.description) });
  }
  return out;
}

/** The glossary's places, indexed by the first four letters of each word of each of their names. */
class PlaceIndex {
  private readonly byPrefix = new Map<string, Array<{ place: PlaceKeys; word: string; whole: boolean }>>();
  readonly places = new Map<string, PlaceKeys>();

  constructor(places: readonly PlaceKeys[]) {
    for (const place of places) {
      this.places.set(place.id, place);
      for (const words of place.names) {
        // One-word names by their word; longer ones only by a distinctive word of four letters or more.
        for (const word of words) {
          if (word.length < 4) continue;
          const key = word.slice(0, 4);
          let list = this.byPrefix.get(key);
          if (!list) this.byPrefix.set(key, (list = []));
          list.push({ place, word, whole: words.length === 1 });
        }
      }
    }
  }

  /**
   * The places a word names or derives from (Ukraine, Ukrainian, Украины), by the related-word rule; of several,
   * those whose name it shares most letters with (Australian is Australia's, not Austria's).
   */
  placesOf(word: string): PlaceKeys[] {
    if (word.length < 4) return [];
    let out: PlaceKeys[] = [];
    let longest = 0;
    for (const { place, word: name, whole } of this.byPrefix.get(word.slice(0, 4)) ?? []) {
      if (!related(word, name)) continue;
      // A word of a longer name (United, Kingdom, Czech) counts only when it is the distinctive one: the last.
      if (!whole && !place.names.some((ws) => ws.length > 1 && ws[ws.length - 1] === name)) continue;
      const shared = sharedPrefix(word, name);
      if (shared > longest) {
        longest = shared;
        out = [];
      }
      if (shared === longest && !out.includes(place)) out.push(place);
    }
    const demonym = DEMONYMS.get(word);
    if (demonym) {
      const place = this.places.get(demonym);
      if (place && !out.includes(place)) out.push(place);
    }
    return out;
  }
}

function sharedPrefix(a: string, b: string): number {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p;
}

/** A word is the name, or starts with all but a short ending of it (at least four letters shared). */
export function related(word: string, name: string): boolean {
  if (word === name) return true;
  const p = sharedPrefix(word, name);
  return p >= 5 ? name.length - p <= 3 : p >= 4 && name.length - p <= 2;
}

/** The ids of the glossary's places a word names or derives from (for tests and tools). */
export function placesNamedBy(glossary: Glossary, word: string): string[] {
  return placeIndex(glossary).placesOf(foldWord(word)).map((p) => p.id);
}

/** Whether a word in lower case in [from, to) of the text (all of it by default), outside [skipFrom, skipTo),
 * derives from the place `placeId` (an adjective: бельгійський, belgische), by the related-word rule. */
export function placeAdjectiveIn(glossary: Glossary, source: string | TextDocument, placeId: string, skipFrom: number, skipTo: number, from = 0, to?: number): boolean {
  const index = placeIndex(glossary);
  const doc = TextDocument.of(source);
  for (const token of doc.tokensIn(from, to ?? doc.text.length)) {
    if (token.key.length < 5 || (token.end > skipFrom && token.start < skipTo) || !/^\p{Ll}/u.test(token.text)) continue;
    if (index.placesOf(token.key).some((p) => p.id === placeId)) return true;
  }
  return false;
}

interface Profile {
  places: Set<string>;
  /** Distinctive words of the description (folded): NATO, Kremlin, Fidesz, Competition. */
  words: string[];
}

const indexes = new WeakMap<Glossary, PlaceIndex>();
const profiles = new WeakMap<Entity, Profile>();

function placeIndex(glossary: Glossary): PlaceIndex {
  let index = indexes.get(glossary);
  if (!index) indexes.set(glossary, (index = new PlaceIndex(glossary.placeKeys?.() ?? placeKeysOf(glossary))));
  return index;
}

function profileOf(entity: Entity, index: PlaceIndex): Profile {
  let profile = profiles.get(entity);
  if (profile) return profile;
  profile = { places: new Set(), words: [] };
  for (const token of tokenize(entity.description)) {
    if (!/^\p{Lu}/u.test(token.text)) continue;
    const word = token.key;
    const places = index.placesOf(word);
    for (const p of places) if (p.id !== entity.id) profile.places.add(p.id);
    if (places.length || word.length < 4 || GENERIC_DESCRIPTION_WORDS.has(word) || STOPWORDS.has(word) || /\d/u.test(word)) continue;
    profile.words.push(word);
  }
  profiles.set(entity, profile);
  return profile;
}

/** Whether the entity's description gives anything to look for in a sentence (cheap, cached per entity). */
export function hasProfile(glossary: Glossary, entity: Entity): boolean {
  const profile = profileOf(entity, placeIndex(glossary));
  return profile.places.size > 0 || profile.words.length > 0;
}

/**
 * A place named by `word` letter for letter (not merely related: Nikolai is no Mykolaiv) whose description names
 * one of `places` as where it is (Kyiv, "Capital of Ukraine", is in Ukraine; a demonym in a description says
 * less about where a place is).
 */
function inPlaces(glossary: Glossary, index: PlaceIndex, place: PlaceKeys, word: string, places: Set<string>): boolean {
  if (place.country || places.size === 0 || !place.names.some((ws) => ws.length === 1 && ws[0] === word)) return false;
  const entity = glossary.entities.get(place.id);
  if (!entity) return false;
  let where = locations.get(entity);
  if (!where) {
    where = new Set();
    for (const token of tokenize(entity.description)) {
      if (!/^\p{Lu}/u.test(token.text) || DEMONYMS.has(token.key)) continue;
      for (const p of index.placesOf(token.key)) if (p.country && p.names.some((ws) => ws[ws.length - 1] === token.key)) where.add(p.id);
    }
    locations.set(entity, where);
  }
  for (const id of where) if (places.has(id)) return true;
  return false;
}
const locations = new WeakMap<Entity, Set<string>>();

/** How many words on either side of a span a country must be within to speak against it. */
const AGAINST_REACH = 3;

export interface ContextVerdict {
  /** A word of the sentence names the entity's country or a distinctive word of its description. */
  support: boolean;
  /** A country the entity has nothing to do with is named in the sentence (and nothing supports it). */
  against: boolean;
}

/**
 * What a sentence says about `entity`, leaving out the words of the suspect itself ([skipFrom, skipTo)). The
 * sentence is a string, or the range `sentence` of a document (offsets then in the document's text). `against` is
 * looked for only when asked: it needs every word's places.
 */
export function judgeContext(glossary: Glossary, entity: Entity, source: string | TextDocument, skipFrom: number, skipTo: number, withAgainst = true, sentence?: readonly [number, number]): ContextVerdict {
  const index = placeIndex(glossary);
  const profile = profileOf(entity, index);
  // Nothing in the description to look for (a glossary without descriptions, as in the benchmark): no support.
  if (!withAgainst && profile.places.size === 0 && profile.words.length === 0) return { support: false, against: false };
  let support = false;
  let against = false;
  const doc = TextDocument.of(source);
  const tokens = doc.tokensIn(sentence?.[0] ?? 0, sentence?.[1] ?? doc.text.length);
  // Another country speaks against the entity only as an attribute of the span, within a few words of it ("the
  // Italian politician Roberto Fico", "Fico, the Italian politician"); elsewhere in the sentence it is usually
  // someone else's ("Poland's foreign minister spoke with Lavrov").
  const first = tokens.findIndex((t) => t.end > skipFrom);
  const after = tokens.findIndex((t) => t.start >= skipTo);
  const near = (i: number) => (first === -1 || i >= first - AGAINST_REACH) && (after === -1 || i < after + AGAINST_REACH);
  for (const [i, token] of tokens.entries()) {
    if (token.start >= skipFrom && token.end <= skipTo) continue;
    const word = token.key;
    if (word.length < 4) continue;
    if (profile.words.some((w) => w === word || (w.length >= 6 && related(word, w)))) support = true;
    for (const place of index.placesOf(word)) {
      if (profile.places.has(place.id) || inPlaces(glossary, index, place, word, profile.places)) support = true;
      else if (place.country && place.id !== entity.id && near(i)) against = true;
    }
    if (support) return { support, against: false };
  }
  return { support, against };
}

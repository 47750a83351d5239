/**
 * Suspected variants: capitalised spans that no rule predicts but that sit close to a known name, scored with
 * the document's context. Precision first: a one-word suspect needs context (the entity named in the document,
 * or the same spelling seen before in a full-name suspect); a word that is right for another entity, a common
 * word, an all-caps heading word or a listed homonym is never a suspect on its own.
 */
import { createRequire } from 'node:module';
import type { Entity } from '../glossary/model.ts';
import type { Mention } from '../match/mention.ts';
import { foldPhrase, foldWord, isUpperUnit } from '../text/fold.ts';
import { isInsideWord, nextWordBounds } from '../text/tokenize.ts';
import { namePrecedes } from '../match/context.ts';
import { keyDistance } from './distance.ts';
import type { FuzzyIndex, NameForm, WordRef } from './fuzzy-index.ts';
import { nameKey } from './key.ts';

export interface Suspect {
  start: number;
  end: number;
  text: string;
  entity: Entity;
  /** The known form it resembles (the entity's form whose words it was aligned with). */
  resembles: string;
  /** 0–1: how sure canonym is that this is a misspelling of the entity. */
  score: number;
  /** A surname (or other part) alone, rather than the whole name. */
  short: boolean;
  /** An exact mention of another entity that this suspect overrides ("Deventer" the city inside "Philip Deventer"). */
  overrides?: Mention;
}

export interface SuspectOptions {
  /** Suspects scoring below this are not reported (default 0.8). */
  threshold?: number;
}

const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'фон', 'ван', 'дер', 'де', 'ди', 'аль']);
// Capital letters of the Latin, Greek and Cyrillic blocks as one character class: V8 scans for a plain class far
// faster than for \p{Lu} behind a look-behind, and word bounds then come from the tokenizer's table.
const CAPITALS = (() => {
  let cls = '';
  for (const [from, to] of [[0x41, 0x24f], [0x370, 0x52f], [0x1e00, 0x1fff]] as const) {
    for (let c = from; c <= to; c++) if (isUpperUnit(c)) cls += `\\u${c.toString(16).padStart(4, '0')}`;
  }
  return new RegExp(`[${cls}]`, 'g');
})();

/** Whether the word at `start` opens a sentence: only spaces back to a full stop, a quote, a line break or the start. */
function opensSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 4; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\u00a0') continue;
    return '.!?:;"“”«»\n\r'.includes(c);
  }
  return start < 4 || /^\s*$/u.test(text.slice(0, start));
}

/** Mentions sorted by start, with a binary search for the ones that overlap a span. */
class MentionLookup {
  private readonly starts: number[];
  constructor(private readonly sorted: readonly Mention[]) {
    this.starts = sorted.map((m) => m.start);
  }
  overlapping(start: number, end: number): Mention[] {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    const out: Mention[] = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.start < end; i++) if (this.sorted[i]!.end > start) out.push(this.sorted[i]!);
    return out;
  }
}

const COMMON_WORDS: ReadonlySet<string> = (() => {
  const lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
  const words = new Set<string>();
  for (const lang of ['en', 'de', 'fr', 'nl', 'es', 'it', 'pl', 'cs', 'ru', 'uk', 'bg']) for (const w of lists[lang] ?? []) words.add(foldWord(w));
  return words;
})();

interface Word {
  start: number;
  end: number;
  text: string;
  /** foldWord(text), computed once. */
  folded: string;
  key: string;
}

/** How far a word's key may be from a known key: nothing for short words, more for long ones. */
const bound = (key: string) => (key.length <= 3 ? 0 : key.length <= 5 ? 1 : 2);

interface WordInfo {
  folded: string;
  key: string;
  /** Some known last word is near this one, and it is not a common word or an all-caps word. */
  anchorable: boolean;
}

// Per fuzzy index: what a capitalised word (as written) is worth; texts repeat their words.
const infoCache = new WeakMap<FuzzyIndex, Map<string, WordInfo>>();

function wordInfo(fuzzy: FuzzyIndex, word: string): WordInfo {
  let cache = infoCache.get(fuzzy);
  if (!cache) infoCache.set(fuzzy, (cache = new Map()));
  let info = cache.get(word);
  if (info) return info;
  const folded = foldWord(word);
  const key = nameKey(word);
  const anchorable = key.length >= 4 && !COMMON_WORDS.has(folded) && !(word.length > 1 && word === word.toUpperCase()) && anchorsFor(fuzzy, key).length > 0;
  info = { folded, key, anchorable };
  if (cache.size > 500_000) cache.clear();
  cache.set(word, info);
  return info;
}

/**
 * Each capitalised word that could end a misspelt name, with the capitalised words joined before it (at most
 * three: first names, particles skipped). Only those words are looked at closely; the rest of the text costs a
 * character-class scan and a cache lookup per capitalised word.
 */
function* anchorRuns(text: string, fuzzy: FuzzyIndex): Generator<Word[]> {
  const ring: Word[] = [];
  const capitals = new RegExp(CAPITALS);
  for (let m = capitals.exec(text); m; m = capitals.exec(text)) {
    const start = m.index;
    if (start > 0 && isInsideWord(text, start)) continue; // a capital inside a word (McDonald, iPhone)
    const bounds = nextWordBounds(text, start)!;
    capitals.lastIndex = bounds[1];
    let word = text.slice(start, bounds[1]);
    if (/['’ʼ]s$/u.test(word)) word = word.slice(0, -2);
    const info = wordInfo(fuzzy, word);
    const current: Word = { start, end: start + word.length, text: word, folded: info.folded, key: info.key };
    const previous = ring[ring.length - 1];
    if (previous && !joiningGap(text, previous.end, start)) ring.length = 0;
    ring.push(current);
    if (ring.length > 4) ring.shift();
    if (info.anchorable) yield ring.slice();
  }
}

/** Spaces, hyphens, at most one line break, and particles (von der, de la) between two capitalised words. */
function joiningGap(text: string, from: number, to: number): boolean {
  if (to - from > 24) return false;
  let breaks = 0;
  let letters = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a && ++breaks > 1) return false;
    if (c > 0x40) letters = true;
    else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0x2d) return false;
  }
  if (!letters) return true;
  return text.slice(from, to).split(/[\s\-‐‑]+/u).every((w) => w === '' || PARTICLES.has(w.toLowerCase()));
}

/** Whether `word` also occurs in lower case as a whole word in the text (memoised per document). */
function usedAsWord(text: string, word: string, memo: Map<string, boolean>): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  let used = memo.get(lower);
  if (used === undefined) {
    used = false;
    for (let i = text.indexOf(lower); i !== -1; i = text.indexOf(lower, i + 1)) {
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      const after = text.charCodeAt(i + lower.length);
      if (!isWordUnit(before) && (Number.isNaN(after) || !isWordUnit(after))) {
        used = true;
        break;
      }
    }
    memo.set(lower, used);
  }
  return used;
}

const isWordUnit = (c: number) => /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c));

function similarity(distance: number, key: string): number {
  return 1 - distance / Math.max(key.length, 1);
}

interface Anchor {
  key: string;
  d: number;
  refs: WordRef[];
}

// Words repeat (Brussels, Tuesday, the same surname): the fuzzy lookup of a key is done once per index.
const anchorCache = new WeakMap<FuzzyIndex, Map<string, Anchor[]>>();

function anchorsFor(fuzzy: FuzzyIndex, wordKey: string): Anchor[] {
  let cache = anchorCache.get(fuzzy);
  if (!cache) anchorCache.set(fuzzy, (cache = new Map()));
  let anchors = cache.get(wordKey);
  if (anchors) return anchors;
  anchors = [];
  for (const { key, values } of fuzzy.words.candidates(wordKey)) {
    const d = keyDistance(wordKey, key, bound(key));
    if (d !== Infinity) anchors.push({ key, d, refs: values });
  }
  // Only the nearest keys compete: a dense glossary has many names two edits away, and a farther one never
  // wins against a nearer one anyway.
  if (anchors.length > 1) {
    const best = Math.min(...anchors.map((a) => a.d));
    anchors = anchors.filter((a) => a.d <= best + 0.5);
  }
  if (cache.size > 200_000) cache.clear();
  cache.set(wordKey, anchors);
  return anchors;
}

interface Hypothesis {
  form: NameForm;
  first: number;
  last: number;
  score: number;
  short: boolean;
  /** The last word (surname) is exact and only an earlier word differs: maybe another person of that name. */
  sameSurname: boolean;
}

// Languages whose names and nouns take case endings: an inflected organisation or place name looks like a
// misspelling there, so suspects for those stay with persons.
const CASELESS = new Set(['en', 'fr', 'es', 'it', 'nl', 'pt', 'ca']);

// Masculine and feminine forms of one Slavic surname name two people (Тихановский, Тихановская).
const GENDER_PAIRS: Array<[string, string]> = [['ский', 'ская'], ['ський', 'ська'], ['ski', 'ska'], ['ský', 'ská'], ['ov', 'ova'], ['ev', 'eva'], ['in', 'ina'], ['ов', 'ова'], ['ев', 'ева'], ['ин', 'ина'], ['ій', 'а'], ['ий', 'ая'], ['yi', 'a'], ['y', 'a']];

function otherGender(word: string, form: string): boolean {
  const w = word.toLowerCase();
  const f = form.toLowerCase();
  return GENDER_PAIRS.some(([m, fem]) => (w.endsWith(m) && f.endsWith(fem) && w.slice(0, -m.length) === f.slice(0, -fem.length)) ||
    (w.endsWith(fem) && f.endsWith(m) && w.slice(0, -fem.length) === f.slice(0, -m.length)));
}

export function findSuspects(text: string, fuzzy: FuzzyIndex, mentions: readonly Mention[], locale: string, options: SuspectOptions = {}): Suspect[] {
  const threshold = options.threshold ?? 0.8;
  const mentioned = new Set(mentions.map((m) => m.entity.id));
  // Mentions come sorted and never overlap (the matcher takes leftmost-longest spans).
  const lookup = new MentionLookup(mentions);
  const coveredBy = (w: Word) => lookup.overlapping(w.start, w.end).find((m) => m.start <= w.start && w.end <= m.end);
  // Spellings that a full-name suspect has already tied to an entity: the same word alone later is that entity.
  const tiedSurnames = new Map<string, Entity>();
  const wordUse = new Map<string, boolean>();
  const suspects: Suspect[] = [];

  let lastEnd = -1;
  for (const run of anchorRuns(text, fuzzy)) {
    // Most capitalised words in news are names the matcher already knows: a run made only of them has nothing
    // to suspect, unless a full-name suspect tied one of its spellings to an entity.
    if (run.every((w) => coveredBy(w)) && (tiedSurnames.size === 0 || !run.some((w) => tiedSurnames.has(w.folded)))) continue;
    const hypotheses: Hypothesis[] = [];
    const index = run.length - 1;
    const word = run[index]!;
    {
      for (const { key, d, refs } of anchorsFor(fuzzy, word.key)) {
        for (const ref of refs) {
          const { form } = ref;
          // Extend backwards over the form's other words.
          let first = index;
          let total = similarity(d, key);
          let aligned = 1;
          for (let p = ref.position - 1, i = index - 1; p >= 0 && i >= 0; p--, i--) {
            const other = run[i]!;
            const dd = keyDistance(other.key, form.keys[p]!, bound(form.keys[p]!));
            if (dd === Infinity) break;
            total += similarity(dd, form.keys[p]!);
            aligned++;
            first = i;
          }
          const whole = aligned === form.keys.length;
          // Places and organisations: only a whole multi-word name. Their one-word look-alikes are mostly derived
          // words (Russian, Belgian, European), and a part of a long name is a normal short reference.
          if (form.entity.type !== 'person' && !(whole && aligned >= 2 && CASELESS.has(locale))) continue;
          const meanSim = total / aligned;
          const score = whole && aligned >= 2 ? 0.75 + 0.25 * meanSim : 0.45 + 0.35 * meanSim;
          hypotheses.push({ form, first, last: index, score, short: !whole, sameSurname: d === 0 && meanSim < 1 });
        }
      }
    }
    // Cheapest tests first: most hypotheses fail on score alone once context is known.
    const viable = hypotheses.filter((h) => {
      const context = mentioned.has(h.form.entity.id) || tiedSurnames.get(run[h.last]!.folded)?.id === h.form.entity.id;
      return Math.min(1, h.score + (context ? 0.2 : 0)) >= threshold;
    });
    viable.sort((a, b) => b.last - b.first - (a.last - a.first) || b.score - a.score);
    for (const h of viable) {
      const words = run.slice(h.first, h.last + 1);
      if (words[0]!.start < lastEnd) continue; // overlaps a suspect already taken
      const start = words[0]!.start;
      const end = words[words.length - 1]!.end;
      const spanText = text.slice(start, end);
      const entity = h.form.entity;
      const lastWord = words[words.length - 1]!;
      const tied = tiedSurnames.get(lastWord.folded)?.id === entity.id;
      const folded = foldPhrase(spanText);
      // Exactly some entity's name (one the matcher could not choose among homonyms): not a misspelling,
      // unless a full-name suspect tied this spelling to the entity before ("Deventer" after "Philip Deventer").
      if (fuzzy.knownPhrases.has(folded) && !tied) continue;
      if (entity.notThisEntity.some((s) => foldPhrase(s) === folded)) continue;
      // Already an exact mention of this entity over the whole span: right, or reported by another rule. (One
      // over part of it, "Starmer" in "Kier Starmer", is overridden: the given name is the misspelling.)
      const covering = lookup.overlapping(start, end);
      if (covering.some((m) => m.entity.id === entity.id && m.start <= start && end <= m.end)) continue;
      let score = h.score;
      const single = words.length === 1;
      if (mentioned.has(entity.id) || tied) score += 0.2;
      const context = mentioned.has(entity.id) || tied;
      // A word that is a name of its own needs the document to say this entity is meant: a surname alone, or a
      // right surname after another first name (Roberto Fico is not Robert Fico).
      if ((single || h.sameSurname) && !context) continue;
      if (otherGender(lastWord.text, h.form.form.split(/\s+/u).pop() ?? '')) continue;
      if (single && namePrecedes(text, start, locale)) continue;
      if (single) {
        // One word alone: never over a right name of another entity unless a full-name suspect tied it; never
        // at a sentence start without context, where a capital says nothing.
        const other = coveredBy(lastWord);
        if (other && !tied) continue;
        const owners = fuzzy.owners.get(lastWord.key);
        if (owners && !owners.has(entity.id) && !tied) continue;
        if (!mentioned.has(entity.id) && !tied && opensSentence(text, lastWord.start)) continue;
        // The same word in lower case elsewhere in the document is an ordinary word ("Delays", "Winter").
        if (!tied && usedAsWord(text, lastWord.text, wordUse)) continue;
      } else if (covering.length && covering.every((m) => m.start <= start && end <= m.end)) {
        continue; // the whole span is already someone else's name
      }
      score = Math.min(1, score);
      if (score < threshold) continue;
      lastEnd = end;
      const overridden = covering.find((m) => m.entity.id !== entity.id || m.start > start || m.end < end);
      if (!single) tiedSurnames.set(lastWord.folded, entity);
      mentioned.add(entity.id);
      suspects.push({ start, end, text: spanText, entity, resembles: h.form.form, score, short: h.short, ...(overridden ? { overrides: overridden } : {}) });
      break; // one suspect per anchor word
    }
  }
  return suspects.sort((a, b) => a.start - b.start);
}

/**
 * Suspected variants: capitalised spans that no rule predicts but that sit close to a known name, scored with
 * the document's context. Precision first: a one-word suspect needs context (the entity named in the document,
 * or the same spelling seen before in a full-name suspect); a word that is right for another entity, a common
 * word, an all-caps heading word or a listed homonym is never a suspect on its own.
 */
import { createRequire } from 'node:module';
import type { Entity } from '../glossary/model.ts';
import type { Mention } from '../match/mention.ts';
import { foldPhrase, foldWord } from '../text/fold.ts';
import { keyDistance } from './distance.ts';
import type { FuzzyIndex, NameForm } from './fuzzy-index.ts';
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
const CAPITALISED = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]*(?:['’ʼ][\p{L}\p{M}]+)*/gu;
const SENTENCE_START = /(?:^|[.!?:;"“”«»]\s*|\n\s*)$/u;

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
  key: string;
  /** The word opens a sentence (its capital says nothing). */
  sentenceStart: boolean;
}

/** How far a word's key may be from a known key: nothing for short words, more for long ones. */
const bound = (key: string) => (key.length <= 3 ? 0 : key.length <= 5 ? 1 : 2);

/** Runs of capitalised words that may form one name (joined by spaces, a hyphen, a line break or particles). */
function capitalisedRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  let previousEnd = -1;
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
    const raw = m[0];
    const word = raw.replace(/['’ʼ]s$/u, '');
    const start = m.index;
    const gap = previousEnd < 0 ? null : text.slice(previousEnd, start);
    const joins = gap !== null && gap.length <= 24 && /^[\s\-‐‑]*$/u.test(gap.split(/\s+/u).filter((w) => !PARTICLES.has(w.toLowerCase())).join('')) && (gap.match(/\n/g)?.length ?? 0) <= 1;
    if (!joins && run.length) {
      runs.push(run);
      run = [];
    }
    run.push({ start, end: start + word.length, text: word, key: nameKey(word), sentenceStart: SENTENCE_START.test(text.slice(Math.max(0, start - 3), start)) });
    previousEnd = start + raw.length;
  }
  if (run.length) runs.push(run);
  return runs;
}

function similarity(distance: number, key: string): number {
  return 1 - distance / Math.max(key.length, 1);
}

interface Hypothesis {
  form: NameForm;
  first: number;
  last: number;
  score: number;
  short: boolean;
}

export function findSuspects(text: string, fuzzy: FuzzyIndex, mentions: readonly Mention[], options: SuspectOptions = {}): Suspect[] {
  const threshold = options.threshold ?? 0.8;
  const mentioned = new Set(mentions.map((m) => m.entity.id));
  const coveredBy = (w: Word) => mentions.find((m) => m.start <= w.start && w.end <= m.end);
  // Spellings that a full-name suspect has already tied to an entity: the same word alone later is that entity.
  const tiedSurnames = new Map<string, Entity>();
  const suspects: Suspect[] = [];

  for (const run of capitalisedRuns(text)) {
    const hypotheses: Hypothesis[] = [];
    run.forEach((word, index) => {
      if (word.key.length < 4 || COMMON_WORDS.has(foldWord(word.text))) return;
      if (word.text.length > 1 && word.text === word.text.toUpperCase()) return; // headings and acronyms
      for (const { key, values } of fuzzy.words.candidates(word.key)) {
        const d = keyDistance(word.key, key, bound(key));
        if (d === Infinity) continue;
        for (const ref of values) {
          const { form } = ref;
          if (ref.position !== form.keys.length - 1) continue; // hypotheses are anchored on the last word (the surname)
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
          if (form.entity.type !== 'person' && !(whole && aligned >= 2)) continue;
          const meanSim = total / aligned;
          const score = whole && aligned >= 2 ? 0.75 + 0.25 * meanSim : 0.45 + 0.35 * meanSim;
          hypotheses.push({ form, first, last: index, score, short: !whole });
        }
      }
    });
    hypotheses.sort((a, b) => b.last - b.first - (a.last - a.first) || b.score - a.score);
    const taken = new Set<number>();
    for (const h of hypotheses) {
      if ([...Array(h.last - h.first + 1).keys()].some((k) => taken.has(h.first + k))) continue;
      const words = run.slice(h.first, h.last + 1);
      const start = words[0]!.start;
      const end = words[words.length - 1]!.end;
      const spanText = text.slice(start, end);
      const entity = h.form.entity;
      const folded = foldPhrase(spanText);
      if (entity.notThisEntity.some((s) => foldPhrase(s) === folded)) continue;
      // Already an exact mention of this entity: right, or reported by another rule.
      const covering = mentions.filter((m) => m.start < end && start < m.end);
      if (covering.some((m) => m.entity.id === entity.id)) continue;
      const lastWord = words[words.length - 1]!;
      let score = h.score;
      const single = words.length === 1;
      const tied = tiedSurnames.get(foldWord(lastWord.text))?.id === entity.id;
      if (mentioned.has(entity.id) || tied) score += 0.2;
      if (single) {
        // One word alone: never over a right name of another entity unless a full-name suspect tied it; never
        // at a sentence start without context, where a capital says nothing.
        const other = coveredBy(lastWord);
        if (other && !tied) continue;
        if (fuzzy.owners.get(lastWord.key) && ![...fuzzy.owners.get(lastWord.key)!].includes(entity.id) && !tied) continue;
        if (lastWord.sentenceStart && !mentioned.has(entity.id) && !tied) continue;
      } else if (covering.length && covering.every((m) => m.start <= start && end <= m.end)) {
        continue; // the whole span is already someone else's name
      }
      score = Math.min(1, score);
      if (score < threshold) continue;
      for (let k = h.first; k <= h.last; k++) taken.add(k);
      const overridden = covering.find((m) => m.entity.id !== entity.id);
      if (!single) tiedSurnames.set(foldWord(lastWord.text), entity);
      mentioned.add(entity.id);
      suspects.push({ start, end, text: spanText, entity, resembles: h.form.form, score, short: h.short, ...(overridden ? { overrides: overridden } : {}) });
    }
  }
  return suspects.sort((a, b) => a.start - b.start);
}

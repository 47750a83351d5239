/**
 * Suspected variants: capitalised spans that no rule predicts but that sit close to a known name, scored with
 * the document's context. Precision first: a one-word suspect needs context (the entity named in the document,
 * or the same spelling seen before in a full-name suspect); a word that is right for another entity, a common
 * word, an all-caps heading word or a listed homonym is never a suspect on its own.
 *
 * The mechanisms live beside this file: words.ts (the text's capitalised words and what the document says of
 * them), runs.ts (the runs of capitalised words an anchor ends), anchors.ts (the known words near a word),
 * plan.ts (the hypotheses of a run, screened), and one file per kind of garble: datelines.ts, derived.ts (Slavic
 * derivatives and shuffled letters), given-names.ts (the given-name context), countries.ts (a country by
 * apposition or adjective).
 */
import type { Entity, Glossary } from '../glossary/model.ts';
import type { GrammaticalCase } from '../inflect/index.ts';
import type { Mention } from '../match/mention.ts';
import { TextDocument } from '../text/document.ts';
import { excludedByEntity, formerNamesUntil, historicalSentence, nameFollows, namePrecedes, placePrecedes } from '../context/context.ts';
import { hasProfile, judgeContext, type ContextVerdict } from '../context/entity-context.ts';
import { givenNameGroup } from '../fuzzy/given-names.ts';
import { roleBefore } from '../fuzzy/roles.ts';
import { primaryLanguage } from '../text/locale.ts';
import { anchorCache, languageAnchorCache } from './anchors.ts';
import { adjectiveNear, appositionHypotheses, farCountries, placeBeforeComma } from './countries.ts';
import { FAR_DATELINE_KEY, farPlaces } from './datelines.ts';
import { derivedAnchors, skeletonAnchors } from './derived.ts';
import { givenSkeletonHypotheses } from './given-names.ts';
import type { PlanSettings, Plans } from './hypothesis.ts';
import { NOUNS_CAPITALISED, TENTATIVE_SCORE, fallbackHypotheses, planFor, planOf, screen } from './plan.ts';
import { anchorRuns } from './runs.ts';
import { type FuzzySource, LowerWords, MentionLookup, Nearby, continuesAfterQuote, infoCache, opensSentence, usedAsWord, writtenInLowerCase } from './words.ts';

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
  /** The grammatical case of the known form it resembles, when that is a case form (Siergiejem Ławrowem). */
  grammaticalCase?: GrammaticalCase;
  /** An exact mention of another entity that this suspect overrides ("Deventer" the city inside "Philip Deventer"). */
  overrides?: Mention;
}

export interface SuspectOptions {
  /** Suspects scoring below this are not reported (default 0.8). */
  threshold?: number;
  /** The glossary, for what a sentence says about an entity (its country, its description's words); without it
   * only the document's other mentions count as context. */
  glossary?: Glossary;
}

/** Forgets what was looked up (the benchmark times each run from the state just after the build). */
export function clearLookupCaches(source: FuzzySource): void {
  infoCache.delete(source);
  anchorCache.forget(source.fuzzy);
  languageAnchorCache.forget(source.fuzzy);
}

const NO_VERDICT: ContextVerdict = { support: false, against: false };

export function findSuspects(input: string | TextDocument, source: FuzzySource, mentions: readonly Mention[], locale: string, options: SuspectOptions = {}): Suspect[] {
  const doc = TextDocument.of(input);
  const text = doc.text;
  const threshold = options.threshold ?? 0.8;
  const mentioned = new Nearby(mentions);
  // Mentions come sorted and never overlap (the matcher takes leftmost-longest spans).
  const lookup = new MentionLookup(mentions);
  // Spellings that a full-name suspect has already tied to an entity: the same word alone later is that entity.
  const tiedSurnames = new Map<string, Entity>();
  const wordUse = new LowerWords();
  const lowerSeen = new Map<string, boolean>();
  const suspects: Suspect[] = [];
  // What the sentence around a span says about an entity (its country, its description's words), once per span.
  const verdicts = new Map<string, ContextVerdict>();
  const sentence = (entity: Entity, start: number, end: number, withAgainst = false): ContextVerdict => {
    if (!options.glossary || (!withAgainst && !hasProfile(options.glossary, entity))) return NO_VERDICT;
    const key = `${entity.id}\u0000${start}\u0000${end}\u0000${withAgainst}`;
    let verdict = verdicts.get(key);
    if (!verdict) {
      verdicts.set(key, (verdict = judgeContext(options.glossary, entity, doc, start, end, withAgainst, doc.sentenceOf(start, end))));
    }
    return verdict;
  };

  // Hypotheses depend only on the run's text and the locale, so they are built, screened and ordered once per
  // distinct run (texts repeat their names and words) and shared: only what depends on the place in the text is
  // tested per occurrence, cheapest first, and the sentence is read last.
  const plans: Plans = new Map();
  // The fuzzy index is asked for only when a run reaches a plan: a text whose capitalised words are all known names
  // (a short line, a headline) never loads it.
  const settings: PlanSettings = { get fuzzy() { return source.fuzzy; }, locale, language: primaryLanguage(locale), threshold, glossary: options.glossary };
  let lastEnd = -1;
  // Most capitalised words in news are names the matcher already knows: a run made only of them has nothing to
  // suspect, unless a full-name suspect tied one of its spellings to an entity.
  for (const { words: run, minSpan, dateline, far, derived } of anchorRuns(doc, source, mentions, (w) => tiedSurnames.has(w.folded), settings.language, options.glossary)) {
    const word = run[run.length - 1]!;
    // Plans depend on the run's text and how much of it a suspect must take in (only longer hypotheses count
    // after a known name's last word).
    const signature = derived ? `derived\u0000${text.slice(run[0]!.start, word.end)}` : dateline ? `dateline${far ? ' far' : ''}\u0000${text.slice(run[0]!.start, word.end)}` : minSpan === 1 ? text.slice(run[0]!.start, word.end) : `${minSpan}\u0000${text.slice(run[0]!.start, word.end)}`;
    let plan = plans.get(signature);
    if (!plan) {
      plan = derived ? planOf(screen(text, run, settings, fallbackHypotheses(run, settings))) : far ? { all: [], untied: [] } : planFor(text, run, settings, plans, minSpan, dateline);
      // A dateline's one word that none of the known words near it explains: the places farther away.
      if (dateline && !plan.all.length && run.length === 1 && word.key.length >= FAR_DATELINE_KEY) plan = planOf(screen(text, run, settings, farPlaces(word, settings)));
      // A word whose neighbours in the index explain nothing may be a surname made an adjective.
      else if (!dateline && !derived && !plan.all.length && !word.covered && (derivedAnchors(settings.fuzzy, word.folded).length || skeletonAnchors(settings.fuzzy, word.key).length || (run.length === 1 && givenNameGroup(word.key) !== undefined) || (settings.glossary !== undefined && farCountries(settings.glossary, word.key, settings.language).length > 0))) {
        plan = planOf(screen(text, run, settings, fallbackHypotheses(run, settings)));
      }
      // A country's name misspelt by an edit, which may follow a place as its country ("the village of X, Kenia").
      if (!dateline && !derived && !plan.all.length && !word.covered && run.length === 1) {
        const hypotheses = appositionHypotheses(word, settings);
        if (hypotheses.length) plan = planOf(screen(text, run, settings, hypotheses));
      }
      // A garbled surname right after the person's very given name (Риши Санкока for Риши Сунака): the given name
      // says whose surname it is.
      // (Tried before any hypothesis of the word alone, which the given name before it says is not meant.)
      if (!dateline && !derived && !word.covered && run.length > 1 && !plan.all.some((c) => c.hypothesis.span > 1)) {
        const hypotheses = givenSkeletonHypotheses(run, settings);
        if (hypotheses.length) plan = planOf([...screen(text, run, settings, hypotheses), ...plan.all]);
      }
      plans.set(signature, plan);
    }
    for (const c of tiedSurnames.has(word.folded) ? plan.all : plan.untied) {
      const h = c.hypothesis;
      const first = run[run.length - h.span]!;
      const lastWord = word;
      const start = first.start;
      const end = lastWord.end;
      if (start < lastEnd) continue; // overlaps a suspect already taken
      // A word that goes on after a quotation mark or apostrophe (Кардаш"ян typed with a straight quote) is cut
      // short here, not misspelt; a possessive 's is no part of it.
      if (continuesAfterQuote(text, word.end)) continue;
      const entity = h.form.entity;
      const tied = tiedSurnames.get(lastWord.folded)?.id === entity.id;
      // Exactly some entity's name (one the matcher could not choose among homonyms), or a word that is right for
      // another entity: not a misspelling, unless a full-name suspect tied this spelling to the entity before
      // ("Deventer" after "Philip Deventer").
      // A word the language knows is a surname misspelt only with strong context: a role of the person's right before
      // it ("President Dude"), or the person named elsewhere in the document, in a language that writes its nouns
      // in lower case (German capitalises them: "Banden" near Biden is gangs).
      // (Whether the text writes the word in lower case is asked here by a search that stops at the first use: the
      // table of the text's lower-case words costs a pass over the whole text.)
      const ordinary = c.needsTie && !tied;
      if (ordinary && !(c.ordinaryWord && (roleBefore(text, start, entity, true) || (!NOUNS_CAPITALISED.has(settings.language) && mentioned.nearOutside(entity.id, start, end))) &&
        !writtenInLowerCase(text, lastWord.text, lowerSeen))) continue;
      const named = tied || mentioned.near(entity.id, start, end);
      const single = c.single;
      // Without the document or a profile to read the sentence by, nothing can lift a weak hypothesis, nor let a
      // person's single word through: settled before any test of the place in the text.
      if (c.needsNamed && !named) continue;
      if (single) {
        // One word alone: never over a right name of another entity unless a full-name suspect tied it; never
        // at a sentence start without context, where a capital says nothing.
        if (!tied && lastWord.covered) continue;
        // A place's country named in the sentence is context there too ('the Maltese club "Valetta"'): a person's
        // country says nothing of a capitalised word at a sentence start ("Harms a qualifié…" in an American story).
        // A surname made an adjective is capitalised for being a name, not for opening the sentence ("Trampov
        // blackmail"); it still needs the context below.
        if (!named && !dateline && !c.keyAlone && !h.derived && !h.apposition && !h.adjective && opensSentence(text, lastWord.start) && (entity.type === 'person' || !sentence(entity, start, end).support)) continue;
        // The same word in lower case elsewhere in the document is an ordinary word ("Delays", "Winter").
        if (!tied && !ordinary && usedAsWord(text, lastWord.text, wordUse)) continue;
        // A person's one word with a capitalised word right after it is a given name, not the surname the
        // hypothesis stands for ("Isobel Coleman", "Tony Blair", "Aris Allegos").
        if (!tied && entity.type === 'person' && nameFollows(doc, end)) continue;
      }
      // Already an exact mention of this entity over the whole span: right, or reported by another rule. (One
      // over part of it, "Starmer" in "Kier Starmer", is overridden: the given name is the misspelling.)
      const covering = lookup.overlapping(start, end);
      if (covering.some((m) => m.entity.id === entity.id && m.start <= start && end <= m.end)) continue;
      // A span that cuts a known name in two ("Winter Lena" in "Winter Lena Ronisfel") is not a misspelling of
      // another name: the known one holds its words.
      if (covering.some((m) => m.start < start || m.end > end)) continue;
      if (!single && covering.length && covering.every((m) => m.start <= start && end <= m.end)) continue; // someone else's name
      // A misspelt country is one only as the country of a place named right before it.
      if (h.apposition && !placeBeforeComma(text, start, lookup)) continue;
      // A country's name garbled further is one only beside an adjective of the country.
      // (Never at the start of a longer name: Франсуа Олланд.)
      if (h.adjective && (nameFollows(doc, end) || !(options.glossary && adjectiveNear(options.glossary, doc, start, end, entity.id)))) continue;
      const place = single && entity.type !== 'person' && !h.apposition && !h.adjective;
      // A place's name alone: only where a place is named ("in Moskow", "shelling of Kharkhiv"), never at the
      // start of a longer name.
      // A sentence that names the place's country (Maltese, Moldovan) stands for the preposition.
      if (place && !dateline && ((!placePrecedes(doc, start, locale) && !sentence(entity, start, end).support) || nameFollows(doc, end))) continue;
      if (single && namePrecedes(doc, start, locale, (at) => lookup.overlapping(at, at + 1).some((m) => m.entity.type !== 'person'), true)) continue;
      if (excludedByEntity(entity, doc, start, end)) continue;
      // A sentence about the time of the entity's former names may spell it as they did then ("le pogrom de
      // Kichinev, en 1903").
      const until = formerNamesUntil(entity);
      if (until !== undefined && historicalSentence(doc, start, end, until)) continue;
      // Context: the document named the entity, or the sentence names its country or a word only it has
      // ("Ukrainian President Zelenksy", "Премьер Великобритании Киер Стармер").
      const context = named || ((single || h.sameSurname || h.score < threshold) && sentence(entity, start, end).support) ||
        (single && entity.type === 'person' && roleBefore(text, start, entity)) || h.apposition === true || h.adjective === true;
      if (h.score < threshold && !context) continue;
      // A garbled given name before the very surname: the document or the sentence says the entity is meant, and no
      // other country in the sentence says someone else is.
      // (The exact surname inside the span is a mention of the entity, which says nothing.)
      if (h.garbledGiven && !tied && !mentioned.nearOutside(entity.id, start, end) && (!sentence(entity, start, end).support || sentence(entity, start, end, true).against)) continue;
      // A given name for the surname it also is: only after a role of the person's, or with the person named.
      if (h.translated && !named && !roleBefore(text, start, entity, true)) continue;
      // A word that is a name of its own needs the document or the sentence to say this entity is meant: a surname
      // alone, or a right surname after another first name. A given name only a letter or two from the entity's
      // (Kier Starmer, Emmanuelle Macron, Davide Sassoli) is the entity's, unless the sentence is about another
      // country ("the Italian politician Roberto Fico" is not Slovakia's Robert Fico).
      if (!place && (single || h.sameSurname) && !context && !c.keyAlone && !(h.sameSurname && !single && h.givenSim >= 0.8 && !sentence(entity, start, end, true).against)) continue;
      const score = Math.min(h.tentative || (c.ordinaryWord && c.needsTie) ? TENTATIVE_SCORE : 1, h.score + (context ? 0.2 : 0));
      if (score < threshold) continue;
      lastEnd = end;
      const overridden = covering.find((m) => m.entity.id !== entity.id || m.start > start || m.end < end);
      if (!single) tiedSurnames.set(lastWord.folded, entity);
      mentioned.add(entity.id, start);
      const grammaticalCase = h.form.caseOf?.grammaticalCase;
      suspects.push({ start, end, text: text.slice(start, end), entity, resembles: h.form.form, score, short: h.short, ...(grammaticalCase ? { grammaticalCase } : {}), ...(overridden ? { overrides: overridden } : {}) });
      break; // one suspect per anchor word
    }
  }
  return suspects.sort((a, b) => a.start - b.start);
}

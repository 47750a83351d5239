/** The hypotheses of a run of capitalised words, from the known words near its last word and the fallbacks, screened by what the run's text alone decides. */
import { foldPhrase, foldWord } from '../text/fold.ts';
import { hasProfile } from '../context/entity-context.ts';
import type { FuzzyIndex, WordRef } from '../fuzzy/fuzzy-index.ts';
import { isGivenName, sameGivenName } from '../fuzzy/given-names.ts';
import { lexiconFor } from '../lexicon/dictionary.ts';
import { possessedNames } from '../lexicon/possessive.ts';
import { CASELESS, languageAnchors, similarity } from './anchors.ts';
import { farCountryHypotheses } from './countries.ts';
import { derivedHypotheses, skeletonHypotheses } from './derived.ts';
import { GARBLED_GIVEN_NAME, GARBLED_GIVEN_SCORE, OTHER_PERSON, TRANSLATED_GIVEN_NAME, UNDECLINED, garbledGivenName, nominativeSimilarity, surnamesAfter, translatedHypotheses, wordSimilarity, writtenAsNominative } from './given-names.ts';
import { type Candidate, type Hypothesis, type Plan, type PlanSettings, type Plans, otherGender, otherGenderKey } from './hypothesis.ts';
import { type Word, commonWordOnly, isGapSeparator, unknownWord } from './words.ts';

/**
 * The hypotheses for a run of words (the last one anchoring them), screened by what its text alone decides and
 * ordered as they are tried: the longest span first, then the best score. A known word that the words before
 * the anchor do not extend gives the same hypothesis as the anchor alone, so that part is the anchor's own plan,
 * built once per document and shared by every run that ends with it.
 */
export function planFor(text: string, run: readonly Word[], settings: PlanSettings, plans: Plans, minSpan: number, dateline = false): Plan {
  if (dateline) return planOf(screen(text, run, settings, hypothesesFor(run, settings, undefined, minSpan, true)));
  if (minSpan > 1) return planOf(screen(text, run, settings, hypothesesFor(run, settings, new Set(), minSpan)));
  const index = run.length - 1;
  const word = run[index]!;
  let alone = plans.get(word.text);
  if (!alone) plans.set(word.text, (alone = planOf(screen(text, [word], settings, hypothesesFor([word], settings)))));
  if (index === 0) return alone;
  const extended = new Set<WordRef>();
  const longer = screen(text, run, settings, [...hypothesesFor(run, settings, extended), ...surnamesAfter(run, settings)]);
  // A surname alone right after a given name that the entity's names do not have: someone else of that name
  // (Martin Schulz is no misspelt Olaf Scholz).
  const afterGivenName = isGivenName(run[index - 1]!.key) || settings.fuzzy.givenNames.has(run[index - 1]!.key);
  if (afterGivenName) return planOf([...longer, ...alone.all.filter((c) => !c.single)]);
  return extended.size ? planOf([...longer, ...alone.all.filter((c) => !extended.has(c.ref))]) : alone;
}

// A surname misspelt into an ordinary word is tried untied too: strong context can make it one (findSuspects).
export const planOf = (all: Candidate[]): Plan => ({ all, untied: all.filter((c) => !c.needsTie || c.ordinaryWord) });

/**
 * The hypotheses that the known words near the run's last word make. With `extended`, only those that earlier
 * words of the run extend (each such known word is added to `extended`); without it, the last word alone. None
 * shorter than `minSpan` words.
 */
function hypothesesFor(run: readonly Word[], { fuzzy, locale, language, threshold }: PlanSettings, extended?: Set<WordRef>, minSpan = 1, dateline = false): Hypothesis[] {
  const index = run.length - 1;
  const hypotheses: Hypothesis[] = [];
  // The words before the anchor may extend a known word farther than the nearest (Comisi Europaa: Europa is
  // nearer, Comisión Europea is meant): a hypothesis that only they make must take them in (see below).
  for (const { key, d, refs } of languageAnchors(fuzzy, run[index]!, language, extended !== undefined)) {
    for (const ref of refs) {
      if ((extended && ref.position === 0) || ref.position + 1 < minSpan) continue;
      const { form } = ref;
      if (form.caseOf !== undefined && form.caseOf.locale !== language) continue;
      // A dateline names a place, in the nominative in every language.
      if (dateline && (form.type !== 'place' || form.caseOf !== undefined)) continue;
      // Extend backwards over the form's other words.
      let first = index;
      let total = similarity(d, key);
      let aligned = 1;
      let givenSim = 1;
      let garbledGiven = false;
      for (let p = ref.position - 1, i = index - 1; p >= 0 && i >= 0; p--, i--) {
        const other = run[i]!;
        let sim = wordSimilarity(other.key, form.keys[p]!);
        // The given name in another language (Federico for Friedrich): as good as a near spelling.
        if (sim < TRANSLATED_GIVEN_NAME && sameGivenName(other.key, form.keys[p]!)) sim = TRANSLATED_GIVEN_NAME;
        // A case form's given name is compared with its nominative too (Кер with Кір, not only Кіра): a misspelt
        // given name is often left undeclined before a declined surname.
        if (sim < 1 && form.caseOf !== undefined) {
          // A given name left undeclined is right as the language writes the nominative ("Rishi Sunaka"), and a
          // misspelling of it otherwise, however close its key ("Riši Sunaka").
          const nominative = nominativeSimilarity(other.key, form.keys[p]!, fuzzy);
          sim = Math.max(sim, nominative === UNDECLINED ? (writtenAsNominative(other.folded, form, p) ? -1 : 1) : nominative);
        }
        // A given name garbled past a near spelling before the very surname, keeping the given name's first letters
        // (Нарадою Моді for Нарендрою Моді): no given name of anyone, so not the entity's namesake; context decides.
        if (sim < 0 && d === 0 && p === ref.position - 1 && garbledGivenName(other, form.keys[p]!, fuzzy, language)) {
          sim = GARBLED_GIVEN_NAME;
          garbledGiven = true;
        }
        if (sim < 0) break;
        total += sim;
        givenSim = Math.min(givenSim, sim);
        aligned++;
        first = i;
      }
      if (extended) {
        if (aligned === 1) continue;
        extended.add(ref);
      }
      if (aligned < minSpan) continue;
      // A three-letter surname key is trusted only with the words before it (Dick Schoff).
      if (run[index]!.key.length < 4 && aligned < 2) continue;
      const whole = aligned === form.keys.length;
      // Places and organisations: only a whole multi-word name. Their one-word look-alikes are mostly derived
      // words (Russian, Belgian, European), and a part of a long name is a normal short reference. A one-word
      // place name is suspected only when the word has nearly its very key (Kharkhiv, Khar'kiv: letters that
      // spellings of one name swap), is not short (Sophia has the key of Sofia), and only after a preposition
      // of place (checked per occurrence).
      const placeWord = form.type === 'place' && whole && aligned === 1 && d <= 0.5 && key.length >= 6;
      const caseless = dateline || CASELESS.has(locale);
      if (form.type !== 'person' && !(whole && aligned >= 2 && caseless) && !(placeWord && caseless)) continue;
      const meanSim = total / aligned;
      const score = whole && aligned >= 2 ? 0.75 + 0.25 * meanSim : placeWord ? 0.6 + 0.25 * meanSim : 0.45 + 0.35 * meanSim;
      // Context adds 0.2 at most: a hypothesis further below the threshold can never be reported.
      if (score + 0.2 < threshold) continue;
      // The entity's very surname after a given name that is no form of the entity's is someone else's name
      // (Oleg Navalny, Alexei's brother), however much the document speaks of the entity.
      if (d === 0 && aligned >= 2 && givenSim < OTHER_PERSON && !garbledGiven) continue;
      // Neither the given name nor the surname as the entity writes them: another person whose name looks alike
      // (Рияд Марез, the footballer, is not Ричард Марлз).
      if (d > 0 && aligned >= 2 && givenSim < OTHER_PERSON && form.type === 'person') continue;
      // A person's case form of one word is a short form's (Starmerem, Pelosiho): the fix is the short form's case.
      const short = !whole || (form.caseOf !== undefined && form.type === 'person' && form.keys.length === 1);
      // A garbled given name is reported only with context (below the threshold by itself).
      hypotheses.push({ form, ref, span: index - first + 1, score: garbledGiven ? GARBLED_GIVEN_SCORE : score, short, sameSurname: d === 0 && meanSim < 1, givenSim, sameKey: d === 0, ...(garbledGiven ? { garbledGiven, tentative: true as const } : {}) });
    }
  }
  return hypotheses.sort((a, b) => b.span - a.span || b.score - a.score);
}

/** The hypotheses for a run that the index's neighbours of its last word leave unexplained. */
export function fallbackHypotheses(run: readonly Word[], settings: PlanSettings): Hypothesis[] {
  return [...derivedHypotheses(run, settings), ...skeletonHypotheses(run, settings), ...translatedHypotheses(run, settings), ...farCountryHypotheses(run, settings)].sort((a, b) => b.span - a.span || b.score - a.score);
}

/** The run's words from `first` to the last, folded as foldPhrase folds them, from the words' own folded forms
 * where only white space separates them (the usual case), and by folding the text between otherwise. */
function foldedSpan(text: string, run: readonly Word[], first: number): string {
  const last = run.length - 1;
  let folded = run[first]!.folded;
  for (let i = first + 1; i <= last; i++) {
    for (let at = run[i - 1]!.end; at < run[i]!.start; at++) {
      if (!isGapSeparator(text.charCodeAt(at)) || text.charCodeAt(at) === 0x2d || text.charCodeAt(at) === 0x2010 || text.charCodeAt(at) === 0x2011) {
        return foldPhrase(text.slice(run[first]!.start, run[last]!.end));
      }
    }
    folded += ' ' + run[i]!.folded;
  }
  return folded;
}

// Languages that make a name's genitive with a bare -s (Gaddafis Sohn, Ruttes kabinet).
const S_GENITIVE = new Set(['de', 'nl', 'lb', 'da', 'sv', 'nb', 'no']);

/** The highest score of a tentative suspect: above the default threshold (0.8), below a fix's usual bar (0.9). */
export const TENTATIVE_SCORE = 0.85;

// Languages that capitalise every noun: a capitalised word says nothing there of a name.
export const NOUNS_CAPITALISED = new Set(['de', 'lb']);

/** Whether a folded span is exactly some entity's name, or its -s genitive where the language makes one. */
function knownName(fuzzy: FuzzyIndex, folded: string, language: string): boolean {
  if (fuzzy.knownPhrases.has(folded)) return true;
  return S_GENITIVE.has(language) && folded.length > 2 && folded.endsWith('s') && fuzzy.knownPhrases.has(folded.slice(0, -1));
}

/** The fewest letters of a key that a surname alone may have to be reported with no context: shorter keys are
 * shared by ordinary words of other languages (Betel, the nut, has the key of Bettel). */
const KEY_ALONE_LENGTH = 6;

/** A folded word with each run of one letter made one letter: a surname and one that only doubles a letter of it
 * are two families' names (Melloni, the physicist, and Meloni), not a misspelling and its name. */
const undoubled = (folded: string) => folded.replace(/(.)\1+/gu, '$1');

/** Whether the word is one of the entity's known last words with a letter doubled or undoubled. */
function onlyDoubling(fuzzy: FuzzyIndex, word: Word, entity: string, language: string): boolean {
  const plain = undoubled(word.folded);
  for (const a of languageAnchors(fuzzy, word, language)) {
    if (a.d !== 0) continue;
    for (const ref of a.refs) if (ref.form.entity.id === entity && undoubled(foldWord(ref.form.lastWord)) === plain) return true;
  }
  return false;
}

/** Drops the hypotheses that the run's text alone rules out, and marks those that only a tie can make. */
export function screen(text: string, run: readonly Word[], settings: PlanSettings, hypotheses: Hypothesis[]): Candidate[] {
  const { fuzzy, threshold, glossary } = settings;
  const index = run.length - 1;
  const word = run[index]!;
  const plan: Candidate[] = [];
  const lastLower = word.text.toLowerCase();
  // Whether the span from word `first` to the anchor is, as written, exactly some entity's name (≤ 4 spans a run).
  const known: Array<boolean | undefined> = [];
  const isKnown = (first: number) => (known[first] ??= knownName(fuzzy, foldedSpan(text, run, first), settings.language));
  // A Czech or Slovak possessive adjective of a known name (Trumpova, Johnsonova, Putinových) is that name, declined
  // as an adjective: no misspelling of one of its case forms.
  if (hypotheses.length && possessedNames(word.text, settings.language).some((n) => fuzzy.knownPhrases.has(foldPhrase(n)))) return [];
  // A word the text's language has as it is written (German "Tore", French "République", Dutch "Laken"; a name
  // entry of its own, Dutch "Zuid-Amerikaan", whose hyphen makes it two words of the run) is not taken alone for a
  // misspelt name: only a full-name suspect that tied this spelling to the entity can make it one. Asked once per
  // span of the run, and only where a hypothesis covers a single word or a hyphenated one.
  const wordHere: Array<boolean | undefined> = [];
  const isWordHere = (first: number) => (wordHere[first] ??= (() => {
    const written = text.slice(run[first]!.start, word.end);
    if (/[\s\u00a0]/u.test(written)) return false;
    const lexicon = lexiconFor(settings.language);
    return lexicon !== undefined && (lexicon.isWord(written) || lexicon.isEntry(written));
  })());
  for (const h of hypotheses) {
    const entity = h.form.entity;
    const single = h.span === 1;
    // One word alone stands for the name's last word as the entity's names end, not for a native form in
    // another order (the Viktor of "Orbán Viktor" is no surname).
    if (single && h.form.type === 'person' && !h.form.endsAsSurname) continue;
    if (otherGender(lastLower, h.form.lastWord) || otherGenderKey(word.key, h.form.keys[h.form.keys.length - 1]!)) continue;
    const owners = single ? fuzzy.owners.get(word.key) : undefined;
    // A surname translated as the given name it also is (Pavel as Павло) is a given name of others, and a word the
    // dictionary knows as a name, by its nature: the role before it decides (findSuspects).
    const otherOwner = !h.translated && owners !== undefined && !owners.has(entity.id);
    const needsTie = isKnown(index - h.span + 1) || otherOwner || (!h.translated && isWordHere(index - h.span + 1));
    // A person's surname alone misspelt into a word the language knows ("Dude" for Duda): only with strong context.
    // (Written as only the entity's own form in another language, Polish Dudę, it is still no one else's.)
    const ownOnly = owners !== undefined && owners.size === 1 && owners.has(entity.id);
    // A common word only, not a proper noun of the dictionary (Monday, January: a name of something else).
    const ordinaryWord = needsTie && single && entity.type === 'person' && !otherOwner && !h.translated && isWordHere(index) && (!isKnown(index) || ownOnly) &&
      commonWordOnly(word.text, settings.language);
    const needsContext = h.score < threshold || (single && entity.type === 'person');
    // A case form the fuzzy index makes for the language is the matcher's to recognise: a suspect there needs context.
    const keyAlone = single && entity.type === 'person' && h.sameKey && h.form.caseOf === undefined && !needsTie && word.key.length >= KEY_ALONE_LENGTH &&
      owners !== undefined && owners.size === 1 && !isGivenName(word.key) && !fuzzy.givenNames.has(word.key) &&
      !onlyDoubling(fuzzy, word, entity.id, settings.language) && unknownWord(word.text, settings.language);
    const needsNamed = needsContext && !keyAlone && (glossary === undefined || !hasProfile(glossary, entity));
    plan.push({ hypothesis: h, ref: h.ref, single, needsTie, needsNamed, keyAlone, ordinaryWord });
  }
  return plan;
}

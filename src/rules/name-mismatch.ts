import { t } from '../i18n/index.ts';
import { findMentions } from '../match/matcher.ts';
import type { Mention } from '../match/mention.ts';
import { derivedShort, type Entity } from '../glossary/model.ts';
import { insideLongerName } from './support/longer-name.ts';
import { wordNotName } from './support/mention-words.ts';
import { localeScript, scriptOf } from '../text/script.ts';
import { tokenize } from '../text/tokenize.ts';
import { isGivenName } from '../fuzzy/given-names.ts';
import { nameKey } from '../fuzzy/key.ts';
import { keyDistance } from '../fuzzy/distance.ts';
import { primaryLanguage } from '../text/locale.ts';
import { nameOf } from './name-of.ts';
import type { Finding, Rule, RuleContext, RuleSegment } from './rule.ts';

/** The examples' segments: the whole text is one target segment whose source is `source`. */
const segment = (source: string, sourceLocale: string, target: string): RuleSegment[] => [{ id: '1', source, sourceLocale, start: 0, end: target.length }];

/**
 * Bilingual files (XLIFF, PO, CSV): an entity the source segment names must be in the target segment, written in
 * the target (in any form and case: "Selenskyjs", "Зеленського"; whether the form is right is for the form rules,
 * known-variant, locale-form and the others); and a person's full name in the target that the source does not have
 * is reported too. A missing name is reported on the target segment with the form to write. Only active when the
 * document has segment pairs.
 */
export const nameMismatch: Rule = {
  meta: {
    id: 'name-mismatch',
    description: "A name of the source segment missing from the target, or a person's name in the target that the source does not have (bilingual files).",
    defaultSeverity: 'error',
    fixable: false,
    examples: [
      {
        locale: 'de',
        text: 'Der Außenbeauftragte traf Wolodymyr Selenskyj in Kiew.',
        segments: segment('Josep Borrell met Volodymyr Zelenskyy in Kyiv.', 'en', 'Der Außenbeauftragte traf Wolodymyr Selenskyj in Kiew.'),
        reports: [{ found: 'Der Außenbeauftragte traf Wolodymyr Selenskyj in Kiew.', expected: 'Josep Borrell' }],
      },
      {
        locale: 'de',
        text: 'Josep Borrell traf Sergey Lavrov in Kiew.',
        segments: segment('Josep Borrell met Sergey Lavrov in Kyiv.', 'en', 'Josep Borrell traf Sergey Lavrov in Kiew.'),
        reports: [],
      },
      {
        locale: 'de',
        text: 'Josep Borrell dankte Olaf Scholz.',
        segments: segment('Josep Borrell said thank you.', 'en', 'Josep Borrell dankte Olaf Scholz.'),
        reports: [{ found: 'Olaf Scholz' }],
      },
      {
        locale: 'ru',
        text: 'Жозеп Боррель встретился с Владимиром Зеленским в Киеве.',
        segments: segment('Josep Borrell met Volodymyr Zelenskyy in Kyiv.', 'en', 'Жозеп Боррель встретился с Владимиром Зеленским в Киеве.'),
        reports: [],
      },
      { locale: 'de', text: 'Josep Borrell traf Sergey Lavrov.', reports: [] },
    ],
  },
  check(context) {
    const findings: Finding[] = [];
    for (const seg of context.segments ?? []) findings.push(...segmentFindings(context, seg));
    return findings;
  },
};

/**
 * The mentions of a source segment that surely name their entity: a one-word person's or organisation's name that
 * reads as a word of the source's language (Czech "blok"; unless capitalised inside a sentence, but never an
 * English month: "18 May"), and a one-word name inside a longer name ("New England", "Lozoya Austin", "Apple
 * Maps"), are left out: only names the source surely has must be in the target.
 */
export function sureMentions(source: string, mentions: readonly Mention[], locale: string): Mention[] {
  return mentions.filter((m) => {
    if (/[\s\u00a0-]/u.test(m.text.trim())) return true;
    if (m.entity.type !== 'place' && !surelyName(source, m, locale) && wordNotName(m, mentions, locale)) return false;
    // A place's case form that is also a word, where nothing says it is a name (Ukrainian "Мені", "to me", is the
    // locative of Мен, Maine, at a sentence's start).
    if (m.entity.type === 'place' && m.kind === 'inflected' && !surelyName(source, m, locale) && wordNotName(m, mentions, locale)) return false;
    // An acronym that is another locale's and not this one's: acronyms belong to a language (Ukrainian МКС is the
    // International Criminal Court, Russian МКС the space station).
    if (m.kind === 'other-locale' && m.surface.short && m.text === m.text.toUpperCase() && m.text !== m.text.toLowerCase()) return false;
    // Joined by a hyphen to a capitalised word, it is part of a longer name ("Grande-Bretagne", "Baden-Baden").
    if (/\p{Lu}\p{L}*-$/u.test(source.slice(Math.max(0, m.start - 30), m.start)) || /^-\p{Lu}/u.test(source.slice(m.end, m.end + 2))) return false;
    // A surname alone that is also a common given name (Martin, Gabriel) may be anyone called so.
    if (m.entity.type === 'person' && m.surface.short && isGivenName(nameKey(m.text))) return false;
    // A place after a capitalised word inside a sentence is part of a longer name ("East Germany"), except in
    // German, which capitalises every noun ("Hauptstadt Berlin").
    if (m.entity.type === 'place' && primaryLanguage(locale) !== 'de' && /(?:^|[^.!?:;"“«(\s])\s*\s\p{Lu}\p{L}+\s+$/u.test(source.slice(Math.max(0, m.start - 40), m.start))) return false;
    return !insideLongerName(source, m.start, m.end, locale, (at) => mentions.some((o) => o !== m && o.start <= at && at < o.end));
  });
}

function segmentFindings(context: RuleContext, seg: RuleSegment): Finding[] {
  const findings: Finding[] = [];
  const sourceMentions = findMentions(seg.source, context.index, { locale: seg.sourceLocale });
  const inSource = new Map<string, Mention>();
  for (const m of sureMentions(seg.source, sourceMentions, seg.sourceLocale)) if (!inSource.has(m.entity.id)) inSource.set(m.entity.id, m);
  const inTarget = context.mentions.filter((m) => m.start >= seg.start && m.end <= seg.end);
  for (const [id, sourceMention] of inSource) {
    const mentions = inTarget.filter((m) => m.entity.id === id);
    const entity = sourceMention.entity;
    const name = nameOf(entity, context.locale);
    // The entity is there, in some form: whether the form is right is for the form rules (known-variant,
    // locale-form, transliteration-variant …), which know the exceptions.
    if (mentions.length) continue;
    // Nothing of the entity in the target: reported on the segment's text, without a fix (where would it go?),
    // unless the target has the name's stem more often than the source has it besides the name (an adjective or
    // a case the matcher does not know: "Russian" for России, German "den Vereinigten Staaten"), or the glossary
    // has no form for the target locale (the translator's spelling cannot be known).
    const expected = context.index.formFor(entity, context.locale, sourceMention.surface.short) ?? context.index.formFor(entity, context.locale, false);
    if (!expected) continue;
    // The stem counts only beyond what the source has besides the name: "Iranian" in a target whose source has
    // both "Írán" and "íránští" is the adjective, and the name is still missing. Words of other entities' names
    // count on neither side ("Euronews" and "European Commission" are no trace of Europe), and the source's own
    // words for the entity count where the target carries them over ("America" → "Америку").
    const own = sourceMentions.filter((m) => m.entity.id === id);
    const carried = [...new Set(own.map((m) => m.text))].map((text) => Array.from(tokenize(text), (t) => nameKey(t.text)));
    const besides = stemCount(entity, seg.sourceLocale, seg.source, sourceMentions, carried);
    const others = inTarget.map((m) => ({ start: m.start - seg.start, end: m.end - seg.start }));
    if (stemCount(entity, context.locale, context.text.slice(seg.start, seg.end), others, carried) > besides) continue;
    const { start, end } = trimmed(context.text, seg.start, seg.end);
    // A source that names the entity in one word (a surname alone, "Israel", "UK") and a target that names no
    // other entity of the type: the target may refer to it another way, with a pronoun ("he", Czech "sám"), a
    // common noun ("the country", "země") or a demonym ("britské", "немецкие"), a legitimate translation the
    // rule cannot tell from an omission: a warning. A full name the target leaves out ("Kim Kardashian"), or a
    // target that names another entity of the type (a person for a person) and may have put it in this one's
    // place, stays an error.
    const oneWord = !/[\s\u00a0]/u.test(sourceMention.text.trim());
    const another = inTarget.some((m) => m.entity.type === entity.type && m.entity.id !== id && m.kind !== 'suspect');
    findings.push({
      start,
      end,
      found: context.text.slice(start, end),
      entity: id,
      message: t('rules.name-mismatch.missing', { name, expected }),
      expected,
      ...(oneWord && !another ? { lower: 'warning' as const } : {}),
    });
  }
  // The reverse: a person's full name in the target that the source does not have. Places and surnames alone are
  // left out: translators write a place for an adjective ("anglického" → England, "Münchner" → from Munich) and
  // "May" may be the month.
  const reported = new Set<string>();
  for (const m of inTarget) {
    if (m.entity.type !== 'person' || m.kind === 'suspect' || m.surface.short || !/[\s\u00a0-]/u.test(m.text.trim())) continue;
    if (inSource.has(m.entity.id) || sourceMentions.some((s) => s.entity.id === m.entity.id) || reported.has(m.entity.id)) continue;
    // The source may have it in a form the matcher does not know ("Donald Trumps", Czech "Cruisovými").
    if (stemCount(m.entity, seg.sourceLocale, seg.source) > 0) continue;
    reported.add(m.entity.id);
    findings.push({
      start: m.start,
      end: m.end,
      found: context.text.slice(m.start, m.end),
      entity: m.entity.id,
      message: t('rules.name-mismatch.extra', { name: nameOf(m.entity, context.locale), found: context.text.slice(m.start, m.end) }),
    });
  }
  return findings;
}

/** English capitalises months; Theresa May is not in "18 May". */
const ENGLISH_MONTHS = new Set(['may', 'march', 'april', 'june', 'july', 'august']);

/**
 * A one-word mention that the text writes as a name: an acronym (ANO), or a capitalised word inside a sentence of a
 * language that writes its nouns in lower case ("asked Trump", not "Trump said" or German "Bild").
 */
function surelyName(text: string, m: Mention, locale: string): boolean {
  if (m.text === m.text.toUpperCase() && m.text !== m.text.toLowerCase()) return true;
  if (primaryLanguage(locale) === 'en' && ENGLISH_MONTHS.has(m.text.toLowerCase())) return false;
  if (primaryLanguage(locale) === 'de' || !/^\p{Lu}/u.test(m.text)) return false;
  const before = text.slice(0, m.start).trimEnd();
  return before.length > 0 && !/[.!?:;"“”«»„(\[–—-]$/u.test(before);
}

/** The first letters of a word that its derived and inflected forms keep (Russia → russ, Schottland → schott). */
const stem = (key: string) => key.slice(0, Math.max(4, Math.ceil(key.length * 0.6)));

/** A word of the target holds the stem: at its start, inside it for a stem of five letters or more (German
 * compounds: Großbritannien), or after an elided article (l’Inde). */
function holds(word: string, key: string): boolean {
  if (key.length < 4) return word === key || word.split(/['’]/u).pop() === key;
  const s = stem(key);
  const bare = word.split(/['’]/u).pop() ?? word;
  return word.startsWith(s) || bare.startsWith(s) || (s.length >= 5 && word.includes(s));
}

/**
 * The endings that make an adjective of a place's name (a demonym or relational adjective), per language, on folded
 * keys: "Polish", "British", "Israeli"; Czech "britské", "britští"; Ukrainian "німецьких"; German "britischen";
 * French "français". What stays when the ending is cut is the place's name cut short ("pol", "brit", "німе").
 */
const ADJECTIVE_ENDINGS: Readonly<Record<string, RegExp>> = {
  en: /(?:ish|ian|ean|an|ese|i)$/u,
  de: /isch(?:e[mnrs]?)?$/u,
  nl: /(?:isch(?:e)?|se|s)$/u,
  fr: /(?:ais(?:e|es)?|ois(?:e|es)?|ienne?s?|aine?s?)$/u,
  es: /(?:es(?:a|es|as)?|an(?:o|a|os|as)|enses?)$/u,
  it: /(?:es[ei]|an[oaie])$/u,
  pl: /(?:[sc]k(?:i|a|ie|iego|iej|im|ich|imi|ą)|[sc]cy)$/u,
  cs: /(?:[sc]k(?:y|a|e|eho|emu|ym|ych|ymi|ou)|[sc]ti)$/u,
  ru: /[сц]к(?:ий|ая|ое|ие|ого|ому|им|ом|ой|ую|их|ими)$/u,
  uk: /[сц]ьк(?:ий|а|е|і|ого|ому|им|ім|ої|ій|у|ою|их|ими)$/u,
  bg: /[сц]к(?:и|а|о|ия|ият|ата|ото|ите)$/u,
};

/** The word is an adjective of a place whose one-word name has the key: "polish" for poland, "britske" for
 * britanie, "німецьких" for німеччина (what is left without the ending starts the name, three letters at least and
 * two fifths of it). */
function adjectiveOf(word: string, key: string, locale: string): boolean {
  const ending = ADJECTIVE_ENDINGS[primaryLanguage(locale)]?.exec(word);
  if (!ending || key.length < 4) return false;
  const base = word.slice(0, ending.index);
  return base.length >= 3 && base.length >= key.length * 0.4 && key.startsWith(base);
}

interface Word { start: number; end: number; text: string; key: string }

/** The words of a text with their folded keys; an acronym written with dots ("U.S.", "E.U.") is one word. */
function wordsOf(text: string): Word[] {
  const tokens = Array.from(tokenize(text));
  const out: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (j < tokens.length && tokens[j]!.text.length === 1 && /\p{Lu}/u.test(tokens[j]!.text) && text[tokens[j]!.end] === '.' && (j === i || tokens[j]!.start === tokens[j - 1]!.end + 1)) j++;
    if (j - i >= 2) {
      const run = tokens.slice(i, j);
      out.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end + 1, text: run.map((t) => t.text).join(''), key: run.map((t) => t.key).join('') });
      i = j - 1;
    } else out.push({ start: tokens[i]!.start, end: tokens[i]!.end, text: tokens[i]!.text, key: tokens[i]!.key });
  }
  return out;
}

/** A word holds the spelling of a name written in another language or script, as the translator carried it over
 * (Instagram → Инстаграме, America → Америку, Федоров → Fyodorov): on fuzzy keys, its stem, or the whole word a
 * small weighted distance away for a name of six letters or more. */
function carries(word: string, nameWordKey: string): boolean {
  const key = nameKey(word);
  if (!key) return false;
  if (holds(key, nameWordKey)) return true;
  return nameWordKey.length >= 6 && keyDistance(key, nameWordKey, 1.5) <= 1.5;
}

/**
 * How many times a text holds one of the entity's forms loosely: a form of the locale (canonical, short, a
 * person's surname, any listed variant) or a canonical or short form of another locale in the same script, each of
 * whose words of four letters or more has a word of the text holding its stem (shorter words, as in "AP" or "USA",
 * must be there as they are; an acronym may be written with dots: "U.S."); case and diacritics folded, "Hong Kong"
 * also as "Hongkong". One-word forms count together: a word holding any of them counts once ("französischen" and
 * "Zentralfrankreich" are two). A place's one-word form also counts as an adjective of the text's language made of
 * it ("Polish", "britské"). `carried` are the words with which the source names the entity, as fuzzy keys: a word of
 * the text that holds one counts too (the source's spelling carried over: "Инстаграме", "Fyodorov"). Words inside
 * `skip` ranges (mentions of the entity or of other entities: "Еврокомиссию" is no trace of Europe) are not
 * counted. The count of a form of several words is that of its rarest word.
 */
function stemCount(entity: Entity, locale: string, text: string, skip: ReadonlyArray<{ start: number; end: number }> = [], carried: ReadonlyArray<readonly string[]> = []): number {
  const words = wordsOf(text).filter((t) => !skip.some((r) => t.start < r.end && t.end > r.start));
  const keys = words.map((w) => w.key);
  const script = localeScript(locale);
  const forms = new Set<string>([
    ...(entity.names[locale] ?? []),
    ...derivedShort(entity, locale),
    ...entity.variants.map((v) => v.form),
    ...Object.values(entity.names).flat(),
    ...Object.values(entity.short).flat(),
  ].filter((f) => scriptOf(f) === script));
  const single: string[] = [];
  let best = 0;
  for (const form of forms) {
    const formKeys = Array.from(tokenize(form), (t) => t.key);
    if (!formKeys.length) continue;
    if (formKeys.length === 1) {
      single.push(formKeys[0]!);
      continue;
    }
    const long = formKeys.filter((k) => k.length >= 4);
    const needed = long.length ? long : formKeys;
    best = Math.max(best, Math.min(...needed.map((k) => keys.filter((w) => holds(w, k)).length)));
    best = Math.max(best, keys.filter((w) => holds(w, formKeys.join(''))).length);
  }
  // The source's words: a one-word name joins the one-word forms; a longer one counts as its rarest word of four
  // letters or more ("United States" is not carried by "state" alone).
  const carriedOne: string[] = [];
  for (const nameKeys of carried) {
    const long = nameKeys.filter((k) => k.length >= 4);
    if (nameKeys.length === 1) carriedOne.push(...long);
    else if (long.length) best = Math.max(best, Math.min(...long.map((k) => words.filter((w) => carries(w.text, k)).length)));
  }
  const place = entity.type === 'place';
  const one = words.filter((w) => single.some((k) => holds(w.key, k) || (place && adjectiveOf(w.key, k, locale))) || carriedOne.some((k) => carries(w.text, k))).length;
  return Math.max(best, one);
}

/** [start, end) without the blanks at either end (markup and spaces of the target's content). */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : { start, end };
}

/**
 * One text as the editors' page shows it: every name with a status, the diagnostics on it and its fix, and the
 * document's entities with their counts and spellings (the consistency view). Pure, like the checker.
 *
 * Statuses:
 * - right: a name the glossary knows, written as this locale writes it (no diagnostic);
 * - wrong: a diagnostic other than a suspicion (a listed or generated misspelling, another locale's form, a name
 *   spelled two ways, mixed scripts…);
 * - suspected: close to a known name, reported by `suspected-variant`;
 * - unknown: a run of capitalised words the glossary does not know (a name canonym cannot vouch for). Function
 *   words and month and weekday names do not count; a single word does not count at the start of a sentence, when
 *   it begins like a known place ("Russian"), or in German (nouns are capitalised there). A heuristic for the
 *   reader's eye, not a rule: it never produces a diagnostic.
 */
import type { Analysis } from '../analyse.ts';
import type { Checker } from '../checker.ts';
import type { Diagnostic, Fix } from '../diagnostic.ts';
import type { Entity } from '../glossary/model.ts';
import { foldWord } from '../text/fold.ts';
import { primaryLanguage } from '../text/locale.ts';
import { inLanguage, type TextRequest } from './service.ts';
import { functionWords } from '../lexicon/function-words.ts';

export type NameStatus = 'right' | 'wrong' | 'suspected' | 'unknown';

export interface AnnotatedDiagnostic {
  ruleId: string;
  severity: Diagnostic['severity'];
  message: string;
  expected: string | null;
  fix: Fix | null;
}

export interface AnnotatedSpan {
  start: number;
  end: number;
  text: string;
  status: NameStatus;
  entity: string | null;
  kind: string | null;
  diagnostics: AnnotatedDiagnostic[];
  /** The fix one click applies: the first fix of the span's diagnostics, errors first; for a suspicion, its suggestion. */
  fix: Fix | null;
}

export interface DocumentEntity {
  id: string;
  type: string;
  description: string;
  /** How this locale writes it (its first canonical form), else English, else any. */
  label: string;
  /** The first canonical form per locale. */
  forms: Record<string, string>;
  count: number;
  spellings: Array<{ text: string; count: number; status: NameStatus }>;
}

export interface Annotation {
  locale: string;
  localeSource: Analysis['localeSource'];
  spans: AnnotatedSpan[];
  entities: DocumentEntity[];
  counts: Record<NameStatus, number>;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

export function annotate(checker: Checker, r: TextRequest): Annotation {
  const analysis = inLanguage(r.lang, () => checker.check(r.text, { ...(r.locale ? { locale: r.locale } : {}), ...(r.format ? { format: r.format } : {}) }));
  const source = r.text;
  const diagnostics = [...analysis.diagnostics].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const used = new Set<Diagnostic>();
  const spans: AnnotatedSpan[] = [];

  const overlapping = (start: number, end: number) => diagnostics.filter((d) => d.offset < end && d.offset + d.length > start);
  const statusOf = (ds: readonly Diagnostic[]): NameStatus =>
    !ds.length ? 'right' : ds.every((d) => d.ruleId === 'suspected-variant') ? 'suspected' : 'wrong';
  const make = (start: number, end: number, entity: string | null, kind: string | null, ds: Diagnostic[]): AnnotatedSpan => {
    for (const d of ds) used.add(d);
    return {
      start, end, text: source.slice(start, end), status: statusOf(ds), entity, kind,
      diagnostics: ds.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message, expected: d.expected, fix: d.fix })),
      fix: ds.find((d) => d.fix)?.fix ?? suggestion(ds),
    };
  };

  for (const m of analysis.mentions) spans.push(make(m.start, m.end, m.entity.id, m.kind, overlapping(m.start, m.end)));
  // Diagnostics on text no mention covers (suspects, mixed-script words): a span of their own, one per place.
  const rest = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (used.has(d)) continue;
    const key = `${d.offset}:${d.length}`;
    rest.set(key, [...(rest.get(key) ?? []), d]);
  }
  for (const ds of rest.values()) {
    const d = ds[0]!;
    spans.push(make(d.offset, d.offset + d.length, ds.find((x) => x.entity)?.entity ?? null, null, ds));
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const named = withoutOverlaps(spans);
  const all = [...named, ...unknownRuns(analysis.document.prose, named, analysis.locale, placeStems(checker, analysis.locale))].sort((a, b) => a.start - b.start);

  const counts: Record<NameStatus, number> = { right: 0, wrong: 0, suspected: 0, unknown: 0 };
  for (const s of all) counts[s.status]++;
  return { locale: analysis.locale, localeSource: analysis.localeSource, spans: all, entities: documentEntities(checker, named, analysis.locale), counts };
}

/**
 * A suspicion has no fix (the rule only suggests), but the editor who clicks it has decided: the suggested form
 * becomes the fix of the click. `Fix all` (POST /v1/fix) never applies it.
 */
function suggestion(ds: readonly Diagnostic[]): Fix | null {
  const d = ds.find((x) => x.ruleId === 'suspected-variant' && x.expected);
  return d ? { offset: d.offset, length: d.length, text: d.expected! } : null;
}

/** Nested or overlapping spans (a diagnostic inside a longer mention) are kept once: the first, longest one. */
function withoutOverlaps(sorted: readonly AnnotatedSpan[]): AnnotatedSpan[] {
  const out: AnnotatedSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      for (const d of s.diagnostics) if (!last.diagnostics.some((x) => x.ruleId === d.ruleId && x.message === d.message)) last.diagnostics.push(d);
      if (last.status === 'right' && s.status !== 'right') last.status = s.status;
      last.fix ??= s.fix && s.fix.offset >= last.start && s.fix.offset + s.fix.length <= last.end ? s.fix : null;
      continue;
    }
    out.push(s);
  }
  return out;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu;
const UPPER_START = /^\p{Lu}/u;
const SENTENCE_END = /(?:^|[.!?…:;»"“”]|\n\s*\n)\s*$/u;

const commonWordSets = new Map<string, Set<string>>();
/**
 * Capitalised words that are not names: the language's function words ("In", "The") and its month and weekday
 * names, as Intl writes them ("January", "Dienstag"), lower-cased.
 */
function commonWords(language: string): Set<string> {
  let set = commonWordSets.get(language);
  if (!set) {
    set = new Set(functionWords(language).map((w) => w.toLocaleLowerCase(language)));
    try {
      const month = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
      const standalone = new Intl.DateTimeFormat(language, { month: 'long', day: 'numeric', timeZone: 'UTC' });
      const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const date = new Date(Date.UTC(2024, m, 1));
        set.add(month.format(date).toLocaleLowerCase(language));
        for (const part of standalone.formatToParts(date)) if (part.type === 'month') set.add(part.value.toLocaleLowerCase(language));
      }
      for (let d = 0; d < 7; d++) set.add(weekday.format(new Date(Date.UTC(2024, 0, 1 + d))).toLocaleLowerCase(language));
    } catch {
      // a language Intl does not know: function words only
    }
    commonWordSets.set(language, set);
  }
  return set;
}

/** Runs of capitalised words outside every known name (see the module comment). */
function unknownRuns(prose: string, named: readonly AnnotatedSpan[], locale: string, stems: ReadonlySet<string>): AnnotatedSpan[] {
  const language = primaryLanguage(locale);
  const singleWordsCount = language !== 'de';
  const common = commonWords(language);
  const out: AnnotatedSpan[] = [];
  let run: { start: number; end: number; words: number } | undefined;
  let spanAt = 0;
  const flush = () => {
    if (run) {
      const before = prose.slice(Math.max(0, run.start - 40), run.start);
      const sentenceStart = SENTENCE_END.test(before) || /(?:^|\n)[ \t>#*-]*$/u.test(before);
      const word = prose.slice(run.start, run.end);
      const keep = run.words > 1 || (singleWordsCount && !sentenceStart && word.length > 1 && !stems.has(stem(word)));
      if (keep) out.push({ start: run.start, end: run.end, text: prose.slice(run.start, run.end), status: 'unknown', entity: null, kind: null, diagnostics: [], fix: null });
    }
    run = undefined;
  };
  for (const match of prose.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    while (spanAt < named.length && named[spanAt]!.end <= start) spanAt++;
    const covered = spanAt < named.length && named[spanAt]!.start < end;
    if (covered || !UPPER_START.test(match[0]) || common.has(match[0].toLocaleLowerCase(language))) {
      flush();
      continue;
    }
    if (run && /^[ \u00a0]$/u.test(prose.slice(run.end, start))) {
      run.end = end;
      run.words++;
    } else {
      flush();
      run = { start, end, words: 1 };
    }
  }
  flush();
  return out;
}

const STEM_LENGTH = 5;
const stem = (word: string) => foldWord(word).slice(0, STEM_LENGTH);
const stemSets = new WeakMap<Checker, Map<string, Set<string>>>();
/**
 * The first letters of every one-word place name of a locale (`russi`, `ukrai`, `germa`): a capitalised word that
 * starts like one ("Russian", "Ukrainian", "German") is an adjective of a known place, not an unknown name.
 */
function placeStems(checker: Checker, locale: string): Set<string> {
  let byLocale = stemSets.get(checker);
  if (!byLocale) stemSets.set(checker, (byLocale = new Map()));
  let set = byLocale.get(locale);
  if (!set) {
    set = new Set();
    for (const e of checker.glossary.entities.values()) {
      if (e.type !== 'place') continue;
      for (const form of e.names[locale] ?? []) if (!/\s/u.test(form) && form.length >= STEM_LENGTH) set.add(stem(form));
    }
    byLocale.set(locale, set);
  }
  return set;
}

function documentEntities(checker: Checker, spans: readonly AnnotatedSpan[], locale: string): DocumentEntity[] {
  const byId = new Map<string, DocumentEntity>();
  const language = primaryLanguage(locale);
  for (const s of spans) {
    if (!s.entity) continue;
    let entry = byId.get(s.entity);
    if (!entry) {
      const e: Entity | undefined = checker.glossary.entities.get(s.entity);
      if (!e) continue;
      const forms = Object.fromEntries(Object.entries(e.names).filter(([, f]) => f.length).map(([l, f]) => [l, f[0]!]));
      const label = forms[locale] ?? forms[language] ?? forms.en ?? Object.values(forms)[0] ?? e.id;
      entry = { id: e.id, type: e.type, description: e.description, label, forms, count: 0, spellings: [] };
      byId.set(s.entity, entry);
    }
    entry.count++;
    const spelling = entry.spellings.find((x) => x.text === s.text);
    if (spelling) spelling.count++;
    else entry.spellings.push({ text: s.text, count: 1, status: s.status });
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

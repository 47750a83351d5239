/**
 * What `canonym serve` and `canonym lsp` answer, as pure functions of one loaded glossary and one request: no
 * state between requests, so any number of servers with the same glossary give the same answers.
 */
import type { Checker } from '../checker.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { detectLocale } from '../detect/language.ts';
import { readDocument, type DocumentFormat } from '../formats/index.ts';
import { isKnownLocale } from '../glossary/validate.ts';
import type { Entity } from '../glossary/model.ts';
import { matchLanguage, setLanguage } from '../i18n/index.ts';
import type { LocalizedText } from '../localize/localize.ts';
import type { Mention } from '../match/mention.ts';
import { foldPhrase } from '../text/fold.ts';
import { LineIndex } from '../text/lines.ts';

/** A request the caller got wrong: answered with 400 (or `status`) and `code`, never logged as a failure. */
export class RequestError extends Error {
  constructor(readonly code: string, message: string, readonly status = 400) {
    super(message);
    this.name = 'RequestError';
  }
}

export interface TextRequest {
  text: string;
  locale?: string;
  format?: DocumentFormat;
  path?: string;
  /** The language of the messages (en, de, fr, ru, uk, bg); English when absent. */
  lang?: string;
}

/** A request body, checked field by field: the server has no schema compiler between the socket and this. */
export function textRequest(body: unknown): TextRequest {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new RequestError('invalid-request', 'the body must be a JSON object');
  const b = body as Record<string, unknown>;
  if (typeof b.text !== 'string') throw new RequestError('invalid-request', '"text" must be a string');
  const out: TextRequest = { text: b.text };
  if (b.locale !== undefined && b.locale !== null && b.locale !== 'auto') out.locale = locale(b.locale, 'locale');
  if (b.format !== undefined) {
    if (b.format !== 'text' && b.format !== 'markdown' && b.format !== 'html') throw new RequestError('invalid-request', '"format" must be "text", "markdown" or "html"');
    out.format = b.format;
  }
  if (b.path !== undefined) {
    if (typeof b.path !== 'string') throw new RequestError('invalid-request', '"path" must be a string');
    out.path = b.path;
  }
  if (b.lang !== undefined) {
    if (typeof b.lang !== 'string') throw new RequestError('invalid-request', '"lang" must be a string');
    out.lang = b.lang;
  }
  return out;
}

export function locale(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new RequestError('invalid-request', `"${field}" must be a string`);
  if (!knownLocale(value)) throw new RequestError('unknown-locale', `"${field}": unknown locale "${value}"`);
  return value;
}

/**
 * isKnownLocale asks Intl.DisplayNames, about 1.5 % of a 2 KB check's CPU when every request does it; the answers
 * for the first tags seen are kept (at most 1,000, so that random tags cannot make the server grow).
 */
const knownLocales = new Map<string, boolean>();
function knownLocale(tag: string): boolean {
  let known = knownLocales.get(tag);
  if (known === undefined) {
    known = isKnownLocale(tag);
    if (knownLocales.size < 1000) knownLocales.set(tag, known);
  }
  return known;
}

/** Runs `fn` with canonym's messages in `lang`. The checks are synchronous, so no other request sees the change. */
export function inLanguage<T>(lang: string | undefined, fn: () => T): T {
  const previous = setLanguage(matchLanguage(lang));
  try {
    return fn();
  } finally {
    setLanguage(previous);
  }
}

const textOptions = (r: TextRequest) => ({ ...(r.locale ? { locale: r.locale } : {}), ...(r.format ? { format: r.format } : {}) });

/** One diagnostic as the CLI's JSON format writes it (README § JSON output). */
export function jsonDiagnostic(d: Diagnostic) {
  return {
    ruleId: d.ruleId, severity: d.severity, message: d.message,
    line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn,
    offset: d.offset, length: d.length, found: d.found, expected: d.expected, entity: d.entity, fix: d.fix,
  };
}

export function check(checker: Checker, r: TextRequest) {
  const result = inLanguage(r.lang, () => checker.check(r.text, textOptions(r)));
  return { path: r.path ?? '-', locale: result.locale, localeSource: result.localeSource, diagnostics: result.diagnostics.map(jsonDiagnostic) };
}

export function fix(checker: Checker, r: TextRequest) {
  const result = inLanguage(r.lang, () => checker.fix(r.text, textOptions(r)));
  const applied = new Set(result.applied);
  return {
    path: r.path ?? '-',
    locale: result.locale,
    output: result.output,
    applied: result.applied.map(jsonDiagnostic),
    // What no fix repaired: offsets in the input text.
    remaining: result.diagnostics.filter((d) => !applied.has(d)).map(jsonDiagnostic),
  };
}

export function mentionJson(m: Mention, lines: LineIndex) {
  return { entity: m.entity.id, ...lines.position(m.start), offset: m.start, length: m.end - m.start, text: m.text, kind: m.kind };
}

export function names(checker: Checker, r: TextRequest) {
  const result = checker.check(r.text, { ...textOptions(r) });
  const lines = new LineIndex(r.text);
  return { path: r.path ?? '-', locale: result.locale, mentions: result.mentions.map((m) => mentionJson(m, lines)) };
}

export interface LocalizeRequest {
  text: string;
  to: string[];
  from?: string;
  format?: DocumentFormat;
}

export function localizeRequest(body: unknown): LocalizeRequest {
  const base = textRequest(body);
  const b = body as Record<string, unknown>;
  const to = typeof b.to === 'string' ? b.to.split(',') : b.to;
  if (!Array.isArray(to) || !to.length || to.length > 20) throw new RequestError('invalid-request', '"to" must be a list of 1 to 20 locales');
  const out: LocalizeRequest = { text: base.text, to: [...new Set(to.map((t, i) => locale(typeof t === 'string' ? t.trim() : t, `to[${i}]`)))] };
  if (b.from !== undefined && b.from !== null && b.from !== 'auto') out.from = locale(b.from, 'from');
  else if (base.locale) out.from = base.locale;
  if (base.format) out.format = base.format;
  return out;
}

export function localizeText(checker: Checker, r: LocalizeRequest): { from: string; results: LocalizedText[] } {
  const format = r.format ?? 'text';
  const from = r.from ?? detectLocale(readDocument(r.text, format).prose, checker.index.locales) ?? 'en';
  return { from, results: checker.localize(r.text, { to: r.to, from, format }) };
}

/** An entity as the API shows it: what the glossary says, without where in the YAML it was said. */
export function entityJson(e: Entity) {
  return {
    id: e.id, type: e.type, description: e.description, names: e.names, short: e.short, native: e.native,
    variants: e.variants.map((v) => ({ form: v.form, status: v.status, wrongIn: v.wrongIn, ...(v.until !== undefined ? { until: v.until } : {}) })),
    sources: e.sources,
  };
}

/**
 * Entities whose id or any form (canonical, short, native, variant) contains the query, folded (case and Latin
 * diacritics): `jourova` finds Věra Jourová, `юров` her Russian forms. Entities whose form starts with the query
 * come first.
 */
export function searchEntities(checker: Checker, query: string, limit: number) {
  const q = foldPhrase(query.trim());
  if (!q) return [];
  const scored: Array<{ e: Entity; rank: number }> = [];
  for (const { entity: e, forms } of searchTable(checker)) {
    let rank = Infinity;
    for (const folded of forms) {
      const at = folded.indexOf(q);
      if (at === 0) { rank = 0; break; }
      if (at > 0) rank = Math.min(rank, folded[at - 1] === ' ' || folded[at - 1] === '-' ? 1 : 2);
    }
    if (rank !== Infinity) scored.push({ e, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || a.e.id.localeCompare(b.e.id));
  return scored.slice(0, limit).map(({ e }) => ({ id: e.id, type: e.type, description: e.description, names: e.names }));
}

const searchTables = new WeakMap<Checker, Array<{ entity: Entity; forms: string[] }>>();
/** Every entity's forms, folded once per loaded glossary. */
function searchTable(checker: Checker) {
  let table = searchTables.get(checker);
  if (!table) {
    table = [...checker.glossary.entities.values()].map((e) => ({
      entity: e,
      forms: [...new Set([e.id, ...Object.values(e.names).flat(), ...Object.values(e.short).flat(), ...Object.values(e.native).flat(), ...e.variants.map((v) => v.form)].map(foldPhrase))],
    }));
    searchTables.set(checker, table);
  }
  return table;
}

/**
 * A locale tree → canonym Diagnostics, one FileReport per locale file, and a summary per locale. Pure: the tree
 * is already read (load.ts) and the caller prints.
 */
import { join } from 'node:path';
import type { CheckResult } from '../check.ts';
import { compareDiagnostics, type Diagnostic, type SeveritySetting } from '../diagnostic.ts';
import { t } from '../i18n/index.ts';
import type { NameIndex } from '../match/name-index.ts';
import type { UsedKeys } from './unused.ts';
import type { FileReport } from '../report/types.ts';
import { lexiconFor } from '../lexicon/dictionary.ts';
import { primaryLanguage } from '../text/locale.ts';
import { LineIndex } from '../text/lines.ts';
import { allowList } from './allow-list.ts';
import { createLanguageDetector, type LanguageDetector } from './detect-language.ts';
import { isLanguageMenuKey, isLanguageOrCountryName } from './display-names.ts';
import { usableTag } from './locale-tag.ts';
import { pathFor } from './layout.ts';
import { compilePatterns } from './formats.ts';
import { parseMessage, type Message } from './message.ts';
import type { Catalogue, Entry, LocaleTree, SkippedFile, Syntax } from './model.ts';
import { pairCatalogue, type Pairing } from './pair.ts';
import { LOCALE_RULES, localeRuleById } from './rules/index.ts';
import { mixedScript } from '../rules/mixed-script.ts';
import { FROM_SOURCE } from '../io/lazy-deps.ts';
import type { LocaleFinding, LocaleRule, LocaleRuleContext } from './rules/rule.ts';
import { isLeftUntranslated, OWN_SCRIPT_UI } from './rules/untranslated.ts';
import { countDiagnostics, emptySummary, type LocaleSummary } from './summary.ts';
import { detectSyntax } from './syntax.ts';

export interface LocaleCheckOptions {
  baseLocale: string;
  /** Forced syntax; by default each namespace's is detected from its values. */
  syntax?: Syntax;
  /** The glossary's name index, or a function that loads it: only the name rules (`names`) read it. */
  index: NameIndex | (() => NameIndex);
  /**
   * Whether the glossary's name rules (known-variant, locale-form, exact-form, …) run on every value. Off by
   * default: UI strings rarely name people and places, and on ten real trees these rules gave 4 true findings of
   * 9 (README, "Locale files in CI") for half of the CPU time. `mixed-script` (homoglyphs) needs no glossary and
   * always runs.
   */
  names?: boolean;
  /** Severity per rule id, locale rules and name rules alike; rules not named keep their default. */
  severities?: Record<string, SeveritySetting>;
  /** Words that may stay as in the base, on top of the built-in list. */
  allow?: Iterable<string>;
  rules?: readonly LocaleRule[];
  /** Keys left out of every check, in base and translations alike (config `locales.ignoreKeys`). */
  ignoreKey?: (key: string) => boolean;
  /** A name written on purpose in a foreign form under this key (config `locales.keepNames`): no name rule reports it. */
  keepName?: (key: string, found: string, entity: string | null) => boolean;
  /**
   * Whether `word` is an ordinary word of `locale` (a dictionary knows it: German "Kamera", Spanish "si"), undefined
   * when no dictionary says: a name rule's finding that is one such word is dropped, and a one-word string left as
   * the base is untranslated only when it is no word of the target language. By default the Hunspell lexicon
   * (src/lexicon).
   */
  ordinaryWord?: (word: string, locale: string) => boolean | undefined;
  /** The project's convention for "": `fallback` (the app shows the base; not reported), `warning`, `error`. */
  empty?: EmptyConvention;
  /** Extra placeholder patterns (config `locales.placeholders`), each a regular expression's source. */
  placeholders?: readonly string[];
  /** The keys the source code uses (`--unused-keys`): base keys it does not use are reported. */
  used?: UsedKeys;
  /** Called after each file with how many of how many are done: the CLI's progress line. */
  progress?: (done: number, total: number) => void;
}

export type EmptyConvention = 'fallback' | 'warning' | 'error';

/** The severity of `empty-value` under each convention. */
export const EMPTY_SEVERITY: Record<EmptyConvention, SeveritySetting> = { fallback: 'off', warning: 'warning', error: 'error' };

export interface LocaleCheckResult {
  /**
   * One per file. A diagnostic that reads the same in several files (a missing key's, on the root brace of each
   * flat file that lacks it) is one object in each of their lists: read-only.
   */
  reports: FileReport[];
  summaries: LocaleSummary[];
  /** Things the user should know that are not problems in a file: namespaces with no base file. */
  notes: SkippedFile[];
}

/** `en` when the tree has it, else its only English variant; undefined when neither decides. */
export function defaultBaseLocale(locales: readonly string[]): string | undefined {
  if (locales.includes('en')) return 'en';
  const english = locales.filter((l) => l.startsWith('en-'));
  return english.length === 1 ? english[0] : undefined;
}

/**
 * The last diagnostic made with each message: a missing key is the same finding, at the same place, in every flat
 * file that lacks it (67,688 findings of 1,724 messages on mattermost-mobile), and is made once.
 */
type Made = Map<string, Diagnostic>;

/**
 * One rule's findings in a file as Diagnostics, onto `out`: each is the last one made with its message when that
 * reads the same (its rule, severity, place, found and expected text), else a new one. A run of findings on one
 * span (a flat file's missing keys, all on its first brace) is placed in the file and cut from its text once.
 */
function addDiagnostics(out: Diagnostic[], made: Made, file: Catalogue, lines: Positions, ruleId: string, severity: Diagnostic['severity'], findings: readonly LocaleFinding[]): void {
  let spanStart = -1;
  let spanEnd = -1;
  let start = { line: 1, column: 1 };
  let end = start;
  let found = '';
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    if (f.start !== spanStart || f.end !== spanEnd) {
      spanStart = f.start;
      spanEnd = f.end;
      start = lines.position(f.start);
      end = lines.position(f.end);
      found = file.text.slice(f.start, f.end);
    }
    const expected = f.expected ?? null;
    const last = made.get(f.message);
    if (last && last.ruleId === ruleId && last.severity === severity && last.offset === f.start && last.length === f.end - f.start && last.expected === expected
      && last.line === start.line && last.column === start.column && last.endLine === end.line && last.endColumn === end.column && last.found === found) {
      out.push(last);
      continue;
    }
    const d: Diagnostic = {
      ruleId, severity, message: f.message,
      line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
      offset: f.start, length: f.end - f.start, found, expected, entity: null, fix: null,
    };
    made.set(f.message, d);
    out.push(d);
  }
}

function toDiagnostic(file: Catalogue, lines: Positions, ruleId: string, severity: Diagnostic['severity'], f: LocaleFinding): Diagnostic {
  const start = lines.position(f.start);
  const end = lines.position(f.end);
  return {
    ruleId, severity, message: f.message,
    line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
    offset: f.start, length: f.end - f.start, found: file.text.slice(f.start, f.end),
    expected: f.expected ?? null, entity: null, fix: null,
  };
}

/**
 * A file's line index (LineIndex's positions), made on the first offset it places, that remembers the last offsets
 * it placed: the findings of a file come in runs at one offset (every missing key of a flat file is reported on
 * its first brace).
 */
export class Positions {
  private lines: LineIndex | undefined;
  private readonly last = [-1, -1];
  private readonly found: Array<{ line: number; column: number }> = [{ line: 1, column: 1 }, { line: 1, column: 1 }];
  private next = 0;

  constructor(private readonly text: string) {}

  position(offset: number): { line: number; column: number } {
    if (this.last[0] === offset) return this.found[0]!;
    if (this.last[1] === offset) return this.found[1]!;
    const p = (this.lines ??= new LineIndex(this.text)).position(offset);
    this.last[this.next] = offset;
    this.found[this.next] = p;
    this.next ^= 1;
    return p;
  }
}

/** What one namespace's files share while they are checked. */
interface NamespaceRun {
  syntax: Syntax;
  base: Catalogue | undefined;
  baseLocale: string;
  index(): NameIndex;
  /** `names`: the glossary's name rules run. */
  nameRules: boolean;
  severities: Record<string, SeveritySetting>;
  rules: readonly LocaleRule[];
  detector: LanguageDetector;
  allow: ReadonlySet<string>;
  message(entry: Entry): Message;
  names: Map<Entry, CheckResult>;
  /** Name-rule results by locale and text, shared by every file of the run. */
  byText: Map<string, CheckResult>;
  keepName: NonNullable<LocaleCheckOptions['keepName']>;
  ordinaryWord: LocaleCheckOptions['ordinaryWord'];
  used: UsedKeys | undefined;
  /** Android: every key of a locale's values folder, whatever file holds it. */
  androidKeys: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whether most translations of a key keep the base's string (LocaleRuleContext.keptByMost). */
  keptByMost(key: string, locale: string): boolean;
  /** Whether the glossary has forms in a locale's language: only there do the name rules other than mixed-script run. */
  namesIn(locale: string): boolean;
  made: Made;
}

// A Latin letter next to a Cyrillic one: the only strings the name rules read outside the glossary's languages.
const SCRIPT_SEAM = /[A-Za-z\u00c0-\u024f][\u0400-\u052f]|[\u0400-\u052f][A-Za-z\u00c0-\u024f]/;
const NO_NAMES: CheckResult = { mentions: [], diagnostics: [] };
const HOMOGLYPHS = [mixedScript];

/**
 * The glossary's checker (matcher, name rules, fuzzy suspects: some 40 modules) runs only with `names`: a caller
 * that sets it awaits loadNameChecker() first (the CLI does). From the sources it is imported at once.
 */
let checker: typeof import('../check.ts') | undefined;
if (FROM_SOURCE) await loadNameChecker();

export async function loadNameChecker(): Promise<void> {
  checker ??= await import('../check.ts');
}

function checkText(...args: Parameters<typeof import('../check.ts').checkText>): CheckResult {
  if (!checker) throw new Error('canonym: the name rules run before loadNameChecker() loaded them');
  return checker.checkText(...args);
}

/**
 * The name rules on one value. Without `names`, and in a language the glossary has no forms for (Hungarian,
 * Thai…), where no name can be compared with its canonical form and an English-looking name is as likely the
 * local word ("Holland", "turkey"), only mixed-script runs: it needs no glossary, and only strings with a
 * Latin–Cyrillic seam can hold a word it reports.
 */
function nameCheck(text: string, locale: string, run: NamespaceRun): CheckResult {
  const names = run.nameRules && run.namesIn(locale);
  if (!names && !SCRIPT_SEAM.test(text)) return NO_NAMES;
  // The same text in the same locale (a repeated "Cancel", a value another namespace has too) reads the same.
  const key = `${locale}\u0000${text}`;
  let r = run.byText.get(key);
  if (!r) run.byText.set(key, (r = names ? checkText(text, { locale, index: run.index(), severities: run.severities }) : homoglyphs(text, locale, run)));
  return r;
}

/** mixed-script alone, as checkText runs it, without the glossary's index: the rule reads the text only. */
function homoglyphs(text: string, locale: string, run: NamespaceRun): CheckResult {
  const severity = run.severities['mixed-script'] ?? HOMOGLYPHS[0]!.meta.defaultSeverity;
  if (severity === 'off') return NO_NAMES;
  const lines = new LineIndex(text);
  const context = { text, locale, mentions: [], get index() { return run.index(); } };
  const diagnostics: Diagnostic[] = HOMOGLYPHS[0]!.check(context).map((f) => {
    const start = lines.position(f.start);
    const end = lines.position(f.end);
    return {
      ruleId: 'mixed-script', severity: severity as Diagnostic['severity'], message: f.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
      offset: f.start, length: f.end - f.start, found: f.found, expected: f.expected ?? null, entity: f.entity ?? null, fix: null,
    };
  });
  return { mentions: [], diagnostics };
}

/**
 * Whether a name rule's finding in a translation is one to drop: the string is the base's left untranslated (the
 * `untranslated` rule speaks for it, and the name is right in the base language), it is a language or country
 * menu entry, the finding is the locale's own name of a language or country (CLDR), or an ordinary word.
 */
function latinScript(locale: string): boolean {
  try {
    return (new Intl.Locale(usableTag(locale) ?? locale).maximize().script ?? 'Latn') === 'Latn';
  } catch {
    return true;
  }
}

const CYRILLIC_WITH_LATIN: Record<string, RegExp> = { os: /^[\p{Script=Cyrillic}æÆ\p{M}'’-]+$/u };

function notAName(entry: Entry, base: Entry | undefined, found: string, ruleId: string, locale: string, run: NamespaceRun): boolean {
  if (base && base.value === entry.value) return true;
  if (isLanguageMenuKey(entry.key) || isLanguageOrCountryName(found, locale)) return true;
  // A product name in mixed case (GenAI, iPhone) is no misspelling of a person's name.
  if (ruleId === 'suspected-variant' && /\p{Ll}\p{Lu}/u.test(found)) return true;
  // Latin letters a Cyrillic orthography has: Ossetian æ.
  if (ruleId === 'mixed-script' && CYRILLIC_WITH_LATIN[primaryLanguage(locale)]?.test(found)) return true;
  // A word of mixed scripts is in no dictionary.
  if (!run.ordinaryWord || ruleId === 'mixed-script' || /\s/u.test(found.trim())) return false;
  if (run.ordinaryWord(found, locale)) return true;
  // A word of the base language the translation kept from it ("Microsoft Store" is no short form of Støre).
  if (base && new RegExp(`(?<!\\p{L})${found.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(base.value) && run.ordinaryWord(found.toLowerCase(), run.baseLocale) === true) return true;
  // A word of the base language left in a language of another script ("[ยังไม่แปล: Turkey]", the bird): untranslated
  // text, read in the wrong locale by the name rules.
  return /^\p{Script=Latin}+$/u.test(found) && !latinScript(locale) && run.ordinaryWord(found.toLowerCase(), run.baseLocale) === true;
}

/**
 * compareDiagnostics' order, without its locale-aware comparison of two equal rule ids: a flat file's missing keys
 * are thousands of findings at one offset.
 */
function byPlace(a: Diagnostic, b: Diagnostic): number {
  return a.offset - b.offset || a.length - b.length || (a.ruleId === b.ruleId ? 0 : compareDiagnostics(a, b));
}

/** One catalogue: the locale rules, then the name rules on each value; and how many base units it translates. */
function checkCatalogue(file: Catalogue, run: NamespaceRun): { diagnostics: Diagnostic[]; translated: number } {
  const isBase = file.locale === run.baseLocale;
  const base = isBase ? undefined : run.base;
  const lines = new Positions(file.text);
  // Each entry is name-checked once, in its own file's locale (a base entry in the base locale).
  const checked = (entry: Entry, locale: string) => {
    // Without the name rules (off, or no glossary forms in this language) only mixed-script runs, on a
    // Latin–Cyrillic seam; the prose is the value with markup blanked, so a value without a seam has none in its
    // prose either and need not be parsed for it (nor remembered: the test is cheaper than the lookup).
    if (!(run.nameRules && run.namesIn(locale)) && !SCRIPT_SEAM.test(entry.value)) return NO_NAMES;
    let r = run.names.get(entry);
    if (!r) run.names.set(entry, (r = nameCheck(run.message(entry).prose, locale, run)));
    return r;
  };
  const pairing: Pairing = file.syntaxError ? { items: [], missing: [], extra: [], groups: [], units: [], translated: [] } : pairCatalogue(file, base, run.syntax);
  // Android merges every file of a values folder into one table: a key may move between strings.xml and
  // strings_extras.xml from one language to another.
  if (file.format === 'android' && base) {
    const mine = run.androidKeys.get(file.locale);
    const theirs = run.androidKeys.get(run.baseLocale);
    pairing.missing = pairing.missing.filter((m) => !mine?.has(m.key) && !(m.group && mine && [...mine].some((k) => k.startsWith(`${m.key}_`))));
    pairing.extra = pairing.extra.filter((e) => !theirs?.has(e.key));
  }
  // Made when a rule first asks for an entry's names (most files never do).
  let baseOf: Map<Entry, Entry | undefined> | undefined;
  // A value left as the base's has the base's names: it is read once, as the base entry (and reports nothing here).
  const namesOf = (entry: Entry, b: Entry | undefined) => (b && b.value === entry.value ? checked(b, run.baseLocale) : checked(entry, file.locale));
  const nameResult = (entry: Entry) => namesOf(entry, (baseOf ??= new Map(pairing.items.map((i) => [i.entry, i.base]))).get(entry));
  const context: LocaleRuleContext = {
    file, base, baseLocale: run.baseLocale, syntax: run.syntax, pairing, message: run.message,
    mentions: (entry) => nameResult(entry).mentions, detector: run.detector, allow: run.allow, ...(run.used ? { used: run.used } : {}),
    ...(run.ordinaryWord ? { ordinaryWord: run.ordinaryWord } : {}), keptByMost: run.keptByMost,
  };
  const diagnostics: Diagnostic[] = [];
  // Indexed loops here and in the rules: most of a run's code stays in V8's baseline tiers (runLocales raises the
  // interrupt budget), where each step of a for…of over an array allocates an iterator result.
  for (let r = 0; r < run.rules.length; r++) {
    const rule = run.rules[r]!;
    const id = rule.meta.id;
    if (file.syntaxError && id !== 'json-syntax') continue;
    const severity = (run.severities[id] ?? rule.meta.defaultSeverity) as Diagnostic['severity'];
    addDiagnostics(diagnostics, run.made, file, lines, id, severity, rule.check(context));
  }
  // pairing.items holds each of the file's entries once, in file order, with its base.
  const items = pairing.items;
  for (let k = 0; k < items.length; k++) {
    const { entry, base: b } = items[k]!;
    if (b && b.value === entry.value) continue;
    const found = namesOf(entry, b).diagnostics;
    if (!found.length) continue;
    for (const d of found) {
      if (run.keepName(entry.key, d.found, d.entity) || notAName(entry, b, d.found, d.ruleId, file.locale, run)) continue;
      const range = entry.literal.range(d.offset, d.offset + d.length);
      diagnostics.push(toDiagnostic(file, lines, d.ruleId, d.severity, { ...range, message: t('locales.name-rule', { key: entry.key, message: d.message }), ...(d.expected ? { expected: d.expected } : {}) }));
    }
  }
  diagnostics.sort(byPlace);
  let translated = 0;
  const units = pairing.units;
  for (let k = 0; k < units.length; k++) {
    const unitItems = units[k]!.items;
    for (let j = 0; j < unitItems.length; j++) {
      const i = unitItems[j]!;
      if (i.base && i.entry.value.trim() !== '' && !isLeftUntranslated(context, i.entry, i.base)) {
        translated++;
        break;
      }
    }
  }
  return { diagnostics, translated };
}

const PARSED = Symbol('parsed');
const PARSED_BY = Symbol('parsed by');
type ParsedEntry = Entry & { [PARSED]?: Message; [PARSED_BY]?: object };

function forgetMessages(entries: readonly Entry[]): void {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as ParsedEntry;
    if (e[PARSED_BY] === undefined) continue;
    e[PARSED_BY] = undefined;
    e[PARSED] = undefined;
  }
}

export function checkLocaleTree(tree: LocaleTree, options: LocaleCheckOptions): LocaleCheckResult {
  const { baseLocale } = options;
  const severities = { ...options.severities };
  if (options.empty) severities['empty-value'] = EMPTY_SEVERITY[options.empty];
  const rules = (options.rules ?? LOCALE_RULES).filter((r) => (severities[r.meta.id] ?? r.meta.defaultSeverity) !== 'off');
  // translatewiki's "@metadata" (authors, message documentation) and ARB's "@key" descriptions are not messages.
  const ignore = (key: string) => key.startsWith('@') || (options.ignoreKey?.(key) ?? false);
  tree = { ...tree, catalogues: tree.catalogues.map((c) => withoutKeys(c, ignore)) };
  const locales = [...new Set(tree.catalogues.map((c) => c.locale))].sort();
  const keepName = options.keepName ?? (() => false);
  const given = options.index;
  let index: NameIndex | undefined;
  const loadIndex = () => (index ??= typeof given === 'function' ? given() : given);
  let glossaryLanguages: Set<string> | undefined;
  const androidKeys = new Map<string, Set<string>>();
  for (const c of tree.catalogues) {
    if (c.format !== 'android') continue;
    let keys = androidKeys.get(c.locale);
    if (!keys) androidKeys.set(c.locale, (keys = new Set()));
    for (let k = 0; k < c.entries.length; k++) keys.add(c.entries[k]!.key);
  }
  const shared = {
    baseLocale, index: loadIndex, nameRules: options.names ?? false, severities, rules, detector: createLanguageDetector(locales), allow: allowList(options.allow), keepName,
    ordinaryWord: options.ordinaryWord ?? ((word: string, locale: string) => lexiconFor(locale)?.isWord(word)), placeholders: compilePatterns(options.placeholders), used: options.used,
    namesIn: (locale: string) => locale === baseLocale || (glossaryLanguages ??= new Set(loadIndex().locales.map(primaryLanguage))).has(primaryLanguage(locale)),
    androidKeys, byText: new Map<string, CheckResult>(), made: new Map<string, Diagnostic>(),
  };

  const byNamespace = new Map<string, Catalogue[]>();
  for (const c of tree.catalogues) byNamespace.set(c.namespace, [...(byNamespace.get(c.namespace) ?? []), c]);
  // The tree's syntax decides only for a namespace whose own values do not: asked then, once.
  let treeSyntax: Syntax | undefined;
  const ofTree = () => (treeSyntax ??= detectSyntax(tree.catalogues) ?? 'i18next');
  // Shared across files: a base entry is parsed and name-checked once, not once per translation.
  const names = new Map<Entry, CheckResult>();
  const summaries = new Map(locales.map((l) => [l, emptySummary(l, l === baseLocale)]));
  const reports: FileReport[] = [];
  const notes: SkippedFile[] = [];

  const total = tree.catalogues.length;
  let done = 0;
  for (const [namespace, catalogues] of byNamespace) {
    // ARB is ICU MessageFormat by definition (Flutter's gen-l10n); the rest is detected from the values.
    const syntax = options.syntax ?? FORMAT_SYNTAX[catalogues[0]?.format ?? 'json'] ?? (byNamespace.size === 1 ? undefined : detectSyntax(catalogues)) ?? ofTree();
    const baseFile = catalogues.find((c) => c.locale === baseLocale);
    const base = baseFile && !baseFile.syntaxError ? baseFile : undefined;
    const arb = catalogues[0]?.format === 'arb';
    // Kept on the entry, marked with this namespace's run: rules ask for each entry's message a dozen times, and a
    // property read costs less than a lookup in a Map of every entry of the tree.
    const parsedBy = {};
    const message = (entry: Entry) => {
      const e = entry as ParsedEntry;
      if (e[PARSED_BY] === parsedBy) return e[PARSED]!;
      const m = parseMessage(entry.value, syntax, shared.placeholders, arb);
      e[PARSED_BY] = parsedBy;
      e[PARSED] = m;
      return m;
    };
    const run: NamespaceRun = { ...shared, syntax, base, message, names, keptByMost: keptByMostOf(catalogues, base, baseLocale) };
    const baseUnits = base ? pairCatalogue(base, base, syntax).units.length : 0;
    if (!baseFile) for (const c of catalogues) if (!c.sources) notes.push({ path: c.path, reason: t('locales.note.no-base', { base: baseLocale, namespace }) });

    for (const file of catalogues) {
      // A bilingual file (PO, XLIFF) with no base file beside it is compared with its own source strings.
      const own = !base && file.sources && file.locale !== baseLocale ? sourceCatalogue(file, baseLocale) : undefined;
      const fileRun = own ? { ...run, base: own } : run;
      const units = own ? pairCatalogue(own, own, syntax).units.length : baseUnits;
      const { diagnostics, translated } = checkCatalogue(file, fileRun);
      // A translation's messages are read by its own file's rules only: let them go with it, young, rather than
      // keep them to the end of the run (the base's are read by every file).
      if (file !== baseFile) forgetMessages(file.entries);
      reports.push({ path: file.path, locale: file.locale, diagnostics });
      const summary = summaries.get(file.locale)!;
      summary.keys += units;
      summary.translated += file === baseFile ? units : translated;
      countDiagnostics(summary, diagnostics);
      options.progress?.(++done, total);
    }
    // An Android locale that has this file's strings in another file of its folder lacks nothing.
    const lacking = (l: string) => !catalogues.some((c) => c.locale === l) && !(base?.format === 'android' && (!androidKeys.has(l) || base.entries.every((e) => androidKeys.get(l)!.has(e.key))));
    if (base) reports.push(...missingFiles(tree, namespace, base, baseUnits, locales.filter(lacking), severities, summaries));
  }
  reports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { reports, summaries: [...summaries.values()], notes };
}

/**
 * For each key, whether at least half of the translations that say something keep the base's string, and at least
 * three, among the files that translate most of their strings: the same string in most locales is a name the
 * project keeps on purpose (a product, a brand, a unit), while a string left untranslated by one translator is
 * translated in the others. For a language written without spaces (Chinese, Japanese, Korean, Thai…) the files of
 * those languages vote apart too: keyboard keys ("Delete", "Space") and parameter names that all of them keep in
 * Latin letters are their convention. Bilingual files compare with their own source strings. Counted once per
 * namespace, on first use.
 */
function keptByMostOf(catalogues: readonly Catalogue[], base: Catalogue | undefined, baseLocale: string): (key: string, locale: string) => boolean {
  let kept: Map<string, boolean> | undefined;
  let keptUnspaced: Map<string, boolean> | undefined;
  return (key, locale) => {
    if (!kept) {
      const counts = new Map<string, { same: number; all: number }>();
      const unspaced = new Map<string, { same: number; all: number }>();
      const count = (table: Map<string, { same: number; all: number }>, key: string, same: boolean) => {
        let n = table.get(key);
        if (!n) table.set(key, (n = { same: 0, all: 0 }));
        n.all++;
        if (same) n.same++;
      };
      for (const c of catalogues) {
        if (c.locale === baseLocale) continue;
        // The base string of each entry that says something, or undefined, looked up once for both passes.
        const entries = c.entries;
        const sources: Array<Entry | undefined> = new Array(entries.length);
        let said = 0;
        let kept = 0;
        for (let k = 0; k < entries.length; k++) {
          const e = entries[k]!;
          const found = c.sources?.get(e.key) ?? base?.byKey.get(e.key);
          const source = found && e.value.trim() !== '' ? found : undefined;
          sources[k] = source;
          if (!source) continue;
          said++;
          if (e.value === source.value) kept++;
        }
        // Only files that translate most of their strings vote: one that keeps most as the base's (a locale barely
        // started, the base's strings filled in by the export) keeps "Done" as well as "Mermaid".
        if (kept * 2 >= said) continue;
        const apart = OWN_SCRIPT_UI.has(primaryLanguage(c.locale));
        for (let k = 0; k < entries.length; k++) {
          const source = sources[k];
          if (!source) continue;
          const e = entries[k]!;
          const same = e.value === source.value;
          count(counts, e.key, same);
          if (apart) count(unspaced, e.key, same);
        }
      }
      const most = (table: Map<string, { same: number; all: number }>) => {
        const out = new Map<string, boolean>();
        table.forEach((n, k) => out.set(k, n.same >= 3 && n.same * 2 >= n.all));
        return out;
      };
      kept = most(counts);
      keptUnspaced = most(unspaced);
    }
    return (kept.get(key) ?? false) || (OWN_SCRIPT_UI.has(primaryLanguage(locale)) && (keptUnspaced!.get(key) ?? false));
  };
}

/** The base a bilingual file carries: its source strings, as a catalogue of the base locale that is not reported. */
function sourceCatalogue(file: Catalogue, baseLocale: string): Catalogue {
  const entries = [...file.sources!.values()];
  return { path: file.path, locale: baseLocale, namespace: file.namespace, text: file.text, entries, byKey: file.sources!, objects: new Map(), synthetic: true };
}

/**
 * The syntax a format fixes: ARB is ICU MessageFormat (Flutter's gen-l10n); gettext, Android, Apple and Rails
 * strings are printf or Ruby strings whose plural forms are separate entries, read as i18next families. JSON and
 * XLIFF (Angular writes ICU plurals into it) are detected from the values.
 */
const FORMAT_SYNTAX: Partial<Record<NonNullable<Catalogue['format']>, Syntax>> = { arb: 'icu', po: 'i18next', android: 'i18next', strings: 'i18next', xcstrings: 'i18next', yaml: 'i18next' };

/** The catalogue as if the ignored keys were not in it. */
function withoutKeys(c: Catalogue, ignore: (key: string) => boolean): Catalogue {
  if (!c.entries.some((e) => ignore(e.key)) && !(c.sources && [...c.sources.keys()].some(ignore))) return c;
  const entries = c.entries.filter((e) => !ignore(e.key));
  return { ...c, entries, byKey: new Map([...c.byKey].filter(([key]) => !ignore(key))), ...(c.sources ? { sources: new Map([...c.sources].filter(([key]) => !ignore(key))) } : {}) };
}

/** A locale without this namespace's file: one diagnostic on the path it should have. */
function missingFiles(tree: LocaleTree, namespace: string, base: Catalogue, baseUnits: number, locales: readonly string[], severities: Record<string, SeveritySetting>, summaries: Map<string, LocaleSummary>): FileReport[] {
  const severity = severities['missing-key'] ?? localeRuleById('missing-key')!.meta.defaultSeverity;
  return locales.map((locale) => {
    const diagnostics: Diagnostic[] = severity === 'off' ? [] : [{
      ruleId: 'missing-key', severity, message: t('locales.file.missing', { count: baseUnits, path: base.path }),
      line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, length: 0, found: '', expected: null, entity: null, fix: null,
    }];
    const summary = summaries.get(locale)!;
    summary.keys += baseUnits;
    countDiagnostics(summary, diagnostics);
    return { path: join(tree.dir, pathFor(namespace, tree.segments.get(locale) ?? locale)), locale, diagnostics };
  });
}

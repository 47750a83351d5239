/**
 * The library API: load a glossary once, then check, fix, list names and localise as many texts as you like.
 * Pure functions of the text and the loaded index; the only I/O is reading the glossary (and its stored index).
 */
import { analyse, type Analysis } from './analyse.ts';
import type { Diagnostic, SeveritySetting } from './diagnostic.ts';
import { detectLocale } from './detect/language.ts';
import { applyFixes } from './fix/apply.ts';
import { readDocument, type DocumentFormat } from './formats/index.ts';
import type { Glossary } from './glossary/model.ts';
import { localize, type LocalizedText } from './localize/localize.ts';
import type { Mention } from './match/mention.ts';
import type { NameIndex } from './match/name-index.ts';
import { RULES } from './rules/index.ts';
import { loadNameIndex } from './store/index-store.ts';

export interface CheckerOptions {
  /** Glossary layers (directories or YAML files) over the shipped glossary, in order. */
  glossary?: readonly string[];
  /** Leave the shipped glossary out. */
  shippedGlossary?: boolean;
  /** Where the stored index is kept; `false` builds it in memory every time. Default: the user's cache directory. */
  cacheDir?: string | false;
  /** Severity per rule id (`off` turns a rule off); rules not named keep their default. */
  rules?: Record<string, SeveritySetting>;
  /** Suspected variants scoring below this are not reported (default 0.8). */
  suspectThreshold?: number;
  /** Suspected variants scoring at least this get a fix (default: never). */
  fixSuspectsAbove?: number;
}

export interface TextOptions {
  /** The text's locale (`en`, `de-AT`, …); detected among the glossary's locales when absent. */
  locale?: string;
  /** `text` (default) or `markdown` (code, URLs and front matter are skipped). */
  format?: DocumentFormat;
}

export interface FixedText {
  output: string;
  /** Every diagnostic of the text; `applied` are those whose fix is in `output`. */
  diagnostics: Diagnostic[];
  applied: Diagnostic[];
  locale: string;
}

export interface Checker {
  readonly glossary: Glossary;
  readonly index: NameIndex;
  check(text: string, options?: TextOptions): Analysis;
  fix(text: string, options?: TextOptions): FixedText;
  names(text: string, options?: TextOptions): Mention[];
  localize(text: string, options: { to: readonly string[]; from?: string; format?: DocumentFormat }): LocalizedText[];
}

export function createChecker(options: CheckerOptions = {}): Checker {
  const { index } = loadNameIndex(
    { layers: options.glossary ?? [], withoutShipped: options.shippedGlossary === false },
    options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {},
  );
  const detectAmong = index.locales;
  const run = (text: string, opts: TextOptions, severities = options.rules): Analysis =>
    analyse(text, {
      index,
      format: opts.format ?? 'text',
      ...(opts.locale ? { locale: opts.locale } : {}),
      detectAmong,
      ...(severities ? { severities } : {}),
      ...(options.suspectThreshold !== undefined ? { suspectThreshold: options.suspectThreshold } : {}),
      ...(options.fixSuspectsAbove !== undefined ? { fixSuspectsAbove: options.fixSuspectsAbove } : {}),
    });
  const allOff = Object.fromEntries(RULES.map((r) => [r.meta.id, 'off' as const]));
  return {
    glossary: index.glossary,
    index,
    check: (text, opts = {}) => run(text, opts),
    fix(text, opts = {}) {
      const result = run(text, opts);
      const fixed = applyFixes(text, result.diagnostics);
      return { output: fixed.output, diagnostics: result.diagnostics, applied: fixed.applied, locale: result.locale };
    },
    names: (text, opts = {}) => run(text, opts, allOff).mentions,
    localize(text, opts) {
      const format = opts.format ?? 'text';
      const from = opts.from ?? detectLocale(readDocument(text, format).prose, detectAmong) ?? 'en';
      return localize(text, { from, to: opts.to, index, format });
    },
  };
}

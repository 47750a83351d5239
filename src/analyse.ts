/** One document through the whole path: format adapter → locale → matcher and rules. */
import { checkText, type CheckResult } from './check.ts';
import type { SeveritySetting } from './diagnostic.ts';
import { detectLocale } from './detect/language.ts';
import { readDocument, type DocumentFormat, type ProseDocument } from './formats/index.ts';
import { toSource } from './formats/mapped-text.ts';
import type { NameIndex } from './match/name-index.ts';
import { applySuppressions } from './suppress/apply.ts';
import { resolveLocale } from './text/locale.ts';
import { bilingualSegments } from './formats/bilingual/segments.ts';
import { escapeBilingualFixes } from './formats/bilingual/escape.ts';

export interface AnalyseOptions {
  index: NameIndex;
  format: DocumentFormat;
  /** The locale the user gave; detected from the text when absent. */
  locale?: string;
  detectAmong: readonly string[];
  fallbackLocale?: string;
  severities?: Record<string, SeveritySetting>;
  suspectThreshold?: number;
  fixSuspectsAbove?: number;
  /** Bilingual files: unit states not to check (`final`, `signed-off`, `fuzzy` …). */
  skipStates?: readonly string[];
}

export interface Analysis extends CheckResult {
  document: ProseDocument;
  locale: string;
  localeSource: 'option' | 'detected' | 'fallback';
}

export function analyse(source: string, options: AnalyseOptions): Analysis {
  const document = readDocument(source, options.format, options.skipStates ? { skipStates: options.skipStates } : {});
  // A regional tag checks against its language's forms unless the glossary has the region's own (en-GB → en).
  let locale = options.locale === undefined ? undefined : resolveLocale(options.locale, options.detectAmong);
  let localeSource: Analysis['localeSource'] = 'option';
  // A bilingual file says its target language (XLIFF trgLang, PO Language, CSV header): the rules use that.
  if (document.bilingual?.targetLocale) locale = resolveLocale(document.bilingual.targetLocale, options.detectAmong);
  if (!locale) {
    locale = detectLocale(document.view?.text ?? document.prose, options.detectAmong);
    localeSource = locale ? 'detected' : 'fallback';
    locale ??= options.fallbackLocale ?? 'en';
  }
  const result = checkText(document.view?.text ?? document.prose, {
    locale,
    index: options.index,
    ...(document.bilingual ? { segments: bilingualSegments(document.bilingual, options.detectAmong) } : {}),
    ...(options.severities ? { severities: options.severities } : {}),
    ...(options.suspectThreshold !== undefined ? { suspectThreshold: options.suspectThreshold } : {}),
    ...(options.fixSuspectsAbove !== undefined ? { fixSuspectsAbove: options.fixSuspectsAbove } : {}),
  });
  // A format whose matcher text is not the source letter for letter (HTML, subtitles) maps its findings back.
  if (document.view) toSource(document.view, source, result.diagnostics, result.mentions);
  if (document.bilingual) escapeBilingualFixes(document.format, result.diagnostics);
  // Diagnostics quote the source, not the blanked prose (they are the same inside prose ranges).
  for (const d of result.diagnostics) d.found = source.slice(d.offset, d.offset + d.length);
  for (const m of result.mentions) m.text = source.slice(m.start, m.end);
  // Suppression comments (canonym-disable …) drop what they cover, after every rule has run.
  result.diagnostics = applySuppressions(document, result.diagnostics).diagnostics;
  return { ...result, document, locale, localeSource };
}

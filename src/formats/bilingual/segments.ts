/** The segment pairs of a bilingual document as rules see them: the source's locale resolved among the glossary's. */
import { detectLocale } from '../../detect/language.ts';
import type { RuleSegment } from '../../rules/rule.ts';
import { resolveLocale } from '../../text/locale.ts';
import type { BilingualInfo } from './document.ts';

/**
 * The source locale is the one the file declares (XLIFF srcLang or source-language, PO X-Source-Language, a CSV
 * column name); else it is detected from all source texts together; else English (gettext msgids usually are).
 */
export function bilingualSegments(info: BilingualInfo, locales: readonly string[]): RuleSegment[] {
  const sourceLocale = info.sourceLocale
    ? resolveLocale(info.sourceLocale, locales)
    : detectLocale(info.segments.map((s) => s.source).join('\n'), locales) ?? 'en';
  return info.segments.map((s) => ({ id: s.id, source: s.source, sourceLocale, start: s.viewStart ?? s.start, end: s.viewEnd ?? s.end }));
}

/**
 * Where the locale is in a tree's paths. i18next projects keep `<lng>/<ns>.json` (i18next-http-backend's
 * default) or `<lng>.json`; some keep `<ns>/<lng>.json`; ICU projects keep `<lng>.json`. The outermost path
 * segment that is a locale code (folder name or file stem) is the locale; the rest is the namespace.
 */
import { isKnownLocale } from '../glossary/validate.ts';
import { t } from '../i18n/index.ts';

/** `segment` is the locale as the path spells it (`pt_BR`), for naming a file that is missing. */
export type Placement = { locale: string; segment: string; namespace: string } | { skip: string };

/** `pt_BR` (Java, gettext habit) → `pt-BR`; undefined when the segment is not a language code. */
export function localeCode(segment: string): string | undefined {
  const code = segment.replace(/_/g, '-');
  const [language, ...rest] = code.split('-');
  // Canonical case (BCP 47): jellyfin's en-us.json is en-US, zh_hant is zh-Hant.
  const subtags = rest.map((p) => (/^[a-z]{2}$/i.test(p) ? p.toUpperCase() : /^[a-z]{4}$/i.test(p) ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p));
  const normal = [language!.toLowerCase(), ...subtags].join('-');
  return isKnownLocale(normal) ? normal : undefined;
}

/** `relative` uses '/' separators, relative to the tree's root. */
export function placeFile(relative: string): Placement {
  if (!relative.toLowerCase().endsWith('.json')) return { skip: t('locales.file.not-json') };
  const segments = relative.split('/');
  const last = segments.length - 1;
  segments[last] = segments[last]!.slice(0, -'.json'.length);
  for (let i = 0; i < segments.length; i++) {
    const locale = localeCode(segments[i]!);
    if (!locale) continue;
    const namespace = segments.map((s, k) => (k === i ? '{lng}' : s)).join('/') + '.json';
    return { locale, segment: segments[i]!, namespace };
  }
  return { skip: t('locales.file.no-locale') };
}

/** The relative path a locale's file of `namespace` has (or would have); `segment` as placeFile gave it. */
export function pathFor(namespace: string, segment: string): string {
  return namespace.replace('{lng}', segment);
}

/**
 * Where the locale is in a tree's paths. i18next projects keep `<lng>/<ns>.json` (i18next-http-backend's
 * default) or `<lng>.json`; some keep `<ns>/<lng>.json`; ICU projects keep `<lng>.json`. The outermost path
 * segment that is a locale code (folder name or file stem) is the locale; the rest is the namespace.
 */
import { isKnownLocale } from '../glossary/validate.ts';
import { t } from '../i18n/index.ts';
import type { FileFormat } from './model.ts';
import { formatOf } from './read-formats.ts';

/**
 * `segment` is the locale as the path spells it (`pt_BR`, `values-pt-rBR`), for naming a file that is missing.
 * `locale` is undefined when the path names none but the file may (XLIFF target-language, PO Language, and
 * .xcstrings, which holds every locale).
 */
export type Placement = { locale: string | undefined; segment: string; namespace: string; format: FileFormat } | { skip: string };

/** `pt_BR` (Java, gettext habit) → `pt-BR`; undefined when the segment is not a language code. */
export function localeCode(segment: string): string | undefined {
  const code = segment.replace(/_/g, '-');
  const [language, ...rest] = code.split('-');
  // Canonical case (BCP 47): jellyfin's en-us.json is en-US, zh_hant is zh-Hant.
  const subtags = rest.map((p) => (/^[a-z]{2}$/i.test(p) ? p.toUpperCase() : /^[a-z]{4}$/i.test(p) ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p));
  const normal = [language!.toLowerCase(), ...subtags].join('-');
  return isKnownLocale(normal) ? normal : undefined;
}

/** Android's resource folder qualifier: `values` (the default strings), `values-de`, `values-pt-rBR`, `values-b+sr+Latn`. */
export function androidLocale(folder: string, defaultLocale = 'en'): string | undefined {
  if (folder === 'values') return defaultLocale;
  const m = /^values-(.+)$/.exec(folder);
  if (!m) return undefined;
  const q = m[1]!;
  if (q.startsWith('b+')) return localeCode(q.slice(2).replace(/\+/g, '-'));
  const r = /^([a-z]{2,3})(?:-r([A-Z]{2}|\d{3}))?$/.exec(q);
  return r ? localeCode(r[2] ? `${r[1]}-${r[2]}` : r[1]!) : undefined;
}

/** `relative` uses '/' separators, relative to the tree's root. */
export function placeFile(relative: string): Placement {
  const lower = relative.toLowerCase();
  if (lower.endsWith('.pot')) return { skip: t('locales.file.template') };
  const format = formatOf(relative);
  if (!format) return { skip: t('locales.file.not-locale-format') };
  if (format !== 'json') return placeOther(relative, format);
  const segments = relative.split('/');
  const last = segments.length - 1;
  segments[last] = segments[last]!.slice(0, -'.json'.length);
  for (let i = 0; i < segments.length; i++) {
    const locale = localeCode(segments[i]!);
    if (!locale) continue;
    const namespace = segments.map((s, k) => (k === i ? '{lng}' : s)).join('/') + '.json';
    return { locale, segment: segments[i]!, namespace, format };
  }
  return { skip: t('locales.file.no-locale') };
}

// Sardinian, Apma, Likum, Edo, Apiaká… and ordinary source folders.
const NOT_LOCALE_FOLDERS = new Set(['src', 'app', 'lib', 'res', 'bin', 'api', 'doc', 'web', 'ui', 'LC_MESSAGES']);

function placeOther(relative: string, format: FileFormat): Placement {
  const segments = relative.split('/');
  const last = segments.length - 1;
  const replaced = (i: number) => segments.map((s, k) => (k === i ? '{lng}' : s)).join('/');
  if (format === 'xcstrings') return { locale: undefined, segment: '', namespace: relative, format };
  if (format === 'android') {
    for (let i = last - 1; i >= 0; i--) {
      if (!segments[i]!.startsWith('values')) continue;
      const locale = androidLocale(segments[i]!);
      // values-night, values-v21, values-sw600dp: not strings of a language
      return locale ? { locale, segment: segments[i]!, namespace: replaced(i), format } : { skip: t('locales.file.no-locale') };
    }
    return { skip: t('locales.file.no-locale') };
  }
  if (format === 'strings') {
    for (let i = last - 1; i >= 0; i--) {
      const m = /^(.+)\.lproj$/.exec(segments[i]!);
      const locale = m ? localeCode(m[1]!) : undefined;
      if (locale) return { locale, segment: m![1]!, namespace: segments.map((s, k) => (k === i ? '{lng}.lproj' : s)).join('/'), format };
    }
    return { skip: t('locales.file.no-locale') };
  }
  // YAML, ARB, PO, XLIFF: a folder (outermost first), else the file name's last part (devise.de.yml,
  // messages.fr.xlf, de.po, app_pt_BR.arb).
  // Innermost folder first (locale/fr/LC_MESSAGES/django.po); folder names that are also ISO 639-3 codes are not.
  for (let i = last - 1; i >= 0; i--) {
    const locale = NOT_LOCALE_FOLDERS.has(segments[i]!) ? undefined : localeCode(segments[i]!);
    if (locale) return { locale, segment: segments[i]!, namespace: replaced(i), format };
  }
  const name = segments[last]!;
  const dot = name.lastIndexOf('.');
  const stem = name.slice(0, dot);
  const ext = name.slice(dot);
  const parts = stem.split(format === 'arb' ? /[._]/ : '.');
  const separators = stem.match(format === 'arb' ? /[._]/g : /\./g) ?? [];
  for (let k = 0; k < parts.length; k++) {
    const tail = parts.slice(k).join('-');
    const locale = localeCode(tail);
    if (!locale) continue;
    const head = parts.slice(0, k).map((p, j) => p + (separators[j] ?? '')).join('');
    const segment = stem.slice(head.length);
    return { locale, segment, namespace: [...segments.slice(0, last), `${head}{lng}${ext}`].join('/'), format };
  }
  // XLIFF and PO may name their language inside.
  if (format === 'xliff' || format === 'po') return { locale: undefined, segment: '', namespace: relative, format };
  return { skip: t('locales.file.no-locale') };
}

/** The relative path a locale's file of `namespace` has (or would have); `segment` as placeFile gave it. */
export function pathFor(namespace: string, segment: string): string {
  return namespace.replace('{lng}', segment);
}

/** The I/O edge: a directory → a LocaleTree. Every file is read strictly (src/io/read.ts) and never written. */
import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { t } from '../i18n/index.ts';
import { UserError } from '../io/errors.ts';
import { readTextFile } from '../io/read.ts';
import { walkFiles } from '../io/walk.ts';
import { placeFile } from './layout.ts';
import type { Catalogue, Entry, FileFormat, LocaleTree, Range, SkippedFile } from './model.ts';
import { readCatalogue } from './read-catalogue.ts';
import { formatOf, readFormat } from './read-formats.ts';
import { localeCode } from './layout.ts';

const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build']);


/** Pure: one file's text → a catalogue, a broken catalogue, or a reason to skip it. */
export function catalogueFromText(path: string, text: string, locale: string, namespace: string): Catalogue | SkippedFile {
  const read = readCatalogue(text);
  if (read.kind === 'not-catalogue') return { path, reason: t('locales.file.not-catalogue', { reason: read.reason }) };
  const base = { path, locale, namespace, text };
  if (read.kind === 'syntax-error') return { ...base, entries: [], byKey: new Map(), objects: new Map(), syntaxError: { range: read.range, message: read.message } };
  return { ...base, entries: read.entries, byKey: read.byKey, objects: read.objects, ...(read.duplicates.length ? { duplicateKeys: read.duplicates } : {}) };
}

const byKeyOf = (entries: readonly Entry[]) => new Map(entries.map((e) => [e.key, e]));

/**
 * Pure: a file of another format → its catalogues (one per locale it holds; an .xcstrings file holds several),
 * a broken catalogue, or a reason to skip it. `locale` is the one the path names, if any.
 */
export function cataloguesFromText(path: string, text: string, locale: string | undefined, namespace: string, format: FileFormat): Catalogue[] | SkippedFile {
  if (format === 'json' && formatOf(path, text) === 'xcstrings') format = 'xcstrings';
  if (format === 'json') {
    if (!locale) return { path, reason: t('locales.file.no-locale') };
    const c = catalogueFromText(path, text, locale, namespace);
    return 'reason' in c ? c : [c];
  }
  const read = readFormat(format, text, locale);
  if (read.kind === 'not-catalogue') return { path, reason: t('locales.file.not-catalogue', { reason: read.reason }) };
  const broken = (range: Range, message: string, l: string): Catalogue => ({ path, locale: l, namespace, text, format, entries: [], byKey: new Map(), objects: new Map(), syntaxError: { range, message } });
  if (read.kind === 'syntax-error') return locale ? [broken(read.range, read.message, locale)] : { path, reason: read.message };
  const out: Catalogue[] = [];
  for (const part of read.parts) {
    // The path's locale first (a PO file's Language header is often empty or wrong); else what the file says.
    const l = format === 'xcstrings' ? part.locale && (localeCode(part.locale) ?? part.locale) : locale ?? (part.locale && localeCode(part.locale));
    if (!l) {
      if (read.parts.length === 1) return { path, reason: t('locales.file.no-locale') };
      continue;
    }
    out.push({
      path, locale: l, namespace, text, format, entries: part.entries, byKey: byKeyOf(part.entries), objects: new Map(),
      ...(part.sources ? { sources: part.sources } : {}),
    });
  }
  return out;
}

/** `accept` sees each file's path relative to `dir`, with '/' (config `locales.include` / `exclude`). */
export function loadLocaleTree(dir: string, maxBytes?: number, accept: (relativePath: string) => boolean = () => true): LocaleTree {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new UserError(t('locales.dir.missing', { dir }));
  }
  if (!isDir) throw new UserError(t('locales.dir.not-directory', { dir }));
  // A broken link, a loop or a folder that cannot be listed is a note; the rest of the tree is still checked.
  const walked = walkFiles(dir, { skipDir: (name) => name.startsWith('.') || SKIPPED_DIRS.has(name), acceptFile: (name) => !name.startsWith('.') });
  const files = walked.files;
  const catalogues: Catalogue[] = [];
  const skipped: SkippedFile[] = walked.notes.map((n) => ({ path: n.path, reason: n.reason }));
  const segments = new Map<string, string>();
  for (const path of files) {
    const relativePath = relative(dir, path).split(sep).join('/');
    if (!accept(relativePath)) continue;
    const placement = placeFile(relativePath);
    if ('skip' in placement) {
      skipped.push({ path, reason: placement.skip });
      continue;
    }
    if (placement.locale && !segments.has(placement.locale)) segments.set(placement.locale, placement.segment);
    let text: string;
    try {
      text = readTextFile(path, maxBytes).text;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      // Undecodable or oversized: a broken catalogue, reported like a syntax error rather than ending the run.
      const message = error.message.startsWith(`${path}: `) ? error.message.slice(path.length + 2) : error.message;
      if (placement.locale) catalogues.push({ path, locale: placement.locale, namespace: placement.namespace, text: '', entries: [], byKey: new Map(), objects: new Map(), syntaxError: { range: { start: 0, end: 0 }, message } });
      else skipped.push({ path, reason: message });
      continue;
    }
    const result = cataloguesFromText(path, text, placement.locale, placement.namespace, placement.format);
    if ('reason' in result) skipped.push(result);
    else catalogues.push(...result);
  }
  return { dir, catalogues, skipped, segments };
}

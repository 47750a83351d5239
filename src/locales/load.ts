/** The I/O edge: a directory → a LocaleTree. Every file is read strictly (src/io/read.ts) and never written. */
import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { t } from '../i18n/index.ts';
import { UserError } from '../io/errors.ts';
import { readTextFile } from '../io/read.ts';
import { walkFiles } from '../io/walk.ts';
import { placeFile } from './layout.ts';
import type { Catalogue, LocaleTree, SkippedFile } from './model.ts';
import { readCatalogue } from './read-catalogue.ts';

const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build']);


/** Pure: one file's text → a catalogue, a broken catalogue, or a reason to skip it. */
export function catalogueFromText(path: string, text: string, locale: string, namespace: string): Catalogue | SkippedFile {
  const read = readCatalogue(text);
  if (read.kind === 'not-catalogue') return { path, reason: t('locales.file.not-catalogue', { reason: read.reason }) };
  const base = { path, locale, namespace, text };
  if (read.kind === 'syntax-error') return { ...base, entries: [], byKey: new Map(), objects: new Map(), syntaxError: { range: read.range, message: read.message } };
  return { ...base, entries: read.entries, byKey: read.byKey, objects: read.objects, ...(read.duplicates.length ? { duplicateKeys: read.duplicates } : {}) };
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
    if (!segments.has(placement.locale)) segments.set(placement.locale, placement.segment);
    let text: string;
    try {
      text = readTextFile(path, maxBytes).text;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      // Undecodable or oversized: a broken catalogue, reported like a syntax error rather than ending the run.
      const message = error.message.startsWith(`${path}: `) ? error.message.slice(path.length + 2) : error.message;
      catalogues.push({ path, locale: placement.locale, namespace: placement.namespace, text: '', entries: [], byKey: new Map(), objects: new Map(), syntaxError: { range: { start: 0, end: 0 }, message } });
      continue;
    }
    const result = catalogueFromText(path, text, placement.locale, placement.namespace);
    if ('reason' in result) skipped.push(result);
    else catalogues.push(result);
  }
  return { dir, catalogues, skipped, segments };
}

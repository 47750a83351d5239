/**
 * A folder walk that never ends a run: an entry that cannot be listed or looked at (a broken symbolic link, a
 * loop of links, a folder without permission) becomes a note, and the walk goes on with the rest. Symbolic
 * links are followed; a folder reached twice (a link to a parent) is walked once.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { t } from '../i18n/index.ts';
import { isSystemError, reasonOf } from './errors.ts';

export interface WalkNote {
  path: string;
  reason: string;
  /** A folder that could not be listed or a file that could not be looked at: something that was not checked. */
  unread: boolean;
}

export interface WalkOptions {
  /** Folders to leave out, by name (the walk's root is always entered). */
  skipDir?: (name: string) => boolean;
  /** Files to take, by name. */
  acceptFile?: (name: string) => boolean;
  /** Lists a folder (tests inject failures that root, who can list anything, would never see). */
  readdir?: (dir: string) => string[];
}

export interface WalkResult {
  files: string[];
  notes: WalkNote[];
}

function statNote(path: string, error: unknown): WalkNote {
  let link = false;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch {
    // gone altogether
  }
  if (link && isSystemError(error) && error.code === 'ENOENT') return { path, reason: t('cli.io.walk.broken-link'), unread: false };
  if (isSystemError(error) && error.code === 'ELOOP') return { path, reason: t('cli.io.walk.link-loop'), unread: false };
  return { path, reason: reasonOf(error), unread: true };
}

export function walkFiles(root: string, options: WalkOptions = {}): WalkResult {
  const files: string[] = [];
  const notes: WalkNote[] = [];
  const seen = new Set<string>();
  // An explicit stack, not recursion: a tree thousands of folders deep cannot overflow the call stack.
  const stack: string[] = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let real: string;
    let names: string[];
    try {
      real = realpathSync(dir);
      if (seen.has(real)) {
        notes.push({ path: dir, reason: t('cli.io.walk.visited'), unread: false });
        continue;
      }
      seen.add(real);
      names = (options.readdir ?? readdirSync)(dir).sort();
    } catch (error) {
      const note = statNote(dir, error);
      notes.push(note.unread ? { ...note, reason: t('cli.io.walk.cannot-list', { reason: note.reason }) } : note);
      continue;
    }
    const subdirs: string[] = [];
    for (const name of names) {
      const path = join(dir, name);
      let stat: Stats;
      try {
        stat = statSync(path);
      } catch (error) {
        // Only entries the walk would have taken are worth a note.
        if (options.acceptFile && !options.acceptFile(name) && !lstatIsDir(path)) continue;
        notes.push(statNote(path, error));
        continue;
      }
      if (stat.isDirectory()) {
        if (!options.skipDir?.(name)) subdirs.push(path);
      } else if (!options.acceptFile || options.acceptFile(name)) files.push(path);
    }
    // Sorted order: the first subfolder is walked first.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
  return { files: sortWalkOrder(files, root), notes };
}

function lstatIsDir(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The order a recursive walk gives: a folder's files and subfolders interleaved by name. The stack walk above
 * visits folders depth-first in name order but lists a folder's files before its subfolders' files; this puts
 * them back in the order of their paths' segments.
 */
function sortWalkOrder(files: string[], _root: string): string[] {
  const key = (p: string) => p.split(/[\\/]/);
  return files.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    }
    return x.length - y.length;
  });
}

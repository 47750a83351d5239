/**
 * A folder walk that never ends a run: an entry that cannot be listed or looked at (a broken symbolic link, a
 * loop of links, a folder without permission) becomes a note, and the walk goes on with the rest. Symbolic
 * links are followed; a folder reached twice (a link to a parent) is walked once.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { t } from '../i18n/index.ts';
import { FileError, isSystemError, reasonOf, UserError } from './errors.ts';

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
  /** Paths to leave out (`.canonymignore`): an ignored folder is not entered. */
  ignore?: IgnoreRules;
}

/** The default ignore file, looked for in the current folder (where CI, lint-staged and pre-commit run). */
export const IGNORE_FILE = '.canonymignore';

/**
 * Rules in gitignore syntax (`.canonymignore`, or the file --ignore-path names). Patterns are relative to the
 * folder of the file that holds them; a path outside that folder is never ignored. A folder's path is matched
 * with a trailing slash, so that `drafts/` ignores the folder and everything in it.
 */
export interface IgnoreRules {
  /** The file the rules came from. */
  file: string;
  ignores(path: string, isDir: boolean): boolean;
}

export function ignoreRules(text: string, file: string): IgnoreRules {
  const rules = ignore().add(text);
  const base = dirname(resolve(file));
  return {
    file,
    ignores(path, isDir) {
      const rel = relative(base, resolve(path));
      if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
      const posix = rel.split(sep).join('/');
      return rules.ignores(isDir ? `${posix}/` : posix);
    },
  };
}

/**
 * The rules a command uses: none with `noIgnore`; the file `ignorePath` names (which must exist: exit 2
 * otherwise); else `.canonymignore` in `cwd` when there is one.
 */
export function loadIgnoreRules(options: { ignorePath?: string; noIgnore?: boolean; cwd?: string } = {}): IgnoreRules | undefined {
  if (options.noIgnore) return undefined;
  const file = options.ignorePath ?? join(options.cwd ?? '.', IGNORE_FILE);
  if (options.ignorePath === undefined && !existsSync(file)) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (isSystemError(error) && error.code === 'ENOENT') throw new UserError(t('cli.io.no-ignore-file', { path: file }));
    throw new FileError(t('cli.io.cannot-read', { path: file, reason: reasonOf(error) }), file);
  }
  return ignoreRules(text, file);
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
        if (!options.skipDir?.(name) && !options.ignore?.ignores(path, true)) subdirs.push(path);
      } else if ((!options.acceptFile || options.acceptFile(name)) && !options.ignore?.ignores(path, false)) files.push(path);
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

/**
 * Command-line inputs → files: files as given, directories walked for the formats canonym reads (and .docx for the
 * commands that read it: check and names), '-' for stdin.
 */
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { isDocx } from '../formats/docx.ts';
import { CHECKABLE_EXTENSIONS } from '../formats/index.ts';
import { t } from '../i18n/index.ts';
import { fileError, isSystemError, UserError } from '../io/errors.ts';
import { readStdin, readTextFile, type TextFile } from '../io/read.ts';
import { walkFiles, type IgnoreRules, type WalkNote } from '../io/walk.ts';

/** Folders a walk never enters (besides those whose name starts with a dot). */
export const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'build']);

export interface WalkOptions {
  /** Walks take .docx files too (check and names read them; fix, which cannot write them, does not walk them). */
  docx?: boolean;
}

export interface ExpandedInputs {
  paths: string[];
  /** Entries of walked folders that were left out (broken links, loops, folders that cannot be listed). */
  notes: WalkNote[];
}

/**
 * The files the inputs name; a path that does not exist ends the run (exit 2), a bad entry inside a folder does not.
 * With `ignore` (.canonymignore), ignored files and folders are left out of walks silently, and an input named
 * on the command line that the rules ignore is left out with a note (lint-staged and pre-commit pass every file).
 */
export function expandInputs(inputs: readonly string[], ignore?: IgnoreRules, options: WalkOptions = {}): ExpandedInputs {
  const paths: string[] = [];
  const notes: WalkNote[] = [];
  for (const input of inputs) {
    if (input === '-') {
      paths.push(input);
      continue;
    }
    let stat;
    try {
      stat = statSync(input);
    } catch (error) {
      if (isSystemError(error) && error.code === 'ENOENT') throw new UserError(t('cli.error.no-such-path', { path: input }));
      throw fileError(error, input, 'read');
    }
    if (ignore?.ignores(input, stat.isDirectory())) {
      notes.push({ path: input, reason: t('cli.io.ignored', { file: ignore.file }), unread: false });
      continue;
    }
    if (!stat.isDirectory()) {
      paths.push(input);
      continue;
    }
    const walked = walkFiles(input, {
      ...(ignore ? { ignore } : {}),
      skipDir: (name) => SKIPPED_DIRS.has(name) || name.startsWith('.'),
      acceptFile: (name) => CHECKABLE_EXTENSIONS.has(extname(name).toLowerCase()) || (options.docx === true && isDocx(name)),
    });
    paths.push(...walked.files);
    notes.push(...walked.notes);
  }
  return { paths, notes };
}

export async function readInput(path: string, maxBytes?: number): Promise<TextFile> {
  return path === '-' ? readStdin(maxBytes) : readTextFile(path, maxBytes);
}

/** The file, or why it could not be read: a folder's walk reports the one and goes on with the rest. */
export async function readOrExplain(path: string, maxBytes?: number): Promise<TextFile | { unreadable: string }> {
  try {
    return await readInput(path, maxBytes);
  } catch (error) {
    if (error instanceof UserError) return { unreadable: error.message };
    throw error;
  }
}

/**
 * The analysis of one file read, or why its content could not be read (an XLIFF or PO syntax error, Markdown nested
 * too deep): like an unreadable file, it is reported and a folder's other files are still checked.
 */
export function analyseOrExplain<T extends object>(analyse: () => T): T | { unreadable: string } {
  try {
    return analyse();
  } catch (error) {
    if (error instanceof UserError) return { unreadable: error.message };
    throw error;
  }
}

/** An input that could not be read, on stderr like every other error. */
export function writeUnreadable(message: string): void {
  process.stderr.write(`${t('cli.program.error', { message })}\n`);
}

/** Notes on stderr, one a line, so that json, sarif and github output stays machine-readable. */
export function writeNotes(notes: readonly { path: string; reason: string }[]): void {
  for (const note of notes) process.stderr.write(`${t('cli.io.note', { path: note.path, reason: note.reason })}\n`);
}

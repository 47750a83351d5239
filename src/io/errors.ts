/**
 * Known failures: each is a typed error whose message names the file (and line:column where there is one); the
 * CLI prints the message and exits with its code (2: usage, config, input, output or engine). Anything else that
 * reaches the CLI's boundary is a bug in canonym and exits 3.
 */
import { t } from '../i18n/index.ts';

/** An error the user can act on. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'UserError';
  }
}

/** A file or folder that cannot be read, listed or written. */
export class FileError extends UserError {
  constructor(message: string, readonly path: string, readonly code?: string) {
    super(message);
    this.name = 'FileError';
  }
}

/** Input whose bytes or structure canonym refuses to read (encoding, nesting depth, YAML aliases). */
export class ParseError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'ParseError';
  }
}

/** A document nested deeper than canonym reads (Markdown containers, JSON); `at` names the file once known. */
export class NestingError extends ParseError {
  constructor(readonly line: number, readonly column: number, readonly max: number, path = '<input>') {
    super(t('cli.io.too-deep', { path, line: String(line), column: String(column), max: String(max) }));
    this.name = 'NestingError';
  }

  at(path: string): NestingError {
    return new NestingError(this.line, this.column, this.max, path);
  }
}

/**
 * A file that is not well-formed for its format (XML, XLIFF, PO, TBX…): the message gives line and column, and the
 * file once `at` names it. Subclasses give only their name.
 */
export class SyntaxErrorAt extends ParseError {
  constructor(readonly detail: string, readonly line: number, readonly column: number, readonly path?: string) {
    super(`${path ? `${path}:` : ''}${line}:${column}: ${detail}`);
    this.name = 'SyntaxErrorAt';
  }

  at(path: string): this {
    const Same = this.constructor as new (detail: string, line: number, column: number, path?: string) => this;
    return new Same(this.detail, this.line, this.column, path);
  }
}

/** Run `fn` on the text of `path`: a NestingError it throws names the file. */
export function naming<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof NestingError) throw error.at(path);
    if (error instanceof ParseError && 'at' in error && typeof error.at === 'function') throw (error.at as (path: string) => Error).call(error, path);
    throw error;
  }
}

/** A translation engine that failed, hung or cannot be reached. */
export class EngineError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'EngineError';
  }
}

/** A Node system error (fs, child_process): it has a string `code` such as ENOENT or EACCES. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z0-9]+$/.test((error as NodeJS.ErrnoException).code!);
}

const REASONS: Record<string, string> = {
  ENOENT: 'cli.io.reason.enoent',
  EACCES: 'cli.io.reason.eacces',
  EPERM: 'cli.io.reason.eperm',
  EISDIR: 'cli.io.reason.eisdir',
  ENOTDIR: 'cli.io.reason.enotdir',
  ELOOP: 'cli.io.reason.eloop',
  ENOSPC: 'cli.io.reason.enospc',
  EROFS: 'cli.io.reason.erofs',
  EEXIST: 'cli.io.reason.eexist',
  EMFILE: 'cli.io.reason.emfile',
  ENAMETOOLONG: 'cli.io.reason.enametoolong',
  EBUSY: 'cli.io.reason.ebusy',
  EIO: 'cli.io.reason.eio',
  EDQUOT: 'cli.io.reason.edquot',
  EXDEV: 'cli.io.reason.exdev',
};

/** A system error's cause in words ("permission denied"), in the user's language. */
export function reasonOf(error: unknown): string {
  const id = isSystemError(error) ? REASONS[error.code] : undefined;
  if (id) return t(id);
  if (isSystemError(error)) return t('cli.io.reason.other', { code: error.code, message: error.message.replace(/^[A-Z0-9]+: /, '') });
  return error instanceof Error ? error.message : String(error);
}

export type FileAction = 'read' | 'list' | 'write';

/** A system error met while reading, listing or writing `path`, as a FileError; a FileError passes through. */
export function fileError(error: unknown, path: string, action: FileAction): UserError {
  if (error instanceof UserError) return error;
  const id = { read: 'cli.io.cannot-read', list: 'cli.io.cannot-list', write: 'cli.io.cannot-write' }[action];
  return new FileError(t(id, { path, reason: reasonOf(error) }), path, isSystemError(error) ? error.code : undefined);
}

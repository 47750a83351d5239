/** Command-line inputs → text files: files as given, directories walked for .txt and Markdown, '-' for stdin. */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { CHECKABLE_EXTENSIONS } from '../formats/index.ts';
import { t } from '../i18n/index.ts';
import { UserError } from '../io/errors.ts';
import { readStdin, readTextFile, type TextFile } from '../io/read.ts';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'build']);

export function expandPaths(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push(input);
      continue;
    }
    let stat;
    try {
      stat = statSync(input);
    } catch {
      throw new UserError(t('cli.error.no-such-path', { path: input }));
    }
    if (!stat.isDirectory()) {
      out.push(input);
      continue;
    }
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        const s = statSync(path);
        if (s.isDirectory()) {
          if (!SKIPPED_DIRS.has(name) && !name.startsWith('.')) walk(path);
        } else if (CHECKABLE_EXTENSIONS.has(extname(name).toLowerCase())) out.push(path);
      }
    };
    walk(input);
  }
  return out;
}

export async function readInput(path: string, maxBytes?: number): Promise<TextFile> {
  return path === '-' ? readStdin(maxBytes) : readTextFile(path, maxBytes);
}

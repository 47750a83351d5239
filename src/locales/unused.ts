/**
 * Which keys the source code uses, for `--unused-keys <glob>` (i18n-check's unused keys): i18next `t('key')`,
 * `i18n.t("ns:key")`, `$t('key')`, `<Trans i18nKey="key">`, formatjs `id: 'key'`, `<FormattedMessage id="key">`,
 * `formatMessage({ id: 'key' })`. Keys built at run time cannot be read, so any string literal is taken as a
 * possible key or key prefix: `t('menu.language.' + code)` and `` t(`menu.language.${code}`) `` use every key under
 * `menu.language.`, and a key that appears as a plain string anywhere ("common.save" in a table) is used too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';

export interface UsedKeys {
  /** How many source files were read. */
  files: number;
  isUsed(key: string): boolean;
}

const SKIP = new Set(['node_modules', '.git', 'dist', 'build', 'coverage']);
// A quoted string or the head of a template literal (up to its first ${).
const LITERAL = /'((?:[^'\\\n]|\\.){1,200})'|"((?:[^"\\\n]|\\.){1,200})"|`((?:[^`\\$]|\\.|\$(?!\{)){1,200})(`|\$\{)/g;

/** The fixed part of a glob (`src/**\/*.ts` → `src`), where the walk starts. */
function globBase(glob: string): string {
  const parts = glob.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (/[*?[\]{}()!]/.test(p)) break;
    fixed.push(p);
  }
  return fixed.length === parts.length ? fixed.slice(0, -1).join('/') || '.' : fixed.join('/') || '.';
}

function walk(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      continue;
    }
    if (isDir) walk(path, out);
    else out.push(path);
  }
}

/** The literals of the files under `globs` (relative to `cwd`), read as possible keys and key prefixes. */
export function findUsedKeys(globs: readonly string[], cwd = process.cwd()): UsedKeys {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  let files = 0;
  for (const glob of globs) {
    const match = picomatch(glob, { dot: false });
    const found: string[] = [];
    walk(join(cwd, globBase(glob)), found);
    for (const path of found) {
      const rel = relative(cwd, path).split(sep).join('/');
      if (!match(rel)) continue;
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        continue;
      }
      files++;
      for (const m of text.matchAll(LITERAL)) {
        const value = (m[1] ?? m[2] ?? m[3] ?? '').trim();
        if (!value) continue;
        // "ns:key" and "ns:key" with i18next's namespace separator: the key is after it.
        const key = value.includes(':') && !/\s/.test(value) ? value.slice(value.indexOf(':') + 1) : value;
        const open = m[4] === '${' || /[._/-]$/.test(key);
        for (const k of new Set([value, key])) (open ? prefixes : exact).add(k);
      }
    }
  }
  const prefixList = [...prefixes].filter((p) => p.length >= 2);
  return {
    files,
    isUsed(key) {
      if (exact.has(key)) return true;
      // A plural form or context variant is used when its stem is: t('item', { count }).
      const cut = key.lastIndexOf('_');
      if (cut > 0 && exact.has(key.slice(0, cut))) return true;
      const ordinal = key.indexOf('_ordinal_');
      if (ordinal > 0 && exact.has(key.slice(0, ordinal))) return true;
      // A parent object passed whole (returnObjects) or a key built at run time.
      for (let i = key.lastIndexOf('.'); i > 0; i = key.lastIndexOf('.', i - 1)) if (exact.has(key.slice(0, i))) return true;
      return prefixList.some((p) => key.startsWith(p));
    },
  };
}

/** Real public locale trees for the measuring scripts: a tree's folder at a fixed commit, taken from a fetched mirror. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface TreeAt {
  name: string;
  repo: string;
  commit: string;
  path: string;
}

/** The tree's folder at its commit, extracted once under `work` from the mirror in `mirror` (owner+name/repo). */
export function extractTree(tree: TreeAt, work: string, mirror: string): string {
  const dir = join(work, tree.name);
  const target = join(dir, tree.path);
  if (existsSync(target)) return target;
  const git = join(mirror, tree.repo.replace('/', '+'), 'repo');
  if (!existsSync(git)) throw new Error(`${tree.repo}: no mirror at ${git} (fetch it first)`);
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['--git-dir', git, 'archive', tree.commit, tree.path], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return target;
}

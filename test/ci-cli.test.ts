/**
 * CI conveniences of the text commands (issue 15 §4): .canonymignore (gitignore syntax) in check, fix and names,
 * --max-warnings, a baseline for check that survives line shifts, fix --write over several files and folders.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDirsRemovedAfterAll } from './helpers.ts';

// Every temp folder a test makes is removed when the file is done.
const newTempDir = tempDirsRemovedAfterAll();

const G = ['--no-shipped-glossary', '-g', fixture('glossary'), '--locale', 'en'];

function tree(files: Record<string, string>): string {
  const dir = newTempDir('canonym-ci-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const checkedPaths = (stdout: string, dir: string) => (JSON.parse(stdout) as Array<{ path: string }>).map((r) => r.path.slice(dir.length + 1)).sort();

describe('.canonymignore', () => {
  const files = {
    'a.txt': 'Kiev is far.\n',
    'drafts/b.txt': 'Kiev again.\n',
    'drafts/keep/c.txt': 'Kiev in a kept draft.\n',
    'notes.md': 'Kiev in Markdown.\n',
    'keep.md': 'Kiev in the one Markdown file kept.\n',
    'sub/deep/e.txt': 'Kiev deep down.\n',
  };
  // gitignore syntax: a folder, a glob, a negation, a pattern anchored at the file's folder.
  const rules = 'drafts/\n*.md\n!keep.md\n/sub/deep/e.txt\n';

  it('leaves ignored files and folders out of a walk in check, names and fix', async () => {
    const dir = tree({ ...files, '.canonymignore': rules });
    const ignorePath = join(dir, '.canonymignore');
    const check = await runCli(['check', ...G, '--format', 'json', '--ignore-path', ignorePath, dir]);
    expect(checkedPaths(check.stdout, dir)).toEqual(['a.txt', 'keep.md']);
    expect(check.code).toBe(1);
    const names = await runCli(['names', ...G, '--format', 'json', '--ignore-path', ignorePath, dir]);
    expect(checkedPaths(names.stdout, dir)).toEqual(['a.txt', 'keep.md']);
    const fix = await runCli(['fix', ...G, '--write', '--ignore-path', ignorePath, dir]);
    expect(fix.code).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Kyiv is far.\n');
    expect(readFileSync(join(dir, 'drafts/b.txt'), 'utf8')).toBe('Kiev again.\n');
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('Kiev in Markdown.\n');
    expect(readFileSync(join(dir, 'sub/deep/e.txt'), 'utf8')).toBe('Kiev deep down.\n');
  });

  it('--no-ignore checks everything; a file named on the command line and ignored is left out with a note', async () => {
    const dir = tree({ ...files, '.canonymignore': rules });
    const ignorePath = join(dir, '.canonymignore');
    const all = await runCli(['check', ...G, '--format', 'json', '--ignore-path', ignorePath, '--no-ignore', dir]);
    expect(checkedPaths(all.stdout, dir)).toEqual(['a.txt', 'drafts/b.txt', 'drafts/keep/c.txt', 'keep.md', 'notes.md', 'sub/deep/e.txt']);
    const named = await runCli(['check', ...G, '--format', 'json', '--ignore-path', ignorePath, join(dir, 'drafts/b.txt'), join(dir, 'a.txt')]);
    expect(checkedPaths(named.stdout, dir)).toEqual(['a.txt']);
    expect(named.stderr).toContain(`${join(dir, 'drafts/b.txt')}: skipped: ignored by ${ignorePath}`);
    expect(named.code).toBe(1);
    // lint-staged passes an ignored file alone: nothing to fix, nothing printed, exit 0.
    const fixIgnored = await runCli(['fix', ...G, '--ignore-path', ignorePath, join(dir, 'notes.md')]);
    expect(fixIgnored).toMatchObject({ code: 0, stdout: '' });
    expect(fixIgnored.stderr).toContain('ignored by');
  });

  it('an --ignore-path that does not exist is exit 2, not an empty rule set', async () => {
    const dir = tree(files);
    const run = await runCli(['check', ...G, '--ignore-path', join(dir, 'missing'), dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no such ignore file');
  });
});

describe('check --max-warnings', () => {
  // With known-variant as a warning, the example article has 6 warnings and no error.
  const asWarnings = ['--rule', 'known-variant=warning'];

  it('exits 1 when the warnings are more than N, 0 when they are N or fewer', async () => {
    const article = fixture('news/consul-expelled.txt');
    const at = await runCli(['check', ...G, ...asWarnings, '--max-warnings', '6', article]);
    expect(at.code).toBe(0);
    const over = await runCli(['check', ...G, ...asWarnings, '--max-warnings', '5', article]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('6 warnings, more than --max-warnings 5');
    expect((await runCli(['check', ...G, ...asWarnings, article])).code).toBe(0);
  });

  it('refuses a value that is not a whole number', async () => {
    for (const value of ['-1', 'x', '1.5']) {
      const run = await runCli(['check', ...G, `--max-warnings=${value}`, fixture('news/clean.txt')]);
      expect(run.code).toBe(2);
    }
  });
});

describe('check --baseline', () => {
  it('hides the problems the baseline lists, even after the lines moved, and fails on a new one', async () => {
    const article = readFileSync(fixture('news/consul-expelled.txt'), 'utf8');
    const dir = tree({ 'texts/article.txt': article });
    const baseline = join(dir, 'canonym-baseline.json');
    const write = await runCli(['check', ...G, '--write-baseline', baseline, join(dir, 'texts')]);
    expect(write.code).toBe(0);
    const saved = JSON.parse(readFileSync(baseline, 'utf8'));
    expect(saved.problems).toHaveLength(6);
    // Paths relative to the baseline's folder, no line numbers.
    expect(saved.problems[0]).toMatch(/^texts\/article\.txt\t/);
    expect(saved.problems.join('\n')).not.toMatch(/\t\d+:\d+/);

    const known = await runCli(['check', ...G, '--format', 'json', '--baseline', baseline, join(dir, 'texts')]);
    expect(known.code).toBe(0);
    expect(JSON.parse(known.stdout)[0].diagnostics).toEqual([]);
    expect(known.stderr).toContain('6 known problems');

    // Lines inserted above: nothing new.
    writeFileSync(join(dir, 'texts/article.txt'), `A new first paragraph.\n\nAnd a second one.\n\n${article}`);
    expect((await runCli(['check', ...G, '--baseline', baseline, join(dir, 'texts')])).code).toBe(0);

    // A new misspelling, and a third "Yurova" where the baseline has two: both reported, nothing else.
    const edited = `Kiev is new here.\n\n${article}\nVera Yurova spoke again.\n`;
    writeFileSync(join(dir, 'texts/article.txt'), edited);
    const lastLine = edited.split('\n').indexOf('Vera Yurova spoke again.') + 1;
    const fresh = await runCli(['check', ...G, '--format', 'json', '--baseline', baseline, join(dir, 'texts')]);
    expect(fresh.code).toBe(1);
    const found = JSON.parse(fresh.stdout)[0].diagnostics.map((d: { found: string; line: number }) => `${d.line} ${d.found}`);
    expect(found).toEqual(['1 Kiev', `${lastLine} Vera Yurova`]);
  });

  it('refuses a file that is not a check baseline', async () => {
    const dir = tree({ 'a.txt': 'Kiev.\n', 'bad.json': '{"version": 1, "problems": "no"}' });
    const run = await runCli(['check', ...G, '--baseline', join(dir, 'bad.json'), join(dir, 'a.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not a baseline file written by canonym check --write-baseline');
  });
});

describe('fix over several files and folders', () => {
  it('--write fixes every file atomically and sums up', async () => {
    const dir = tree({
      'one.txt': 'Kiev is far.\n',
      'two.md': '# Kiev\n\nThe mayor of Kiev.\n',
      'clean.txt': 'Kyiv is fine.\n',
      'more/three.txt': 'From Kiev with love.\n',
    });
    const run = await runCli(['fix', ...G, '--write', join(dir, 'one.txt'), join(dir, 'clean.txt'), join(dir, 'more'), join(dir, 'two.md')]);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'one.txt'), 'utf8')).toBe('Kyiv is far.\n');
    expect(readFileSync(join(dir, 'two.md'), 'utf8')).toBe('# Kyiv\n\nThe mayor of Kyiv.\n');
    expect(readFileSync(join(dir, 'more/three.txt'), 'utf8')).toBe('From Kyiv with love.\n');
    expect(readFileSync(join(dir, 'clean.txt'), 'utf8')).toBe('Kyiv is fine.\n');
    expect(run.stderr).toContain('3 files of 4 written; 4 names fixed');
    expect(run.stderr).not.toContain('clean.txt');
    expect(run.stdout).toBe('');
  });

  it('--diff prints one patch per changed file; without --write or --diff several inputs are refused', async () => {
    const dir = tree({ 'one.txt': 'Kiev is far.\n', 'clean.txt': 'Kyiv is fine.\n', 'two.txt': 'Kiev.\n' });
    const diff = await runCli(['fix', ...G, '--diff', dir]);
    expect(diff.code).toBe(0);
    expect(diff.stdout.match(/^\+\+\+ /gm)).toHaveLength(2);
    expect(diff.stdout).toContain('+Kyiv is far.');
    expect(readFileSync(join(dir, 'one.txt'), 'utf8')).toBe('Kiev is far.\n');
    const refused = await runCli(['fix', ...G, join(dir, 'one.txt'), join(dir, 'two.txt')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('give --write');
    expect(readFileSync(join(dir, 'one.txt'), 'utf8')).toBe('Kiev is far.\n');
  });

  it('a file that cannot be read is reported, the others are still written (exit 2)', async () => {
    const dir = tree({ 'one.txt': 'Kiev is far.\n', 'bad.txt': 'Kiev\u0000binary' });
    const run = await runCli(['fix', ...G, '--write', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.txt: looks binary/);
    expect(readFileSync(join(dir, 'one.txt'), 'utf8')).toBe('Kyiv is far.\n');
  });
});

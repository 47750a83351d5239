/**
 * The ready-made CI integrations, each run by its own command line: the hooks of .pre-commit-hooks.yaml (entry,
 * args and the staged files their `files` pattern takes), the `canonym check` step of action.yml (its `run` line
 * in bash with the step's environment), and lint-staged v16 with `canonym fix --write` over three staged files in
 * a temporary git repository.
 *
 * `canonym` here is the source run by tsx (a shim on PATH, and a bin/canonym.js shim under GITHUB_ACTION_PATH),
 * so that the tests work on a fresh clone without dist/; bin/canonym.js itself is tested in package.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHECKABLE_EXTENSIONS } from '../src/formats/index.ts';
import { fixture, tempDirsRemovedAfterAll } from './helpers.ts';

// Every temp folder a test makes is removed when the file is done.
const newTempDir = tempDirsRemovedAfterAll();

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = join(ROOT, 'node_modules/tsx/dist/loader.mjs');
const MAIN = join(ROOT, 'src/cli/main.ts');
/** The options a project would put in the hook's args or the action's `args`: the small test glossary. */
const ARGS = ['--no-shipped-glossary', '-g', fixture('glossary'), '--locale', 'en'];

function tempDir(prefix: string): string {
  return newTempDir(`canonym-${prefix}-`);
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A folder with a `canonym` executable that runs the source, as the installed bin runs dist/. */
function canonymOnPath(): string {
  const dir = tempDir('bin');
  writeFileSync(join(dir, 'canonym'), `#!/bin/sh\nexec "${process.execPath}" --import "${TSX}" "${MAIN}" "$@"\n`);
  chmodSync(join(dir, 'canonym'), 0o755);
  return dir;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function bash(script: string, cwd: string, env: Record<string, string> = {}) {
  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const PROJECT = {
  'news/bad.txt': 'Kiev is far.\n',
  'news/good.md': '# Kyiv\n\nAll right.\n',
  'news/photo.png': 'not a text',
  'drafts/old.txt': 'Kiev, ignored.\n',
  '.canonymignore': 'drafts/\n',
};

describe('.pre-commit-hooks.yaml', () => {
  interface Hook { id: string; entry: string; language: string; files: string; require_serial?: boolean }
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

  /** What pre-commit runs: entry, then args, then the staged files the hook's pattern takes. */
  function runHook(id: string, dir: string, staged: string[]) {
    const hook = hooks.find((h) => h.id === id)!;
    expect(hook.language).toBe('node');
    const files = staged.filter((f) => new RegExp(hook.files).test(f));
    return { files, ...bash(`${hook.entry} ${[...ARGS, ...files].map(quote).join(' ')}`, dir, { PATH: `${canonymOnPath()}${delimiter}${process.env.PATH}` }) };
  }

  it('canonym-check fails on a misspelt staged file and passes once it is fixed by canonym-fix', () => {
    expect(hooks.map((h) => h.id)).toEqual(['canonym-check', 'canonym-fix']);
    // The hooks take only files canonym reads as text.
    for (const hook of hooks) {
      const extensions = /\\\.\((.*)\)\$$/.exec(hook.files)![1]!.replace('html?', 'html|htm').split('|');
      expect(extensions.filter((e) => !CHECKABLE_EXTENSIONS.has(`.${e}`))).toEqual([]);
    }
    const dir = tempDir('pre-commit');
    writeFiles(dir, PROJECT);
    const staged = Object.keys(PROJECT).filter((f) => !f.startsWith('.'));

    const check = runHook('canonym-check', dir, staged);
    expect(check.files).toEqual(['news/bad.txt', 'news/good.md', 'drafts/old.txt']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('news/bad.txt');
    expect(check.stdout).toContain('"Kiev" is a misspelling of Kyiv');
    expect(check.stdout).not.toContain('drafts/old.txt');
    expect(check.stderr).toContain('drafts/old.txt: skipped: ignored by .canonymignore');

    const fix = runHook('canonym-fix', dir, staged);
    expect(fix.code).toBe(0);
    expect(readFileSync(join(dir, 'news/bad.txt'), 'utf8')).toBe('Kyiv is far.\n');
    expect(readFileSync(join(dir, 'drafts/old.txt'), 'utf8')).toBe('Kiev, ignored.\n');
    expect(runHook('canonym-check', dir, staged).code).toBe(0);
  });
});

describe('action.yml', () => {
  interface Step { id?: string; run?: string; shell?: string; env?: Record<string, string> }
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { using: string; steps: Step[] };
  };

  /** The `check` step as the runner runs it: `${{ inputs.x }}` in its env from `with` or the input's default. */
  function runStep(dir: string, withInputs: Record<string, string>) {
    expect(action.runs.using).toBe('composite');
    const step = action.runs.steps.find((s) => s.id === 'check')!;
    expect(step.shell).toBe('bash');
    expect(step.run).not.toMatch(/\$\{\{/); // inputs only through the environment
    const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, withInputs[k] ?? v.default ?? '']));
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => inputs[name] ?? '')]));
    // The action's folder: bin/canonym.js runs the source here (tsx through NODE_OPTIONS) instead of dist/.
    const actionPath = tempDir('action');
    writeFiles(actionPath, { 'package.json': '{"type": "module"}', 'bin/canonym.js': `import { main } from ${JSON.stringify(pathToFileURL(MAIN).href)};\nprocess.exitCode = await main(process.argv.slice(2));\n` });
    return bash(step.run!, dir, { ...env, GITHUB_ACTION_PATH: actionPath, NODE_OPTIONS: `--import ${TSX}` });
  }

  it('annotates the misspelt names of the paths given, and passes on clean texts', () => {
    const dir = tempDir('action-project');
    writeFiles(dir, PROJECT);
    const failing = runStep(dir, { paths: 'news drafts', args: ARGS.join(' ') });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('::error file=news/bad.txt,line=1,col=1,endLine=1,endColumn=5,title=canonym known-variant::"Kiev" is a misspelling of Kyiv');
    expect(failing.stdout).not.toContain('drafts/old.txt');
    expect(failing.stdout.trim().split('\n')).toHaveLength(1);

    const clean = runStep(dir, { paths: 'news/good.md', args: ARGS.join(' '), format: 'json' });
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout).map((r: { path: string }) => r.path)).toEqual(['news/good.md']);
  });
});

describe('lint-staged', () => {
  it('runs canonym fix --write over three staged files and commits the fixed text', () => {
    const dir = tempDir('lint-staged');
    const git = (...args: string[]) => {
      const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', timeout: 30_000 });
      if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
      return r.stdout;
    };
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.org');
    git('config', 'user.name', 'canonym test');
    git('config', 'commit.gpgsign', 'false');
    writeFiles(dir, { 'README.txt': 'A project.\n' });
    git('add', 'README.txt');
    git('commit', '-q', '-m', 'first');

    const command = ['canonym', 'fix', '--write', ...ARGS].join(' ');
    writeFiles(dir, {
      '.lintstagedrc.json': JSON.stringify({ '*.{txt,md}': command }),
      'one.txt': 'Kiev is far.\n',
      'docs/two.md': '# Kiev\n\nThe mayor of Kiev.\n',
      'docs/deep/three.txt': 'From Kiev with love.\n',
      'unstaged.txt': 'Kiev, not staged.\n',
    });
    git('add', '.lintstagedrc.json', 'one.txt', 'docs/two.md', 'docs/deep/three.txt');

    const run = spawnSync(join(ROOT, 'node_modules/.bin/lint-staged'), [], {
      cwd: dir, encoding: 'utf8', timeout: 120_000,
      env: { ...process.env, PATH: `${canonymOnPath()}${delimiter}${process.env.PATH}`, FORCE_COLOR: '0' },
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    const fixed = { 'one.txt': 'Kyiv is far.\n', 'docs/two.md': '# Kyiv\n\nThe mayor of Kyiv.\n', 'docs/deep/three.txt': 'From Kyiv with love.\n' };
    for (const [path, text] of Object.entries(fixed)) {
      expect(readFileSync(join(dir, path), 'utf8')).toBe(text);
      expect(git('show', `:${path}`)).toBe(text); // staged as fixed
    }
    expect(readFileSync(join(dir, 'unstaged.txt'), 'utf8')).toBe('Kiev, not staged.\n');
    git('commit', '-q', '-m', 'second');
    expect(git('show', 'HEAD:one.txt')).toBe('Kyiv is far.\n');
  }, 180_000);
});

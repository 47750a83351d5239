/**
 * `canonym locales` from the command line, with the config's `locales` section (files, ignored keys, names kept on
 * purpose), and `canonym init`, whose starter file must be a config that canonym reads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInit, STARTER_CONFIG } from '../src/cli/commands/init.ts';
import { loadConfig } from '../src/config.ts';
import { UserError } from '../src/io/errors.ts';
import { fixture, runCli, tempDirsRemovedAfterAll } from './helpers.ts';

const TREE = fixture('locale-tree');
const testGlossary = ['--no-shipped-glossary', '--glossary', fixture('glossary')];

interface JsonReport { path: string; locale: string; diagnostics: Array<{ ruleId: string; line: number; column: number; message: string }> }
const facts = (stdout: string) =>
  (JSON.parse(stdout) as JsonReport[]).flatMap((r) => r.diagnostics.map((d) => `${d.ruleId} ${relative(TREE, r.path)}:${d.line}:${d.column}`)).sort();

// A test may make more than one folder: each is removed, not only the last (they were left in the temp dir).
const newTempDir = tempDirsRemovedAfterAll();
const tempDir = () => newTempDir('canonym-locales-config-');
afterEach(() => vi.restoreAllMocks());

function writeConfig(config: unknown): string {
  const path = join(tempDir(), 'canonym.config.json');
  writeFileSync(path, JSON.stringify(config, null, 2));
  return path;
}

describe('canonym locales (command line)', () => {
  it('is a registered command with the same JSON format and exit codes as check', async () => {
    const run = await runCli(['locales', '--names', ...testGlossary, '--format', 'json', TREE]);
    expect(run.code).toBe(1);
    expect(facts(run.stdout)).toHaveLength(34);
    const usage = await runCli(['locales', '--names', ...testGlossary, '--base', 'fr', TREE]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--base fr: no such locale/);
    const syntax = await runCli(['locales', '--names', ...testGlossary, '--syntax', 'po', TREE]);
    expect(syntax.code).toBe(2);
  });

  it('takes files, ignored keys and names kept in a foreign form from the config, and drops only those reports', async () => {
    const all = facts((await runCli(['locales', '--names', ...testGlossary, '--format', 'json', TREE])).stdout);
    const config = writeConfig({
      locales: {
        exclude: ['ja/**'],
        ignoreKeys: ['legacy.**'],
        keepNames: [{ key: 'demo.quote', names: ['Vera Yurova'] }],
      },
    });
    const run = await runCli(['locales', '--names', ...testGlossary, '--config', config, '--format', 'json', TREE]);
    const kept = facts(run.stdout);
    const dropped = all.filter((f) => !kept.includes(f));
    expect(kept.every((f) => all.includes(f))).toBe(true);
    expect(dropped.filter((f) => !f.includes(' ja/'))).toEqual([
      'extra-key uk/common.json:42:5',
      'known-variant en/newsroom.json:18:15',
      'known-variant pl/newsroom.json:14:18',
    ]);
    expect(dropped.filter((f) => f.includes(' ja/')).length).toBeGreaterThan(0);
    expect(kept.some((f) => f.includes(' ja/'))).toBe(false);
  });

  it('keeps a name only under the keys and for the names the config gives', async () => {
    const config = writeConfig({ locales: { keepNames: [{ key: 'demo.quote', names: ['Josep Borrell'] }, { key: 'other.*' }] } });
    const kept = facts((await runCli(['locales', '--names', ...testGlossary, '--config', config, '--format', 'json', TREE])).stdout);
    expect(kept).toContain('known-variant en/newsroom.json:18:15');
  });

  it('accepts locale rule severities in a config that check also reads, and refuses unknown fields with file:line', async () => {
    const config = writeConfig({ rules: { 'missing-key': 'error', 'known-variant': 'warning' } });
    const check = await runCli(['check', ...testGlossary, '--config', config, '--locale', 'en', fixture('news/clean.txt')]);
    expect(check.code).toBe(0);
    const run = await runCli(['locales', '--names', ...testGlossary, '--config', config, '--format', 'json', TREE]);
    const missing = (JSON.parse(run.stdout) as JsonReport[]).flatMap((r) => r.diagnostics).filter((d) => d.ruleId === 'missing-key');
    expect(missing.length).toBeGreaterThan(0);
    const bad = writeConfig({ locales: { ignoreKey: ['x'] } });
    const refused = await runCli(['locales', '--names', ...testGlossary, '--config', bad, TREE]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/canonym\.config\.json:3:5: locales: unknown field ignoreKey/);
  });
});

describe('canonym init', () => {
  it('writes a starter config that canonym reads back, with every section, and never overwrites one unasked', () => {
    const cwd = tempDir();
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(runInit({ cwd })).toBe(0);
    const path = join(cwd, 'canonym.config.yaml');
    expect(readFileSync(path, 'utf8')).toBe(STARTER_CONFIG);
    const config = loadConfig(path);
    expect(config.locales?.base).toBe('en');
    expect(config.rules?.['known-variant']).toBe('error');
    expect(config.suspects?.threshold).toBe(0.8);
    writeFileSync(path, 'locale: de\n');
    expect(() => runInit({ cwd })).toThrow(UserError);
    expect(() => runInit({ cwd })).toThrow(/already exists.*--force/);
    expect(readFileSync(path, 'utf8')).toBe('locale: de\n');
    expect(runInit({ cwd, force: true })).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(STARTER_CONFIG);
  });
});

import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDirsRemovedAfterAll } from './helpers.ts';

// Every temp folder a test makes is removed when the file is done.
const newTempDir = tempDirsRemovedAfterAll();

const testGlossary = ['--no-shipped-glossary', '-g', fixture('glossary')];

describe('canonym check', () => {
  it('reports the broken names of a translated article in the JSON format, with exit code 1', async () => {
    const run = await runCli(['check', ...testGlossary, '--locale', 'en', '--format', 'json', fixture('news/consul-expelled.txt')]);
    expect(run.code).toBe(1);
    const [file] = JSON.parse(run.stdout);
    expect(file.locale).toBe('en');
    const seen = file.diagnostics.map((d: { ruleId: string; found: string; expected: string; line: number; column: number }) => `${d.ruleId} ${d.line}:${d.column} ${d.found} → ${d.expected}`);
    expect(seen).toEqual([
      'known-variant 5:30 Philip Deventer → Filip Dewinter',
      'known-variant 5:155 Deventer → Dewinter',
      'known-variant 7:36 Vera Yurova → Věra Jourová',
      'known-variant 7:130 Yurova → Jourová',
      'inconsistent-name 9:191 Borel → Borrell',
      'known-variant 9:191 Borel → Borrell',
    ]);
    const d = file.diagnostics[0];
    expect(Object.keys(d)).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'length', 'found', 'expected', 'entity', 'fix']);
    const text = readFileSync(fixture('news/consul-expelled.txt'), 'utf8');
    for (const diag of file.diagnostics) expect(text.slice(diag.offset, diag.offset + diag.length)).toBe(diag.found);
  });

  it('walks a directory for text and Markdown files, one report each', async () => {
    const run = await runCli(['check', ...testGlossary, '--format', 'json', fixture('news')]);
    const paths = JSON.parse(run.stdout).map((r: { path: string }) => r.path.replace(/.*fixtures\//, ''));
    expect(paths).toEqual(['news/borrell-ru.txt', 'news/clean.txt', 'news/consul-expelled.txt', 'news/lawrow-de.md', 'news/zelenskyy-pl.txt']);
    expect(JSON.parse(run.stdout).map((r: { locale: string }) => r.locale)).toEqual(['ru', 'en', 'en', 'de', 'pl']);
  });

  it('exits 0 on a clean text and says so', async () => {
    const run = await runCli(['check', ...testGlossary, fixture('news/clean.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/no problems in 1 file/);
  });

  it('detects the language when --locale is left out', async () => {
    const run = await runCli(['check', ...testGlossary, '--format', 'json', fixture('news/consul-expelled.txt')]);
    expect(JSON.parse(run.stdout)[0].locale).toBe('en');
  });

  it('skips front matter, code and URLs in Markdown', async () => {
    const run = await runCli(['check', ...testGlossary, '--locale', 'de', '--format', 'json', fixture('news/lawrow-de.md')]);
    const [file] = JSON.parse(run.stdout);
    expect(file.diagnostics.map((d: { found: string; line: number }) => `${d.line} ${d.found}`)).toEqual(['8 Sergey Lavrov']);
  });

  it('reads standard input', async () => {
    const run = await runCli(['check', ...testGlossary, '--locale', 'en', '--format', 'json', '-'], 'Kiev is far.');
    expect(JSON.parse(run.stdout)[0].diagnostics[0].expected).toBe('Kyiv');
  });

  it('writes GitHub annotations and SARIF', async () => {
    const gh = await runCli(['check', ...testGlossary, '--locale', 'en', '--format', 'github', '-'], 'Kiev is far.\nVera Yurova, too.');
    expect(gh.stdout.split('\n')[0]).toBe('::error file=<stdin>,line=1,col=1,endLine=1,endColumn=5,title=canonym known-variant::"Kiev" is a misspelling of Kyiv; write "Kyiv"');
    const sarif = JSON.parse((await runCli(['check', ...testGlossary, '--locale', 'en', '--format', 'sarif', '-'], 'Kiev is far.')).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'known-variant', level: 'error' });
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 1, endColumn: 5 });
  });

  it('exits 2 with a clear message on bad input', async () => {
    const dir = newTempDir('canonym-');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x4b, 0x69, 0x65, 0x76, 0x20, 0xe9, 0x0a]));
    const bad = await runCli(['check', ...testGlossary, join(dir, 'latin1.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/latin1\.txt: not valid UTF-8 \(byte 0xe9 at offset 5\)/);
    expect((await runCli(['check', ...testGlossary, join(dir, 'missing.txt')])).stderr).toMatch(/missing\.txt: no such file/);
    const locale = await runCli(['check', ...testGlossary, '--locale', 'xx', '-'], 'text');
    expect(locale.code).toBe(2);
    expect(locale.stderr).toMatch(/unknown locale "xx"/);
    const usage = await runCli(['check', '--format', 'xml', 'a.txt']);
    expect(usage.code).toBe(2);
    const broken = await runCli(['check', '--no-shipped-glossary', '-g', fixture('broken/unknown-locale.yaml'), '-'], 'text');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/unknown-locale\.yaml:1:3: kyiv: unknown locale code "xx"/);
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2000));
    expect((await runCli(['check', ...testGlossary, '--max-size', '1000', join(dir, 'big.txt')])).stderr).toMatch(/over the limit of 1000/);
  });

  it('reads UTF-16 with a BOM', async () => {
    const dir = newTempDir('canonym-');
    writeFileSync(join(dir, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kiev is far.', 'utf16le')]));
    const run = await runCli(['check', ...testGlossary, '--locale', 'en', '--format', 'json', join(dir, 'u16.txt')]);
    expect(JSON.parse(run.stdout)[0].diagnostics[0].found).toBe('Kiev');
  });

  it('has --help on every command', async () => {
    for (const args of [['--help'], ['check', '--help'], ['fix', '--help'], ['names', '--help'], ['glossary', 'validate', '--help']]) {
      const run = await runCli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Usage: canonym/);
    }
  });
});

describe('canonym fix', () => {
  it('prints the fixed text, changing only the reported spans', async () => {
    const source = readFileSync(fixture('news/consul-expelled.txt'), 'utf8');
    const run = await runCli(['fix', ...testGlossary, '--locale', 'en', fixture('news/consul-expelled.txt')]);
    expect(run.code).toBe(0);
    const expected = source
      .replace('Philip Deventer', 'Filip Dewinter').replace('Deventer later', 'Dewinter later')
      .replace('Vera Yurova', 'Věra Jourová').replace('Yurova added', 'Jourová added').replace('Borel told', 'Borrell told');
    expect(run.stdout).toBe(expected);
    expect(run.stderr).toMatch(/5 names fixed/);
  });

  it('writes in place atomically, keeps the mode and leaves no temp file; a second run changes nothing', async () => {
    const dir = newTempDir('canonym-');
    const file = join(dir, 'a.txt');
    copyFileSync(fixture('news/consul-expelled.txt'), file);
    const { chmodSync } = await import('node:fs');
    chmodSync(file, 0o640);
    expect((await runCli(['fix', ...testGlossary, '--locale', 'en', '--write', file])).code).toBe(0);
    const once = readFileSync(file, 'utf8');
    expect(once).toContain('Filip Dewinter');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['a.txt']);
    await runCli(['fix', ...testGlossary, '--locale', 'en', '--write', file]);
    expect(readFileSync(file, 'utf8')).toBe(once);
  });

  it('prints a unified diff with --diff', async () => {
    const run = await runCli(['fix', ...testGlossary, '--locale', 'en', '--diff', '-'], 'Kiev is far.\n');
    expect(run.stdout).toMatch(/-Kiev is far\.\n\+Kyiv is far\./);
  });
});

describe('canonym names', () => {
  it('lists every mention with entity, place and kind as JSON', async () => {
    const run = await runCli(['names', ...testGlossary, '--locale', 'ru', '--format', 'json', fixture('news/borrell-ru.txt')]);
    const [file] = JSON.parse(run.stdout);
    expect(file.mentions).toEqual([
      { entity: 'josep-borrell', line: 1, column: 54, offset: 53, length: 16, text: 'Жозепом Боррелем', kind: 'inflected' },
      { entity: 'josep-borrell', line: 1, column: 93, offset: 92, length: 7, text: 'Борреля', kind: 'inflected' },
    ]);
  });
});

describe('canonym names over a folder', () => {
  it('lists the files it can read, reports the one it cannot, and exits 2', async () => {
    const dir = newTempDir('canonym-names-');
    writeFileSync(join(dir, 'a.txt'), 'Josep Borrell met Dmytro Kuleba in Kyiv.\n');
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0x4b, 0xff, 0x79]));
    writeFileSync(join(dir, 'c.txt'), 'Kuleba spoke later.\n');
    const run = await runCli(['names', '--locale', 'en', '--format', 'json', ...testGlossary, dir]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).map((f: { path: string }) => f.path.split(/[\\/]/).pop())).toEqual(['a.txt', 'c.txt']);
    expect(run.stderr).toMatch(/b\.txt/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('canonym glossary', () => {
  it('validates layers and reports problems with file:line:column and exit 1', async () => {
    expect((await runCli(['glossary', 'validate', ...testGlossary])).code).toBe(0);
    const bad = await runCli(['glossary', 'validate', '--no-shipped-glossary', '-g', fixture('broken/duplicate-id.yaml')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/duplicate-id\.yaml:5:7: duplicate id "kyiv"/);
  });
  it('builds the stored index on purpose, and says so when it cannot be stored', async () => {
    const dir = newTempDir('canonym-build-');
    const previous = process.env.CANONYM_CACHE_DIR;
    try {
      process.env.CANONYM_CACHE_DIR = join(dir, 'cache');
      const built = await runCli(['glossary', 'build', ...testGlossary]);
      expect(built.code).toBe(0);
      expect(built.stdout).toMatch(/stored index of \d+ entities built in \d+ ms: .*cache.index-[0-9a-f]+\.bin/);
      expect(readdirSync(join(dir, 'cache')).some((n) => n.endsWith('.bin'))).toBe(true);
      writeFileSync(join(dir, 'file'), 'a file where the cache folder would be');
      process.env.CANONYM_CACHE_DIR = join(dir, 'file', 'cache');
      const unstored = await runCli(['glossary', 'build', ...testGlossary]);
      expect(unstored.code).toBe(2);
      expect(unstored.stdout).toMatch(/could not be stored/);
    } finally {
      process.env.CANONYM_CACHE_DIR = previous;
    }
  });
  it('runs the specs inside entries', async () => {
    const run = await runCli(['glossary', 'test', ...testGlossary]);
    expect(run.stdout).toMatch(/1 of 1 specs passed/);
    expect(run.code).toBe(0);
  });
  it('shows one entity and suggests ids for a typo', async () => {
    expect((await runCli(['glossary', 'show', ...testGlossary, 'kyiv'])).stdout).toMatch(/en:\n\s+- Kyiv/);
    const typo = await runCli(['glossary', 'show', ...testGlossary, 'borrell']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/did you mean josep-borrell/);
  });
});

describe('configuration', () => {
  it('finds canonym.config.json upward, applies its layers and rule severities, and points at its errors', async () => {
    const dir = newTempDir('canonym-');
    const { mkdirSync, cpSync } = await import('node:fs');
    cpSync(fixture('glossary'), join(dir, 'glossary'), { recursive: true });
    cpSync(fixture('house-style'), join(dir, 'house-style'), { recursive: true });
    writeFileSync(join(dir, 'canonym.config.json'), JSON.stringify({ shippedGlossary: false, glossary: ['glossary', 'house-style'], locale: 'en', rules: { 'known-variant': 'warning' } }));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'a.txt'), 'Sirens sounded across Kyiv overnight.\n');
    const cwd = process.cwd();
    process.chdir(join(dir, 'articles'));
    try {
      const run = await runCli(['check', '--format', 'json', 'a.txt']);
      const [d] = JSON.parse(run.stdout)[0].diagnostics;
      expect(d).toMatchObject({ ruleId: 'known-variant', severity: 'warning', found: 'Kyiv', expected: 'Kiev' });
      expect(run.code).toBe(0);
      writeFileSync(join(dir, 'canonym.config.json'), '{\n  "locale": "en",\n  "rules": { "known-variant": "loud" }\n}\n');
      const bad = await runCli(['check', 'a.txt']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/canonym\.config\.json:3:\d+: rules\.known-variant: /);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('suspected variants from the command line', () => {
  it('reports a suspect as a warning with a suggestion, and fixes it only above the configured score', async () => {
    const dir = newTempDir('canonym-');
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Vlaams Belang MP Phillip Deventerr posted a photo.\n');
    const check = await runCli(['check', ...testGlossary, '--locale', 'en', '--format', 'json', file]);
    expect(check.code).toBe(0); // a warning does not fail the build
    expect(JSON.parse(check.stdout)[0].diagnostics).toMatchObject([{ ruleId: 'suspected-variant', severity: 'warning', expected: 'Filip Dewinter', fix: null }]);
    expect((await runCli(['fix', ...testGlossary, '--locale', 'en', file])).stdout).toContain('Phillip Deventerr');
    writeFileSync(join(dir, 'canonym.config.json'), JSON.stringify({ suspects: { fixAbove: 0.9 } }));
    const fixed = await runCli(['fix', ...testGlossary, '--locale', 'en', '--config', join(dir, 'canonym.config.json'), file]);
    expect(fixed.stdout).toBe('Vlaams Belang MP Filip Dewinter posted a photo.\n');
  });
});

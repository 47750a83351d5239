/**
 * canonym as another project uses it: imported by its package name with types, and run through its bin. These
 * read the compiled package (dist/), which `npm ci` builds through `prepare`; rebuilt here so that it is never stale.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');
const project = mkdtempSync(join(tmpdir(), 'canonym-user-'));
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

beforeAll(() => {
  execFileSync(TSC, ['-p', join(ROOT, 'tsconfig.build.json')]);
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')]); // the bundle bin/canonym.js runs
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  symlinkSync(ROOT, join(project, 'node_modules', 'canonym'), 'dir');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user', type: 'module', private: true }));
}, 60_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

const run = (file: string) => spawnSync(process.execPath, [file], { cwd: project, encoding: 'utf8', env: { ...process.env } });

describe('the package', () => {
  it('is imported by its name: one checker, many texts', () => {
    writeFileSync(join(project, 'use.mjs'), `
import { createChecker } from 'canonym';
const checker = createChecker();
const a = checker.check('Vice-President Vera Yurova met Josep Borrell in Brussels.', { locale: 'en' });
const b = checker.fix('Le ministre Sergueï Lavrov a parlé avec Borel.', { locale: 'fr' });
const c = checker.localize('Josep Borrell visited Kyiv.', { from: 'en', to: ['ru'] });
console.log(JSON.stringify({ a: a.diagnostics.map((d) => [d.ruleId, d.found, d.fix?.text]), b: b.output, c: c[0].text }));
`);
    const result = run('use.mjs');
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout);
    expect(out.a).toContainEqual(['known-variant', 'Vera Yurova', 'Věra Jourová']);
    expect(out.c).toBe('Жозеп Боррель посетил Kyiv.'.replace('посетил', 'visited').replace('Kyiv', 'Киев'));
  });

  it('has types a TypeScript project compiles against, and they are not `any`', () => {
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['use.ts'] }));
    const good = `import { createChecker, type Diagnostic } from 'canonym';
const checker = createChecker({ rules: { 'suspected-variant': 'off' } });
const found: Diagnostic[] = checker.check('Vera Yurova', { locale: 'en' }).diagnostics;
export const first: string | undefined = found[0]?.ruleId;
`;
    writeFileSync(join(project, 'use.ts'), good);
    const ok = spawnSync(TSC, ['-p', project], { encoding: 'utf8' });
    expect(ok.stdout + ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    writeFileSync(join(project, 'use.ts'), `${good}export const wrong: number = checker.check('x').locale;\n`);
    const bad = spawnSync(TSC, ['-p', project], { encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/not assignable to type 'number'/);
  });

  it('runs its bin from compiled JavaScript, and --version without loading the CLI', () => {
    const bin = join(ROOT, 'bin', 'canonym.js');
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(VERSION);
    writeFileSync(join(project, 'a.txt'), 'Vice-President Vera Yurova met Josep Borrell.\n');
    const check = spawnSync(process.execPath, [bin, 'check', '--locale', 'en', join(project, 'a.txt')], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/Vera Yurova.*Věra Jourová/);
  });

  it('checks a folder on worker threads with the same report, in the same order, as on one thread', () => {
    const folder = join(project, 'articles');
    mkdirSync(folder);
    const texts = ['Vice-President Vera Yurova met Josep Borrell.', 'Nothing to see here.', 'Later Borel and Philip Deventer spoke in Kyiv.'];
    texts.forEach((text, i) => writeFileSync(join(folder, `a${i}.txt`), `${text}\n`.repeat(50)));
    writeFileSync(join(folder, 'broken.txt'), Buffer.from([0x66, 0xff, 0x66]));
    const run = (jobs: number) => spawnSync(process.execPath, [join(ROOT, 'bin', 'canonym.js'), 'check', '--locale', 'en', '--format', 'json', '--jobs', String(jobs), folder], { encoding: 'utf8' });
    const one = run(1);
    const two = run(2);
    expect(two.status).toBe(2); // the undecodable file: reported, the rest still checked
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const reports = JSON.parse(two.stdout) as Array<{ path: string; diagnostics: unknown[] }>;
    expect(reports.map((r) => r.path.split('/').pop())).toEqual(['a0.txt', 'a1.txt', 'a2.txt']);
    expect(reports[0]!.diagnostics.length).toBeGreaterThan(0);
    expect(two.stderr).toMatch(/broken\.txt/);
  });

  it('reads a stored index without loading what only a build needs', () => {
    // Every module the run loads: ES modules through a loader hook, and what require() loaded (the lazy ones: the
    // build, YAML, zod, micromark) from require.cache at exit. The second run finds the index the first one stored.
    writeFileSync(join(project, 'hooks.mjs'), 'export async function load(url, context, next) { process.stderr.write(`LOADED ${url}\\n`); return next(url, context); }\n');
    writeFileSync(join(project, 'register.mjs'), `import { createRequire, register } from 'node:module';
register('./hooks.mjs', import.meta.url);
const { cache } = createRequire(import.meta.url);
process.on('exit', () => { for (const path of Object.keys(cache)) process.stderr.write(\`LOADED \${path}\\n\`); });
`);
    writeFileSync(join(project, 'b.txt'), 'Vice-President Vera Yurova met Josep Borrell.\n');
    const env = { ...process.env, CANONYM_CACHE_DIR: join(project, 'cache-loads') };
    const loaded = () => {
      const r = spawnSync(process.execPath, ['--import', join(project, 'register.mjs'), join(ROOT, 'bin', 'canonym.js'), 'check', '--locale', 'en', join(project, 'b.txt')], { encoding: 'utf8', env });
      expect(r.stdout).toMatch(/Vera Yurova.*Věra Jourová/);
      return r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7));
    };
    const buildOnly = /\/dist\/(variants|translit|store\/build|match\/build-index|fuzzy\/fuzzy-build|glossary\/(load|parse|schema|merge))\b|node_modules\/(yaml|zod|micromark|mdast-util-from-markdown)\//;
    const cold = loaded();
    expect(cold.filter((u) => buildOnly.test(u)).length).toBeGreaterThan(0); // seen when they do load
    const warm = loaded();
    expect(warm.filter((u) => buildOnly.test(u))).toEqual([]);
    expect(warm.length).toBeGreaterThan(20);
  }, 180_000); // the first run builds the index
});

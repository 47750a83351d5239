/**
 * `canonym locales` on real locale trees from public repositories (issue 13): findings per rule and tree, CPU
 * time against a floor (reading every file and JSON.parse), peers side by side when they are installed, and
 * precision per rule from findings labelled by reading them (test/fixtures/locales-real/labels.json).
 *
 * The trees are not in this repository: each is taken at a fixed commit from a git mirror (the `fetch` tool puts
 * them in /work/.mirror/<owner>+<name>/repo), with `git archive`. Not a test: run it by hand.
 *
 *   npx tsx scripts/measure-locales.ts                          # every tree, counts and CPU
 *   npx tsx scripts/measure-locales.ts --tree mattermost-mobile --runs 3
 *   npx tsx scripts/measure-locales.ts --samples /tmp/samples.md  # 20 findings per rule to label
 *   npx tsx scripts/measure-locales.ts --before /tmp/before       # counts of an older canonym, JSON per tree
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { extractTree } from './real-trees.ts';
import { fingerprint } from '../src/locales/baseline.ts';
import { LOCALE_RULES } from '../src/locales/index.ts';
import type { Diagnostic } from '../src/diagnostic.ts';

interface Tree {
  name: string;
  repo: string;
  commit: string;
  path: string;
  licence: string;
  /** What kind of tree it is. */
  flavour: string;
  args: string[];
}

export const TREES: Tree[] = [
  { name: 'excalidraw', repo: 'excalidraw/excalidraw', commit: '4872083c044491b6d5c96ae134a75464f96d6831', path: 'packages/excalidraw/locales', licence: 'MIT', flavour: 'i18next-like, one file per locale, Crowdin "" for untranslated', args: [] },
  { name: 'mattermost-mobile', repo: 'mattermost/mattermost-mobile', commit: '06ed862d222012d7c9d0d9fc6111399ad60cf7fa', path: 'assets/base/i18n', licence: 'Apache-2.0', flavour: 'ICU MessageFormat (react-intl), flat keys', args: [] },
  { name: 'frigate', repo: 'blakeblackshear/frigate', commit: 'e3fa70189324e5eb3b1dba756c153f6696f457de', path: 'web/public/locales', licence: 'MIT', flavour: 'react-i18next, <lng>/<namespace>.json, nested keys, v4 plurals', args: [] },
  { name: 'jellyfin-web', repo: 'jellyfin/jellyfin-web', commit: 'f330b7bc8b6fc9c0d937659919fa82a9564e2ec0', path: 'src/strings', licence: 'GPL-2.0', flavour: 'flat JSON with positional {0} placeholders (a project pattern)', args: ['--base', 'en-US', '--syntax', 'i18next', '--placeholder', '\\{\\d+\\}'] },
  { name: 'outline', repo: 'outline/outline', commit: 'd77dcdf853868c5d5fe125c895c9b71f0eff5c68', path: 'shared/i18n/locales', licence: 'BSL-1.1', flavour: 'i18next, English sentences as keys, <lng_REGION>/translation.json', args: ['--base', 'en-US'] },
  { name: 'etherpad', repo: 'ether/etherpad-lite', commit: 'b827f5b3d93bc79fc9014c7d9f8b900956b8af65', path: 'src/locales', licence: 'Apache-2.0', flavour: 'translatewiki html10n, {{x}}, @metadata', args: [] },
];

const { values } = parseArgs({
  options: {
    mirror: { type: 'string', default: '/work/.mirror' },
    work: { type: 'string', default: join(tmpdir(), 'canonym-measure-locales') },
    tree: { type: 'string', multiple: true },
    runs: { type: 'string', default: '1' },
    samples: { type: 'string' },
    'per-rule': { type: 'string', default: '20' },
    before: { type: 'string' },
    labels: { type: 'string', default: 'test/fixtures/locales-real/labels.json' },
  },
});

const ROOT = new URL('..', import.meta.url).pathname;
const trees = TREES.filter((t) => !values.tree?.length || values.tree.includes(t.name));

const extract = (tree: Tree): string => extractTree(tree, values.work!, values.mirror!);

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (name.endsWith('.json')) out.push(path);
  }
  return out;
}

/** The floor: read every JSON file and JSON.parse it, the least any checker must do. CPU ms, best of 3. */
function floor(dir: string): number {
  const paths = files(dir);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage();
    for (const p of paths) {
      try {
        JSON.parse(readFileSync(p, 'utf8'));
      } catch {
        // a broken file costs its read
      }
    }
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

interface Run {
  cpuMs: number;
  reports: Array<{ path: string; locale: string; diagnostics: Diagnostic[] }>;
}

/** canonym locales as a user runs it (a child process), CPU from the kernel's accounting. */
function canonym(dir: string, args: string[]): Run {
  const out = join(values.work, 'out.json');
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', join(values.work, 'time'), process.execPath, '--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'locales', dir, '--format', 'json', ...args], {
    cwd: ROOT, maxBuffer: 1 << 30, encoding: 'utf8',
  });
  writeFileSync(out, r.stdout);
  const [user, system] = readFileSync(join(values.work, 'time'), 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { cpuMs: ((user ?? 0) + (system ?? 0)) * 1000, reports: JSON.parse(r.stdout || '[]') };
}

/** A peer, when it can be run here without installing anything. */
function peers(): string[] {
  const found: string[] = [];
  if (existsSync(join(ROOT, 'node_modules/@lingual/i18n-check'))) found.push('i18n-check');
  if (existsSync(join(ROOT, 'node_modules/eslint-plugin-i18n-json'))) found.push('eslint-plugin-i18n-json');
  if (spawnSync('pofilter', ['--version']).status === 0) found.push('pofilter');
  return found;
}

const counts = (reports: Run['reports']) => {
  const c: Record<string, number> = {};
  for (const r of reports) for (const d of r.diagnostics) c[d.ruleId] = (c[d.ruleId] ?? 0) + 1;
  return c;
};

const defaultOn = new Set(LOCALE_RULES.filter((r) => r.meta.defaultSeverity !== 'off' && r.meta.id !== 'unused-key').map((r) => r.meta.id));
const labels: Record<string, { label: 'tp' | 'fp'; why?: string }> = existsSync(join(ROOT, values.labels)) ? JSON.parse(readFileSync(join(ROOT, values.labels), 'utf8')) : {};
const sampled = new Map<string, Array<{ id: string; text: string }>>();
const perRule = Number(values['per-rule']);

const installed = peers();
console.log(`peers runnable here: ${installed.length ? installed.join(', ') : 'none (@lingual/i18n-check, eslint-plugin-i18n-json and translate-toolkit are not installed)'}`);
console.log('');
const table: string[] = [];
for (const tree of trees) {
  const dir = extract(tree);
  const floorMs = floor(dir);
  let best: Run | undefined;
  for (let i = 0; i < Number(values.runs); i++) {
    const run = canonym(dir, tree.args);
    if (!best || run.cpuMs < best.cpuMs) best = run;
  }
  const now = counts(best!.reports);
  const before = values.before && existsSync(join(values.before, `${tree.name}.json`)) ? counts(JSON.parse(readFileSync(join(values.before, `${tree.name}.json`), 'utf8'))) : undefined;
  const nFiles = files(dir).length;
  console.log(`## ${tree.name} (${tree.repo}@${tree.commit.slice(0, 10)}, ${tree.path}, ${tree.licence}): ${tree.flavour}`);
  console.log(`files ${nFiles}; CPU ${best!.cpuMs.toFixed(0)} ms (best of ${values.runs}); floor (read + JSON.parse) ${floorMs.toFixed(1)} ms; ratio ${(best!.cpuMs / floorMs).toFixed(0)}×`);
  const rules = [...new Set([...Object.keys(now), ...Object.keys(before ?? {})])].sort((a, b) => (now[b] ?? 0) - (now[a] ?? 0) || a.localeCompare(b));
  for (const rule of rules) console.log(`  ${rule.padEnd(24)} ${String(now[rule] ?? 0).padStart(7)}${before ? `   (before ${before[rule] ?? 0})` : ''}`);
  console.log('');
  table.push(`| ${tree.name} | ${nFiles} | ${best!.cpuMs.toFixed(0)} | ${floorMs.toFixed(1)} |`);
  // Samples: findings spread evenly over each rule's list, so that one locale does not fill the sample.
  const byRule = new Map<string, Array<{ path: string; d: Diagnostic }>>();
  for (const r of best!.reports) for (const d of r.diagnostics) byRule.set(d.ruleId, [...(byRule.get(d.ruleId) ?? []), { path: r.path, d }]);
  for (const [rule, list] of byRule) {
    const step = Math.max(1, Math.floor(list.length / perRule));
    const picked = sampled.get(rule) ?? [];
    for (let i = 0; i < list.length && picked.length < perRule * trees.length; i += step) {
      const { path, d } = list[i]!;
      const line = readFileSync(path, 'utf8').split('\n')[d.line - 1]?.trim() ?? '';
      picked.push({ id: `${tree.name}\t${fingerprint(dir, path, d)}`, text: `${tree.name} ${relative(dir, path)}:${d.line} ${d.message}\n    ${line.slice(0, 300)}` });
    }
    sampled.set(rule, picked);
  }
}

console.log('| tree | files | canonym CPU ms | floor ms |\n|---|---|---|---|\n' + table.join('\n'));
console.log('');
console.log('precision by reading (labels in ' + values.labels + '):');
for (const [rule, list] of [...sampled].sort()) {
  const labelled = list.filter((s) => labels[s.id]);
  const tp = labelled.filter((s) => labels[s.id]!.label === 'tp').length;
  const mark = defaultOn.has(rule) || !LOCALE_RULES.some((r) => r.meta.id === rule) ? '' : ' (opt-in)';
  console.log(`  ${rule.padEnd(24)} ${labelled.length ? `${((tp / labelled.length) * 100).toFixed(0)}% of ${labelled.length}` : 'not labelled'}${mark}`);
}
if (values.samples) {
  const md = [...sampled].sort().map(([rule, list]) => `# ${rule}\n\n${list.map((s) => `- [${labels[s.id]?.label ?? '  '}] ${s.id.replace(/\t/g, ' | ')}\n  ${s.text}`).join('\n')}`).join('\n\n');
  writeFileSync(values.samples, md + '\n');
  console.log(`samples written to ${values.samples}`);
}

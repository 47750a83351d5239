/**
 * `canonym locales` side by side with its peers on real public locale trees of every format it reads (issue 13
 * §5): findings per rule, CPU time against each peer and a parse floor, the defects only canonym finds and those
 * only a peer finds (matched by file and key), and precision per rule from sampled findings labelled by reading
 * the strings (test/fixtures/locales/labels.json).
 *
 * The trees are not in this repository: each is taken at a fixed commit from a git mirror (the `fetch` tool puts
 * them in /work/.mirror/<owner>+<name>/repo) with `git archive`. The peers are not dependencies of canonym; they
 * are run from a folder given with --peers, installed there by hand:
 *
 *   mkdir peers && cd peers && npm init -y && npm install @lingual/i18n-check eslint eslint-plugin-i18n-json
 *   apt-get install translate-toolkit        # pofilter
 *
 *   npx tsx scripts/compare-locales.ts --peers /work/peers                 # every tree
 *   npx tsx scripts/compare-locales.ts --peers /work/peers --tree bleachbit --runs 3
 *   npx tsx scripts/compare-locales.ts --samples /tmp/samples.md          # findings to label, 20 per rule
 *   npx tsx scripts/compare-locales.ts --json /tmp/compare.json           # every figure as JSON
 *   npx tsx scripts/compare-locales.ts --canonym /tmp/canonym-head       # time a clean export (git archive HEAD)
 *
 * canonym is timed as its compiled CLI (bin/canonym.js) when dist/ is built (`npm run build`), else through tsx.
 *
 * Not a test: run it by hand. A peer that is not installed is left out and said so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { extractTree } from './real-trees.ts';
import { XMLParser } from 'fast-xml-parser';
import { po } from 'gettext-parser';
import { fingerprint } from '../src/locales/baseline.ts';
import { LOCALE_RULES } from '../src/locales/index.ts';
import type { Diagnostic } from '../src/diagnostic.ts';

interface Tree {
  name: string;
  repo: string;
  commit: string;
  path: string;
  licence: string;
  format: 'json' | 'po' | 'arb' | 'android' | 'xliff';
  /** What kind of tree it is. */
  flavour: string;
  args: string[];
  /** i18n-check's --format, for the JSON trees it reads. */
  i18nCheck?: 'i18next' | 'react-intl';
  /** eslint-plugin-i18n-json: the message syntax, for trees of one file per locale. */
  eslint?: 'icu' | 'non-empty-string';
  base: string;
}

export const TREES: Tree[] = [
  { name: 'excalidraw', repo: 'excalidraw/excalidraw', commit: '4872083c044491b6d5c96ae134a75464f96d6831', path: 'packages/excalidraw/locales', licence: 'MIT', format: 'json', flavour: 'i18next-like, one file per locale, Crowdin "" for untranslated', args: [], i18nCheck: 'i18next', eslint: 'non-empty-string', base: 'en' },
  { name: 'mattermost-mobile', repo: 'mattermost/mattermost-mobile', commit: '06ed862d222012d7c9d0d9fc6111399ad60cf7fa', path: 'assets/base/i18n', licence: 'Apache-2.0', format: 'json', flavour: 'ICU MessageFormat (react-intl), flat keys', args: [], i18nCheck: 'react-intl', eslint: 'icu', base: 'en' },
  { name: 'frigate', repo: 'blakeblackshear/frigate', commit: 'e3fa70189324e5eb3b1dba756c153f6696f457de', path: 'web/public/locales', licence: 'MIT', format: 'json', flavour: 'react-i18next, <lng>/<namespace>.json, nested keys, v4 plurals', args: [], i18nCheck: 'i18next', base: 'en' },
  { name: 'jellyfin-web', repo: 'jellyfin/jellyfin-web', commit: 'f330b7bc8b6fc9c0d937659919fa82a9564e2ec0', path: 'src/strings', licence: 'GPL-2.0', format: 'json', flavour: 'flat JSON with positional {0} placeholders (a project pattern)', args: ['--base', 'en-US', '--syntax', 'i18next', '--placeholder', '\\{\\d+\\}'], i18nCheck: 'i18next', eslint: 'non-empty-string', base: 'en-us' },
  { name: 'outline', repo: 'outline/outline', commit: 'd77dcdf853868c5d5fe125c895c9b71f0eff5c68', path: 'shared/i18n/locales', licence: 'BSL-1.1', format: 'json', flavour: 'i18next, English sentences as keys, <lng_REGION>/translation.json', args: ['--base', 'en-US'], i18nCheck: 'i18next', base: 'en_US' },
  { name: 'etherpad', repo: 'ether/etherpad-lite', commit: 'b827f5b3d93bc79fc9014c7d9f8b900956b8af65', path: 'src/locales', licence: 'Apache-2.0', format: 'json', flavour: 'translatewiki html10n, {{x}}, @metadata', args: [], i18nCheck: 'i18next', eslint: 'non-empty-string', base: 'en' },
  { name: 'bleachbit', repo: 'bleachbit/bleachbit', commit: 'd81e0b93a62c5d51f7c41edcfd8b11bb18543b94', path: 'po', licence: 'GPL-3.0', format: 'po', flavour: 'gettext PO (Python), 61 languages, Plural-Forms', args: [], base: 'en' },
  { name: 'yubioath-flutter', repo: 'Yubico/yubioath-flutter', commit: '6b816b1d2d700a7f8dfe212d8a9b19c113c03c1d', path: 'lib/l10n', licence: 'Apache-2.0', format: 'arb', flavour: 'Flutter ARB (ICU), app_<lng>.arb', args: [], base: 'en' },
  { name: 'anexplorer', repo: '1hakr/AnExplorer', commit: 'e856926de57c4e403b8678bf3b289ac618065648', path: 'app/src/main/res', licence: 'Apache-2.0', format: 'android', flavour: 'Android strings.xml, values-<lng>(-r<REGION>), 75 locales', args: [], base: 'en' },
  { name: 'linotp-selfservice', repo: 'LinOTP/selfservice', commit: '6585e5da0973add5d5c67a18f5deb0d37bf61f76', path: 'src/locale', licence: 'AGPL-3.0', format: 'xliff', flavour: 'Angular XLIFF 1.2 (messages.de.xlf), inline <x/> codes', args: [], base: 'en' },
];

const { values } = parseArgs({
  options: {
    mirror: { type: 'string', default: '/work/.mirror' },
    work: { type: 'string', default: join(tmpdir(), 'canonym-compare-locales') },
    peers: { type: 'string' },
    tree: { type: 'string', multiple: true },
    runs: { type: 'string', default: '1' },
    samples: { type: 'string' },
    'per-rule': { type: 'string', default: '20' },
    labels: { type: 'string', multiple: true, default: ['test/fixtures/locales-real/labels.json', 'test/fixtures/locales/labels.json'] },
    /** A checkout of canonym to run (default this one): a clean export of a commit, so that work in progress does not count. */
    canonym: { type: 'string' },
    json: { type: 'string' },
  },
});

const ROOT = new URL('..', import.meta.url).pathname;
const trees = TREES.filter((t) => !values.tree?.length || values.tree.includes(t.name));

const extract = (tree: Tree): string => extractTree(tree, values.work!, values.mirror!);

const EXTENSIONS: Record<Tree['format'], RegExp> = { json: /\.json$/, po: /\.po$/, arb: /\.arb$/, android: /\/values[^/]*\/strings\.xml$/, xliff: /\.xlf$/ };

function files(dir: string, format: Tree['format']): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, format));
    else if (EXTENSIONS[format].test(path)) out.push(path);
  }
  return out;
}

/** The floor: read every file and parse it with the format's ordinary parser, the least any checker does. CPU ms, best of 3. */
function floor(dir: string, format: Tree['format']): number {
  const paths = files(dir, format);
  const xml = new XMLParser();
  const parse: (text: string) => unknown = format === 'po' ? (t) => po.parse(t) : format === 'android' || format === 'xliff' ? (t) => xml.parse(t) : (t) => JSON.parse(t);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage();
    for (const p of paths) {
      try {
        parse(readFileSync(p, 'utf8'));
      } catch {
        // a broken file costs its read
      }
    }
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** CPU ms (user + system) of a child process, from the kernel's accounting via /usr/bin/time. */
function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): { cpuMs: number; stdout: string; stderr: string } {
  const timeFile = join(values.work, 'time');
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, command, ...args], { cwd, env, maxBuffer: 1 << 30, encoding: 'utf8' });
  const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { cpuMs: ((user ?? 0) + (system ?? 0)) * 1000, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

interface Finding {
  file: string;
  key: string;
  check: string;
}

type Reports = Array<{ path: string; locale: string; diagnostics: Diagnostic[] }>;

/** The key a canonym message names: messages start with "<key>: ". */
const keyOf = (message: string) => {
  const at = message.indexOf(': ');
  return at > 0 ? message.slice(0, at) : '';
};

function runCanonym(dir: string, tree: Tree): { cpuMs: number; reports: Reports } {
  const root = values.canonym ?? ROOT;
  // The compiled CLI, as users run it (`npm run build` first); tsx, which compiles every module on each start and
  // adds CPU of its own (0.5 s on mattermost-mobile), only where nothing is built.
  const cli = existsSync(join(root, 'dist/cli/main.js')) ? [join(root, 'bin/canonym.js')] : ['--import', 'tsx', join(root, 'src/cli/main.ts')];
  const r = timed(process.execPath, [...cli, 'locales', dir, '--format', 'json', ...tree.args], root);
  return { cpuMs: r.cpuMs, reports: JSON.parse(r.stdout || '[]') as Reports };
}

// Peers ------------------------------------------------------------------------------------------------------------

interface PeerRun {
  peer: string;
  cpuMs: number;
  findings: Finding[];
}

function i18nCheck(peers: string, dir: string, tree: Tree): PeerRun | undefined {
  const bin = join(peers, 'node_modules/.bin/i18n-check');
  if (!existsSync(bin) || !tree.i18nCheck) return undefined;
  const r = timed(bin, ['-l', dir, '-s', tree.base, '-f', tree.i18nCheck], dir);
  const findings: Finding[] = [];
  let check = '';
  for (const line of `${r.stdout}\n${r.stderr}`.split('\n')) {
    if (/Found missing keys/.test(line)) check = 'missingKeys';
    else if (/Found invalid keys/.test(line)) check = 'invalidKeys';
    const m = /^│\s*(\S+)\s*│\s*(.+?)\s*│/.exec(line);
    if (m && m[1] !== 'file' && check) findings.push({ file: relative(dir, m[1]!), key: m[2]!, check });
    // A message it cannot parse stops it: "Error in translation file "…": Failed to parse translation key "k""
    const e = /Error in translation file "([^"]+)": Failed to parse translation key "([^"]+)"/.exec(line);
    if (e) findings.push({ file: relative(dir, e[1]!), key: e[2]!, check: 'parse-error (stops the run)' });
  }
  return { peer: 'i18n-check', cpuMs: r.cpuMs, findings };
}

/** eslint-plugin-i18n-json 4 with ESLint 10: its rules call context.getFilename(), which ESLint 10 dropped, so the config gives them the old names. */
function eslintConfig(peers: string, syntax: string): string {
  const file = join(values.work, `eslint-${syntax}.config.cjs`);
  writeFileSync(file, `const plugin = require(${JSON.stringify(join(peers, 'node_modules/eslint-plugin-i18n-json'))});
const legacy = (c) => new Proxy(c, { get: (t, p) => (p === 'getFilename' ? () => t.filename : p === 'getSourceCode' ? () => t.sourceCode : p === 'getCwd' ? () => t.cwd : Reflect.get(t, p)) });
const rules = Object.fromEntries(Object.entries(plugin.rules).map(([n, r]) => [n, { ...r, create: (c) => r.create(legacy(c)) }]));
module.exports = [{
  files: ['**/*.json'],
  plugins: { 'i18n-json': { ...plugin, rules } },
  processor: plugin.processors['.json'],
  rules: {
    'i18n-json/valid-message-syntax': ['error', { syntax: ${JSON.stringify(syntax)} }],
    'i18n-json/valid-json': 'error',
    'i18n-json/identical-keys': ['error', { filePath: process.env.I18N_BASE }],
    'i18n-json/identical-placeholders': ['error', { filePath: process.env.I18N_BASE }],
  },
}];
`);
  return file;
}

function eslint(peers: string, dir: string, tree: Tree): PeerRun | undefined {
  const bin = join(peers, 'node_modules/.bin/eslint');
  if (!existsSync(bin) || !existsSync(join(peers, 'node_modules/eslint-plugin-i18n-json')) || !tree.eslint) return undefined;
  const base = `${tree.base}.json`;
  const targets = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== base);
  const r = timed(bin, ['--no-config-lookup', '-c', eslintConfig(peers, tree.eslint), '-f', 'json', ...targets], dir, { ...process.env, I18N_BASE: join(dir, base) });
  const findings: Finding[] = [];
  let results: Array<{ filePath: string; messages: Array<{ ruleId: string | null; message: string }> }> = [];
  try {
    results = JSON.parse(r.stdout);
  } catch {
    return { peer: 'eslint-plugin-i18n-json', cpuMs: r.cpuMs, findings: [] };
  }
  for (const f of results) {
    for (const m of f.messages) {
      const rule = (m.ruleId ?? '').replace('i18n-json/', '');
      // The messages are jest diffs of nested objects: "+" lines are the file's, "-" lines the base's, and the
      // indentation gives the nesting (two spaces a level). After a hunk header (@@) the parents are not shown.
      const path: string[] = [];
      let hunked = false;
      for (const line of m.message.split('\n')) {
        if (line.startsWith('@@')) hunked = true;
        const d = /^([-+ ])(\s+)"([^"]+)":\s*(.*)$/.exec(line);
        if (!d) continue;
        const [, sign, indent, name, rest] = d;
        const depth = Math.max(0, (indent!.length + 1 - 4) >> 1);
        path.length = depth;
        if (rest === 'Object {') {
          path[depth] = name!;
          continue;
        }
        if (sign === ' ') continue;
        const key = hunked && depth > 0 ? `(somewhere).${name!}` : [...path, name!].join('.');
        if (rule === 'valid-message-syntax' && sign === '+' && rest!.includes('===>')) findings.push({ file: relative(dir, f.filePath), key: key!, check: `${rule}${/Message is Empty/.test(rest!) ? ' (empty)' : ''}` });
        if (rule === 'identical-placeholders' && sign === '+') findings.push({ file: relative(dir, f.filePath), key: key!, check: rule });
        if (rule === 'identical-keys') findings.push({ file: relative(dir, f.filePath), key: key!, check: sign === '-' ? 'identical-keys (missing)' : 'identical-keys (extra)' });
      }
    }
  }
  return { peer: 'eslint-plugin-i18n-json', cpuMs: r.cpuMs, findings };
}

/** translate-toolkit's pofilter, every test it runs by default, on each PO file; fuzzy units left out as canonym does. */
function pofilter(dir: string, tree: Tree): PeerRun | undefined {
  if (tree.format !== 'po' || spawnSync('pofilter', ['--version']).status !== 0) return undefined;
  const out = join(values.work, 'pofilter');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const r = timed('pofilter', ['--progress=none', '--nofuzzy', '-i', dir, '-o', out], dir);
  const findings: Finding[] = [];
  for (const path of files(out, 'po')) {
    for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
      const tests = [...block.matchAll(/^# \(pofilter\) ([\w-]+):/gm)].map((m) => m[1]!);
      if (!tests.length) continue;
      const quoted = (keyword: string) => {
        const m = new RegExp(`^${keyword} ((?:"(?:[^"\\\\]|\\\\.)*"\\s*)+)`, 'm').exec(block);
        return m ? [...m[1]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((q) => JSON.parse(`"${q[1]!.replace(/\\'/g, "'")}"`) as string).join('') : '';
      };
      const ctxt = quoted('msgctxt');
      const key = ctxt ? `${ctxt}::${quoted('msgid')}` : quoted('msgid');
      for (const test of tests) findings.push({ file: relative(out, path), key, check: test });
    }
  }
  return { peer: 'pofilter', cpuMs: r.cpuMs, findings };
}

// The run ------------------------------------------------------------------------------------------------------------

const counts = (reports: Reports) => {
  const c: Record<string, number> = {};
  for (const r of reports) for (const d of r.diagnostics) c[d.ruleId] = (c[d.ruleId] ?? 0) + 1;
  return c;
};

const defaultOn = new Set(LOCALE_RULES.filter((r) => r.meta.defaultSeverity !== 'off' && r.meta.id !== 'unused-key').map((r) => r.meta.id));
// Labels of earlier rounds (scripts/measure-locales.ts, the JSON trees) and of this script's, by the same ids.
const labels: Record<string, { label: 'tp' | 'fp'; why?: string }> = {};
for (const file of values.labels) if (existsSync(join(ROOT, file))) Object.assign(labels, JSON.parse(readFileSync(join(ROOT, file), 'utf8')));
const perRule = Number(values['per-rule']);
const sampled = new Map<string, Array<{ id: string; text: string }>>();
// Structural findings every peer reports alike: compared, but not "defects only canonym finds".
const STRUCTURAL = new Set(['missing-key', 'extra-key', 'empty-value']);

if (!values.peers) console.log('no --peers folder: canonym alone (see the head of this script for installing the peers)\n');
mkdirSync(values.work, { recursive: true });
// One untimed run first, so that the glossary's index is built and stored before anything is timed.
runCanonym(join(ROOT, 'test/fixtures/locale-tree'), { ...TREES[0]!, args: [] });
const summary: unknown[] = [];
const cpuTable: string[] = [];

for (const tree of trees) {
  const dir = extract(tree);
  const nFiles = files(dir, tree.format).length;
  const floorMs = floor(dir, tree.format);
  let best: ReturnType<typeof runCanonym> | undefined;
  const peerRuns = new Map<string, PeerRun>();
  for (let i = 0; i < Number(values.runs); i++) {
    // Interleaved, so that a busy machine slows every tool alike.
    const run = runCanonym(dir, tree);
    if (!best || run.cpuMs < best.cpuMs) best = run;
    if (values.peers) {
      for (const p of [i18nCheck(values.peers, dir, tree), eslint(values.peers, dir, tree), pofilter(dir, tree)]) {
        if (!p) continue;
        const before = peerRuns.get(p.peer);
        if (!before || p.cpuMs < before.cpuMs) peerRuns.set(p.peer, p);
      }
    }
  }
  const ours = counts(best!.reports);
  console.log(`## ${tree.name} (${tree.repo}@${tree.commit.slice(0, 10)}, ${tree.path}, ${tree.licence}): ${tree.flavour}`);
  const peerCpu = [...peerRuns.values()].map((p) => `${p.peer} ${p.cpuMs.toFixed(0)} ms (canonym ${(best!.cpuMs / p.cpuMs).toFixed(1)}×)`).join('; ');
  console.log(`files ${nFiles}; CPU canonym ${best!.cpuMs.toFixed(0)} ms (best of ${values.runs}); floor (read + parse) ${floorMs.toFixed(1)} ms (${(best!.cpuMs / floorMs).toFixed(0)}×)${peerCpu ? `; ${peerCpu}` : ''}`);
  for (const [rule, n] of Object.entries(ours).sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(24)} ${String(n).padStart(7)}`);

  // Overlap by file and key.
  const ourKeys = new Map<string, Set<string>>();
  for (const r of best!.reports) {
    for (const d of r.diagnostics) {
      const k = `${relative(dir, r.path)}\t${keyOf(d.message)}`;
      if (!ourKeys.has(k)) ourKeys.set(k, new Set());
      ourKeys.get(k)!.add(d.ruleId);
    }
  }
  const peerKeys = new Map<string, Set<string>>();
  for (const p of peerRuns.values()) {
    const byCheck = new Map<string, number>();
    for (const f of p.findings) {
      byCheck.set(f.check, (byCheck.get(f.check) ?? 0) + 1);
      const k = `${f.file}\t${f.key}`;
      if (!peerKeys.has(k)) peerKeys.set(k, new Set());
      peerKeys.get(k)!.add(`${p.peer}:${f.check}`);
    }
    console.log(`  ${p.peer}: ${[...byCheck].map(([c, n]) => `${c} ${n}`).join(', ') || 'nothing'}`);
  }
  const onlyOurs = [...ourKeys].filter(([k, rules]) => !peerKeys.has(k) && [...rules].some((r) => !STRUCTURAL.has(r)));
  const onlyPeers = [...peerKeys].filter(([k]) => !ourKeys.has(k));
  const onlyOursByRule: Record<string, number> = {};
  for (const [, rules] of onlyOurs) for (const r of rules) if (!STRUCTURAL.has(r)) onlyOursByRule[r] = (onlyOursByRule[r] ?? 0) + 1;
  const onlyPeersByCheck: Record<string, number> = {};
  for (const [, checks] of onlyPeers) for (const c of checks) onlyPeersByCheck[c] = (onlyPeersByCheck[c] ?? 0) + 1;
  if (peerRuns.size) {
    console.log(`  keys only canonym reports (beyond missing/extra/empty): ${onlyOurs.length} ${JSON.stringify(onlyOursByRule)}`);
    console.log(`  keys only a peer reports: ${onlyPeers.length} ${JSON.stringify(onlyPeersByCheck)}`);
    for (const [k, checks] of onlyPeers.slice(0, 5)) console.log(`    e.g. ${k.replace('\t', ' ')}  [${[...checks].join(', ')}]`);
  }
  console.log('');
  cpuTable.push(`| ${tree.name} | ${tree.format} | ${nFiles} | ${best!.cpuMs.toFixed(0)} | ${[...peerRuns.values()].map((p) => `${p.peer} ${p.cpuMs.toFixed(0)}`).join(', ') || '–'} | ${floorMs.toFixed(0)} |`);
  summary.push({ tree: tree.name, repo: tree.repo, commit: tree.commit, format: tree.format, files: nFiles, cpuMs: best!.cpuMs, floorMs, findings: ours, peers: Object.fromEntries([...peerRuns.values()].map((p) => [p.peer, { cpuMs: p.cpuMs, findings: p.findings.length }])), onlyCanonym: onlyOursByRule, onlyPeers: onlyPeersByCheck });

  // Samples, spread evenly over each rule's list so that one locale does not fill them.
  const byRule = new Map<string, Array<{ path: string; d: Diagnostic }>>();
  for (const r of best!.reports) {
    for (const d of r.diagnostics) {
      let list = byRule.get(d.ruleId);
      if (!list) byRule.set(d.ruleId, (list = []));
      list.push({ path: r.path, d });
    }
  }
  for (const [rule, list] of byRule) {
    const step = Math.max(1, Math.floor(list.length / perRule));
    const picked = sampled.get(rule) ?? [];
    for (let i = 0, n = 0; i < list.length && n < perRule; i += step, n++) {
      const { path, d } = list[i]!;
      const line = existsSync(path) ? (readFileSync(path, 'utf8').split('\n')[d.line - 1]?.trim() ?? '') : '(no such file)';
      picked.push({ id: `${tree.name}\t${fingerprint(dir, path, d)}`, text: `${tree.name} ${relative(dir, path)}:${d.line}:${d.column} ${d.message}\n    ${line.slice(0, 300)}` });
    }
    sampled.set(rule, picked);
  }
}

console.log('| tree | format | files | canonym CPU ms | peers CPU ms | floor ms |\n|---|---|---|---|---|---|\n' + cpuTable.join('\n'));
console.log('');
console.log(`precision by reading (labels in ${values.labels.join(', ')}), per rule over the trees above:`);
const precision: Record<string, { labelled: number; tp: number; trees: string[] }> = {};
for (const [rule, list] of [...sampled].sort()) {
  const labelled = list.filter((s) => labels[s.id]);
  const tp = labelled.filter((s) => labels[s.id]!.label === 'tp').length;
  const on = defaultOn.has(rule) || !LOCALE_RULES.some((r) => r.meta.id === rule);
  precision[rule] = { labelled: labelled.length, tp, trees: [...new Set(labelled.map((s) => s.id.split('\t')[0]!))] };
  console.log(`  ${rule.padEnd(24)} ${labelled.length ? `${((tp / labelled.length) * 100).toFixed(0)}% of ${labelled.length} (${list.length} sampled)` : `not labelled (${list.length} sampled)`}${on ? '' : ' (opt-in)'}`);
}
if (values.samples) {
  const md = [...sampled].sort().map(([rule, list]) => `# ${rule}\n\n${list.map((s) => `- [${labels[s.id]?.label ?? '  '}] ${s.id.replace(/\t/g, ' | ')}\n  ${s.text}`).join('\n')}`).join('\n\n');
  writeFileSync(values.samples, md + '\n');
  console.log(`samples written to ${values.samples}`);
}
if (values.json) {
  writeFileSync(values.json, JSON.stringify({ trees: summary, precision }, null, 1) + '\n');
  console.log(`figures written to ${values.json}`);
}

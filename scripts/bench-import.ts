/**
 * Speed and memory of `canonym glossary import wikidata` on generated dumps in the real dump's shape: `[`, one entity
 * per line followed by a comma, `]`, gzip-compressed as Wikidata publishes it; each entity with labels in 14
 * languages, descriptions, aliases, sitelinks and the claims the import reads (P31, P21, P1559, P1448 with P582).
 *
 *   npm run bench:import                          # 100,000 and 1,000,000 entities
 *   npm run bench:import -- --sizes 10000         # any sizes
 *   npm run bench:import -- --format json         # uncompressed input (also: bz2, slow to make and to read)
 *
 * Each import runs in its own process (`node --import tsx src/cli/main.ts glossary import wikidata …`, over the
 * shipped glossary); wall time and peak resident set come from /usr/bin/time. The generated input and the layer
 * are written to the system's temp folder and removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { rng } from './rng.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    format: { type: 'string', default: 'gz' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const format = values.format as 'gz' | 'json' | 'bz2';

const LATIN_LOCALES = ['en', 'de', 'fr', 'nl', 'es', 'it', 'pl', 'cs', 'da', 'sv', 'pt'];
const CYRILLIC_LOCALES = ['ru', 'uk', 'bg'];
const SYLLABLES = ['ka', 'to', 'mi', 'ren', 'sa', 'vol', 'dar', 'li', 'bor', 'el', 'na', 'gor', 'stan', 'vi', 'ko', 'mar', 'tel', 'ru', 'pe', 'zin'];
const CYR: Record<string, string> = { a: 'а', b: 'б', d: 'д', e: 'е', g: 'г', i: 'и', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', z: 'з' };

const cyrillic = (s: string) => [...s].map((ch) => { const low = ch.toLowerCase(); const c = CYR[low] ?? ch; return ch === low ? c : c.toUpperCase(); }).join('');

function makeEntity(n: number, random: () => number): object {
  const word = () => {
    const k = 2 + Math.floor(random() * 2);
    let w = '';
    for (let i = 0; i < k; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const kind = random();
  const human = kind < 0.6;
  const city = !human && kind < 0.8;
  const name = human ? `${word()} ${word()}` : city ? word() : `${word()} ${word()} Group`;
  const id = `Q${n + 1}`;
  const labels: Record<string, { language: string; value: string }> = {};
  const descriptions: Record<string, { language: string; value: string }> = {};
  const aliases: Record<string, Array<{ language: string; value: string }>> = {};
  for (const l of LATIN_LOCALES) labels[l] = { language: l, value: name };
  for (const l of CYRILLIC_LOCALES) labels[l] = { language: l, value: cyrillic(name) };
  for (const l of ['en', 'de', 'fr']) descriptions[l] = { language: l, value: human ? 'politician' : city ? 'city' : 'company' };
  if (random() < 0.5) aliases['en'] = [{ language: 'en', value: `${name} ${word()}` }];
  if (random() < 0.3) aliases['ru'] = [{ language: 'ru', value: cyrillic(`${word()} ${name}`) }];
  const item = (property: string, q: string) => ({
    mainsnak: { snaktype: 'value', property, hash: '0'.repeat(40), datavalue: { value: { 'entity-type': 'item', 'numeric-id': Number(q.slice(1)), id: q }, type: 'wikibase-entityid' }, datatype: 'wikibase-item' },
    type: 'statement', id: `${id}$${property}-${n}`, rank: 'normal',
  });
  const text = (property: string, value: string, language: string, qualifiers?: object) => ({
    mainsnak: { snaktype: 'value', property, hash: '0'.repeat(40), datavalue: { value: { text: value, language }, type: 'monolingualtext' }, datatype: 'monolingualtext' },
    type: 'statement', ...(qualifiers ? { qualifiers } : {}), id: `${id}$${property}-${n}`, rank: 'normal',
  });
  const claims: Record<string, object[]> = { P31: [item('P31', human ? 'Q5' : city ? 'Q515' : 'Q43229')] };
  if (human) {
    claims['P21'] = [item('P21', random() < 0.5 ? 'Q6581097' : 'Q6581072')];
    claims['P1559'] = [text('P1559', name, 'de')];
  }
  if (city && random() < 0.2) {
    const year = 1900 + Math.floor(random() * 100);
    claims['P1448'] = [text('P1448', `${name}${word().toLowerCase()}`, 'de', {
      P582: [{ snaktype: 'value', property: 'P582', hash: '0'.repeat(40), datavalue: { value: { time: `+${year}-00-00T00:00:00Z`, timezone: 0, before: 0, after: 0, precision: 9, calendarmodel: 'http://www.wikidata.org/entity/Q1985727' }, type: 'time' }, datatype: 'time' }],
    })];
  }
  const sitelinks: Record<string, object> = {};
  const links = 1 + Math.floor(random() * 20);
  for (let i = 0; i < links; i++) {
    const site = `${LATIN_LOCALES[i % LATIN_LOCALES.length]}wiki${i >= LATIN_LOCALES.length ? i : ''}`;
    sitelinks[site] = { site, title: name, badges: [] };
  }
  return { type: 'item', id, labels, descriptions, aliases, claims, sitelinks, lastrevid: 1000000 + n };
}

async function generate(path: string, count: number, gzip: boolean): Promise<void> {
  const file = createWriteStream(path);
  const out = gzip ? createGzip({ level: 6 }) : file;
  if (gzip) (out as ReturnType<typeof createGzip>).pipe(file);
  const random = rng(14);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write('[\n');
  for (let n = 0; n < count; n++) await write(`${JSON.stringify(makeEntity(n, random))}${n + 1 < count ? ',' : ''}\n`);
  await write(']\n');
  out.end();
  await once(file, 'close');
}

function measure(input: string, layer: string): { seconds: number; rssMiB: number; stderr: string } {
  const args = ['-f', '%e %M', process.execPath, '--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'glossary', 'import', 'wikidata', input, '--out', layer, '--force'];
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', args, { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  const last = run.stderr.trim().split('\n').pop() ?? '';
  const [, kb] = last.split(' ').map(Number);
  if (run.status !== 0) throw new Error(`import failed (${run.status}): ${run.stderr}`);
  return { seconds: wall, rssMiB: (kb ?? 0) / 1024, stderr: run.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'canonym-bench-import-'));
console.log(`node ${process.version}, ${availableParallelism()} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
try {
  for (const count of sizes) {
    const input = join(dir, `dump-${count}.json${format === 'json' ? '' : `.${format}`}`);
    const t0 = performance.now();
    if (format === 'bz2') {
      await generate(input.replace(/\.bz2$/, ''), count, false);
      spawnSync('bzip2', ['-1', input.replace(/\.bz2$/, '')]);
    } else await generate(input, count, format === 'gz');
    const made = (performance.now() - t0) / 1000;
    const layer = join(dir, `layer-${count}.yaml`);
    const result = measure(input, layer);
    const summary = result.stderr.split('\n').find((l) => l.includes('✔')) ?? '';
    console.log(
      `${count.toLocaleString('en')} entities: input ${(statSync(input).size / 1024 / 1024).toFixed(0)} MiB (${format}, made in ${made.toFixed(0)} s) → layer ${(statSync(layer).size / 1024 / 1024).toFixed(0)} MiB; ` +
        `import ${result.seconds.toFixed(1)} s wall, peak RSS ${result.rssMiB.toFixed(0)} MiB (${(count / result.seconds).toFixed(0)} entities/s)\n  ${summary.trim()}`,
    );
    if (!values.keep) rmSync(input, { force: true });
    if (!values.keep) rmSync(layer, { force: true });
  }
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

/**
 * `check` throughput of this checkout against another one (an earlier commit), in turns in one process, on the
 * same generated text and names as `npm run bench`: a change of load on a shared machine falls on both, and the
 * ratio is what to read.
 *
 *   git worktree add /tmp/base <commit> --detach && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   npx tsx --expose-gc scripts/bench-compare.ts --base /tmp/base [--names 1000] [--mb 4] [--runs 7]
 *
 * Both checkouts' sources are imported side by side (each its own modules and name index); the text and names
 * come from this checkout's bench data, so both check exactly the same input.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { glossaryOf, makeNames, makeText } from './bench-data.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    names: { type: 'string', default: '1000' },
    mb: { type: 'string', default: '4' },
    runs: { type: 'string', default: '7' },
  },
});
if (!values.base) {
  console.error('usage: bench-compare --base <another checkout of canonym> [--names N] [--mb N] [--runs N]');
  process.exit(2);
}
const here = fileURLToPath(new URL('..', import.meta.url));
const names = makeNames(Number(values.names));
const text = makeText(names, Number(values.mb) * 1024 * 1024);
const megabytes = Buffer.byteLength(text) / (1024 * 1024);

/** A check of the text with the sources of `root`, its index built once outside the timed runs. */
async function checker(root: string): Promise<() => number> {
  const { checkText } = await import(resolve(root, 'src/check.ts'));
  const { buildNameIndex } = await import(resolve(root, 'src/match/name-index.ts'));
  const index = buildNameIndex(glossaryOf(names));
  return () => checkText(text, { index, locale: 'en' }).diagnostics.length;
}

const sides = [
  { label: 'base', run: await checker(resolve(values.base)), best: Infinity, found: 0 },
  { label: 'this', run: await checker(here), best: Infinity, found: 0 },
];
for (const side of sides) side.found = side.run(); // warm-up, and the number of reports each gives
const gc = (globalThis as { gc?: () => void }).gc;
for (let i = 0; i < Number(values.runs); i++) {
  for (const side of sides) {
    gc?.();
    const t0 = performance.now();
    side.run();
    side.best = Math.min(side.best, performance.now() - t0);
  }
}
console.log(`${megabytes.toFixed(1)} MB, ${values.names} names, best of ${values.runs} in turns, load ${loadavg()[0]!.toFixed(1)}`);
for (const side of sides) console.log(`  ${side.label}  ${(megabytes / (side.best / 1000)).toFixed(1).padStart(6)} MB/s  ${side.found} reports`);
console.log(`  this ÷ base  ×${(sides[0]!.best / sides[1]!.best).toFixed(2)}`);

/**
 * How many names come out right when English news is machine-translated into Spanish, with canonym's
 * protection and without it. "Right" means the glossary's Spanish form (the short one where the English used a
 * surname or acronym) is in the output, spelled exactly.
 *
 *   npx tsx scripts/measure-translation.ts [--verbose] [--engine-url http://127.0.0.1:2737]
 *
 * The sentences are test/fixtures/translate/sentences.en.txt, each name marked by hand as [text|entity-id]
 * (the marks come off before translation), so the matcher's own findings are measured, not assumed.
 * Names the glossary has no Spanish form for are counted apart: there is no right answer to compare with.
 */
import { readFileSync } from 'node:fs';
import { loadGlossary } from '../src/glossary/load.ts';
import { shortForms, type Entity } from '../src/glossary/model.ts';
import { buildNameIndex, type NameIndex } from '../src/match/name-index.ts';
import { ApertiumApy } from '../src/translate/apertium-apy.ts';
import { ApertiumCli } from '../src/translate/apertium.ts';
import type { TranslationEngine } from '../src/translate/engine.ts';
import { translate } from '../src/translate/translate.ts';

const FROM = 'en';
const TO = 'es';

interface MarkedName {
  found: string;
  entity: Entity;
  expected: string | undefined;
}

interface Sentence {
  text: string;
  names: MarkedName[];
}

function expectedForm(index: NameIndex, entity: Entity, found: string): string | undefined {
  const full = entity.names[FROM] ?? [];
  const short = !full.includes(found) && (shortForms(entity, FROM).includes(found) || found.split(/\s+/).length < Math.min(...full.map((f) => f.split(/\s+/).length)));
  return (short ? index.formFor(entity, TO, true) : undefined) ?? index.formFor(entity, TO, false);
}

export function readSentences(path: string, index: NameIndex): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const names: MarkedName[] = [];
    const text = line.replace(/\[([^\]|]+)\|([a-z0-9-]+)\]/g, (_, found: string, id: string) => {
      const entity = index.glossary.entities.get(id);
      if (!entity) throw new Error(`${path}: no entity "${id}" in the glossary`);
      names.push({ found, entity, expected: expectedForm(index, entity, found) });
      return found;
    });
    sentences.push({ text, names });
  }
  return sentences;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Which expected forms the output has, longest first, each occurrence used once (so "Zelenski" inside "Volodímir Zelenski" is not counted twice). */
export function scoreOutput(output: string, expected: readonly string[]): boolean[] {
  let rest = output;
  const hits = expected.map(() => false);
  const order = expected.map((form, i) => ({ form, i })).sort((a, b) => b.form.length - a.form.length);
  for (const { form, i } of order) {
    const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(form)}(?![\\p{L}\\p{M}\\p{N}])`, 'u');
    const m = re.exec(rest);
    if (!m) continue;
    hits[i] = true;
    rest = rest.slice(0, m.index) + ' '.repeat(form.length) + rest.slice(m.index + form.length);
  }
  return hits;
}

interface Tally {
  right: number;
  total: number;
  misses: string[];
}

async function measure(sentences: readonly Sentence[], engine: TranslationEngine, index: NameIndex, protect: boolean): Promise<Tally> {
  const tally: Tally = { right: 0, total: 0, misses: [] };
  for (const s of sentences) {
    const names = s.names.filter((n) => n.expected !== undefined);
    if (!names.length) continue;
    const result = await translate(s.text, { from: FROM, to: TO, engine, index, protect });
    const hits = scoreOutput(result.text, names.map((n) => n.expected!));
    names.forEach((n, i) => {
      tally.total++;
      if (hits[i]) tally.right++;
      else tally.misses.push(`${n.found} → expected "${n.expected}" in: ${result.text.trim()}`);
    });
  }
  return tally;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const urlAt = args.indexOf('--engine-url');
  const engine: TranslationEngine = urlAt >= 0 ? new ApertiumApy(args[urlAt + 1]!) : new ApertiumCli();
  const index = buildNameIndex(loadGlossary({}));
  const path = new URL('../test/fixtures/translate/sentences.en.txt', import.meta.url).pathname;
  const sentences = readSentences(path, index);
  const all = sentences.flatMap((s) => s.names);
  const without = all.filter((n) => n.expected === undefined);
  process.stdout.write(`${sentences.length} sentences, ${all.length} names, ${all.length - without.length} with a Spanish form in the glossary`
    + ` (${without.length} without: ${[...new Set(without.map((n) => n.found))].join(', ')})\nengine: ${engine.name} ${FROM} → ${TO}\n\n`);
  const rows: Array<[string, Tally]> = [
    ['without protection', await measure(sentences, engine, index, false)],
    ['with protection', await measure(sentences, engine, index, true)],
  ];
  for (const [label, t] of rows) {
    process.stdout.write(`${label.padEnd(20)} ${t.right}/${t.total} names right = ${(100 * t.right / t.total).toFixed(1)}%\n`);
  }
  if (verbose) {
    for (const [label, t] of rows) {
      process.stdout.write(`\nmisses ${label}:\n`);
      for (const m of t.misses) process.stdout.write(`  ${m}\n`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

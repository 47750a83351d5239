/** Reading glossary layers from disk: every *.yaml / *.yml under each directory, in a stable order. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlossaryError, type GlossaryProblem } from './errors.ts';
import { mergeLayers, type Layer } from './merge.ts';
import type { Glossary } from './model.ts';
import { parseGlossaryFile } from './parse.ts';
import { validateGlossary } from './validate.ts';

/** The glossary that ships with canonym. */
export const SHIPPED_GLOSSARY_DIR = fileURLToPath(new URL('../../glossary', import.meta.url));

/** The YAML files of one layer directory, recursively, in a stable order. */
export function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/i.test(name)) out.push(path);
    }
  };
  walk(dir);
  return out;
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

export function readLayer(dir: string): { layer: Layer; problems: GlossaryProblem[] } {
  const problems: GlossaryProblem[] = [];
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    return { layer: { dir, entities: [] }, problems: [{ place: { file: dir, line: 1, column: 1 }, message: 'glossary directory not found' }] };
  }
  const files = stat.isDirectory() ? yamlFiles(dir) : [dir];
  const entities = [];
  for (const path of files) {
    const parsed = parseGlossaryFile(displayPath(path), readFileSync(path, 'utf8'));
    problems.push(...parsed.problems);
    entities.push(...parsed.entities);
  }
  return { layer: { dir, entities }, problems };
}

export interface LoadOptions {
  /** Extra layers, applied in order over the shipped glossary. */
  layers?: string[];
  /** Leave the shipped glossary out (tests, or a project that brings its own). */
  withoutShipped?: boolean;
}

/** Load, merge and validate; throws GlossaryError with every problem when the data cannot be used. */
export function loadGlossary(options: LoadOptions = {}): Glossary {
  const dirs = [...(options.withoutShipped ? [] : [SHIPPED_GLOSSARY_DIR]), ...(options.layers ?? [])];
  const problems: GlossaryProblem[] = [];
  const layers: Layer[] = [];
  for (const dir of dirs) {
    const read = readLayer(dir);
    problems.push(...read.problems);
    layers.push(read.layer);
  }
  const merged = mergeLayers(layers);
  problems.push(...merged.problems);
  if (problems.length === 0) problems.push(...validateGlossary(merged.glossary));
  if (problems.length) throw new GlossaryError(problems);
  return merged.glossary;
}

/** Reading glossary layers from disk: every *.yaml / *.yml under each directory, in a stable order. */
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { GlossaryError, type GlossaryProblem } from './errors.ts';
import { mergeLayers, type Layer } from './merge.ts';
import type { Glossary } from './model.ts';
import { parseGlossaryFile } from './parse.ts';
import { validateGlossary } from './validate.ts';
import { UserError } from '../io/errors.ts';
import { readTextFile } from '../io/read.ts';
import { SHIPPED_GLOSSARY_DIR, yamlWalk } from './files.ts';

export { SHIPPED_GLOSSARY_DIR, yamlFiles } from './files.ts';

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
  const walked = stat.isDirectory() ? yamlWalk(dir) : { files: [dir], notes: [] };
  for (const note of walked.notes) problems.push({ place: { file: displayPath(note.path), line: 1, column: 1 }, message: note.reason });
  const entities = [];
  for (const path of walked.files) {
    let source: string;
    try {
      // Strict decoding: invalid UTF-8 is a problem with its offset, never read as U+FFFD.
      source = readTextFile(path).text;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push({ place: { file: displayPath(path), line: 1, column: 1 }, message: error.message.startsWith(`${path}: `) ? error.message.slice(path.length + 2) : error.message });
      continue;
    }
    const parsed = parseGlossaryFile(displayPath(path), source);
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

/** Reading glossary layers from disk: every *.yaml / *.yml under each directory, in a stable order. */
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { GlossaryError, type GlossaryProblem } from './errors.ts';
import { LayerMerger } from './merge.ts';
import type { Glossary } from './model.ts';
import { parseGlossaryFile, type ParsedEntity } from './parse.ts';
import { validateGlossary } from './validate.ts';
import { UserError } from '../io/errors.ts';
import { readTextFile } from '../io/read.ts';
import { SHIPPED_GLOSSARY_DIR, yamlWalk } from './files.ts';

export { SHIPPED_GLOSSARY_DIR, yamlFiles } from './files.ts';

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** Reads a layer file by file, handing each file's entities over as it is parsed; returns the problems. */
function readLayerFiles(dir: string, onEntities: (parsed: ParsedEntity[]) => void): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    return [{ place: { file: dir, line: 1, column: 1 }, message: 'glossary directory not found' }];
  }
  const walked = stat.isDirectory() ? yamlWalk(dir) : { files: [dir], notes: [] };
  for (const note of walked.notes) problems.push({ place: { file: displayPath(note.path), line: 1, column: 1 }, message: note.reason });
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
    onEntities(parsed.entities);
  }
  return problems;
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
  // Each file's entities are merged as soon as it is read, so that the parsed entities of a big layer are never
  // all held at once; the problems keep their order (reading first, then merging).
  const merger = new LayerMerger();
  for (const dir of dirs) {
    merger.startLayer();
    problems.push(...readLayerFiles(dir, (parsed) => {
      for (const p of parsed) merger.add(p);
    }));
  }
  problems.push(...merger.problems);
  const glossary: Glossary = { entities: merger.entities };
  if (problems.length === 0) problems.push(...validateGlossary(glossary));
  if (problems.length) throw new GlossaryError(problems);
  return glossary;
}

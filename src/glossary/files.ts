/**
 * Where the glossary's files are, without reading them: the stored index's key needs the list of files of every
 * layer on every run, and must not load the YAML parser, the schema or the merge to get it.
 */
import { fileURLToPath } from 'node:url';
import { walkFiles, type WalkNote } from '../io/walk.ts';

/** The glossary that ships with canonym. */
export const SHIPPED_GLOSSARY_DIR = fileURLToPath(new URL('../../glossary', import.meta.url));

/** The YAML files of one layer directory, recursively, in a stable order. */
export function yamlFiles(dir: string): string[] {
  return yamlWalk(dir).files;
}

/** The YAML files of a layer, and the entries that could not be looked at (broken links, loops, no permission). */
export function yamlWalk(dir: string): { files: string[]; notes: WalkNote[] } {
  return walkFiles(dir, { acceptFile: (name) => /\.ya?ml$/i.test(name) });
}

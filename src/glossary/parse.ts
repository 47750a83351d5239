/** One YAML glossary file → entity inputs, each with the place of every field, or problems with places. */
import type { Document, LineCounter, Node } from 'yaml';
import type { z } from 'zod';
import { yaml } from '../io/lazy-deps.ts';
import { aliasBombMessage, protoKeyMessage, protoKeys, yamlToJS } from '../io/yaml.ts';
import type { GlossaryProblem } from './errors.ts';
import type { SourcePlace } from './model.ts';
import { fastParse, placeColumn, placeLine } from './fast-parse.ts';
import { glossarySchemas, type EntityInput } from './schema.ts';

export interface ParsedEntity {
  input: EntityInput;
  /** Place of a path inside this entity (e.g. ['variants', 2, 'form']); falls back to the nearest parent. */
  placeOf(path: readonly (string | number)[]): SourcePlace;
}

export interface ParsedFile {
  entities: ParsedEntity[];
  problems: GlossaryProblem[];
}

function placeFinder(file: string, doc: Document, lines: LineCounter) {
  return (path: readonly PropertyKey[]): SourcePlace => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) {
        const { line, col } = lines.linePos(node.range[0]);
        return { file, line, column: col };
      }
    }
    return { file, line: 1, column: 1 };
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.slice(1).join('.');
  const where = field ? `${field}: ` : '';
  if (issue.code === 'unrecognized_keys') return `${where}unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${where}${issue.message}`;
}

/** The entities of a file with the places of the nodes merging asks for (so that no entity keeps a document alive). */
function withPlaces(inputs: EntityInput[], placeOf: (path: readonly PropertyKey[]) => SourcePlace): ParsedEntity[] {
  return inputs.map((input, index): ParsedEntity => {
    const places = new Map<string, SourcePlace>();
    const paths: Array<Array<string | number>> = [[], ['id'], ...(input.variants ?? []).map((_, i) => ['variants', i]), ...(input.specs ?? []).map((_, i) => ['specs', i]), ...Object.keys(input.names ?? {}).map((l) => ['names', l])];
    for (const path of paths) places.set(path.join('\u0000'), placeOf([index, ...path]));
    return { input, placeOf: (path) => places.get(path.join('\u0000')) ?? places.get('')! };
  });
}

export interface ParseOptions {
  /** Always parse with yaml's Document and LineCounter (tests compare the fast reading with it). */
  positioned?: boolean;
}

export function parseGlossaryFile(file: string, source: string, options: ParseOptions = {}): ParsedFile {
  // A big generated layer is plain block YAML: read fast (fast-parse.ts), with the same values and places. Anything
  // else, or a file the schema refuses, is parsed with positions as before, which reports every problem.
  if (!options.positioned) {
    const fast = fastParse(source);
    if (fast) {
      const result = glossarySchemas().glossaryFileSchema.safeParse(fast.value);
      if (result.success) {
        return { entities: withPlaces(result.data, (path) => {
          const at = fast.placeOf(path);
          return { file, line: placeLine(at), column: placeColumn(at) };
        }), problems: [] };
      }
    }
  }
  const { isSeq, LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const placeOf = placeFinder(file, doc, lines);
  const problems: GlossaryProblem[] = [];
  for (const error of doc.errors) {
    const pos = lines.linePos(error.pos[0]);
    problems.push({ place: { file, line: pos.line, column: pos.col }, message: `YAML: ${error.message.split('\n')[0]}` });
  }
  if (problems.length) return { entities: [], problems };
  if (doc.contents === null) return { entities: [], problems };
  if (!isSeq(doc.contents)) {
    problems.push({ place: placeOf([]), message: 'a glossary file is a YAML list of entities (each item starts with "- id: …")' });
    return { entities: [], problems };
  }
  for (const offset of protoKeys(doc)) {
    const pos = lines.linePos(offset);
    problems.push({ place: { file, line: pos.line, column: pos.col }, message: protoKeyMessage() });
  }
  if (problems.length) return { entities: [], problems };
  const js = yamlToJS(doc);
  if (!js) {
    problems.push({ place: { file, line: 1, column: 1 }, message: aliasBombMessage() });
    return { entities: [], problems };
  }
  const data: unknown = js.value;
  const result = glossarySchemas().glossaryFileSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ place: placeOf(issue.path), message: describeIssue(issue) });
    return { entities: [], problems };
  }
  // The places merging asks for are found now, so that no entity keeps the parsed document alive (a layer of a
  // million entities kept every file's syntax tree until the merge); another path falls back to the entity's place.
  const entities = withPlaces(result.data, placeOf);
  return { entities, problems };
}

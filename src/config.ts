/**
 * canonym.config.json / .yaml, found upward from the working directory (or named with --config).
 * Paths inside it are relative to the file. Errors name the file, line and column.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Node } from 'yaml';
import type { z } from 'zod';
import { yaml, zod } from './io/lazy-deps.ts';
import { ParseError, UserError } from './io/errors.ts';
import { readTextFile } from './io/read.ts';
import { aliasBombMessage, protoKeyMessage, protoKeys, yamlToJS } from './io/yaml.ts';

/** The config's shape, built on first use: zod loads only when there is a config file. */
function makeConfigSchema() {
  const z = zod();
  const severity = z.enum(['error', 'warning', 'info', 'off']);

  const configSchema = z.strictObject({
    glossary: z.array(z.string()).optional(),
    shippedGlossary: z.boolean().optional(),
    locale: z.string().optional(),
    rules: z.record(z.string(), severity).optional(),
    /** Suspected variants: the score from which one is reported, and from which `fix` applies it (default: never). */
    suspects: z.strictObject({
      threshold: z.number().min(0).max(1).optional(),
      fixAbove: z.number().min(0).max(1).optional(),
    }).optional(),
    /** `canonym locales`: the base locale, which files, which keys, and what may stay as written. */
    locales: z.strictObject({
      base: z.string().optional(),
      syntax: z.enum(['auto', 'i18next', 'icu']).optional(),
      /** Globs over paths relative to the locale folder ("**\/*.json"); exclude wins. */
      include: z.array(z.string()).optional(),
      exclude: z.array(z.string()).optional(),
      /** Globs over key paths, segments joined with '.' ("legal.**", "*.brand"). */
      ignoreKeys: z.array(z.string()).optional(),
      /** Words that may stay as in the base (the `untranslated` rule). */
      allow: z.array(z.string()).optional(),
      /** Names written on purpose in a foreign form: under `key` (a glob), these names (all when omitted). */
      keepNames: z.array(z.strictObject({ key: z.string(), names: z.array(z.string()).optional() })).optional(),
      /** What "" means in this project: fallback (the app shows the base), warning (default) or error. */
      empty: z.enum(['fallback', 'warning', 'error']).optional(),
      /** Placeholder patterns of the project's own: regular expressions; group 1, when there is one, names it. */
      placeholders: z.array(z.string()).optional(),
    }).optional(),
  });
  return configSchema;
}

let schema: ReturnType<typeof makeConfigSchema> | undefined;

export type Config = z.infer<ReturnType<typeof makeConfigSchema>> & { path?: string };

export const CONFIG_NAMES = ['canonym.config.json', 'canonym.config.yaml', 'canonym.config.yml'];

export function findConfig(from = process.cwd()): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return undefined;
  }
}

export function loadConfig(path: string | undefined): Config {
  if (!path) return {};
  // Strict decoding and a size limit, as for any input; an unreadable file names its cause.
  const source = readTextFile(path, 1024 * 1024).text;
  // YAML is a superset of JSON, so one parser gives positions for both.
  // yaml and zod load here, only when there is a config file.
  const { isMap, isScalar, LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${path}:${line}:${col}`;
  };
  if (doc.errors.length) throw new UserError(doc.errors.map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0]}`).join('\n'));
  const proto = protoKeys(doc);
  if (proto.length) {
    throw new ParseError(proto.map((offset) => {
      const { line, col } = lines.linePos(offset);
      return `${path}:${line}:${col}: ${protoKeyMessage()}`;
    }).join('\n'));
  }
  const js = yamlToJS(doc);
  if (!js) throw new ParseError(`${path}: ${aliasBombMessage()}`);
  const parsed = (schema ??= makeConfigSchema()).safeParse(js.value ?? {});
  if (!parsed.success) {
    throw new UserError(parsed.error.issues.map((issue) => {
      let node = doc.getIn(issue.path as unknown[], true) as Node | undefined;
      // An unknown field is reported at its own key, not at the object that holds it.
      if (issue.code === 'unrecognized_keys' && isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === issue.keys[0]);
        if (isScalar(pair?.key)) node = pair.key;
      }
      const where = node?.range ? at(node.range[0]) : `${path}:1:1`;
      const field = issue.path.join('.') || 'config';
      return `${where}: ${field}: ${issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : issue.message}`;
    }).join('\n'));
  }
  const base = dirname(path);
  return { ...parsed.data, ...(parsed.data.glossary ? { glossary: parsed.data.glossary.map((g) => resolve(base, g)) } : {}), path };
}

/**
 * canonym.config.json / .yaml, found upward from the working directory (or named with --config).
 * Paths inside it are relative to the file. Errors name the file, line and column.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { UserError } from './io/errors.ts';

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
});

export type Config = z.infer<typeof configSchema> & { path?: string };

export const CONFIG_NAMES = ['canonym.config.json', 'canonym.config.yaml', 'canonym.config.yml'];

export function findConfig(from = process.cwd()): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return undefined;
  }
}

export function loadConfig(path: string | undefined): Config {
  if (!path) return {};
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    throw new UserError(`${path}: cannot read the config file`);
  }
  // YAML is a superset of JSON, so one parser gives positions for both.
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${path}:${line}:${col}`;
  };
  if (doc.errors.length) throw new UserError(doc.errors.map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0]}`).join('\n'));
  const parsed = configSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    throw new UserError(parsed.error.issues.map((issue) => {
      const node = doc.getIn(issue.path as unknown[], true) as Node | undefined;
      const where = node?.range ? at(node.range[0]) : `${path}:1:1`;
      const field = issue.path.join('.') || 'config';
      return `${where}: ${field}: ${issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : issue.message}`;
    }).join('\n'));
  }
  const base = dirname(path);
  return { ...parsed.data, ...(parsed.data.glossary ? { glossary: parsed.data.glossary.map((g) => resolve(base, g)) } : {}), path };
}

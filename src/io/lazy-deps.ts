/**
 * Heavy dependencies that only some runs need, loaded on first use. A run that finds its stored index and no
 * config file never parses YAML nor validates a schema, and these two packages cost about as much CPU to load
 * as the rest of canonym's check path (measured here: yaml about 70 ms, zod about 80 ms). Both ship CommonJS
 * builds, so require() loads them synchronously, where import() would make every caller async. franc (language
 * detection, only for a text whose locale is not given) is ESM-only: Node 20.19 and later require() it too.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let yamlModule: typeof import('yaml') | undefined;
let zodModule: typeof import('zod') | undefined;

export const yaml = (): typeof import('yaml') => (yamlModule ??= require('yaml') as typeof import('yaml'));
export const zod = (): (typeof import('zod'))['z'] => (zodModule ??= require('zod') as typeof import('zod')).z;
let francModule: typeof import('franc') | undefined;
export const franc = (): typeof import('franc') => (francModule ??= require('franc') as typeof import('franc'));

/** mdast/micromark with the extensions canonym reads Markdown with: some 60 modules, for Markdown inputs only. */
export interface MarkdownParser {
  fromMarkdown: typeof import('mdast-util-from-markdown').fromMarkdown;
  frontmatterFromMarkdown: typeof import('mdast-util-frontmatter').frontmatterFromMarkdown;
  gfmAutolinkLiteralFromMarkdown: typeof import('mdast-util-gfm-autolink-literal').gfmAutolinkLiteralFromMarkdown;
  frontmatter: typeof import('micromark-extension-frontmatter').frontmatter;
  gfmAutolinkLiteral: typeof import('micromark-extension-gfm-autolink-literal').gfmAutolinkLiteral;
}
let markdownModules: MarkdownParser | undefined;
export const markdownParser = (): MarkdownParser => (markdownModules ??= {
  fromMarkdown: (require('mdast-util-from-markdown') as typeof import('mdast-util-from-markdown')).fromMarkdown,
  frontmatterFromMarkdown: (require('mdast-util-frontmatter') as typeof import('mdast-util-frontmatter')).frontmatterFromMarkdown,
  gfmAutolinkLiteralFromMarkdown: (require('mdast-util-gfm-autolink-literal') as typeof import('mdast-util-gfm-autolink-literal')).gfmAutolinkLiteralFromMarkdown,
  frontmatter: (require('micromark-extension-frontmatter') as typeof import('micromark-extension-frontmatter')).frontmatter,
  gfmAutolinkLiteral: (require('micromark-extension-gfm-autolink-literal') as typeof import('micromark-extension-gfm-autolink-literal')).gfmAutolinkLiteral,
});

/**
 * canonym's own modules that only some runs need (building the index: variants, transliteration and inflection
 * tables, YAML and the schema), loaded on first use. Compiled (dist/), require() loads the .js synchronously
 * (Node 20.19 and later load ES modules so). From the TypeScript sources (tsx, vitest) require() cannot read
 * TypeScript: there the module that needs one imports it at once instead, under `if (FROM_SOURCE) await import(…)`.
 */
export const FROM_SOURCE = import.meta.url.endsWith('.ts');

/** require() of a module of canonym's own, by its path relative to `from` (an import.meta.url), written as .ts. */
export function requireOwn<T>(from: string, path: string): T {
  return createRequire(from)(FROM_SOURCE ? path : path.replace(/\.ts$/, '.js')) as T;
}

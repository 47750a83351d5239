#!/usr/bin/env node
/**
 * The command line as a few bundled files (dist/bundle/), which bin/canonym.js runs: Node's ES module loader
 * resolves, reads and compiles about a hundred modules for a one-line check when it runs dist/ module by module,
 * and about 25 files once they are bundled. The library (`import … from 'canonym'`) stays the tsc build in dist/, with
 * its types; run this after tsc (`npm run build`).
 *
 * Commands still load lazily: every `await import()` of the CLI is a split point, so `check` never reads the
 * chunks of `locales` or `serve`, and the worker threads of `check --jobs` get an entry of their own
 * (dist/bundle/check-worker.js, beside the chunk of the pool that starts them).
 *
 * Three rewrites keep the sources' behaviour in one bundle (the build fails when a `requireOwn<…>(` call or a
 * `FROM_SOURCE ? await` is left that they did not rewrite):
 *   - `import.meta.url` becomes the URL of the module's own compiled file in dist/ (src/a/b.ts → dist/a/b.js), so
 *     that the paths made from it (the shipped glossary, locales/, package.json, the code the stored index is keyed
 *     by: dist/, so run tsc and this together, as `npm run build` does) are those of the tsc build; the parallel
 *     pool keeps the bundle's own URL to find its worker entry;
 *   - `requireOwn<T>(import.meta.url, './x.ts')` (a synchronous load of canonym's own rarely needed modules: the
 *     index builder, the locale-file rules) becomes `require('./x.ts')`, which esbuild bundles as a module that is
 *     evaluated on its first require, in the same bundle, so that classes and state are shared with the rest;
 *   - `FROM_SOURCE ? await import('./x.ts') : undefined` (for tsx and vitest, which cannot require TypeScript) is
 *     `undefined`, as it is in dist/.
 *
 * Packages from node_modules are bundled too, except those loaded through createRequire at run time (YAML, zod,
 * franc, micromark, parse5, dictionaries, stopwords) and those listed in `external` below.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');
const OUT = join(DIST, 'bundle');
/** Modules that must keep the bundle's own import.meta.url (the pool finds its worker entry next to itself). */
const OWN_URL = [join(SRC, 'cli', 'parallel') + sep];

const posix = (path) => path.split(sep).join('/');

/** @type {import('esbuild').Plugin} */
const sourcesAsInDist = {
  name: 'canonym-sources-as-in-dist',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      if (!args.path.startsWith(SRC + sep)) return undefined;
      let text = readFileSync(args.path, 'utf8');
      const file = relative(SRC, args.path);
      text = text.replace(/FROM_SOURCE \? await import\(('[^']+')\) : undefined/g, 'undefined');
      text = text.replace(/requireOwn<[^>]+>\(import\.meta\.url, ('[^']+')\)/g, '(require($1))');
      for (const left of [/requireOwn<[^>]+>\(/, /FROM_SOURCE \? await/]) {
        if (left.test(text) && file !== join('io', 'lazy-deps.ts')) throw new Error(`${file}: a ${left.source} the bundle does not rewrite`);
      }
      if (!OWN_URL.some((dir) => args.path.startsWith(dir))) {
        const compiled = join(DIST, file.replace(/\.ts$/, '.js'));
        const url = `new URL(${JSON.stringify(posix(relative(OUT, compiled)))}, import.meta.url).href`;
        text = text.replace(/\bimport\.meta\.url\b/g, url);
      }
      return { contents: text, loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};

rmSync(OUT, { recursive: true, force: true });
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: { main: 'src/cli/main.ts', 'check-worker': 'src/cli/parallel/check-worker.ts' },
  outdir: OUT,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Packages that find files of their own at run time stay in node_modules: jsonc-parser's UMD build requires its
  // parts by a name esbuild does not follow; fastify (pino) starts workers from their folders through
  // __dirname, and vscode-jsonrpc reads __filename. None is on the path of a check of one file.
  external: ['jsonc-parser', 'fastify', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument'],
  // Packages written as CommonJS require Node's built-in modules; an ES module has no `require` of its own.
  banner: { js: "import { createRequire as __canonymRequire } from 'node:module'; const require = __canonymRequire(import.meta.url);" },
  plugins: [sourcesAsInDist],
  logLevel: 'warning',
  metafile: true,
  legalComments: 'none',
});
const outputs = Object.entries(result.metafile.outputs);
const bytes = outputs.reduce((sum, [, o]) => sum + o.bytes, 0);
console.log(`dist/bundle: ${outputs.length} files, ${(bytes / 1024).toFixed(0)} KiB`);

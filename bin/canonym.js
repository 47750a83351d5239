#!/usr/bin/env node
// Runs the compiled CLI: the bundle in dist/bundle/ (a few files instead of about a hundred modules for a check),
// else the tsc build in dist/cli/. `npm run build` makes both, and `npm ci` runs it through `prepare`.
import { readFileSync } from 'node:fs';

// `canonym … | head` closes the pipe early: that is the reader's choice, not an error. The output is dropped and the
// command still ends with its own exit code (1 when names are wrong), set below once main() returns.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
});

const argv = process.argv.slice(2);
// `--version` alone answers from package.json without loading the CLI: scripts call it to probe for canonym.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const missing = (error, file) => error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(file);
  let cli;
  try {
    cli = await import('../dist/bundle/main.js');
  } catch (error) {
    if (!missing(error, 'dist/bundle/main.js')) throw error;
    try {
      cli = await import('../dist/cli/main.js');
    } catch (inner) {
      if (!missing(inner, 'dist/cli/main.js')) throw inner;
      process.stderr.write('canonym: the compiled CLI is missing (dist/). Run `npm run build` in the canonym folder.\n');
      process.exit(2);
    }
  }
  process.exitCode = await cli.main(argv);
}

/** canonym's command line: parsing and exit codes only; each command lives in commands/. */
import { readFileSync } from 'node:fs';
import { Argument, Command, CommanderError, Option } from 'commander';
import { availableLanguages, resolveLanguage, setLanguage, t } from '../i18n/index.ts';
import { fileError, isSystemError, UserError } from '../io/errors.ts';
import { addIgnoreOptions, parseJobs, parseMaxWarnings, parseSeconds, parseSize } from './options.ts';
import { OUTPUT_FORMATS } from '../report/types.ts';
import { localizeCommander, translateCommanderError } from './commander-i18n.ts';
import type { CommonOptions } from './workspace.ts';
import type { LocalesCommandOptions } from './commands/locales.ts';
import type { ExportKind } from './commands/export.ts';

// Commands, the glossary and the rules are imported only when a command runs (ESLint's lazy rule loading): `--help`
// or `translit` never pays for the name index, and `check` never loads the locale-file rules. `locales` loads the
// name machinery itself, only when it runs the name rules or reads rule settings.
const workspace = async (opts: CommonOptions, names = true) => {
  const { Workspace, loadNameMachinery } = await import('./workspace.ts');
  if (names) await loadNameMachinery();
  return new Workspace(opts);
};
const EXPORT_KINDS: readonly ExportKind[] = ['i18next', 'json'];

const VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/** The exit codes, shown after the help of the program and of the commands that use them. */
const exitCodes = () => `\n${t('cli.program.exit-codes')}`;

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The options every glossary-using command takes; `locales` has no --locale (each file's path gives it). */
function common(cmd: Command, { locale = true } = {}): Command {
  if (locale) cmd.option('-l, --locale <lng>', t('cli.option.locale'));
  return cmd
    .option('-g, --glossary <dir>', t('cli.option.glossary'), collect)
    .option('--no-shipped-glossary', t('cli.option.no-shipped-glossary'))
    .option('-c, --config <file>', t('cli.option.config'))
    .option('-r, --rule <id=severity>', t('cli.option.rule'), collect)
    .option('--max-size <bytes>', t('cli.option.max-size'), parseSize)
    .option('--skip-state <states>', t('cli.option.skip-state'), (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)]);
}

function formatOption(choices: readonly string[] = OUTPUT_FORMATS): Option {
  return new Option('-f, --format <format>', t('cli.option.format')).choices(choices as string[]).default('stylish');
}

/**
 * The --lang value, read before Commander parses anything: the help texts are built in that language. Options end
 * at `--`; `--lang` with no value is left for Commander to refuse.
 */
export function langArgument(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang' && i + 1 < argv.length) value = argv[++i];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  return value;
}

/** --debug, read before Commander parses anything: an error in parsing itself must show its stack too. */
export function debugArgument(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--debug');
}

export const EXIT_BUG = 3;

let pipesWatched = false;

/**
 * `canonym … | head` closes the pipe early: that is the reader's choice, not an error. Output to a closed pipe is
 * dropped (without a handler Node throws EPIPE from an 'error' event, a stack trace outside main's boundary) and the
 * command ends with its own exit code. Once per process: main() also runs in-process, many times in the tests.
 */
export function dropOutputToClosedPipes(): void {
  if (pipesWatched) return;
  pipesWatched = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
}

/**
 * The one error boundary. A known failure (a UserError: usage, config, glossary, input, output, engine) prints
 * its message and exits with its code, 2; a system error that escaped the code that should have named its file
 * is reported the same way when it carries a path. Anything else is a bug: one line asking for a report, exit 3,
 * the stack only with --debug. main() never throws and never returns 1 for a failure: 1 means "names are wrong".
 */
export async function main(argv: string[]): Promise<number> {
  // One language per run, put back afterwards: main() also runs in-process (tests, other tools).
  dropOutputToClosedPipes();
  const previousLanguage = setLanguage(resolveLanguage(langArgument(argv)));
  const debug = debugArgument(argv);
  try {
    return await run(argv);
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`${t('cli.program.error', { message: error.message })}\n`);
      if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    if (isSystemError(error) && typeof error.path === 'string') {
      process.stderr.write(`${t('cli.program.error', { message: fileError(error, error.path, 'read').message })}\n`);
      if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
      return 2;
    }
    const what = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
    process.stderr.write(`${t('cli.program.bug', { error: what, version: VERSION })}\n`);
    if (debug) process.stderr.write(`${error instanceof Error && error.stack ? error.stack : String(error)}\n`);
    return EXIT_BUG;
  } finally {
    setLanguage(previousLanguage);
  }
}

async function run(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('canonym')
    .description(t('cli.program.description'))
    .version(VERSION, '-V, --version', t('cli.option.version'))
    .option('--lang <lng>', t('cli.option.lang', { languages: availableLanguages().join(', ') }))
    // Read from process.argv by src/report/color.ts when the modules load; declared here so that Commander accepts them.
    .option('--color', t('cli.option.color'))
    .option('--no-color', t('cli.option.no-color'))
    .option('--debug', t('cli.option.debug'))
    .showHelpAfterError(t('cli.program.help-after-error'))
    .addHelpText('after', exitCodes())
    .exitOverride();
  program.configureOutput({
    writeErr: (s) => process.stderr.write(s),
    outputError: (s, write) => write(translateCommanderError(s)),
  });
  localizeCommander(program);

  addIgnoreOptions(common(program.command('check')))
    .description(t('cli.check.description'))
    .argument('<inputs...>', t('cli.check.argument.inputs'))
    .addOption(formatOption())
    .option('-j, --jobs <n>', t('cli.check.option.jobs'), parseJobs)
    .option('--max-warnings <n>', t('locales.option.max-warnings'), parseMaxWarnings)
    .option('--baseline <file>', t('locales.option.baseline'))
    .option('--write-baseline [file]', t('cli.check.option.write-baseline'))
    .option('-w, --watch', t('cli.check.option.watch'))
    .addHelpText('after', `\n${t('cli.check.help-after')}\n${exitCodes()}`)
    .action(async (inputs: string[], opts: import('./commands/check.ts').CheckCommandOptions) => {
      const { runCheck } = await import('./commands/check.ts');
      exitCode = await runCheck(await workspace(opts), inputs, opts, VERSION);
    });

  addIgnoreOptions(common(program.command('fix')))
    .description(t('cli.fix.description'))
    .argument('<inputs...>', t('cli.fix.argument.input'))
    .option('-w, --write', t('cli.fix.option.write'))
    .option('-d, --diff', t('cli.fix.option.diff'))
    .addHelpText('after', `\n${t('cli.fix.help-after')}\n${exitCodes()}`)
    .action(async (inputs: string[], opts: import('./commands/fix.ts').FixCommandOptions) => {
      const { runFix } = await import('./commands/fix.ts');
      exitCode = await runFix(await workspace(opts), inputs, opts);
    });

  addIgnoreOptions(common(program.command('names')))
    .description(t('cli.names.description'))
    .argument('<inputs...>', t('cli.names.argument.inputs'))
    .addOption(formatOption(['stylish', 'json']))
    .action(async (inputs: string[], opts: import('./commands/names.ts').NamesCommandOptions) => {
      const { runNames } = await import('./commands/names.ts');
      exitCode = await runNames(await workspace(opts), inputs, opts);
    });

  common(program.command('locales'), { locale: false })
    .description(t('cli.locales.description'))
    .argument('<dir>', t('cli.locales.argument.dir'))
    .option('-b, --base <lng>', t('cli.locales.option.base'))
    .addOption(new Option('--syntax <syntax>', t('cli.locales.option.syntax')).choices(['auto', 'i18next', 'icu']))
    .option('-a, --allow <word>', t('cli.locales.option.allow'), collect)
    .addOption(new Option('--empty <convention>', t('locales.option.empty')).choices(['fallback', 'warning', 'error']))
    .option('--placeholder <regex>', t('locales.option.placeholder'), collect)
    .option('--unused-keys <glob>', t('locales.option.unused-keys'), collect)
    .option('--baseline <file>', t('locales.option.baseline'))
    .option('--write-baseline [file]', t('locales.option.write-baseline'))
    .option('--max-warnings <n>', t('locales.option.max-warnings'))
    .option('--names', t('locales.option.names'))
    .addOption(formatOption())
    .addHelpText('after', `\n${t('cli.locales.help-after')}\n${exitCodes()}`)
    .action(async (dir: string, opts: CommonOptions & LocalesCommandOptions) => {
      const { runLocales } = await import('./commands/locales.ts');
      exitCode = await runLocales(await workspace(opts, false), dir, opts, VERSION);
    });

  program.command('init')
    .description(t('cli.init.description'))
    .option('--force', t('cli.init.option.force'))
    .action(async (opts: { force?: boolean }) => { exitCode = (await import('./commands/init.ts')).runInit(opts); });

  const glossary = program.command('glossary').description(t('cli.glossary.description'));
  common(glossary.command('validate'))
    .description(t('cli.glossary.validate.description'))
    .action(async (opts: CommonOptions) => { exitCode = (await import('./commands/glossary.ts')).runGlossaryValidate(await workspace(opts)); });
  common(glossary.command('test'))
    .description(t('cli.glossary.test.description'))
    .action(async (opts: CommonOptions) => { exitCode = (await import('./commands/glossary.ts')).runGlossaryTest(await workspace(opts)); });
  common(glossary.command('build'))
    .description(t('cli.glossary.build.description'))
    .action(async (opts: CommonOptions) => { exitCode = (await import('./commands/glossary.ts')).runGlossaryBuild(await workspace(opts)); });
  common(glossary.command('show'))
    .description(t('cli.glossary.show.description'))
    .argument('<id>', t('cli.glossary.show.argument.id'))
    .action(async (id: string, opts: CommonOptions) => { exitCode = (await import('./commands/glossary.ts')).runGlossaryShow(await workspace(opts), id); });
  common(glossary.command('export'))
    .description(t('cli.glossary.export.description'))
    .addArgument(new Argument('<format>', t('cli.glossary.export.argument.format')).choices(['tbx', 'csv']))
    .option('-o, --out <file>', t('cli.glossary.export.option.out'))
    .option('--force', t('cli.export.option.force'))
    .action(async (format: 'tbx' | 'csv', opts: CommonOptions & { out?: string; force?: boolean }) => {
      exitCode = (await import('./commands/glossary-import.ts')).runGlossaryExport(await workspace(opts), format, opts);
    });
  common(glossary.command('import'), { locale: false })
    .description(t('cli.glossary.import.description'))
    .addArgument(new Argument('<format>', t('cli.glossary.import.argument.format')).choices(['tbx', 'csv', 'wikidata', 'jrc']))
    .argument('<file>', t('cli.glossary.import.argument.file'))
    .option('-o, --out <file>', t('cli.glossary.import.option.out'))
    .option('--force', t('cli.export.option.force'))
    .option('--ids <ids>', t('cli.glossary.import.option.ids'))
    .option('--instance-of <classes>', t('cli.glossary.import.option.instance-of'))
    .option('--min-sitelinks <n>', t('cli.glossary.import.option.min-sitelinks'))
    .option('--locales <lng,…>', t('cli.glossary.import.option.locales'))
    .option('--variants <status>', t('cli.glossary.import.option.variants'))
    .option('--type <type>', t('cli.glossary.import.option.type'))
    .addHelpText('after', `\n${t('cli.glossary.import.help-after')}`)
    .action(async (format: 'tbx' | 'csv' | 'wikidata' | 'jrc', file: string, opts: import('./commands/glossary-import.ts').GlossaryImportOptions) => {
      exitCode = await (await import('./commands/glossary-import.ts')).runGlossaryImport(await workspace(opts), format, file, opts);
    });

  common(program.command('variants'))
    .description(t('cli.variants.description'))
    .argument('<entity>', t('cli.variants.argument.entity'))
    .addOption(formatOption(['stylish', 'json']))
    .addHelpText('after', `\n${t('cli.variants.help-after')}`)
    .action(async (query: string, opts: CommonOptions & { format: 'stylish' | 'json' }) => {
      exitCode = (await import('./commands/variants.ts')).runVariants(await workspace(opts), query, opts);
    });

  program.command('translit')
    .description(t('cli.translit.description'))
    .argument('[text]', t('cli.translit.argument.text'))
    .option('-s, --scheme <id>', t('cli.translit.option.scheme'))
    .option('--list', t('cli.translit.option.list'))
    .option('--all', t('cli.translit.option.all'))
    .action(async (text: string | undefined, opts: { scheme?: string; list?: boolean; all?: boolean }) => {
      if (!opts.list && text === undefined) throw new UserError(t('cli.translit.error.no-text'));
      exitCode = await (await import('./commands/translit.ts')).runTranslit(text ?? '', opts);
    });

  common(program.command('localize'))
    .description(t('cli.localize.description'))
    .argument('<input>', t('cli.localize.argument.input'))
    .option('-t, --to <lng,…>', t('cli.localize.option.to'), collect)
    .option('--from <lng>', t('cli.localize.option.from'))
    .option('-o, --out <dir>', t('cli.localize.option.out'))
    .option('--force', t('cli.localize.option.force'))
    .option('-w, --write', t('cli.localize.option.write'))
    .option('--dry-run', t('cli.localize.option.dry-run'))
    .addHelpText('after', `\n${t('cli.localize.help-after')}`)
    .action(async (input: string, opts: CommonOptions & { to?: string[]; from?: string; out?: string; force?: boolean; write?: boolean; dryRun?: boolean }) => {
      exitCode = await (await import('./commands/localize.ts')).runLocalize(await workspace(opts), input, opts);
    });

  common(program.command('translate'))
    .description(t('cli.translate.description'))
    .argument('<input>', t('cli.translate.argument.input'))
    .requiredOption('--from <lng>', t('cli.translate.option.from'))
    .requiredOption('--to <lng>', t('cli.translate.option.to'))
    .option('--engine <name>', t('cli.translate.option.engine'))
    .option('--engine-url <url>', t('cli.translate.option.engine-url'))
    .option('--timeout <seconds>', t('cli.translate.option.timeout'), parseSeconds)
    .addHelpText('after', `\n${t('cli.translate.help-after')}`)
    .action(async (input: string, opts: CommonOptions & { from: string; to: string; engine?: string; engineUrl?: string; timeout?: number }) => {
      exitCode = await (await import('./commands/translate.ts')).runTranslate(await workspace(opts), input, opts);
    });

  common(program.command('export'))
    .description(t('cli.export.description'))
    .addArgument(new Argument('<kind>', t('cli.export.argument.kind')).choices(EXPORT_KINDS as string[]))
    .option('-o, --out <path>', t('cli.export.option.out'))
    .option('--force', t('cli.export.option.force'))
    .action(async (kind: ExportKind, opts: CommonOptions & { out?: string; force?: boolean }) => {
      exitCode = await (await import('./commands/export.ts')).runExport(await workspace(opts), kind, opts);
    });

  common(program.command('serve'), { locale: false })
    .description(t('cli.serve.description'))
    .option('--host <address>', t('cli.serve.option.host'), '127.0.0.1')
    .option('-p, --port <port>', t('cli.serve.option.port'), '7300')
    .option('--max-body <bytes>', t('cli.serve.option.max-body'), '1MiB')
    .option('--max-concurrent <n>', t('cli.serve.option.max-concurrent'), '64')
    .option('--timeout <ms>', t('cli.serve.option.timeout'), '10000')
    .option('--workers <n>', t('cli.serve.option.workers'), '1')
    .option('--no-web', t('cli.serve.option.no-web'))
    .action(async (opts: import('./commands/serve.ts').ServeCommandOptions) => {
      exitCode = await (await import('./commands/serve.ts')).runServe(await workspace(opts), opts);
    });

  common(program.command('lsp'), { locale: false })
    .description(t('cli.lsp.description'))
    .option('--stdio', t('cli.lsp.option.stdio'))
    .action(async (opts: CommonOptions) => {
      exitCode = await (await import('./commands/lsp.ts')).runLsp(await workspace(opts), opts);
    });

  program.command('rules').description(t('cli.rules.description')).action(async () => {
    const [{ RULES }, { LOCALE_RULES }] = await Promise.all([import('../rules/index.ts'), import('../locales/index.ts')]);
    const fixable = t('cli.rules.fixable');
    const row = (id: string, severity: string, isFixable: boolean) =>
      `${id.padEnd(24)} ${severity.padEnd(8)} ${isFixable ? `${fixable} ` : ' '.repeat(fixable.length + 1)}${t(`rules.${id}.description`)}\n`;
    process.stdout.write(`${t('cli.rules.heading.names')}\n`);
    for (const r of RULES) process.stdout.write(row(r.meta.id, r.meta.defaultSeverity, Boolean(r.meta.fixable)));
    process.stdout.write(`\n${t('cli.rules.heading.locales')}\n`);
    for (const r of LOCALE_RULES) process.stdout.write(row(r.meta.id, r.meta.defaultSeverity, false));
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors with 2.
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    throw error;
  }
}

// Run directly with tsx (npm run example); bin/canonym.js imports main() instead.
if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));

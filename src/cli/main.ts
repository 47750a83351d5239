/** canonym's command line: parsing and exit codes only; each command lives in commands/. */
import { readFileSync } from 'node:fs';
import { Argument, Command, CommanderError, Option } from 'commander';
import { availableLanguages, resolveLanguage, setLanguage, t } from '../i18n/index.ts';
import { UserError } from '../io/errors.ts';
import { OUTPUT_FORMATS } from '../report/index.ts';
import { LOCALE_RULES } from '../locales/index.ts';
import { RULES } from '../rules/index.ts';
import { runCheck } from './commands/check.ts';
import { runFix } from './commands/fix.ts';
import { runGlossaryShow, runGlossaryTest, runGlossaryValidate } from './commands/glossary.ts';
import { runNames } from './commands/names.ts';
import { EXPORT_KINDS, runExport, type ExportKind } from './commands/export.ts';
import { runInit } from './commands/init.ts';
import { runLocales, type LocalesCommandOptions } from './commands/locales.ts';
import { runLocalize } from './commands/localize.ts';
import { runTranslate } from './commands/translate.ts';
import { runTranslit } from './commands/translit.ts';
import { runVariants } from './commands/variants.ts';
import { localizeCommander, translateCommanderError } from './commander-i18n.ts';
import { Workspace, type CommonOptions } from './workspace.ts';

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
    .option('--max-size <bytes>', t('cli.option.max-size'), (v) => Number.parseInt(v, 10));
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

export async function main(argv: string[]): Promise<number> {
  // One language per run, put back afterwards: main() also runs in-process (tests, other tools).
  const previousLanguage = setLanguage(resolveLanguage(langArgument(argv)));
  try {
    return await run(argv);
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
    // Read from process.argv by ../color.ts when the modules load; declared here so that Commander accepts them.
    .option('--color', t('cli.option.color'))
    .option('--no-color', t('cli.option.no-color'))
    .showHelpAfterError(t('cli.program.help-after-error'))
    .addHelpText('after', exitCodes())
    .exitOverride();
  program.configureOutput({
    writeErr: (s) => process.stderr.write(s),
    outputError: (s, write) => write(translateCommanderError(s)),
  });
  localizeCommander(program);

  common(program.command('check'))
    .description(t('cli.check.description'))
    .argument('<inputs...>', t('cli.check.argument.inputs'))
    .addOption(formatOption())
    .addHelpText('after', `\n${t('cli.check.help-after')}\n${exitCodes()}`)
    .action(async (inputs: string[], opts: CommonOptions & { format: 'stylish' }) => {
      exitCode = await runCheck(new Workspace(opts), inputs, opts, VERSION);
    });

  common(program.command('fix'))
    .description(t('cli.fix.description'))
    .argument('<input>', t('cli.fix.argument.input'))
    .option('-w, --write', t('cli.fix.option.write'))
    .option('-d, --diff', t('cli.fix.option.diff'))
    .addHelpText('after', `\n${t('cli.fix.help-after')}\n${exitCodes()}`)
    .action(async (input: string, opts: CommonOptions & { write?: boolean; diff?: boolean }) => {
      exitCode = await runFix(new Workspace(opts), input, opts);
    });

  common(program.command('names'))
    .description(t('cli.names.description'))
    .argument('<inputs...>', t('cli.names.argument.inputs'))
    .addOption(formatOption(['stylish', 'json']))
    .action(async (inputs: string[], opts: CommonOptions & { format: 'stylish' | 'json' }) => {
      exitCode = await runNames(new Workspace(opts), inputs, opts);
    });

  common(program.command('locales'), { locale: false })
    .description(t('cli.locales.description'))
    .argument('<dir>', t('cli.locales.argument.dir'))
    .option('-b, --base <lng>', t('cli.locales.option.base'))
    .addOption(new Option('--syntax <syntax>', t('cli.locales.option.syntax')).choices(['auto', 'i18next', 'icu']))
    .option('-a, --allow <word>', t('cli.locales.option.allow'), collect)
    .addOption(formatOption())
    .addHelpText('after', `\n${t('cli.locales.help-after')}\n${exitCodes()}`)
    .action(async (dir: string, opts: CommonOptions & LocalesCommandOptions) => {
      exitCode = await runLocales(new Workspace(opts), dir, opts, VERSION);
    });

  program.command('init')
    .description(t('cli.init.description'))
    .option('--force', t('cli.init.option.force'))
    .action((opts: { force?: boolean }) => { exitCode = runInit(opts); });

  const glossary = program.command('glossary').description(t('cli.glossary.description'));
  common(glossary.command('validate'))
    .description(t('cli.glossary.validate.description'))
    .action((opts: CommonOptions) => { exitCode = runGlossaryValidate(new Workspace(opts)); });
  common(glossary.command('test'))
    .description(t('cli.glossary.test.description'))
    .action((opts: CommonOptions) => { exitCode = runGlossaryTest(new Workspace(opts)); });
  common(glossary.command('show'))
    .description(t('cli.glossary.show.description'))
    .argument('<id>', t('cli.glossary.show.argument.id'))
    .action((id: string, opts: CommonOptions) => { exitCode = runGlossaryShow(new Workspace(opts), id); });

  common(program.command('variants'))
    .description(t('cli.variants.description'))
    .argument('<entity>', t('cli.variants.argument.entity'))
    .addOption(formatOption(['stylish', 'json']))
    .addHelpText('after', `\n${t('cli.variants.help-after')}`)
    .action((query: string, opts: CommonOptions & { format: 'stylish' | 'json' }) => {
      exitCode = runVariants(new Workspace(opts), query, opts);
    });

  program.command('translit')
    .description(t('cli.translit.description'))
    .argument('[text]', t('cli.translit.argument.text'))
    .option('-s, --scheme <id>', t('cli.translit.option.scheme'))
    .option('--list', t('cli.translit.option.list'))
    .option('--all', t('cli.translit.option.all'))
    .action(async (text: string | undefined, opts: { scheme?: string; list?: boolean; all?: boolean }) => {
      if (!opts.list && text === undefined) throw new UserError(t('cli.translit.error.no-text'));
      exitCode = await runTranslit(text ?? '', opts);
    });

  common(program.command('localize'))
    .description(t('cli.localize.description'))
    .argument('<input>', t('cli.localize.argument.input'))
    .requiredOption('-t, --to <lng,…>', t('cli.localize.option.to'), collect)
    .option('--from <lng>', t('cli.localize.option.from'))
    .option('-o, --out <dir>', t('cli.localize.option.out'))
    .addHelpText('after', `\n${t('cli.localize.help-after')}`)
    .action(async (input: string, opts: CommonOptions & { to: string[]; from?: string; out?: string }) => {
      exitCode = await runLocalize(new Workspace(opts), input, opts);
    });

  common(program.command('translate'))
    .description(t('cli.translate.description'))
    .argument('<input>', t('cli.translate.argument.input'))
    .requiredOption('--from <lng>', t('cli.translate.option.from'))
    .requiredOption('--to <lng>', t('cli.translate.option.to'))
    .option('--engine <name>', t('cli.translate.option.engine'))
    .option('--engine-url <url>', t('cli.translate.option.engine-url'))
    .addHelpText('after', `\n${t('cli.translate.help-after')}`)
    .action(async (input: string, opts: CommonOptions & { from: string; to: string; engine?: string; engineUrl?: string }) => {
      exitCode = await runTranslate(new Workspace(opts), input, opts);
    });

  common(program.command('export'))
    .description(t('cli.export.description'))
    .addArgument(new Argument('<kind>', t('cli.export.argument.kind')).choices(EXPORT_KINDS as string[]))
    .option('-o, --out <path>', t('cli.export.option.out'))
    .action(async (kind: ExportKind, opts: CommonOptions & { out?: string }) => {
      exitCode = await runExport(new Workspace(opts), kind, opts);
    });

  program.command('rules').description(t('cli.rules.description')).action(() => {
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
    if (error instanceof UserError) {
      process.stderr.write(`${t('cli.program.error', { message: error.message })}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

// Run directly with tsx (npm run example); bin/canonym.js imports main() instead.
if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));

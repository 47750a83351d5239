/** canonym's command line: parsing and exit codes only; each command lives in commands/. */
import { readFileSync } from 'node:fs';
import { Argument, Command, CommanderError, Option } from 'commander';
import { UserError } from '../io/errors.ts';
import { OUTPUT_FORMATS } from '../report/index.ts';
import { RULES } from '../rules/index.ts';
import { runCheck } from './commands/check.ts';
import { runFix } from './commands/fix.ts';
import { runGlossaryShow, runGlossaryTest, runGlossaryValidate } from './commands/glossary.ts';
import { runNames } from './commands/names.ts';
import { EXPORT_KINDS, runExport, type ExportKind } from './commands/export.ts';
import { runLocalize } from './commands/localize.ts';
import { runTranslate } from './commands/translate.ts';
import { runTranslit } from './commands/translit.ts';
import { runVariants } from './commands/variants.ts';
import { Workspace, type CommonOptions } from './workspace.ts';

const VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

const EXIT_CODES = `
Exit codes:
  0  no errors found (warnings and info do not fail)
  1  errors found (check), errors left that no fix can repair (fix), a failing glossary (glossary validate|test)
  2  bad usage, bad config or glossary, unreadable input`;

const collect = (value: string, previous: string[] = []) => [...previous, value];

function common(cmd: Command): Command {
  return cmd
    .option('-l, --locale <lng>', 'language of the text (en, de, uk, …); detected from the text when left out')
    .option('-g, --glossary <dir>', 'a glossary layer over the shipped one (repeatable; later layers win)', collect)
    .option('--no-shipped-glossary', 'use only the layers given, not the glossary canonym ships')
    .option('-c, --config <file>', 'config file (default: canonym.config.json or .yaml, looked for upward from here)')
    .option('-r, --rule <id=severity>', 'set a rule to error, warning, info or off (repeatable)', collect)
    .option('--max-size <bytes>', 'refuse inputs larger than this', (v) => Number.parseInt(v, 10));
}

function formatOption(choices: readonly string[] = OUTPUT_FORMATS): Option {
  return new Option('-f, --format <format>', 'output format').choices(choices as string[]).default('stylish');
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('canonym')
    .description('Keeps the names of people, places and organisations spelled right across languages.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_CODES)
    .exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });

  common(program.command('check'))
    .description('report names spelled wrong for the text\'s locale (plain text and Markdown; code, URLs and front matter are skipped)')
    .argument('<inputs...>', 'files, directories (walked for .txt and .md) or - for standard input')
    .addOption(formatOption())
    .addHelpText('after', `\nExamples:\n  canonym check article.md\n  canonym check --locale de --format json texts/\n  cat mt-output.txt | canonym check -\n${EXIT_CODES}`)
    .action(async (inputs: string[], opts: CommonOptions & { format: 'stylish' }) => {
      exitCode = await runCheck(new Workspace(opts), inputs, opts, VERSION);
    });

  common(program.command('fix'))
    .description('repair what check reports as fixable; prints the fixed text unless --write or --diff')
    .argument('<input>', 'a file, or - for standard input')
    .option('-w, --write', 'write the file in place (atomically: temp file + rename)')
    .option('-d, --diff', 'print a unified diff instead of the text')
    .addHelpText('after', `\nOnly the reported spans change; case is kept (BOREL → BORRELL); fixing twice changes nothing.\n${EXIT_CODES}`)
    .action(async (input: string, opts: CommonOptions & { write?: boolean; diff?: boolean }) => {
      exitCode = await runFix(new Workspace(opts), input, opts);
    });

  common(program.command('names'))
    .description('list every name found, right or wrong: entity, place, text and kind (canonical, short, inflected, other-locale, variant)')
    .argument('<inputs...>', 'files, directories or - for standard input')
    .addOption(formatOption(['stylish', 'json']))
    .action(async (inputs: string[], opts: CommonOptions & { format: 'stylish' | 'json' }) => {
      exitCode = await runNames(new Workspace(opts), inputs, opts);
    });

  const glossary = program.command('glossary').description('work with the glossary: validate, test, show');
  common(glossary.command('validate'))
    .description('check every layer: YAML, fields, locale codes, duplicate ids, variants claimed twice')
    .action((opts: CommonOptions) => { exitCode = runGlossaryValidate(new Workspace(opts)); });
  common(glossary.command('test'))
    .description('run the specs written inside glossary entries (text in → text out)')
    .action((opts: CommonOptions) => { exitCode = runGlossaryTest(new Workspace(opts)); });
  common(glossary.command('show'))
    .description('print one entity as the merged glossary has it')
    .argument('<id>', 'entity id, e.g. josep-borrell')
    .action((id: string, opts: CommonOptions) => { exitCode = runGlossaryShow(new Workspace(opts), id); });

  common(program.command('variants'))
    .description('the spellings that transliteration round trips make of an entity, grouped by the path that made them')
    .argument('<entity>', 'entity id (vera-jourova) or any of its names')
    .addOption(formatOption(['stylish', 'json']))
    .addHelpText('after', '\nExample:\n  canonym variants vera-jourova     # … ru (media) → ru-icao: Vera Iurova, Iurova')
    .action((query: string, opts: CommonOptions & { format: 'stylish' | 'json' }) => {
      exitCode = runVariants(new Workspace(opts), query, opts);
    });

  program.command('translit')
    .description('transliterate Cyrillic or Greek text with one scheme, or with every scheme of its language')
    .argument('[text]', 'the text, or - for standard input')
    .option('-s, --scheme <id>', 'scheme id (see --list)')
    .option('--list', 'list the schemes with their standards and years')
    .option('--all', 'every scheme, whatever the language of the text')
    .action(async (text: string | undefined, opts: { scheme?: string; list?: boolean; all?: boolean }) => {
      if (!opts.list && text === undefined) throw new UserError('give a text (or - for standard input), or --list');
      exitCode = await runTranslit(text ?? '', opts);
    });

  common(program.command('localize'))
    .description("write one version per target locale, every name in that locale's canonical form")
    .argument('<input>', 'a file, or - for standard input')
    .requiredOption('-t, --to <lng,…>', 'target locales, comma-separated or repeated', collect)
    .option('--from <lng>', 'the source locale (else --locale, else detected)')
    .option('-o, --out <dir>', 'write <name>.<lng>.<ext> here (default: beside the input; standard output for one target)')
    .addHelpText('after', '\nExample:\n  canonym localize --to de,pl,ru,uk,bg article.en.md')
    .action(async (input: string, opts: CommonOptions & { to: string[]; from?: string; out?: string }) => {
      exitCode = await runLocalize(new Workspace(opts), input, opts);
    });

  common(program.command('translate'))
    .description('machine-translate with names protected: placeholders through the engine, canonical target forms after')
    .argument('<input>', 'a file, or - for standard input')
    .requiredOption('--from <lng>', 'source language')
    .requiredOption('--to <lng>', 'target language')
    .option('--engine <name>', 'apertium (command line, default) or apertium-apy (HTTP, with --engine-url)')
    .option('--engine-url <url>', 'an apertium-apy server, e.g. http://127.0.0.1:2737')
    .addHelpText('after', '\nNeeds Apertium and the language pair installed locally, e.g. apt-get install apertium apertium-eng-spa.')
    .action(async (input: string, opts: CommonOptions & { from: string; to: string; engine?: string; engineUrl?: string }) => {
      exitCode = await runTranslate(new Workspace(opts), input, opts);
    });

  common(program.command('export'))
    .description('the glossary as i18next resource bundles (<out>/<lng>/names.json) or as one JSON document')
    .addArgument(new Argument('<kind>', 'what to write').choices(EXPORT_KINDS as string[]))
    .option('-o, --out <path>', 'directory (i18next, required) or file (json; default standard output)')
    .action(async (kind: ExportKind, opts: CommonOptions & { out?: string }) => {
      exitCode = await runExport(new Workspace(opts), kind, opts);
    });

  program.command('rules').description('list the rules with their default severity').action(() => {
    for (const r of RULES) process.stdout.write(`${r.meta.id.padEnd(20)} ${r.meta.defaultSeverity.padEnd(8)} ${r.meta.fixable ? 'fixable ' : '        '}${r.meta.description}\n`);
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
      process.stderr.write(`canonym: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

// Run directly with tsx (npm run example); bin/canonym.js imports main() instead.
if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));

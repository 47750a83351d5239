/**
 * Commander's own words in canonym's language: help headings, "(choices: …, default: …)", the help option and
 * command, and its usage errors. Commander writes these in English with no hook for messages, so the headings go
 * through `styleTitle`, the option details are rebuilt, and the errors are recognised by their English shape and
 * rewritten from `cli.commander.*` (an error of a shape not known here is shown as Commander wrote it).
 */
import type { Argument, Command, Help, Option } from 'commander';
import { t } from '../i18n/index.ts';

const TITLES: Record<string, string> = {
  'Usage:': 'cli.help.usage',
  'Arguments:': 'cli.help.arguments',
  'Options:': 'cli.help.options',
  'Global Options:': 'cli.help.global-options',
  'Commands:': 'cli.help.commands',
};

function details(item: Option | Argument, showDefault: boolean): string {
  const extra: string[] = [];
  if (item.argChoices) extra.push(t('cli.help.choices', { choices: item.argChoices.map((c) => JSON.stringify(c)).join(', ') }));
  if (item.defaultValue !== undefined && showDefault) {
    extra.push(t('cli.help.default', { value: item.defaultValueDescription || JSON.stringify(item.defaultValue) }));
  }
  if (!extra.length) return item.description;
  const joined = `(${extra.join(', ')})`;
  return item.description ? `${item.description} ${joined}` : joined;
}

/** Set on the program before its commands are added: commands inherit help settings from their parent. */
export function localizeCommander(program: Command): Command {
  return program
    .helpOption('-h, --help', t('cli.option.help'))
    .helpCommand('help [command]', t('cli.help.command'))
    .configureHelp({
      styleTitle: (title: string) => (TITLES[title] ? t(TITLES[title]) : title),
      // As Commander's own, with its words translated (canonym's options use neither presets nor env variables).
      optionDescription: (option: Option) =>
        details(option, option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean')),
      argumentDescription: (argument: Argument) => details(argument, true),
    } satisfies Partial<Help>);
}

type Rewrite = [RegExp, (m: RegExpMatchArray) => string];

const REWRITES: Rewrite[] = [
  [/^error: missing required argument '(.*)'$/su, (m) => t('cli.commander.missing-argument', { name: m[1]! })],
  [/^error: option '(.*)' argument missing$/su, (m) => t('cli.commander.option-argument-missing', { flags: m[1]! })],
  [/^error: required option '(.*)' not specified$/su, (m) => t('cli.commander.required-option', { flags: m[1]! })],
  [/^error: unknown option '(.*)'$/su, (m) => t('cli.commander.unknown-option', { option: m[1]! })],
  [/^error: unknown command '(.*)'$/su, (m) => t('cli.commander.unknown-command', { command: m[1]! })],
  [/^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/su,
    (m) => t('cli.commander.too-many-arguments-for', { command: m[1]!, expected: Number(m[2]), received: Number(m[3]) })],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/su,
    (m) => t('cli.commander.too-many-arguments', { expected: Number(m[1]), received: Number(m[2]) })],
  [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/su,
    (m) => t('cli.commander.invalid-option-choice', { flags: m[1]!, value: m[2]!, choices: m[3]! })],
  [/^error: command-argument value '(.*)' is invalid for argument '(.*)'\. Allowed choices are (.*)\.$/su,
    (m) => t('cli.commander.invalid-argument-choice', { value: m[1]!, name: m[2]!, choices: m[3]! })],
];

/** One Commander error message (with its trailing newline and optional "(Did you mean …?)" line) translated. */
export function translateCommanderError(text: string): string {
  const newline = text.endsWith('\n') ? '\n' : '';
  const lines = (newline ? text.slice(0, -1) : text).split('\n');
  let suggestion: string | undefined;
  const last = lines[lines.length - 1]!;
  const oneOf = /^\(Did you mean one of (.*)\?\)$/u.exec(last);
  const one = /^\(Did you mean (.*)\?\)$/u.exec(last);
  if (lines.length > 1 && (oneOf || one)) {
    lines.pop();
    suggestion = oneOf ? t('cli.commander.did-you-mean-one-of', { suggestions: oneOf[1]! }) : t('cli.commander.did-you-mean', { suggestion: one![1]! });
  }
  const message = lines.join('\n');
  let translated = message;
  for (const [pattern, rewrite] of REWRITES) {
    const m = pattern.exec(message);
    if (m) {
      translated = rewrite(m);
      break;
    }
  }
  return translated + (suggestion !== undefined ? `\n${suggestion}` : '') + newline;
}

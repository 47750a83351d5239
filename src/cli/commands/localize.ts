/** `canonym localize`: one version of a text per target locale, names written as each locale writes them. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import pc from 'picocolors';
import { detectLocale } from '../../detect/language.ts';
import { formatFor, readDocument } from '../../formats/index.ts';
import { isKnownLocale } from '../../glossary/validate.ts';
import { UserError } from '../../io/errors.ts';
import { encode } from '../../io/read.ts';
import { writeFileAtomic } from '../../io/write.ts';
import { localizeMentions, mentionsOf, type LocalizedText } from '../../localize/localize.ts';
import type { NominativeReason } from '../../localize/target-form.ts';
import { LineIndex } from '../../text/lines.ts';
import { readInput } from '../inputs.ts';
import type { CommonOptions, Workspace } from '../workspace.ts';

export interface LocalizeCommandOptions extends CommonOptions {
  to: string[];
  from?: string;
  out?: string;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const languageName = (code: string) => languageNames.of(code) ?? code;

/** Target locales from repeated and comma-separated --to values (`--to de,fr --to pl`). */
export function parseTargets(values: readonly string[]): string[] {
  const targets = [...new Set(values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
  if (!targets.length) throw new UserError('give at least one target locale with --to (e.g. --to de,pl,ru)');
  for (const t of targets) if (!isKnownLocale(t)) throw new UserError(`unknown locale "${t}": use a BCP 47 language code such as en, de, uk`);
  return targets;
}

/** `article.md` → `article.de.md`; a name that already carries the source locale loses it (`article.en.md` → `article.de.md`). */
export function outputName(input: string, from: string, to: string): string {
  const ext = input === '-' ? '.txt' : extname(input);
  let stem = input === '-' ? 'stdin' : basename(input, ext);
  if (extname(stem).slice(1).toLowerCase() === from.toLowerCase()) stem = stem.slice(0, -(from.length + 1));
  return `${stem}.${to}${ext}`;
}

function writeNew(path: string, data: Uint8Array): void {
  // An existing file is replaced atomically (mode kept); a new one is simply written.
  if (existsSync(path)) writeFileAtomic(path, data);
  else writeFileSync(path, data);
}

function nominativeNote(reason: NominativeReason, from: string): string {
  return reason === 'case-unknown' ? `nominative: ${languageName(from)} does not show the case` : 'nominative: no paradigm for this name';
}

function report(label: string, result: LocalizedText, from: string, lines: LineIndex): string {
  const nominative = result.names.filter((n) => n.nominative);
  const parts = [`${result.names.length} ${result.names.length === 1 ? 'name' : 'names'}`];
  if (nominative.length) parts.push(`${nominative.length} in the nominative (check the case)`);
  if (result.kept.length) parts.push(pc.red(`${result.kept.length} left as written (no ${result.locale} form)`));
  const out = [`${label}: ${parts.join(', ')}`];
  const rows = [
    ...result.kept.map((k) => ({ at: k.start, text: `${pc.red('kept   ')} "${k.found}": the glossary has no ${result.locale} form for ${k.entity}` })),
    ...nominative.map((n) => ({ at: n.start, text: `${pc.yellow('case   ')} "${n.found}" → "${n.written}" (${nominativeNote(n.nominative!, from)})` })),
  ].sort((a, b) => a.at - b.at);
  for (const row of rows) {
    const { line, column } = lines.position(row.at);
    out.push(`  ${pc.dim(`${line}:${column}`.padEnd(8))} ${row.text}`);
  }
  return out.join('\n') + '\n';
}

/** Exit code 1 when a name had to be left as the source spells it, as `fix` does for errors it cannot repair. */
export async function runLocalize(ws: Workspace, input: string, options: LocalizeCommandOptions): Promise<number> {
  const targets = parseTargets(options.to);
  if (targets.length > 1 && !options.out && input === '-') {
    throw new UserError('several targets from standard input need --out <dir> (one target prints to standard output)');
  }
  const file = await readInput(input, options.maxSize);
  const format = formatFor(input);
  let from = options.from ?? ws.locale;
  let assumed = false;
  if (from && !isKnownLocale(from)) throw new UserError(`unknown locale "${from}": use a BCP 47 language code such as en, de, uk`);
  if (!from) {
    from = detectLocale(readDocument(file.text, format).prose, ws.glossaryLocales);
    assumed = from === undefined;
    from ??= 'en';
  }
  const mentions = mentionsOf(file.text, from, ws.index, format);
  const lines = new LineIndex(file.text);
  const toStdout = targets.length === 1 && !options.out;
  if (options.out) mkdirSync(options.out, { recursive: true });
  let kept = 0;
  process.stderr.write(pc.dim(`${file.path} (${from}${options.from || ws.locale ? '' : assumed ? ', assumed' : ', detected'})\n`));
  for (const to of targets) {
    const result = localizeMentions(file.text, mentions, ws.index, from, to);
    kept += result.kept.length;
    let label = to;
    if (toStdout) {
      process.stdout.write(result.text);
    } else {
      const path = join(options.out ?? dirname(input), outputName(input, from, to));
      if (input !== '-' && resolve(path) === resolve(input)) throw new UserError(`${path}: the output would overwrite the input; use --out <dir>`);
      writeNew(path, encode(result.text, file.encoding));
      label = path;
    }
    process.stderr.write(report(label, result, from, lines));
  }
  return kept ? 1 : 0;
}

/** `canonym locales <dir>`: check an i18next or ICU locale tree the way CI needs it; exit 1 on any error. */
import type { SeveritySetting } from '../../diagnostic.ts';
import { UserError } from '../../io/errors.ts';
import { checkLocaleTree, defaultBaseLocale, formatLocaleSummary, loadLocaleTree, localeRuleById } from '../../locales/index.ts';
import { localeCode } from '../../locales/layout.ts';
import { formatReports, type OutputFormat } from '../../report/index.ts';
import { ruleById } from '../../rules/index.ts';
import type { Workspace } from '../workspace.ts';

export interface LocalesCommandOptions {
  base?: string;
  syntax?: 'auto' | 'i18next' | 'icu';
  format: OutputFormat;
  /** Words that may stay as in the base (untranslated), on top of the built-in list. */
  allow?: string[];
}

const SEVERITIES = ['error', 'warning', 'info', 'off'];

/**
 * Config `rules` and `--rule id=severity`, for locale rules and name rules alike. Workspace.severities knows only
 * the name rules and refuses the others, hence this reading of the same two sources.
 */
export function localeSeverities(ws: Workspace): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  const apply = (id: string, severity: string, where: string) => {
    if (!localeRuleById(id) && !ruleById(id)) throw new UserError(`${where}: unknown rule "${id}" (see \`canonym rules\`)`);
    if (!SEVERITIES.includes(severity)) throw new UserError(`${where}: severity for ${id} must be error, warning, info or off`);
    out[id] = severity as SeveritySetting;
  };
  for (const [id, s] of Object.entries(ws.config.rules ?? {})) apply(id, s, ws.config.path ?? 'config');
  for (const pair of ws.options.rule ?? []) {
    const [id, s] = pair.split('=');
    if (!id || !s) throw new UserError(`--rule ${pair}: write --rule <id>=<error|warning|info|off>`);
    apply(id, s, '--rule');
  }
  return out;
}

export async function runLocales(ws: Workspace, dir: string, options: LocalesCommandOptions, version: string): Promise<number> {
  const syntax = options.syntax ?? 'auto';
  if (!['auto', 'i18next', 'icu'].includes(syntax)) throw new UserError(`--syntax ${syntax}: use auto, i18next or icu`);
  const severities = localeSeverities(ws);
  const tree = loadLocaleTree(dir, ws.options.maxSize);
  const locales = [...new Set(tree.catalogues.map((c) => c.locale))].sort();
  if (!locales.length) throw new UserError(`${dir}: no locale catalogues (expected <lng>/<namespace>.json or <lng>.json)`);
  let base: string | undefined;
  if (options.base !== undefined) {
    base = localeCode(options.base);
    if (!base || !locales.includes(base)) throw new UserError(`--base ${options.base}: no such locale in ${dir} (it has ${locales.join(', ')})`);
  } else {
    base = defaultBaseLocale(locales);
    if (!base) throw new UserError(`${dir}: no en locale to compare with; name the base with --base (it has ${locales.join(', ')})`);
  }

  const result = checkLocaleTree(tree, {
    baseLocale: base,
    ...(syntax === 'auto' ? {} : { syntax }),
    index: ws.index,
    severities,
    ...(options.allow ? { allow: options.allow } : {}),
  });
  // Notes go to stderr so that json, sarif and github output stays machine-readable.
  for (const note of [...tree.skipped, ...result.notes]) process.stderr.write(`canonym: note: ${note.path}: ${note.reason}\n`);
  let out = formatReports(result.reports, options.format, version);
  if (options.format === 'stylish') out += '\n' + formatLocaleSummary(result.summaries);
  process.stdout.write(out);
  return result.reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

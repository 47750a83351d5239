/** `canonym locales <dir>`: check an i18next or ICU locale tree the way CI needs it; exit 1 on any error. */
import picomatch from 'picomatch';
import type { Config } from '../../config.ts';
import { t } from '../../i18n/index.ts';
import { UserError } from '../../io/errors.ts';
import { checkLocaleTree, defaultBaseLocale, formatLocaleSummary, loadLocaleTree } from '../../locales/index.ts';
import { localeCode } from '../../locales/layout.ts';
import { formatReports, type OutputFormat } from '../../report/index.ts';
import { foldPhrase } from '../../text/fold.ts';
import type { Workspace } from '../workspace.ts';

export interface LocalesCommandOptions {
  base?: string;
  syntax?: string;
  format: OutputFormat;
  /** Words that may stay as in the base (untranslated), on top of the built-in list and the config's. */
  allow?: string[];
}

type LocalesConfig = NonNullable<Config['locales']>;

/** Key globs use '.' between segments; picomatch's separator is '/', so both sides are read with '/'. */
function keyMatcher(globs: readonly string[]): (key: string) => boolean {
  const match = picomatch(globs.map((g) => g.replaceAll('.', '/')), { dot: true });
  return (key) => match(key.replaceAll('.', '/'));
}

function fileFilter(config: LocalesConfig): (path: string) => boolean {
  const include = config.include?.length ? picomatch(config.include, { dot: true }) : () => true;
  const exclude = config.exclude?.length ? picomatch(config.exclude, { dot: true }) : () => false;
  return (path) => include(path) && !exclude(path);
}

/** keepNames: under a key glob, the names listed (by any of their spellings or the entity id), or every name. */
function keepNameRule(config: LocalesConfig): ((key: string, found: string, entity: string | null) => boolean) | undefined {
  if (!config.keepNames?.length) return undefined;
  const rules = config.keepNames.map((k) => ({ key: keyMatcher([k.key]), names: k.names && new Set(k.names.map(foldPhrase)) }));
  return (key, found, entity) => rules.some((r) => r.key(key) && (!r.names || r.names.has(foldPhrase(found)) || (entity !== null && r.names.has(foldPhrase(entity)))));
}

export async function runLocales(ws: Workspace, dir: string, options: LocalesCommandOptions, version: string): Promise<number> {
  const config: LocalesConfig = ws.config.locales ?? {};
  const syntax = options.syntax ?? config.syntax ?? 'auto';
  if (syntax !== 'auto' && syntax !== 'i18next' && syntax !== 'icu') throw new UserError(t('cli.locales.error.syntax', { syntax }));
  const severities = ws.severities;
  const tree = loadLocaleTree(dir, ws.options.maxSize, fileFilter(config));
  const locales = [...new Set(tree.catalogues.map((c) => c.locale))].sort();
  if (!locales.length) throw new UserError(t('cli.locales.error.no-catalogues', { dir }));
  const wanted = options.base ?? config.base;
  let base: string | undefined;
  if (wanted !== undefined) {
    base = localeCode(wanted);
    if (!base || !locales.includes(base)) throw new UserError(t('cli.locales.error.no-such-base', { base: wanted, dir, locales: locales.join(', ') }));
  } else {
    base = defaultBaseLocale(locales);
    if (!base) throw new UserError(t('cli.locales.error.no-base', { dir, locales: locales.join(', ') }));
  }
  const allow = [...(config.allow ?? []), ...(options.allow ?? [])];
  const keepName = keepNameRule(config);
  const result = checkLocaleTree(tree, {
    baseLocale: base,
    ...(syntax === 'auto' ? {} : { syntax }),
    index: ws.index,
    severities,
    ...(allow.length ? { allow } : {}),
    ...(config.ignoreKeys?.length ? { ignoreKey: keyMatcher(config.ignoreKeys) } : {}),
    ...(keepName ? { keepName } : {}),
  });
  // Notes go to stderr so that json, sarif and github output stays machine-readable.
  for (const note of [...tree.skipped, ...result.notes]) process.stderr.write(`${t('cli.locales.note', { path: note.path, reason: note.reason })}\n`);
  let out = formatReports(result.reports, options.format, version);
  if (options.format === 'stylish') out += '\n' + formatLocaleSummary(result.summaries);
  process.stdout.write(out);
  return result.reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

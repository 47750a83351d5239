/** `canonym export`: the glossary for other tools, as i18next resource bundles or one JSON document. */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { i18nextBundles, I18NEXT_NAMESPACE } from '../../export/i18next.ts';
import { glossaryJson } from '../../export/json.ts';
import { list, t } from '../../i18n/index.ts';
import { fileError, UserError } from '../../io/errors.ts';
import { writeOutputFile } from '../../io/write.ts';
import type { CommonOptions, Workspace } from '../workspace.ts';

export type ExportKind = 'i18next' | 'json';
export const EXPORT_KINDS: readonly ExportKind[] = ['i18next', 'json'];

export interface ExportCommandOptions extends CommonOptions {
  out?: string;
  /** Replace output files that exist with other content. */
  force?: boolean;
}

function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw fileError(error, dir, 'write');
  }
}

/** A file an earlier `export json` wrote: it says so in its `format` field. */
function earlierExport(existing: Buffer): boolean {
  try {
    return (JSON.parse(existing.toString('utf8')) as { format?: unknown }).format === 'canonym-glossary';
  } catch {
    return false;
  }
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** i18next: `<out>/<lng>/names.json` per locale (--out required); json: standard output, or the file --out names. */
export async function runExport(ws: Workspace, kind: ExportKind, options: ExportCommandOptions): Promise<number> {
  if (kind === 'i18next') {
    if (!options.out) throw new UserError(t('cli.export.error.out-required'));
    const bundles = i18nextBundles(ws.glossary);
    for (const [locale, bundle] of Object.entries(bundles)) {
      const dir = join(options.out, locale);
      makeFolder(dir);
      writeOutputFile(join(dir, `${I18NEXT_NAMESPACE}.json`), Buffer.from(json(bundle)), { force: options.force ?? false });
    }
    const keys = Object.values(bundles).reduce((n, b) => n + Object.keys(b).length, 0);
    process.stderr.write(`${t('cli.export.written.i18next', { out: options.out, locales: Object.keys(bundles).length, keys, namespace: I18NEXT_NAMESPACE })}\n`);
    return 0;
  }
  if (kind === 'json') {
    const text = json(glossaryJson(ws.glossary));
    if (!options.out) {
      process.stdout.write(text);
      return 0;
    }
    if (/[\\/]$/.test(options.out) || isFolder(options.out)) throw new UserError(t('cli.export.error.out-is-folder', { out: options.out.replace(/[\\/]+$/, '') }));
    makeFolder(dirname(options.out));
    writeOutputFile(options.out, Buffer.from(text), { force: options.force ?? false, ours: earlierExport });
    process.stderr.write(`${t('cli.export.written.json', { out: options.out, entities: ws.glossary.entities.size })}\n`);
    return 0;
  }
  throw new UserError(t('cli.export.error.unknown-kind', { kind: String(kind), kinds: list(EXPORT_KINDS, 'disjunction') }));
}

/** `canonym export`: the glossary for other tools, as i18next resource bundles or one JSON document. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { i18nextBundles, I18NEXT_NAMESPACE } from '../../export/i18next.ts';
import { glossaryJson } from '../../export/json.ts';
import { list, t } from '../../i18n/index.ts';
import { UserError } from '../../io/errors.ts';
import type { CommonOptions, Workspace } from '../workspace.ts';

export type ExportKind = 'i18next' | 'json';
export const EXPORT_KINDS: readonly ExportKind[] = ['i18next', 'json'];

export interface ExportCommandOptions extends CommonOptions {
  out?: string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** i18next: `<out>/<lng>/names.json` per locale (--out required); json: standard output, or the file --out names. */
export async function runExport(ws: Workspace, kind: ExportKind, options: ExportCommandOptions): Promise<number> {
  if (kind === 'i18next') {
    if (!options.out) throw new UserError(t('cli.export.error.out-required'));
    const bundles = i18nextBundles(ws.glossary);
    for (const [locale, bundle] of Object.entries(bundles)) {
      const dir = join(options.out, locale);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${I18NEXT_NAMESPACE}.json`), json(bundle));
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
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, text);
    process.stderr.write(`${t('cli.export.written.json', { out: options.out, entities: ws.glossary.entities.size })}\n`);
    return 0;
  }
  throw new UserError(t('cli.export.error.unknown-kind', { kind: String(kind), kinds: list(EXPORT_KINDS, 'disjunction') }));
}

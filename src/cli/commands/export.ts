/** `canonym export`: the glossary for other tools, as i18next resource bundles or one JSON document. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { i18nextBundles, I18NEXT_NAMESPACE } from '../../export/i18next.ts';
import { glossaryJson } from '../../export/json.ts';
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
    if (!options.out) throw new UserError('export i18next needs --out <dir> (it writes <dir>/<lng>/names.json)');
    const bundles = i18nextBundles(ws.glossary);
    for (const [locale, bundle] of Object.entries(bundles)) {
      const dir = join(options.out, locale);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${I18NEXT_NAMESPACE}.json`), json(bundle));
    }
    const keys = Object.values(bundles).reduce((n, b) => n + Object.keys(b).length, 0);
    process.stderr.write(`${options.out}: ${Object.keys(bundles).length} locales, ${keys} keys in namespace "${I18NEXT_NAMESPACE}"\n`);
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
    process.stderr.write(`${options.out}: ${ws.glossary.entities.size} entities\n`);
    return 0;
  }
  throw new UserError(`unknown export format "${String(kind)}"; use ${EXPORT_KINDS.join(' or ')}`);
}

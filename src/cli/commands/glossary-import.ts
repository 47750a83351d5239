/**
 * `canonym glossary export tbx|csv` and `canonym glossary import tbx|csv|wikidata|jrc <file>`: the glossary to and
 * from the formats of CAT tools and spreadsheets, and new layers made from Wikidata and JRC-Names.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { mkdirSync } from 'node:fs';
import { list, t } from '../../i18n/index.ts';
import { fileError, naming, UserError } from '../../io/errors.ts';
import { readTextFile } from '../../io/read.ts';
import { writeOutputFile } from '../../io/write.ts';
import type { EntityType, Glossary, VariantStatus } from '../../glossary/model.ts';
import type { EntityInput } from '../../glossary/schema.ts';
import { glossaryToCsv, csvToEntities } from '../../exchange/csv.ts';
import { glossaryToTbx, tbxToEntities } from '../../exchange/tbx.ts';
import { emptyStats, VariantClaims, wikidataFile } from '../../exchange/wikidata.ts';
import { emptyJrcStats, jrcFile } from '../../exchange/jrc.ts';
import { LayerWriter, layerYaml } from '../../exchange/layer.ts';
import { isKnownLocale } from '../../glossary/validate.ts';
import { SHIPPED_LOCALES } from '../../text/locale.ts';
import { GlossaryError, formatProblem } from '../../glossary/errors.ts';
import { loadGlossary } from '../../glossary/load.ts';
import type { CommonOptions, Workspace } from '../workspace.ts';

export const EXCHANGE_EXPORT_FORMATS = ['tbx', 'csv'] as const;
export const EXCHANGE_IMPORT_FORMATS = ['tbx', 'csv', 'wikidata', 'jrc'] as const;
export type ExchangeExportFormat = (typeof EXCHANGE_EXPORT_FORMATS)[number];
export type ExchangeImportFormat = (typeof EXCHANGE_IMPORT_FORMATS)[number];

export interface GlossaryExportOptions extends CommonOptions {
  out?: string;
  force?: boolean;
}

export interface GlossaryImportOptions extends CommonOptions {
  out?: string;
  force?: boolean;
  ids?: string;
  instanceOf?: string;
  minSitelinks?: string;
  locales?: string;
  variants?: string;
  type?: string;
}

function prepareOut(out: string): void {
  if (/[\\/]$/.test(out) || (existsSync(out) && statSync(out).isDirectory())) throw new UserError(t('cli.glossary.exchange.error.out-is-folder', { out }));
  try {
    mkdirSync(dirname(out), { recursive: true });
  } catch (error) {
    throw fileError(error, dirname(out), 'write');
  }
}

export function runGlossaryExport(ws: Workspace, format: ExchangeExportFormat, options: GlossaryExportOptions): number {
  const glossary: Glossary = ws.glossary;
  let text: string;
  if (format === 'tbx') text = glossaryToTbx(glossary);
  else if (format === 'csv') text = glossaryToCsv(glossary);
  else throw new UserError(t('cli.glossary.exchange.error.format', { format: String(format), formats: list(EXCHANGE_EXPORT_FORMATS, 'disjunction') }));
  if (!options.out) {
    process.stdout.write(text);
    return 0;
  }
  prepareOut(options.out);
  writeOutputFile(options.out, Buffer.from(text), { force: options.force ?? false });
  process.stderr.write(`${t('cli.glossary.export.written', { out: options.out, format: format.toUpperCase(), entities: glossary.entities.size })}\n`);
  return 0;
}

const commaList = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

function localesOption(value: string | undefined, fallback: readonly string[]): string[] {
  const locales = value ? commaList(value) : [...fallback];
  for (const locale of locales) if (!isKnownLocale(locale)) throw new UserError(t('cli.error.unknown-locale', { locale }));
  return locales;
}

function qids(value: string | undefined, option: string): Set<string> | undefined {
  if (value === undefined) return undefined;
  const ids = commaList(value).map((id) => id.replace(/^q/, 'Q'));
  const bad = ids.find((id) => !/^Q\d+$/.test(id));
  if (bad !== undefined || !ids.length) throw new UserError(t('cli.glossary.import.error.qid', { option, value: bad ?? value }));
  return new Set(ids);
}

function typeOption(value: string | undefined): EntityType | undefined {
  if (value === undefined) return undefined;
  if (!['person', 'place', 'organisation', 'other'].includes(value)) throw new UserError(t('cli.glossary.import.error.type', { value }));
  return value as EntityType;
}

/** The variants the glossary under the new layer has already: an import must not claim them for another entity. */
function claimsOf(glossary: Glossary): VariantClaims {
  const claims = new VariantClaims();
  for (const entity of glossary.entities.values()) for (const v of entity.variants) claims.claim(v.form, entity.id);
  return claims;
}

/**
 * The glossary the new layer goes over, parsed from its YAML without building the name index: an import needs only
 * its variants, and the index (fuzzy keys, generated spellings) costs more than a large import itself.
 */
function glossaryUnder(ws: Workspace): Glossary {
  try {
    return loadGlossary({ layers: ws.layers, withoutShipped: ws.withoutShipped });
  } catch (error) {
    if (error instanceof GlossaryError) {
      throw new UserError(t('cli.error.glossary-problems', { count: error.problems.length, problems: error.problems.map(formatProblem).join('\n') }));
    }
    throw error;
  }
}

function readInput(file: string, ws: Workspace): string {
  return readTextFile(file, ws.options.maxSize).text;
}

async function writeAll(out: string | undefined, header: string[], entities: AsyncIterable<EntityInput>): Promise<number> {
  const writer = new LayerWriter(out, header);
  try {
    for await (const entity of entities) await writer.add(entity);
    await writer.finish();
  } catch (error) {
    writer.abort();
    throw error;
  }
  return writer.count;
}

export async function runGlossaryImport(ws: Workspace, format: ExchangeImportFormat, file: string, options: GlossaryImportOptions): Promise<number> {
  if (!(EXCHANGE_IMPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UserError(t('cli.glossary.exchange.error.format', { format: String(format), formats: list(EXCHANGE_IMPORT_FORMATS, 'disjunction') }));
  }
  const type = typeOption(options.type);
  const header = [`Imported by canonym glossary import ${format} from ${basename(file)}.`, 'Review before use: every spelling in a glossary layer is taken as right.'];
  if (options.out) {
    prepareOut(options.out);
    if (existsSync(options.out) && !options.force) throw new UserError(t('cli.glossary.import.error.exists', { out: options.out }));
  }

  if (format === 'tbx' || format === 'csv') {
    const text = readInput(file, ws);
    let entities: EntityInput[];
    let notes: string[];
    let detail: string;
    let readCount: number;
    try {
      if (format === 'tbx') {
        const read = naming(file, () => tbxToEntities(text, { ...(type ? { type } : {}), file: basename(file) }));
        entities = read.entities;
        notes = read.skipped;
        detail = read.dialect;
        readCount = read.concepts;
      } else {
        const read = csvToEntities(text, { ...(type ? { type } : {}), file: basename(file) });
        entities = read.entities;
        notes = read.problems;
        detail = 'CSV';
        readCount = read.entities.length + read.problems.length;
      }
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(t('cli.glossary.import.error.unreadable', { file, message: (error as Error).message.split('\n')[0] ?? '' }));
    }
    for (const note of notes) process.stderr.write(`${t('cli.glossary.import.note', { file, message: note })}\n`);
    const yaml = layerYaml(entities, header);
    if (options.out) writeOutputFile(options.out, Buffer.from(yaml), { force: options.force ?? false });
    else process.stdout.write(yaml);
    process.stderr.write(`${t('cli.glossary.import.done', { file, detail, kept: entities.length, read: readCount, out: options.out ?? '-' })}\n`);
    return 0;
  }

  if (!existsSync(file)) throw fileError(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }), file, 'read');
  // Options first: a typo should not wait for the glossary to load.
  const locales = localesOption(options.locales, format === 'wikidata' ? SHIPPED_LOCALES : ['en']);
  const minSitelinks = options.minSitelinks === undefined ? undefined : Number(options.minSitelinks);
  if (minSitelinks !== undefined && !(Number.isInteger(minSitelinks) && minSitelinks >= 0)) {
    throw new UserError(t('cli.glossary.import.error.number', { option: '--min-sitelinks', value: options.minSitelinks! }));
  }
  const variants = options.variants ?? 'forbidden';
  if (variants !== 'forbidden' && variants !== 'admitted') throw new UserError(t('cli.glossary.import.error.variants', { value: variants }));
  const wikidataIds = format === 'wikidata' ? qids(options.ids, '--ids') : undefined;
  const instanceOf = qids(options.instanceOf, '--instance-of');
  const claimed = claimsOf(glossaryUnder(ws));
  try {
    if (format === 'wikidata') {
      const stats = emptyStats();
      const kept = await writeAll(
        options.out,
        header,
        wikidataFile(file, { locales, ...(wikidataIds ? { ids: wikidataIds } : {}), ...(instanceOf ? { instanceOf } : {}), ...(minSitelinks !== undefined ? { minSitelinks } : {}), claimed }, stats),
      );
      const detail = `Wikidata ${stats.format ?? 'dump'}`;
      process.stderr.write(`${t('cli.glossary.import.done', { file, detail, kept, read: stats.read, out: options.out ?? '-' })}\n`);
      if (stats.skipped.unreadable) process.stderr.write(`${t('cli.glossary.import.unreadable-lines', { file, count: stats.skipped.unreadable })}\n`);
      return 0;
    }
    const stats = emptyJrcStats();
    const ids = options.ids ? new Set(commaList(options.ids)) : undefined;
    const kept = await writeAll(options.out, header, jrcFile(file, { locales, variants: variants as VariantStatus, ...(ids ? { ids } : {}), claimed }, stats));
    process.stderr.write(`${t('cli.glossary.import.done', { file, detail: 'JRC-Names', kept, read: stats.ids, out: options.out ?? '-' })}\n`);
    if (stats.unreadable) process.stderr.write(`${t('cli.glossary.import.unreadable-lines', { file, count: stats.unreadable })}\n`);
    if (stats.scattered) process.stderr.write(`${t('cli.glossary.import.scattered', { file, count: stats.scattered })}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw fileError(error, file, 'read');
    // zlib and bzip2 errors, a document that is not Wikidata's: the input's fault, not a bug.
    throw new UserError(t('cli.glossary.import.error.unreadable', { file, message: (error as Error).message.split('\n')[0] ?? String(error) }));
  }
}

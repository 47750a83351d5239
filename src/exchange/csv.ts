/**
 * The glossary as a spreadsheet (RFC 4180 CSV, UTF-8), one row per entity with one column per locale, and one row
 * per variant and per spec under it, so that a newsroom can keep names in a sheet and filter by row kind.
 *
 * Columns, in this order (a column no row uses is left out on export; any order is read on import):
 * | column | holds |
 * |---|---|
 * | `id` | the entity id, on every row (variant and spec rows belong to the entity of their id) |
 * | `kind` | `entity`, `variant` or `spec` |
 * | `type`, `gender`, `description` | entity rows |
 * | `<lng>` (`en`, `de`, …) | canonical forms in that locale, several on separate lines of the cell (first = preferred) |
 * | `short:<lng>`, `native:<lng>` | short forms, native forms |
 * | `form`, `status`, `wrongIn`, `until`, `origin` | variant rows: the spelling, forbidden or admitted, the locales the status is about (comma-separated; empty = all), the last year it was right, where it comes from |
 * | `locale`, `from`, `to` | spec rows |
 * | `sources`, `notThisEntity` | entity rows, one per line of the cell |
 *
 * A row with no `kind` is an entity row, so a sheet of names only (id, type, description, en, de, …) imports too.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Entity, EntityType, Gender, Glossary, Variant, VariantStatus } from '../glossary/model.ts';
import type { EntityInput } from '../glossary/schema.ts';
import { entityInput } from './layer.ts';

const FIXED_HEAD = ['id', 'kind', 'type', 'gender', 'description'];
const VARIANT_COLUMNS = ['form', 'status', 'wrongIn', 'until', 'origin'];
const SPEC_COLUMNS = ['locale', 'from', 'to'];
const TAIL = ['sources', 'notThisEntity'];

const cell = (values: string[]) => values.join('\n');
const cellValues = (value: string | undefined) => (value ?? '').split(/\r?\n/).filter((v) => v !== '');

/** Locales in the order they first appear (names, then short and native forms). */
function localeColumns(entities: Entity[]): { names: string[]; short: string[]; native: string[] } {
  const seen = { names: new Set<string>(), short: new Set<string>(), native: new Set<string>() };
  for (const e of entities) {
    for (const l of Object.keys(e.names)) seen.names.add(l);
    for (const l of Object.keys(e.short)) seen.short.add(l);
    for (const l of Object.keys(e.native)) seen.native.add(l);
  }
  return { names: [...seen.names], short: [...seen.short], native: [...seen.native] };
}

export function glossaryToCsv(glossary: Glossary, entities: Iterable<Entity> = glossary.entities.values()): string {
  const all = [...entities];
  const locales = localeColumns(all);
  const columns = [
    ...FIXED_HEAD,
    ...locales.names,
    ...locales.short.map((l) => `short:${l}`),
    ...locales.native.map((l) => `native:${l}`),
    ...VARIANT_COLUMNS,
    ...SPEC_COLUMNS,
    ...TAIL,
  ];
  const rows: Record<string, string>[] = [];
  for (const e of all) {
    const row: Record<string, string> = { id: e.id, kind: 'entity', type: e.type, gender: e.gender ?? '', description: e.description };
    for (const [l, forms] of Object.entries(e.names)) row[l] = cell(forms);
    for (const [l, forms] of Object.entries(e.short)) row[`short:${l}`] = cell(forms);
    for (const [l, forms] of Object.entries(e.native)) row[`native:${l}`] = cell(forms);
    row['sources'] = cell(e.sources);
    row['notThisEntity'] = cell(e.notThisEntity);
    rows.push(row);
    for (const v of e.variants) {
      rows.push({
        id: e.id,
        kind: 'variant',
        form: v.form,
        status: v.status,
        wrongIn: v.wrongIn ? v.wrongIn.join(',') : '',
        until: v.until !== undefined ? String(v.until) : '',
        origin: v.origin ?? '',
      });
    }
    for (const s of e.specs) rows.push({ id: e.id, kind: 'spec', locale: s.locale, from: s.from, to: s.to });
  }
  return stringify(rows.map((r) => columns.map((c) => r[c] ?? '')), { header: true, columns, record_delimiter: 'windows' });
}

export interface CsvImport {
  entities: EntityInput[];
  /** Rows that could not be used, with their line numbers. */
  problems: string[];
}

const TYPES = new Set<EntityType>(['person', 'place', 'organisation', 'other']);
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export interface CsvImportOptions {
  /** The type of entity rows that name none (default other). */
  type?: EntityType;
  /** Named in the description of entity rows that have none. */
  file?: string;
}

export function csvToEntities(text: string, options: CsvImportOptions = {}): CsvImport {
  const records = parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, info: true }) as Array<{
    record: Record<string, string>;
    info: { lines: number };
  }>;
  const byId = new Map<string, Entity>();
  const problems: string[] = [];
  for (const { record: row, info } of records) {
    const at = `line ${info.lines}`;
    const id = (row['id'] ?? '').trim();
    const kind = (row['kind'] ?? '').trim() || 'entity';
    if (!id) {
      problems.push(`${at}: no id`);
      continue;
    }
    if (kind === 'entity') {
      if (byId.has(id)) {
        problems.push(`${at}: a second entity row for "${id}"`);
        continue;
      }
      const names: Record<string, string[]> = {};
      const short: Record<string, string[]> = {};
      const native: Record<string, string[]> = {};
      for (const [column, value] of Object.entries(row)) {
        const forms = cellValues(value);
        if (!forms.length) continue;
        if (column.startsWith('short:')) short[column.slice(6)] = forms;
        else if (column.startsWith('native:')) native[column.slice(7)] = forms;
        else if (LOCALE.test(column) && !['id', 'kind', 'type', 'form', 'to', 'from'].includes(column)) names[column] = forms;
      }
      const type = (row['type'] ?? '').trim() || options.type || 'other';
      if (!TYPES.has(type as EntityType)) {
        problems.push(`${at}: type "${type}" is none of person, place, organisation, other`);
        continue;
      }
      const gender = (row['gender'] ?? '').trim();
      if (gender && gender !== 'male' && gender !== 'female') {
        problems.push(`${at}: gender "${gender}" is neither male nor female`);
        continue;
      }
      byId.set(id, {
        id,
        type: type as EntityType,
        ...(gender ? { gender: gender as Gender } : {}),
        description: row['description'] || `${Object.values(names)[0]?.[0] ?? id} (imported from ${options.file ?? 'CSV'})`,
        native,
        names,
        short,
        variants: [],
        specs: [],
        sources: cellValues(row['sources']),
        notThisEntity: cellValues(row['notThisEntity']),
      });
      continue;
    }
    const entity = byId.get(id);
    if (!entity) {
      problems.push(`${at}: a ${kind} row for "${id}" before its entity row`);
      continue;
    }
    if (kind === 'variant') {
      const form = row['form'] ?? '';
      const status = (row['status'] ?? '').trim() || 'forbidden';
      if (!form || (status !== 'forbidden' && status !== 'admitted')) {
        problems.push(`${at}: a variant row needs a form and a status of forbidden or admitted`);
        continue;
      }
      const wrongIn = (row['wrongIn'] ?? '').split(',').map((l) => l.trim()).filter(Boolean);
      const until = (row['until'] ?? '').trim();
      if (until && !/^\d{4}$/.test(until)) {
        problems.push(`${at}: until "${until}" is not a year`);
        continue;
      }
      const variant: Variant = {
        form,
        status: status as VariantStatus,
        wrongIn: wrongIn.length ? wrongIn : null,
        ...(row['origin'] ? { origin: row['origin'] } : {}),
        ...(until ? { until: Number(until) } : {}),
      };
      entity.variants.push(variant);
    } else if (kind === 'spec') {
      entity.specs.push({ locale: row['locale'] ?? '', from: row['from'] ?? '', to: row['to'] ?? '' });
    } else problems.push(`${at}: kind "${kind}" is none of entity, variant, spec`);
  }
  return { entities: [...byId.values()].map(entityInput), problems };
}

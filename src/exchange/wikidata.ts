/**
 * Wikidata → glossary entities. Three inputs:
 * - the JSON dump (`latest-all.json`, `.gz`, `.bz2`): a JSON array written one entity per line, each line but the
 *   last ending in a comma; read line by line, so memory stays flat whatever the dump's size;
 * - the JSON of entities as Special:EntityData and wbgetentities give it (`{"entities": {"Q…": {…}}}`);
 * - SPARQL query results in JSON (`{"head": {"vars": […]}, "results": {"bindings": […]}}`) with an `?item` column and
 *   the label service's `?itemLabel`, `?itemDescription`, `?itemAltLabel` (optionally `?gender`, `?sitelinks`).
 *
 * What becomes what:
 * - labels → the canonical name in each of the wanted locales (an entity with none is left out);
 * - aliases → admitted variants in their locale (an alias is a name people use, not an error), except one that
 *   is a canonical form already, differs from one only by case or diacritics, has fewer than three letters (and is
 *   not an acronym), or is a variant of another entity already (the glossary's or an earlier import's);
 * - P21 (sex or gender) → gender, male or female (others are left out: the glossary knows only these two);
 * - the English description (else the first in the wanted locales) → description;
 * - P1559 (name in native language) and P1705 (native label) → native forms;
 * - P1448 (official name) with an end time (P582 qualifier) → a variant with `until` the end year; without one, an
 *   admitted variant when it differs from the label;
 * - P31 (instance of) → type: person for human, place for countries, states, cities and settlements, organisation
 *   for organisations, parties, companies; else other;
 * - the entity's page → sources; the id is the slug of the English (else first) label and the Q-id
 *   (`veronica-roth-q328212`), never an id of the shipped glossary.
 */
import { isKnownLocale } from '../glossary/validate.ts';
import type { EntityType, Gender, Variant } from '../glossary/model.ts';
import type { EntityInput } from '../glossary/schema.ts';
import { foldPhrase } from '../text/fold.ts';
import { SHIPPED_LOCALES } from '../text/locale.ts';
import { entityInput, slug } from './layer.ts';
import { lines, openText } from './stream.ts';

export const HUMAN = 'Q5';
const PERSON_CLASSES = new Set([HUMAN]);
const PLACE_CLASSES = new Set([
  'Q6256', // country
  'Q3624078', // sovereign state
  'Q7275', // state
  'Q515', // city
  'Q1549591', // big city
  'Q1637706', // city with millions of inhabitants
  'Q5119', // capital
  'Q486972', // human settlement
  'Q3957', // town
  'Q532', // village
  'Q15284', // municipality
  'Q1093829', // city in the United States
  'Q10864048', // first-level administrative country subdivision
  'Q35657', // state of the United States
  'Q107390', // federated state
]);
const ORGANISATION_CLASSES = new Set([
  'Q43229', // organization
  'Q7278', // political party
  'Q4830453', // business
  'Q783794', // company
  'Q484652', // international organization
  'Q163740', // nonprofit organization
  'Q327333', // government agency
  'Q245065', // intergovernmental organization
  'Q2659904', // government organization
  'Q1058914', // software company
  'Q891723', // public company
]);
const MALE = new Set(['Q6581097', 'Q2449503']); // male, trans man
const FEMALE = new Set(['Q6581072', 'Q1052281']); // female, trans woman

// The parts of Wikidata's entity JSON that the import reads.
interface MonolingualText {
  text: string;
  language: string;
}
interface Snak {
  snaktype?: string;
  property?: string;
  datavalue?: { value: unknown; type?: string };
}
interface Statement {
  mainsnak: Snak;
  rank?: string;
  qualifiers?: Record<string, Snak[]>;
}
export interface WikidataEntity {
  id: string;
  type?: string;
  labels?: Record<string, { language: string; value: string }>;
  descriptions?: Record<string, { language: string; value: string }>;
  aliases?: Record<string, Array<{ language: string; value: string }>>;
  claims?: Record<string, Statement[]>;
  sitelinks?: Record<string, unknown>;
  /** SPARQL results carry a count, not the links. */
  sitelinkCount?: number;
}

export interface WikidataOptions {
  /** Locales whose labels become names (default: the glossary's eleven). */
  locales?: string[];
  ids?: ReadonlySet<string>;
  /** Keep only entities that are an instance (P31) of one of these classes (exact classes, no subclass walk). */
  instanceOf?: ReadonlySet<string>;
  minSitelinks?: number;
  /** Folded variants that other entities own already (the glossary the layer goes over). */
  claimed?: VariantClaims;
}

/**
 * Which entity owns each folded variant, as 53-bit hashes: a million entities' aliases in tens of megabytes, where
 * the strings would take hundreds. A hash collision drops one alias too many, never lets a conflict through.
 */
export class VariantClaims {
  private owners = new Map<number, number>();

  /** Claims the form for the entity; false when another entity has it. */
  claim(form: string, id: string): boolean {
    const key = hashString(foldPhrase(form));
    const owner = this.owners.get(key);
    const me = hashString(id);
    if (owner !== undefined && owner !== me) return false;
    this.owners.set(key, me);
    return true;
  }

  get size(): number {
    return this.owners.size;
  }
}

/** cyrb53: a fast 53-bit string hash (public domain, by bryc). */
export function hashString(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export type SkipReason = 'filtered' | 'no-label' | 'not-an-item' | 'unreadable';

const itemIds = (statements: Statement[] | undefined): string[] =>
  (statements ?? [])
    .filter((s) => s.rank !== 'deprecated' && s.mainsnak?.snaktype === 'value')
    .map((s) => (s.mainsnak.datavalue?.value as { id?: string } | undefined)?.id)
    .filter((id): id is string => typeof id === 'string');

const monolingual = (statements: Statement[] | undefined): Array<{ value: MonolingualText; statement: Statement }> =>
  (statements ?? [])
    .filter((s) => s.rank !== 'deprecated' && s.mainsnak?.snaktype === 'value')
    .map((s) => ({ value: s.mainsnak.datavalue?.value as MonolingualText, statement: s }))
    .filter(({ value }) => value && typeof value.text === 'string' && typeof value.language === 'string' && value.text.trim() !== '');

/** The year of a Wikidata time value ("+1918-11-11T00:00:00Z" → 1918). */
function yearOf(snak: Snak | undefined): number | undefined {
  const time = (snak?.datavalue?.value as { time?: string } | undefined)?.time;
  const m = /^([+-])(\d+)-/.exec(time ?? '');
  if (!m || m[1] === '-') return undefined;
  const year = Number(m[2]);
  return year >= 1000 && year <= 2100 ? year : undefined;
}

function typeOf(classes: string[]): EntityType {
  if (classes.some((c) => PERSON_CLASSES.has(c))) return 'person';
  if (classes.some((c) => ORGANISATION_CLASSES.has(c))) return 'organisation';
  if (classes.some((c) => PLACE_CLASSES.has(c))) return 'place';
  return 'other';
}

function genderOf(entity: WikidataEntity): Gender | undefined {
  const values = itemIds(entity.claims?.['P21']);
  if (values.some((v) => MALE.has(v)) && !values.some((v) => FEMALE.has(v))) return 'male';
  if (values.some((v) => FEMALE.has(v)) && !values.some((v) => MALE.has(v))) return 'female';
  return undefined;
}

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
const isAcronym = (s: string) => /^\p{Lu}{2,}$/u.test(s);

/** One Wikidata entity as a glossary entity, or why it is left out. */
export function wikidataEntity(entity: WikidataEntity, options: WikidataOptions = {}): EntityInput | SkipReason {
  if (!entity || typeof entity.id !== 'string' || !/^Q\d+$/.test(entity.id)) return 'not-an-item';
  const locales = options.locales ?? SHIPPED_LOCALES;
  const classes = itemIds(entity.claims?.['P31']);
  if (options.ids && !options.ids.has(entity.id)) return 'filtered';
  if (options.instanceOf && !classes.some((c) => options.instanceOf!.has(c))) return 'filtered';
  const sitelinks = entity.sitelinkCount ?? Object.keys(entity.sitelinks ?? {}).length;
  if (options.minSitelinks !== undefined && sitelinks < options.minSitelinks) return 'filtered';

  const names: Record<string, string[]> = {};
  for (const locale of locales) {
    const label = entity.labels?.[locale]?.value?.trim();
    if (label) names[locale] = [label];
  }
  const first = Object.values(names)[0]?.[0];
  if (!first) return 'no-label';
  const id = [slug(names['en']?.[0] ?? first), entity.id.toLowerCase()].filter(Boolean).join('-');
  const type = typeOf(classes);
  const gender = genderOf(entity);

  const description =
    entity.descriptions?.['en']?.value?.trim() ||
    locales.map((l) => entity.descriptions?.[l]?.value?.trim()).find(Boolean) ||
    `Wikidata ${entity.id}`;

  const native: Record<string, string[]> = {};
  for (const property of ['P1559', 'P1705']) {
    for (const { value } of monolingual(entity.claims?.[property])) {
      const locale = value.language.toLowerCase();
      if (!isKnownLocale(locale)) continue;
      const forms = (native[locale] ??= []);
      if (!forms.includes(value.text.trim())) forms.push(value.text.trim());
    }
  }

  const canonical = new Set(Object.values(names).flat());
  const canonicalKeys = new Set([...canonical].map(foldPhrase));
  const variants = new Map<string, Variant>();
  const addVariant = (form: string, locale: string, make: () => Variant) => {
    if (canonical.has(form) || canonicalKeys.has(foldPhrase(form))) return;
    const prior = variants.get(form);
    if (prior) {
      if (prior.wrongIn && !prior.wrongIn.includes(locale)) prior.wrongIn.push(locale);
      return;
    }
    if (options.claimed && !options.claimed.claim(form, id)) return;
    variants.set(form, make());
  };
  // Former official names first: a name with a year says more than an alias with the same spelling.
  for (const { value, statement } of monolingual(entity.claims?.['P1448'])) {
    const locale = value.language.toLowerCase();
    if (!isKnownLocale(locale)) continue;
    const form = value.text.trim();
    const until = yearOf(statement.qualifiers?.['P582']?.[0]);
    if (until !== undefined) {
      addVariant(form, locale, () => ({ form, status: 'forbidden', wrongIn: [locale], until, origin: `official name until ${until} (Wikidata P1448)` }));
    } else {
      addVariant(form, locale, () => ({ form, status: 'admitted', wrongIn: [locale], origin: 'official name (Wikidata P1448)' }));
    }
  }
  for (const locale of locales) {
    for (const alias of entity.aliases?.[locale] ?? []) {
      const form = alias.value?.trim();
      if (!form || (letters(form) < 3 && !isAcronym(form))) continue;
      // "Рот, Вероника": a catalogue's inverted form of the label, never written so in running text.
      if (form.includes(',') && canonicalKeys.has(foldPhrase(form.split(',').map((p) => p.trim()).reverse().join(' ')))) continue;
      addVariant(form, locale, () => ({ form, status: 'admitted', wrongIn: [locale], origin: 'Wikidata alias' }));
    }
  }

  return entityInput({
    id,
    type,
    ...(gender ? { gender } : {}),
    description,
    native,
    names,
    short: {},
    variants: [...variants.values()],
    specs: [],
    sources: [`https://www.wikidata.org/wiki/${entity.id}`],
    notThisEntity: [],
  });
}

// ---------------------------------------------------------------------------------------------------- inputs

const QID = /(?:^|\/entity\/)(Q\d+)$/;

interface SparqlTerm {
  type: string;
  value: string;
  'xml:lang'?: string;
}

/** SPARQL result rows as entities: one per ?item, labels in every language the rows give. */
export function sparqlEntities(results: { head?: { vars?: string[] }; results?: { bindings?: Array<Record<string, SparqlTerm>> } }): WikidataEntity[] {
  const byId = new Map<string, WikidataEntity>();
  const vars = results.head?.vars ?? [];
  const itemVar = vars.includes('item') ? 'item' : vars.find((v) => (results.results?.bindings ?? []).some((b) => b[v]?.type === 'uri' && QID.test(b[v]!.value)));
  if (!itemVar) return [];
  for (const row of results.results?.bindings ?? []) {
    const id = QID.exec(row[itemVar]?.value ?? '')?.[1];
    if (!id) continue;
    let entity = byId.get(id);
    if (!entity) byId.set(id, (entity = { id, type: 'item', labels: {}, descriptions: {}, aliases: {}, claims: {} }));
    const term = (name: string) => row[name];
    const label = term(`${itemVar}Label`);
    if (label?.value && label['xml:lang'] && label.value !== id) entity.labels![label['xml:lang']] = { language: label['xml:lang'], value: label.value };
    const description = term(`${itemVar}Description`);
    if (description?.value && description['xml:lang']) entity.descriptions![description['xml:lang']] = { language: description['xml:lang'], value: description.value };
    const alt = term(`${itemVar}AltLabel`);
    if (alt?.value && alt['xml:lang']) {
      const lang = alt['xml:lang'];
      const known = new Set((entity.aliases![lang] ?? []).map((a) => a.value));
      // The label service joins a language's aliases with ", ".
      for (const value of alt.value.split(', ')) if (!known.has(value)) (entity.aliases![lang] ??= []).push({ language: lang, value });
    }
    for (const [name, property] of [['gender', 'P21'], ['sex', 'P21'], ['instance', 'P31'], ['class', 'P31']] as const) {
      const qid = QID.exec(term(name)?.value ?? '')?.[1];
      if (qid && !itemIds(entity.claims![property]).includes(qid)) {
        (entity.claims![property] ??= []).push({ mainsnak: { snaktype: 'value', property, datavalue: { value: { id: qid }, type: 'wikibase-entityid' } } });
      }
    }
    const count = Number(term('sitelinks')?.value);
    if (Number.isFinite(count)) entity.sitelinkCount = count;
  }
  return [...byId.values()];
}

export type WikidataFormat = 'dump' | 'entity-data' | 'sparql';

export interface WikidataStats {
  format?: WikidataFormat;
  read: number;
  kept: number;
  skipped: Record<SkipReason, number>;
}

/** Past this, a document that is not a dump (EntityData, SPARQL results) is refused: those come from one query. */
const WHOLE_DOCUMENT_LIMIT = 512 * 1024 * 1024;

/**
 * The entities of a Wikidata file of any of the three shapes, converted and filtered, one at a time. A dump is
 * streamed; the other two are single JSON documents and are parsed whole.
 */
export async function* wikidataFile(path: string, options: WikidataOptions, stats: WikidataStats): AsyncGenerator<EntityInput> {
  const convert = (raw: WikidataEntity): EntityInput | undefined => {
    stats.read++;
    const made = wikidataEntity(raw, options);
    if (typeof made === 'string') {
      stats.skipped[made]++;
      return undefined;
    }
    stats.kept++;
    return made;
  };
  let mode: 'unknown' | 'dump' | 'whole' = 'unknown';
  let whole = '';
  for await (const line of lines(openText(path))) {
    if (mode === 'unknown') {
      const start = line.trimStart();
      if (start === '') continue;
      if (start === '[') {
        mode = 'dump';
        stats.format = 'dump';
        continue;
      }
      // A dump without the brackets (one entity per line, as `wikibase-dump-filter` writes) is a dump too.
      const entity = tryEntityLine(start);
      if (entity) {
        mode = 'dump';
        stats.format = 'dump';
        const made = convert(entity);
        if (made) yield made;
        continue;
      }
      mode = 'whole';
    }
    if (mode === 'dump') {
      const entity = parseDumpLine(line);
      if (!entity) {
        if (line.trim() !== '' && line.trim() !== ']') {
          stats.read++;
          stats.skipped.unreadable++;
        }
        continue;
      }
      const made = convert(entity);
      if (made) yield made;
      continue;
    }
    whole += line + '\n';
    if (whole.length > WHOLE_DOCUMENT_LIMIT) throw new Error(`not a Wikidata dump (it does not start with "[" on a line of its own) and over ${WHOLE_DOCUMENT_LIMIT / 1024 / 1024} MiB`);
  }
  if (mode !== 'whole') return;
  let doc: unknown;
  try {
    doc = JSON.parse(whole);
  } catch (error) {
    throw new Error(`not JSON: ${(error as Error).message}`);
  }
  whole = '';
  const d = doc as { entities?: Record<string, WikidataEntity>; head?: unknown; results?: unknown };
  let entities: WikidataEntity[];
  if (d && typeof d === 'object' && d.entities && typeof d.entities === 'object') {
    stats.format = 'entity-data';
    entities = Object.values(d.entities);
  } else if (d && typeof d === 'object' && d.head && d.results) {
    stats.format = 'sparql';
    entities = sparqlEntities(d as Parameters<typeof sparqlEntities>[0]);
  } else if (d && typeof d === 'object' && typeof (d as WikidataEntity).id === 'string') {
    stats.format = 'entity-data';
    entities = [d as WikidataEntity];
  } else throw new Error('neither a Wikidata JSON dump, nor entity data ({"entities": …}), nor SPARQL results ({"head": …, "results": …})');
  for (const entity of entities) {
    const made = convert(entity);
    if (made) yield made;
  }
}

function tryEntityLine(line: string): WikidataEntity | undefined {
  if (!line.startsWith('{"')) return undefined;
  const entity = parseDumpLine(line);
  return entity && typeof entity.id === 'string' && typeof entity.type === 'string' && !('entities' in entity) ? entity : undefined;
}

/** One line of the dump: an entity followed by a comma, or the closing bracket. */
export function parseDumpLine(line: string): WikidataEntity | undefined {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) <= 32 || line.charCodeAt(end - 1) === 44)) end--;
  if (end === 0 || line[0] === ']' || line[0] === '[') return undefined;
  try {
    return JSON.parse(end === line.length ? line : line.slice(0, end)) as WikidataEntity;
  } catch {
    return undefined;
  }
}

export const emptyStats = (): WikidataStats => ({ read: 0, kept: 0, skipped: { filtered: 0, 'no-label': 0, 'not-an-item': 0, unreadable: 0 } });

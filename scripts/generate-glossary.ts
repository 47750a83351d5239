/**
 * The generated glossary layer: every country and territory, the continents and a few world regions, and the
 * cities that name time zones, in the glossary's locales, read from the Unicode CLDR packages on npm
 * (cldr-localenames-full, cldr-dates-full, cldr-core). Writes glossary/generated/cldr-territories.yaml and
 * glossary/generated/cldr-cities.yaml; `npm run glossary:generate`.
 *
 * Curated files win: an entity the curated glossary already has (matched by its names, not by a hand-kept
 * table) is not generated again; how CLDR writes it differs from the curated forms is printed for review.
 * CLDR writes names for menus ("Antigua & Barbuda", "St. Lucia", "Hong Kong SAR China", "Фарерские о-ва");
 * the rules below turn those into the forms running text uses, or leave the locale out when no rule applies.
 * A small override table holds the press forms CLDR lacks, each with the page that shows it.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document } from 'yaml';
import { parseGlossaryFile } from '../src/glossary/parse.ts';
import type { EntityInput } from '../src/glossary/schema.ts';
import { foldPhrase } from '../src/text/fold.ts';

export const LOCALES = ['en', 'de', 'fr', 'nl', 'es', 'it', 'pl', 'cs', 'ru', 'uk', 'bg'] as const;
type Locale = (typeof LOCALES)[number];
const CYRILLIC_LOCALES = new Set<string>(['ru', 'uk', 'bg']);

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GLOSSARY_DIR = join(ROOT, 'glossary');
export const GENERATED_DIR = join(GLOSSARY_DIR, 'generated');
export const TERRITORIES_FILE = 'cldr-territories.yaml';
export const CITIES_FILE = 'cldr-cities.yaml';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const packageVersion = (name: string): string => (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;
const readJson = <T>(pkg: string, file: string): T => JSON.parse(readFileSync(join(packageDir(pkg), file), 'utf8')) as T;
/** The file on GitHub that the npm package was built from (cldr-json publishes every package from one tag). */
const githubUrl = (pkg: string, file: string) => `https://github.com/unicode-org/cldr-json/blob/${packageVersion(pkg)}/cldr-json/${pkg}/${file}`;

// ---------------------------------------------------------------------------------------------------------
// What is generated

/**
 * CLDR codes that are not places a press writes about as one: unknown region, outlying Oceania, pseudo-locales,
 * and the groupings (the EU and the UN are organisations in the curated glossary; the eurozone is a currency area).
 */
const SKIPPED_CODES = new Set(['ZZ', 'QO', 'QU', 'EU', 'EZ', 'UN', 'XA', 'XB']);
/**
 * Numeric regions kept: the continents and a few regions whose CLDR names are the press names in every locale.
 * Left out: 001 "world" (a common word), 019 "Americas" (de/nl/cs/pl "Amerika" usually means the United States),
 * the compass-point subregions ("Western Europe" — the press writes "western Europe" in English), 202 (English
 * press writes "sub-Saharan Africa"), and CLDR's statistical groupings (Micronesian Region, Australasia).
 */
const KEPT_REGIONS = new Set(['002', '003', '005', '009', '013', '029', '035', '142', '143', '150', '419']);
/** Where CLDR's name carries a second name in brackets that running text drops ("Myanmar (Burma)"). */
const STRIP_BRACKETS = new Set(['MM', 'CC']);
/** Where the short name is what the press writes and the full name an official title ("Hong Kong SAR China"). */
const SHORT_IS_CANONICAL = new Set(['HK', 'MO']);

/** Names that stand for more than one entity in the press. */
const AMBIGUOUS = new Set(['congo', 'kongo', 'конго']);

/**
 * Press forms CLDR lacks or writes otherwise. Each line: the code, the locale, the form, and a page of the locale's
 * press or reference that writes it. The CLDR form, when usable, stays as an admitted variant.
 */
export const OVERRIDES: ReadonlyArray<{ code: string; locale: Locale; form: string; source: string; admitted?: string[] }> = [
  // CLDR: "Macao" (the territory's own English spelling); English-language news agencies write Macau.
  { code: 'MO', locale: 'en', form: 'Macau', source: 'https://www.reuters.com/article/us-macau-gambling-revenues/macau-casino-revenue-hits-5-month-high-in-may-idUSKCN1T22YO' },
  // CLDR: "Congo - Brazzaville" / "Congo (Republic)", both menu labels. DW writes "Republic of the Congo",
  // AP "Republic of Congo", Reuters "Congo Republic": all three are the country.
  {
    code: 'CG', locale: 'en', form: 'Republic of the Congo', source: 'https://www.dw.com/en/republic-of-the-congo-elections-a-foregone-conclusion/a-76347978',
    admitted: ['Republic of Congo', 'Congo Republic'],
  },
  // CLDR: "St. Vincent & Grenadines" (the "&" rule would give a name without its article).
  { code: 'VC', locale: 'en', form: 'Saint Vincent and the Grenadines', source: 'https://en.wikipedia.org/wiki/Saint_Vincent_and_the_Grenadines' },
  // CLDR: "South Georgia & South Sandwich Islands".
  { code: 'GS', locale: 'en', form: 'South Georgia and the South Sandwich Islands', source: 'https://en.wikipedia.org/wiki/South_Georgia_and_the_South_Sandwich_Islands' },
];

/** Time-zone exemplar "cities" that are not cities: islands, stations, atolls, archipelagos. */
const NOT_A_CITY = /\b(?:Islands?|Atoll|Station|Land|Archipelago|Canaries|Faroes|Azores|Madeira|Bermuda)\b/;
/** Zones named after an island, a peninsula or a region rather than a city (Bahia: the city is Salvador). */
const NOT_A_CITY_ZONES = new Set([
  'America/Antigua', 'America/Bahia', 'America/Grand_Turk', 'America/Tortola', 'America/Noronha', 'Asia/Kamchatka', 'Asia/Sakhalin',
  'Atlantic/South_Georgia', 'Australia/Lindeman', 'Indian/Mahe', 'Pacific/Bougainville', 'Pacific/Efate', 'Pacific/Fakaofo',
  'Pacific/Gambier', 'Pacific/Guadalcanal', 'Pacific/Kiritimati', 'Pacific/Kosrae', 'Pacific/Ponape', 'Pacific/Rarotonga',
  'Pacific/Saipan', 'Pacific/Tahiti', 'Pacific/Tongatapu', 'Pacific/Truk',
]);

// ---------------------------------------------------------------------------------------------------------
// Menu names → running-text names

// The tokenizer reads "’s" at a word's end as a possessive and a final apostrophe as punctuation: Dutch
// "Bahama’s", Italian "Anadyr’" and "Ust’-Nera" (the soft sign) would never be found as written.
const APOSTROPHE_AT_WORD_END = /['’ʼ]s?(?=[\s-]|$)/u;

/** A form the matcher can take as one name: no brackets, ampersands, dots, commas or spaced dashes. */
export function usableForm(form: string): boolean {
  return !/[&().,;/]|\s[-–—]\s|\b(?:SAR|RAE|SRA|ZAO)\b|ОАР|САР/u.test(form) && !APOSTROPHE_AT_WORD_END.test(form) && form.trim() === form && form.length > 1;
}

/**
 * The running-text form of a CLDR name in a locale, or undefined when none can be made:
 * brackets dropped where they hold a second name; Russian "о-в"/"о-ва" (menu abbreviations) spelled out;
 * English "&" as "and" and "St." as "Saint"; the Ukrainian apostrophe U+02BC as U+2019, as Ukrainian press sets it.
 */
export function runningForm(code: string, locale: string, cldr: string | undefined): string | undefined {
  if (!cldr) return undefined;
  let form = cldr.replace(/\u00ad/gu, ''); // soft hyphens (de "Reyk\u00adja\u00advík")
  if (STRIP_BRACKETS.has(code)) form = form.replace(/\s*\([^)]*\)/gu, ' ');
  if (locale === 'ru') form = form.replace(/(^|\s)о-ва(?=\s|$)/gu, '$1острова').replace(/(^|\s)о-в(?=\s|$)/gu, '$1остров');
  if (locale === 'en') form = form.replace(/\s&\s/gu, ' and ').replace(/(^|\s)St\.\s/gu, '$1Saint ');
  if (locale === 'uk') form = form.replace(/ʼ/gu, '’');
  form = form.replace(/\s+/gu, ' ').trim();
  return usableForm(form) ? form : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Reading the curated layer

interface Curated {
  input: EntityInput;
  file: string;
  keys: Set<string>;
}

/** Every curated entity: the YAML files under glossary/ except the generated folder. */
export function readCurated(dir = GLOSSARY_DIR): Curated[] {
  const out: Curated[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (path !== GENERATED_DIR) walk(path);
      } else if (/\.ya?ml$/i.test(name)) {
        const file = relative(ROOT, path);
        const parsed = parseGlossaryFile(file, readFileSync(path, 'utf8'));
        if (parsed.problems.length) throw new Error(`${file}: ${parsed.problems.map((p) => p.message).join('; ')}`);
        for (const { input } of parsed.entities) {
          const keys = new Set<string>();
          for (const field of [input.names, input.short, input.native]) for (const v of Object.values(field ?? {})) for (const f of [v].flat()) keys.add(foldPhrase(f));
          for (const v of input.variants ?? []) keys.add(foldPhrase(typeof v === 'string' ? v : v.form));
          out.push({ input, file, keys });
        }
      }
    }
  };
  walk(dir);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Dictionaries: a city name that is an ordinary word is not generated

function dictionaryWords(locale: string): Set<string> {
  const words = new Set<string>();
  let text: string;
  try {
    // The dictionary packages export only their entry module; the word list sits beside it.
    text = readFileSync(join(dirname(fileURLToPath(import.meta.resolve(`dictionary-${locale}`))), 'index.dic'), 'utf8');
  } catch {
    return words; // no hunspell dictionary for this locale (bg)
  }
  const names = new Set<string>();
  const lower: string[] = [];
  for (const line of text.split('\n')) {
    const word = line.split(/[/\t ]/u, 1)[0]!;
    if (/^\p{Ll}/u.test(word)) lower.push(word);
    else if (/^\p{Lu}/u.test(word)) names.add(foldPhrase(word));
  }
  // A lower-case entry whose capitalised twin the dictionary also lists is the name's own stem (German lists
  // "dakar", "toronto" as compound parts beside "Dakar", "Toronto"), not an ordinary word.
  for (const word of lower) {
    const key = foldPhrase(word);
    if (!names.has(key)) words.add(key);
  }
  return words;
}

// ---------------------------------------------------------------------------------------------------------
// The generator

interface Candidate {
  code: string; // "TD", "002", or a zone id "America/Bogota"
  kind: 'territory' | 'city';
  names: Partial<Record<Locale, string>>;
  short: Partial<Record<Locale, string>>;
  variants: Map<string, Set<Locale>>;
  territory?: string; // cities: the territory code
  enLabel: string; // the English CLDR label, for ids and descriptions
}

export interface GenerateReport {
  territories: number;
  cities: number;
  skippedCurated: { code: string; id: string }[];
  unmatchedCurated: string[];
  curatedDiffs: string[];
  droppedForms: string[];
  territoryCollisions: string[];
  cityCollisions: string[];
  cityFormCollisions: string[];
  cityWords: string[];
  cityNotCities: string[];
  territoryWords: string[];
}

export interface Generated {
  files: Record<string, string>;
  report: GenerateReport;
}

type Territories = Record<string, string>;
type ZoneTree = { [k: string]: ZoneTree | { _type?: string; exemplarCity?: string } };

function zoneExemplars(locale: string): Map<string, string> {
  const data = readJson<{ main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }> }>('cldr-dates-full', `main/${locale}/timeZoneNames.json`);
  const out = new Map<string, string>();
  const walk = (node: ZoneTree, path: string[]) => {
    for (const [k, v] of Object.entries(node)) {
      if (v && typeof v === 'object' && '_type' in v) {
        if (typeof v.exemplarCity === 'string') out.set([...path, k].join('/'), v.exemplarCity);
      } else walk(v as ZoneTree, [...path, k]);
    }
  };
  walk(data.main[locale]!.dates.timeZoneNames.zone, []);
  return out;
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ø]/gu, 'o').replace(/ł/gu, 'l').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const LOCALE_ORDER = new Map<string, number>(LOCALES.map((l, i) => [l, i]));
const byLocale = (a: string, b: string) => LOCALE_ORDER.get(a)! - LOCALE_ORDER.get(b)!;

export function generateGlossary(): Generated {
  const report: GenerateReport = {
    territories: 0, cities: 0, skippedCurated: [], unmatchedCurated: [], curatedDiffs: [], droppedForms: [],
    territoryCollisions: [], cityCollisions: [], cityFormCollisions: [], cityWords: [], cityNotCities: [], territoryWords: [],
  };
  const versions = {
    names: packageVersion('cldr-localenames-full'),
    dates: packageVersion('cldr-dates-full'),
    core: packageVersion('cldr-core'),
  };

  // --- CLDR data
  const territoryNames = new Map<Locale, Territories>();
  for (const l of LOCALES) {
    territoryNames.set(l, readJson<{ main: Record<string, { localeDisplayNames: { territories: Territories } }> }>('cldr-localenames-full', `main/${l}/territories.json`).main[l]!.localeDisplayNames.territories);
  }
  const containment = readJson<{ supplemental: { territoryContainment: Record<string, { _contains: string[]; _grouping?: string }> } }>('cldr-core', 'supplemental/territoryContainment.json').supplemental.territoryContainment;
  const info = readJson<{ supplemental: { territoryInfo: Record<string, { _population?: string }> } }>('cldr-core', 'supplemental/territoryInfo.json').supplemental.territoryInfo;
  const windows = readJson<{ supplemental: { windowsZones: { mapTimezones: { mapZone: { _territory: string; _type: string } }[] } } }>('cldr-core', 'supplemental/windowsZones.json').supplemental.windowsZones.mapTimezones;

  // The smallest non-grouping region that contains a code (TD → 017 Middle Africa).
  const parentRegion = new Map<string, string>();
  for (const [region, { _contains, _grouping }] of Object.entries(containment)) {
    if (_grouping || region.includes('-status-') || region === '001') continue;
    for (const child of _contains) if (!parentRegion.has(child) || /^[A-Z]{2}$/.test(child)) parentRegion.set(child, region);
  }
  const en = territoryNames.get('en')!;

  // --- territory candidates
  const candidates: Candidate[] = [];
  for (const code of Object.keys(en).filter((k) => !k.includes('-alt-')).sort()) {
    const isRegion = /^\d{3}$/.test(code);
    if (isRegion ? !KEPT_REGIONS.has(code) : SKIPPED_CODES.has(code) || code === 'AN') continue;
    const c: Candidate = { code, kind: 'territory', names: {}, short: {}, variants: new Map(), enLabel: en[code]! };
    for (const l of LOCALES) {
      const t = territoryNames.get(l)!;
      const main = runningForm(code, l, t[code]);
      const short = runningForm(code, l, t[`${code}-alt-short`]);
      const variant = runningForm(code, l, t[`${code}-alt-variant`]);
      let canonical = SHORT_IS_CANONICAL.has(code) ? short ?? main : main ?? short;
      // Spanish and Polish CLDR call the Republic of the Congo just "Congo"/"Kongo", which the press uses for
      // either Congo (mostly the larger one): a bare "Congo" cannot be one entity's canonical form.
      if (canonical && AMBIGUOUS.has(foldPhrase(canonical))) {
        report.droppedForms.push(`${code} ${l}: "${canonical}" names either Congo`);
        canonical = undefined;
      }
      const override = OVERRIDES.find((o) => o.code === code && o.locale === l);
      const admitted = [main, short, variant].filter((f): f is string => !!f);
      if (override) {
        canonical = override.form;
        admitted.push(...(override.admitted ?? []));
      }
      // English "St." names: "Saint Lucia" is the country's own name; British press writes "St Lucia" without the
      // dot (https://www.bbc.co.uk/news/world-latin-america-19833215), admitted as well.
      if (l === 'en' && !override && /(^|\s)St\.\s/u.test(t[code] ?? '')) {
        const st = runningForm(code, l, t[code]!.replace(/(^|\s)St\.\s/gu, '$1St '));
        if (st) admitted.push(st);
      }
      if (!canonical) {
        report.droppedForms.push(`${code} ${l}: no running-text form in CLDR (${t[code]})`);
        continue;
      }
      c.names[l] = canonical;
      if (short && short !== canonical && !SHORT_IS_CANONICAL.has(code)) c.short[l] = short;
      for (const form of admitted) {
        if (foldPhrase(form) === foldPhrase(canonical) || form === c.short[l]) continue;
        c.variants.set(form, (c.variants.get(form) ?? new Set()).add(l));
      }
    }
    if (c.names.en) c.enLabel = c.names.en;
    candidates.push(c);
  }

  // --- city candidates: exemplar cities of zones that a territory owns (windowsZones names the territory)
  const zoneTerritory = new Map<string, string>();
  for (const { mapZone } of windows) {
    if (mapZone._territory === '001' || mapZone._territory === 'ZZ') continue;
    for (const zone of mapZone._type.split(' ')) zoneTerritory.set(zone, mapZone._territory);
  }
  const exemplars = new Map<Locale, Map<string, string>>(LOCALES.map((l) => [l, zoneExemplars(l)]));
  for (const zone of [...zoneTerritory.keys()].sort()) {
    const territory = zoneTerritory.get(zone)!;
    if (territory === 'AQ' || /^(?:Etc|Antarctica)\//.test(zone)) continue;
    // CLDR's own fallback: the last part of the zone id, underscores as spaces (Latin script only).
    const fallback = zone.split('/').at(-1)!.replace(/_/g, ' ');
    const c: Candidate = { code: zone, kind: 'city', names: {}, short: {}, variants: new Map(), territory, enLabel: exemplars.get('en')!.get(zone) ?? fallback };
    if (NOT_A_CITY.test(c.enLabel) || NOT_A_CITY_ZONES.has(zone) || !usableForm(c.enLabel)) {
      report.cityNotCities.push(`${zone} (${c.enLabel})`);
      continue;
    }
    for (const l of LOCALES) {
      const raw = exemplars.get(l)!.get(zone) ?? (CYRILLIC_LOCALES.has(l) ? undefined : fallback);
      const form = runningForm(zone, l, raw);
      if (form) c.names[l] = form;
    }
    candidates.push(c);
  }

  // --- curated entities: match each to at most one CLDR item by how many locales' names agree
  const curated = readCurated();
  const curatedPlaces = curated.filter((e) => e.input.type === 'place');
  const scored: { score: number; cand: Candidate; cur: Curated }[] = [];
  for (const cand of candidates) {
    const forms = new Map<string, string[]>();
    for (const [l, f] of Object.entries(cand.names)) forms.set(l, [f]);
    for (const [l, f] of Object.entries(cand.short)) forms.get(l)?.push(f);
    for (const [f, ls] of cand.variants) for (const l of ls) forms.get(l)?.push(f);
    for (const cur of curatedPlaces) {
      let score = 0;
      for (const [l, fs] of forms) {
        const mine = [cur.input.names?.[l] ?? []].flat().map(foldPhrase);
        if (fs.some((f) => mine.includes(foldPhrase(f)))) score++;
      }
      const enMatch = (cur.input.names?.en ? [cur.input.names.en].flat() : []).some((f) => [...(forms.get('en') ?? [])].some((g) => foldPhrase(g) === foldPhrase(f)));
      // A curated entity written with the id a generated one would get is that entity (the README's way to correct one).
      if (cur.input.id === slug(cand.enLabel)) score += 3;
      if (score >= 2 || (enMatch && score >= 1)) scored.push({ score: score + (cand.kind === 'territory' ? 0.5 : 0), cand, cur });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.cand.code.localeCompare(b.cand.code) || a.cur.input.id.localeCompare(b.cur.input.id));
  const takenCand = new Map<Candidate, Curated>();
  const takenCur = new Set<string>();
  for (const { cand, cur } of scored) {
    if (takenCand.has(cand) || takenCur.has(cur.input.id)) continue;
    takenCand.set(cand, cur);
    takenCur.add(cur.input.id);
  }
  for (const [cand, cur] of [...takenCand].sort((a, b) => a[1].input.id.localeCompare(b[1].input.id))) {
    report.skippedCurated.push({ code: cand.code, id: cur.input.id });
    for (const l of LOCALES) {
      const mine = [cur.input.names?.[l] ?? []].flat();
      const theirs = cand.names[l];
      if (theirs && !mine.includes(theirs)) report.curatedDiffs.push(`${cur.input.id} (${cand.code}) ${l}: CLDR "${theirs}", curated ${mine.length ? mine.map((m) => `"${m}"`).join(' / ') : '(none)'}`);
    }
  }
  report.unmatchedCurated = curatedPlaces.filter((c) => !takenCur.has(c.input.id)).map((c) => c.input.id).sort();
  const fresh = candidates.filter((c) => !takenCand.has(c));

  // --- collisions: a generated name may not be another entity's spelling
  const curatedKeys = new Map<string, string>();
  for (const c of curated) for (const k of c.keys) if (!curatedKeys.has(k)) curatedKeys.set(k, c.input.id);
  const curatedIds = new Set(curated.map((c) => c.input.id));

  const territories = fresh.filter((c) => c.kind === 'territory');
  const cities = fresh.filter((c) => c.kind === 'city');
  const keyOwners = new Map<string, Set<Candidate>>();
  const own = (c: Candidate) => new Set([...Object.values(c.names), ...Object.values(c.short), ...c.variants.keys()].map(foldPhrase));
  for (const c of territories) for (const k of own(c)) keyOwners.set(k, (keyOwners.get(k) ?? new Set()).add(c));
  // Territories: a form shared with a curated entity or another territory is dropped from the generated one.
  for (const c of territories) {
    for (const field of ['names', 'short'] as const) {
      for (const [l, f] of Object.entries(c[field]) as [Locale, string][]) {
        const k = foldPhrase(f);
        const other = curatedKeys.get(k) ?? [...(keyOwners.get(k) ?? [])].find((o) => o !== c)?.code;
        if (other) {
          report.territoryCollisions.push(`${c.code} ${l} ${field} "${f}" is also ${other}`);
          delete c[field][l];
        }
      }
    }
    for (const [f] of c.variants) {
      const k = foldPhrase(f);
      const other = curatedKeys.get(k) ?? [...(keyOwners.get(k) ?? [])].find((o) => o !== c)?.code;
      if (other) {
        report.territoryCollisions.push(`${c.code} variant "${f}" is also ${other}`);
        c.variants.delete(f);
      }
    }
  }
  // Cities: any shared form, an ordinary word, or a taken id, and the city is left out.
  const dictionaries = new Map(LOCALES.map((l) => [l, dictionaryWords(l)]));
  const territoryKeys = new Set([...territories.flatMap((c) => [...own(c)])]);
  const cityKeyCount = new Map<string, number>();
  for (const c of cities) for (const k of own(c)) cityKeyCount.set(k, (cityKeyCount.get(k) ?? 0) + 1);
  const keptCities: Candidate[] = [];
  const clashOf = (k: string) => (curatedKeys.has(k) ? curatedKeys.get(k) : territoryKeys.has(k) ? 'a territory' : cityKeyCount.get(k)! > 1 ? 'another city' : undefined);
  for (const c of cities) {
    // The English name taken: the city is left out. Another locale's form taken ("Túnez" is Tunisia and Tunis
    // in Spanish): that form alone is left out.
    const enClash = clashOf(foldPhrase(c.names.en ?? c.enLabel));
    if (enClash) {
      report.cityCollisions.push(`${c.code} "${c.names.en ?? c.enLabel}" is also ${enClash}`);
      continue;
    }
    for (const [l, f] of Object.entries(c.names) as [Locale, string][]) {
      const clash = clashOf(foldPhrase(f));
      if (clash) {
        report.cityFormCollisions.push(`${c.code} ${l} "${f}" is also ${clash}`);
        delete c.names[l];
      }
    }
    // Each form against its own language's dictionary (bg has none on npm).
    const word = Object.entries(c.names).flatMap(([l, f]) => {
      const k = foldPhrase(f);
      return !k.includes(' ') && dictionaries.get(l as Locale)!.has(k) ? [`${l} "${f}"`] : [];
    });
    if (word.length) {
      report.cityWords.push(`${c.code}: ${word.join(', ')}`);
      continue;
    }
    keptCities.push(c);
  }
  for (const c of territories) {
    for (const [l, f] of Object.entries(c.names)) {
      const k = foldPhrase(f);
      if (!k.includes(' ') && dictionaries.get(l as Locale)!.has(k)) report.territoryWords.push(`${c.code} ${l} "${f}"`);
    }
  }

  // --- ids
  const ids = new Set(curatedIds);
  const idOf = (c: Candidate): string | undefined => {
    const base = slug(c.enLabel) || slug(c.code);
    for (const id of [base, `${base}-${c.kind === 'city' ? 'city' : 'territory'}`]) {
      if (!ids.has(id)) {
        ids.add(id);
        return id;
      }
    }
    return undefined;
  };

  // --- entities
  const regionName = (code: string | undefined) => (code ? en[code] : undefined);
  const territoryLabel = (code: string) => runningForm(code, 'en', en[`${code}-alt-short`]) && SHORT_IS_CANONICAL.has(code) ? runningForm(code, 'en', en[`${code}-alt-short`])! : OVERRIDES.find((o) => o.code === code && o.locale === 'en')?.form ?? runningForm(code, 'en', en[code]) ?? code;
  const namesSource = (file: string) => [githubUrl('cldr-localenames-full', `main/en/${file}`), `npm cldr-localenames-full@${versions.names} main/{${LOCALES.join(',')}}/${file}`];

  const territoryEntities: EntityInput[] = [];
  for (const c of territories) {
    if (Object.keys(c.names).length === 0) continue;
    const id = idOf(c);
    if (!id) {
      report.territoryCollisions.push(`${c.code}: no free id for "${c.enLabel}"`);
      continue;
    }
    const isRegion = /^\d{3}$/.test(c.code);
    const population = Number(info[c.code]?._population ?? 0);
    const within = regionName(parentRegion.get(c.code));
    const description = isRegion
      ? `world region (CLDR region ${c.code})`
      : `${population > 0 ? 'country or territory' : 'territory without permanent population'}${within ? ` in ${within}` : ''} (CLDR region ${c.code})`;
    const overrides = OVERRIDES.filter((o) => o.code === c.code);
    territoryEntities.push(entity(id, description, c, [...namesSource('territories.json'), ...overrides.map((o) => o.source)]));
  }
  const cityEntities: EntityInput[] = [];
  for (const c of keptCities) {
    if (!c.names.en) continue;
    const id = idOf(c);
    if (!id) {
      report.cityCollisions.push(`${c.code}: no free id for "${c.enLabel}"`);
      continue;
    }
    const description = `city in ${territoryLabel(c.territory!)} (exemplar city of the CLDR time zone ${c.code})`;
    cityEntities.push(entity(id, description, c, [
      githubUrl('cldr-dates-full', 'main/en/timeZoneNames.json'),
      `npm cldr-dates-full@${versions.dates} main/{${LOCALES.join(',')}}/timeZoneNames.json exemplarCity; territory from npm cldr-core@${versions.core} supplemental/windowsZones.json`,
    ]));
  }
  territoryEntities.sort((a, b) => a.id.localeCompare(b.id));
  cityEntities.sort((a, b) => a.id.localeCompare(b.id));
  report.territories = territoryEntities.length;
  report.cities = cityEntities.length;

  const header = (what: string, from: string) => [
    ` GENERATED FILE — do not edit by hand. Regenerate with \`npm run glossary:generate\` (scripts/generate-glossary.ts).`,
    ` ${what}, from the Unicode CLDR: ${from}.`,
    ` Entities that the curated files (glossary/*.yaml) already hold are not generated; to correct a name here,`,
    ` add the entity to a curated file (it then wins) or extend the override table in the script.`,
  ].join('\n');
  const files = {
    [TERRITORIES_FILE]: toYaml(territoryEntities, header('Countries, territories and world regions', `npm cldr-localenames-full@${versions.names} (main/<locale>/territories.json), npm cldr-core@${versions.core} (supplemental/territoryContainment.json, supplemental/territoryInfo.json)`)),
    [CITIES_FILE]: toYaml(cityEntities, header('Cities that name a time zone', `npm cldr-dates-full@${versions.dates} (main/<locale>/timeZoneNames.json exemplarCity), npm cldr-core@${versions.core} (supplemental/windowsZones.json for the territory)`)),
  };
  return { files, report };
}

function entity(id: string, description: string, c: Candidate, sources: string[]): EntityInput {
  const sorted = (r: Partial<Record<string, string>>) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => byLocale(a, b))) as Record<string, string>;
  const out: EntityInput = { id, type: 'place', description, names: sorted(c.names) };
  if (Object.keys(c.short).length) out.short = sorted(c.short);
  // A variant that differs from some locale's canonical form only by case or diacritics ("Timor Oriental" beside
  // French "Timor oriental") is the exact-form rule's business, and the validator refuses it.
  const canonical = new Set(Object.values(c.names));
  const canonicalKeys = new Set([...canonical].map(foldPhrase));
  const variants = [...c.variants].filter(([form]) => canonical.has(form) || !canonicalKeys.has(foldPhrase(form))).map(([form, ls]) => ({ form, status: 'admitted' as const, wrongIn: [...ls].sort(byLocale), origin: 'CLDR alternative name' }));
  if (variants.length) out.variants = variants.sort((a, b) => a.form.localeCompare(b.form));
  out.sources = sources;
  return out;
}

function toYaml(entities: EntityInput[], comment: string): string {
  const doc = new Document(entities);
  doc.commentBefore = comment;
  return doc.toString({ lineWidth: 0 });
}

function printReport(report: GenerateReport): void {
  const section = (title: string, lines: string[]) => {
    process.stderr.write(`\n# ${title} (${lines.length})\n`);
    for (const line of lines) process.stderr.write(`  ${line}\n`);
  };
  section('curated entities not generated again (CLDR code → curated id)', report.skippedCurated.map((s) => `${s.code} → ${s.id}`));
  section('curated places with no CLDR counterpart', report.unmatchedCurated);
  section('CLDR forms that differ from the curated ones (review; curated files win)', report.curatedDiffs);
  section('locales left out: CLDR has no running-text form', report.droppedForms);
  section('territory forms dropped: another entity has them', report.territoryCollisions);
  section('territory names that are also lower-case dictionary words (kept; the matcher needs a capital)', report.territoryWords);
  section('time-zone exemplars that are not cities (skipped)', report.cityNotCities);
  section('cities skipped: a name another entity has', report.cityCollisions);
  section('city forms dropped in one locale: another entity has them', report.cityFormCollisions);
  section('cities skipped: a name that is an ordinary word', report.cityWords);
  process.stderr.write(`\ngenerated ${report.territories} territories and regions, ${report.cities} cities\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { files, report } = generateGlossary();
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(GENERATED_DIR, name), text);
  printReport(report);
}

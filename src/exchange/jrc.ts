/**
 * JRC-Names → glossary entities. The published `entities` file is text, one name variant per line, four fields
 * separated by white space (a tab in the distribution): the JRC id, the type (P person, O organisation; T, E, U and
 * `-` in some releases), the language the variant was seen in (`u` = written so in every language), and the
 * variant with `+` for spaces (`1000595	P	u	Dani+Ábalo`). Lines starting with `#` are comments. The variants of one id
 * stand together; the file is read line by line and each id becomes an entity when the next id starts.
 *
 * The canonical form in a wanted locale is the id's first variant seen in that language and written in its script
 * (Netanjahu in German, Nétanyahou in French, Нетаньяху in Russian); else the first variant written for every
 * language (`u`), else the id's first variant, when it is in the locale's script; else the locale is left out. The
 * other variants become variants of
 * the entity, forbidden or admitted as `variants` says, wrong in the language they were seen in (everywhere for
 * `u`); one that differs from a canonical form only by case or diacritics is left out (`exact-form` reports those).
 */
import type { EntityType, Variant, VariantStatus } from '../glossary/model.ts';
import type { EntityInput } from '../glossary/schema.ts';
import { isKnownLocale } from '../glossary/validate.ts';
import { foldPhrase } from '../text/fold.ts';
import { localeScript, scriptOf } from '../text/script.ts';
import { entityInput, slug } from './layer.ts';
import { lines, openText } from './stream.ts';
import type { VariantClaims } from './wikidata.ts';

export const JRC_NAMES_PAGE = 'https://joint-research-centre.ec.europa.eu/language-technology-resources/jrc-names_en';

export interface JrcLine {
  id: string;
  type: string;
  language: string;
  name: string;
}

/** One line of the file, or undefined for a comment, a blank line or a line without four fields. */
export function parseJrcLine(line: string): JrcLine | undefined {
  if (line.startsWith('#')) return undefined;
  const m = /^\s*(\S+)\s+(\S+)\s+(\S+)\s+(.+?)\s*$/.exec(line);
  if (!m) return undefined;
  const name = m[4]!
    .replace(/\+/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return name ? { id: m[1]!, type: m[2]!, language: m[3]!, name } : undefined;
}

const TYPES: Record<string, EntityType> = { P: 'person', O: 'organisation', T: 'place' };

export interface JrcOptions {
  /** Locales that get canonical names (default en). */
  locales?: string[];
  /** What the other variants of an id become (default forbidden). */
  variants?: VariantStatus;
  ids?: ReadonlySet<string>;
  claimed?: VariantClaims;
}

/** The variants of one JRC id as a glossary entity, or undefined when no wanted locale gets a name. */
export function jrcEntity(group: JrcLine[], options: JrcOptions = {}): EntityInput | undefined {
  const first = group[0];
  if (!first) return undefined;
  const locales = options.locales ?? ['en'];
  const status = options.variants ?? 'forbidden';
  const canonical = (group.find((v) => v.language === 'u') ?? first).name;
  const canonicalScript = scriptOf(canonical);
  const names: Record<string, string[]> = {};
  for (const locale of locales) {
    const script = localeScript(locale);
    const own = group.find((v) => v.language === locale && scriptOf(v.name) === script);
    if (own) names[locale] = [own.name];
    else if (script === canonicalScript) names[locale] = [canonical];
  }
  const named = Object.values(names)[0]?.[0];
  if (!named) return undefined;
  const id = [slug(names['en']?.[0] ?? canonical), `jrc${first.id}`].filter(Boolean).join('-');
  const forms = new Set(Object.values(names).flat());
  const keys = new Set([...forms].map(foldPhrase));
  const variants = new Map<string, Variant>();
  for (const v of group) {
    if (forms.has(v.name) || keys.has(foldPhrase(v.name))) continue;
    const locale = v.language !== 'u' && isKnownLocale(v.language) ? v.language : undefined;
    const prior = variants.get(v.name);
    if (prior) {
      // Seen in several languages: wrong in each; seen as universal: wrong everywhere.
      if (!locale) prior.wrongIn = null;
      else if (prior.wrongIn && !prior.wrongIn.includes(locale)) prior.wrongIn.push(locale);
      continue;
    }
    if (options.claimed && !options.claimed.claim(v.name, id)) continue;
    variants.set(v.name, { form: v.name, status, wrongIn: locale ? [locale] : null });
  }
  const type = TYPES[first.type.toUpperCase()] ?? 'other';
  return entityInput({
    id,
    type,
    description: `JRC-Names entity ${first.id} (${type})`,
    native: {},
    names,
    short: {},
    variants: [...variants.values()],
    specs: [],
    sources: [JRC_NAMES_PAGE],
    notThisEntity: [],
  });
}

export interface JrcStats {
  lines: number;
  ids: number;
  kept: number;
  /** Ids whose variants did not stand together: the later lines are left out. */
  scattered: number;
  unreadable: number;
}

export const emptyJrcStats = (): JrcStats => ({ lines: 0, ids: 0, kept: 0, scattered: 0, unreadable: 0 });

/** The entities of a JRC-Names file (plain, .gz or .bz2), one id at a time. */
export async function* jrcFile(path: string, options: JrcOptions, stats: JrcStats): AsyncGenerator<EntityInput> {
  let group: JrcLine[] = [];
  // Ids done, to notice an id that comes back (its variants were not together). JRC ids are numbers: a Set of them.
  const done = new Set<string>();
  const flush = function* (): Generator<EntityInput> {
    if (!group.length) return;
    const id = group[0]!.id;
    done.add(id);
    stats.ids++;
    if (!options.ids || options.ids.has(id)) {
      const entity = jrcEntity(group, options);
      if (entity) {
        stats.kept++;
        yield entity;
      }
    }
    group = [];
  };
  for await (const line of lines(openText(path))) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    stats.lines++;
    const parsed = parseJrcLine(line);
    if (!parsed) {
      stats.unreadable++;
      continue;
    }
    if (group.length && group[0]!.id !== parsed.id) yield* flush();
    if (!group.length && done.has(parsed.id)) {
      stats.scattered++;
      continue;
    }
    group.push(parsed);
  }
  yield* flush();
}

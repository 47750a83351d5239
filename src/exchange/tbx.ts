/**
 * TBX (ISO 30042, TermBase eXchange): the glossary to and from the term bases of CAT tools.
 *
 * Export writes TBX v3 (ISO 30042:2019) in the TBX-Basic dialect, DCA style (`<tbx type="TBX-Basic" style="dca">`,
 * `conceptEntry` / `langSec` / `termSec`, data categories as `<termNote type="…">`), the shape of LTAC's TBX-Basic
 * samples. One concept entry per entity (id = entity id); per locale one language section whose terms are:
 * - each canonical form: `administrativeStatus` preferredTerm-admn-sts, `termType` fullForm;
 * - each short form: preferredTerm-admn-sts, `termType` shortForm;
 * - each native form: preferredTerm-admn-sts (in the language of the native form);
 * - each variant, in the language section of every locale it is wrong in (every locale with names when the
 *   glossary says "wrong wherever not canonical"): deprecatedTerm-admn-sts (forbidden) or admittedTerm-admn-sts
 *   (admitted), with its origin as a `<note>`;
 * - persons' names carry `grammaticalGender` masculine/feminine (canonym's gender drives Slavic inflection, which is
 *   what grammatical gender means to a CAT tool).
 * The entity's type is the `subjectField`, its description the `definition`, its sources `externalCrossReference`
 * links. What TBX-Basic has no data category for (variant years, the locales a variant is wrong in, specs,
 * notThisEntity, the order of forms that play two roles) travels in a `<note>` that starts with `canonym:` and holds
 * JSON; CAT tools keep notes, and a re-import reads them back, so export then import gives the same glossary.
 *
 * Import reads the three dialects CAT tools write: TBX v2 (`<martif>`, TBX-Basic `termEntry/langSet/tig` and the
 * default `ntig/termGrp`), TBX v3 DCA (`<termNote type="administrativeStatus">`) and TBX v3 DCT
 * (`<basic:administrativeStatus>`). `administrativeStatus` (or the older `normativeAuthorization`): preferred,
 * standardized, legal, regulated → canonical; admitted → an admitted variant; deprecated, superseded, obsolete,
 * not recommended → a forbidden variant. A term with no status is canonical. `termType` shortForm, abbreviation,
 * acronym, initialism or clippedTerm makes a canonical term a short form.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SyntaxErrorAt } from '../io/errors.ts';
import { scanXml } from '../formats/bilingual/xml.ts';
import type { Entity, EntityType, Gender, Glossary, Spec, Variant, VariantStatus } from '../glossary/model.ts';
import type { EntityInput } from '../glossary/schema.ts';
import { foldPhrase } from '../text/fold.ts';
import { entityInput, slug } from './layer.ts';

const NOTE_PREFIX = 'canonym: ';

// ---------------------------------------------------------------------------------------------------- export

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string) => esc(s).replace(/"/g, '&quot;');

interface TermOut {
  form: string;
  status: 'preferredTerm-admn-sts' | 'admittedTerm-admn-sts' | 'deprecatedTerm-admn-sts';
  termType?: 'fullForm' | 'shortForm';
  gender?: 'masculine' | 'feminine';
  origin?: string;
  /** The canonym note: role → position in that role's list, or the variant's fields. */
  note: Record<string, unknown>;
}

/** The language sections of one entity, in the order of its locales (names first, then the others). */
function langSections(e: Entity): Map<string, TermOut[]> {
  const sections = new Map<string, TermOut[]>();
  const section = (locale: string) => {
    let terms = sections.get(locale);
    if (!terms) sections.set(locale, (terms = []));
    return terms;
  };
  const gender = e.type === 'person' && e.gender ? (e.gender === 'male' ? 'masculine' : 'feminine') : undefined;
  const roleTerm = (locale: string, form: string, role: 'name' | 'short' | 'native', index: number) => {
    const terms = section(locale);
    let term = terms.find((t) => t.form === form && t.status === 'preferredTerm-admn-sts');
    if (!term) {
      term = { form, status: 'preferredTerm-admn-sts', note: {} };
      terms.push(term);
    }
    // A form listed twice in one role (a slip in the data) keeps both places, so the import gives the same list.
    const prior = term.note[role];
    term.note[role] = prior === undefined ? index : [...(Array.isArray(prior) ? prior : [prior]), index];
    if (role === 'name') {
      term.termType = 'fullForm';
      if (gender) term.gender = gender;
    } else if (role === 'short' && !term.termType) term.termType = 'shortForm';
  };
  for (const [locale, forms] of Object.entries(e.names)) forms.forEach((f, i) => roleTerm(locale, f, 'name', i));
  for (const [locale, forms] of Object.entries(e.short)) forms.forEach((f, i) => roleTerm(locale, f, 'short', i));
  for (const [locale, forms] of Object.entries(e.native)) forms.forEach((f, i) => roleTerm(locale, f, 'native', i));
  const nameLocales = Object.keys(e.names);
  e.variants.forEach((v, n) => {
    let locales = v.wrongIn ?? nameLocales.filter((l) => !e.names[l]!.includes(v.form));
    if (!locales.length) locales = nameLocales.slice(0, 1);
    for (const locale of locales) {
      section(locale).push({
        form: v.form,
        status: v.status === 'admitted' ? 'admittedTerm-admn-sts' : 'deprecatedTerm-admn-sts',
        ...(v.origin !== undefined ? { origin: v.origin } : {}),
        note: { variant: n, wrongIn: v.wrongIn, ...(v.until !== undefined ? { until: v.until } : {}) },
      });
    }
  });
  return sections;
}

function conceptEntry(e: Entity): string {
  const out: string[] = [`<conceptEntry id="${attr(e.id)}">`];
  out.push(`<descrip type="subjectField">${esc(e.type)}</descrip>`);
  out.push(`<descrip type="definition">${esc(e.description)}</descrip>`);
  for (const s of e.sources) out.push(`<xref type="externalCrossReference" target="${attr(s)}">${esc(s)}</xref>`);
  const extra = {
    type: e.type,
    ...(e.gender ? { gender: e.gender } : {}),
    ...(e.notThisEntity.length ? { notThisEntity: e.notThisEntity } : {}),
    ...(e.specs.length ? { specs: e.specs.map((s) => ({ locale: s.locale, from: s.from, to: s.to })) } : {}),
  };
  out.push(`<note>${esc(NOTE_PREFIX + JSON.stringify(extra))}</note>`);
  for (const [locale, terms] of langSections(e)) {
    out.push(`  <langSec xml:lang="${attr(locale)}">`);
    for (const t of terms) {
      out.push('    <termSec>', `      <term>${esc(t.form)}</term>`);
      out.push(`      <termNote type="administrativeStatus">${t.status}</termNote>`);
      if (t.termType) out.push(`      <termNote type="termType">${t.termType}</termNote>`);
      if (t.gender) out.push(`      <termNote type="grammaticalGender">${t.gender}</termNote>`);
      if (t.origin !== undefined) out.push(`      <note>${esc(t.origin)}</note>`);
      out.push(`      <note>${esc(NOTE_PREFIX + JSON.stringify(t.note))}</note>`, '    </termSec>');
    }
    out.push('  </langSec>');
  }
  out.push('</conceptEntry>');
  return out.map((l) => `      ${l}`).join('\n');
}

/** The glossary as a TBX v3 TBX-Basic (DCA) document. */
export function glossaryToTbx(glossary: Glossary, entities: Iterable<Entity> = glossary.entities.values()): string {
  const body = [...entities].map(conceptEntry).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader>
    <fileDesc>
      <sourceDesc>
        <p>canonym glossary export: names of people, places and organisations, one concept entry per entity</p>
      </sourceDesc>
    </fileDesc>
  </tbxHeader>
  <text>
    <body>
${body}
    </body>
  </text>
</tbx>
`;
}

// ---------------------------------------------------------------------------------------------------- import

type XmlNode = Record<string, unknown>;

const ARRAYS = new Set([
  'conceptEntry', 'termEntry', 'langSec', 'langSet', 'termSec', 'tig', 'ntig', 'termNote', 'descrip', 'descripGrp',
  'note', 'xref', 'admin', 'ref', 'termGrp', 'administrativeStatus', 'normativeAuthorization', 'termType',
  'grammaticalGender', 'definition', 'subjectField', 'externalCrossReference', 'source',
]);

function parser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    isArray: (name) => ARRAYS.has(name),
  });
}

const list = (v: unknown): XmlNode[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]) as XmlNode[];

/** The text of an element: a string, or the `#text` of an element with attributes or children. */
function text(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(text).join('');
  const n = node as XmlNode;
  if ('#text' in n) return text(n['#text']);
  // Inline markup (<hi>, <foreign>): the text of the children, in order.
  return Object.entries(n).filter(([k]) => !k.startsWith('@')).map(([, v]) => text(v)).join('');
}

/** Values of a data category, in either style: `<termNote type="x">`/`<descrip type="x">` (DCA) or `<x>` (DCT). */
function category(node: XmlNode, holder: 'termNote' | 'descrip' | 'admin' | 'xref', name: string): XmlNode[] {
  const dca = list(node[holder]).filter((n) => typeof n === 'object' && n['@type'] === name);
  return [...dca, ...list(node[name])];
}

/** Descrip groups (`<descripGrp><descrip …/></descripGrp>`) hold the same categories one level down. */
function withGroups(node: XmlNode): XmlNode[] {
  return [node, ...list(node['descripGrp'])];
}

function categoryTexts(node: XmlNode, holder: 'termNote' | 'descrip' | 'admin' | 'xref', name: string): string[] {
  return withGroups(node).flatMap((n) => category(n, holder, name)).map(text).filter((s) => s !== '');
}

type Role = 'canonical' | 'admitted' | 'forbidden';

/** administrativeStatus / normativeAuthorization values of TBX v2 and v3 (with or without the -admn-sts suffix). */
export function roleOfStatus(value: string | undefined): Role {
  if (!value) return 'canonical';
  const v = value.replace(/-admn-sts$/, '').replace(/Term$/i, '').toLowerCase();
  if (v === 'admitted') return 'admitted';
  if (['deprecated', 'superseded', 'obsolete', 'notrecommended', 'not recommended', 'forbidden'].includes(v)) return 'forbidden';
  return 'canonical';
}

const SHORT_TYPES = new Set(['shortform', 'abbreviation', 'acronym', 'initialism', 'clippedterm', 'short form']);

interface TermIn {
  form: string;
  role: Role;
  short: boolean;
  gender?: Gender;
  notes: string[];
  ours?: Record<string, unknown>;
}

function readNotes(node: XmlNode): { notes: string[]; ours?: Record<string, unknown> } {
  const notes: string[] = [];
  let ours: Record<string, unknown> | undefined;
  for (const n of list(node['note'])) {
    const t = text(n);
    if (t.startsWith(NOTE_PREFIX)) {
      try {
        ours = JSON.parse(t.slice(NOTE_PREFIX.length)) as Record<string, unknown>;
        continue;
      } catch {
        // not ours after all: an ordinary note
      }
    }
    if (t) notes.push(t);
  }
  return { notes, ...(ours ? { ours } : {}) };
}

/** The terms of a language section in any dialect: termSec (v3), tig (v2 Basic), ntig/termGrp (v2 default). */
function termsOf(langSec: XmlNode): TermIn[] {
  const containers: XmlNode[] = [...list(langSec['termSec']), ...list(langSec['tig'])];
  for (const ntig of list(langSec['ntig'])) {
    for (const grp of list(ntig['termGrp'])) containers.push({ ...grp, note: [...list(grp['note']), ...list(ntig['note'])], descrip: [...list(grp['descrip']), ...list(ntig['descrip'])] });
  }
  const terms: TermIn[] = [];
  for (const c of containers) {
    const form = text(c['term']).trim();
    if (!form) continue;
    const status = categoryTexts(c, 'termNote', 'administrativeStatus')[0] ?? categoryTexts(c, 'termNote', 'normativeAuthorization')[0];
    const termType = (categoryTexts(c, 'termNote', 'termType')[0] ?? '').toLowerCase();
    const grammatical = (categoryTexts(c, 'termNote', 'grammaticalGender')[0] ?? '').toLowerCase();
    const gender = grammatical.startsWith('masc') ? 'male' : grammatical.startsWith('fem') ? 'female' : undefined;
    const { notes, ours } = readNotes(c);
    terms.push({ form, role: roleOfStatus(status), short: SHORT_TYPES.has(termType), ...(gender ? { gender } : {}), notes, ...(ours ? { ours } : {}) });
  }
  return terms;
}

const TYPES: Record<string, EntityType> = { person: 'person', place: 'place', organisation: 'organisation', organization: 'organisation', other: 'other' };

export interface TbxImportOptions {
  /** The type of entities whose subjectField names none (default other). */
  type?: EntityType;
  /** Named in the description of entities that have no definition. */
  file?: string;
}

export interface TbxImport {
  dialect: 'TBX v2 (martif)' | 'TBX v3 (DCA)' | 'TBX v3 (DCT)';
  entities: EntityInput[];
  /** Concept entries read. */
  concepts: number;
  /** Concept entries and terms left out, with the reason. */
  skipped: string[];
}

const squash = (s: string) => s.replace(/\s*\n\s*/g, ' ');

/** A TBX file that is not well-formed XML, at its line and column; `at` names the file (io/errors.ts naming). */
export class TbxSyntaxError extends SyntaxErrorAt {
  override name = 'TbxSyntaxError';
}

/** A TBX document (any of the three dialects) as glossary entities. */
export function tbxToEntities(xml: string, options: TbxImportOptions = {}): TbxImport {
  // The parser is lenient: a file cut between two concept entries parses, and the entries after the cut would be
  // lost without a word. Well-formedness is checked first.
  const wellFormed = XMLValidator.validate(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml);
  if (wellFormed !== true) {
    // The validator names unclosed elements as a list at 1:1; the bilingual readers' scanner says which one, where.
    scanXml(xml);
    throw new TbxSyntaxError(wellFormed.err.msg, wellFormed.err.line, wellFormed.err.col);
  }
  const doc = parser().parse(xml) as XmlNode;
  const root = (doc['tbx'] ?? doc['martif']) as XmlNode | undefined;
  if (!root || typeof root !== 'object') throw new Error('not a TBX document: the root element is neither <tbx> nor <martif>');
  const v3 = 'tbx' in doc;
  const dialect = !v3 ? 'TBX v2 (martif)' : root['@style'] === 'dct' ? 'TBX v3 (DCT)' : 'TBX v3 (DCA)';
  const body = ((root['text'] as XmlNode | undefined)?.['body'] ?? {}) as XmlNode;
  const concepts = [...list(body['conceptEntry']), ...list(body['termEntry'])];
  const entities: EntityInput[] = [];
  const skipped: string[] = [];
  const ids = new Set<string>();
  for (const concept of concepts) {
    const { notes: entityNotes, ours: entityOurs } = readNotes(concept);
    const names: Record<string, string[]> = {};
    const short: Record<string, string[]> = {};
    const native: Record<string, string[]> = {};
    const ordered: Record<'names' | 'short' | 'native', Record<string, Array<[number, string]>>> = { names: {}, short: {}, native: {} };
    const variants = new Map<string, Variant & { n: number }>();
    const genders = new Set<Gender>();
    let order = 0;
    for (const langSec of [...list(concept['langSec']), ...list(concept['langSet'])]) {
      const locale = String(langSec['@lang'] ?? '').trim();
      if (!locale) continue;
      for (const term of termsOf(langSec)) {
        const ours = term.ours;
        if (ours && ('name' in ours || 'short' in ours || 'native' in ours || 'variant' in ours)) {
          for (const role of ['name', 'short', 'native'] as const) {
            const at = ours[role];
            const field = role === 'name' ? 'names' : role;
            for (const i of Array.isArray(at) ? at : [at]) if (typeof i === 'number') (ordered[field][locale] ??= []).push([i, term.form]);
          }
          if (typeof ours['variant'] === 'number') {
            const key = `#${ours['variant']}`;
            if (!variants.has(key)) {
              variants.set(key, {
                n: ours['variant'] as number,
                form: term.form,
                status: term.role === 'admitted' ? 'admitted' : 'forbidden',
                wrongIn: (ours['wrongIn'] as string[] | null | undefined) ?? null,
                ...(term.notes.length ? { origin: term.notes.join('; ') } : {}),
                ...(typeof ours['until'] === 'number' ? { until: ours['until'] } : {}),
              });
            }
          }
          continue;
        }
        // A term from another tool: its status and term type say what it is.
        if (term.role === 'canonical') {
          const field = term.short ? short : names;
          const forms = (field[locale] ??= []);
          if (!forms.includes(term.form)) forms.push(term.form);
          if (!term.short && term.gender) genders.add(term.gender);
          continue;
        }
        const status: VariantStatus = term.role === 'admitted' ? 'admitted' : 'forbidden';
        const key = `${status}\u0000${term.form}`;
        const prior = variants.get(key);
        if (prior) {
          if (prior.wrongIn && !prior.wrongIn.includes(locale)) prior.wrongIn.push(locale);
        } else {
          variants.set(key, { n: order++, form: term.form, status, wrongIn: [locale], ...(term.notes.length ? { origin: term.notes.join('; ') } : {}) });
        }
      }
    }
    for (const field of ['names', 'short', 'native'] as const) {
      const target = field === 'names' ? names : field === 'short' ? short : native;
      for (const [locale, pairs] of Object.entries(ordered[field])) target[locale] = pairs.sort((a, b) => a[0] - b[0]).map(([, f]) => f);
    }
    const firstName = Object.values(names)[0]?.[0];
    if (!firstName) {
      skipped.push(`${String(concept['@id'] ?? '(no id)')}: no canonical term in any language`);
      continue;
    }
    const subject = categoryTexts(concept, 'descrip', 'subjectField')[0];
    const definitions = [...categoryTexts(concept, 'descrip', 'definition'), ...[...list(concept['langSec']), ...list(concept['langSet'])].flatMap((l) => categoryTexts(l, 'descrip', 'definition'))];
    const type = (entityOurs?.['type'] as EntityType | undefined) ?? TYPES[(subject ?? '').toLowerCase()] ?? options.type ?? 'other';
    const gender = entityOurs ? (entityOurs['gender'] as Gender | undefined) : type === 'person' && genders.size === 1 ? [...genders][0] : undefined;
    const definition = definitions[0];
    const description = definition !== undefined ? (entityOurs ? definition : squash(definition)) : `${firstName} (imported from ${options.file ?? 'TBX'})`;
    const sources = [
      ...withGroups(concept).flatMap((n) => category(n, 'xref', 'externalCrossReference')).map((x) => String(x['@target'] ?? text(x))),
    ].filter(Boolean);
    let id = String(concept['@id'] ?? '');
    if (!entityOurs || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      const base = slug(names['en']?.[0] ?? firstName) || 'entity';
      id = base;
      for (let i = 2; ids.has(id); i++) id = `${base}-${i}`;
    }
    ids.add(id);
    const entity: Entity = {
      id,
      type,
      ...(gender ? { gender } : {}),
      description,
      native,
      names,
      short,
      variants: [...variants.values()].sort((a, b) => a.n - b.n).map(({ n: _n, ...v }) => v),
      specs: ((entityOurs?.['specs'] as Spec[] | undefined) ?? []),
      sources,
      notThisEntity: (entityOurs?.['notThisEntity'] as string[] | undefined) ?? [],
    };
    if (!entityOurs && entityNotes.length && definition === undefined) entity.description = squash(entityNotes[0]!);
    if (!entityOurs) {
      // A term base may admit the spelling without diacritics ("Vera Jourova"); the glossary leaves that to the
      // exact-form rule and refuses it as a variant.
      const keys = new Set(Object.values(names).flat().map(foldPhrase));
      const canonical = new Set(Object.values(names).flat());
      entity.variants = entity.variants.filter((v) => {
        const drop = keys.has(foldPhrase(v.form)) && !canonical.has(v.form);
        if (drop) skipped.push(`${id}: "${v.form}" left out: it differs from a canonical form only by case or diacritics (the exact-form rule reports it)`);
        return !drop;
      });
    }
    entities.push(entityInput(entity));
  }
  return { dialect, entities, concepts: concepts.length, skipped };
}

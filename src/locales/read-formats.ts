/**
 * Locale files other than i18next/ICU JSON, read into the same entries (key, decoded value, place in the file):
 * YAML (Rails and others), ARB (Flutter), Android `strings.xml`, Apple `.xcstrings` and `.strings`, gettext PO and
 * XLIFF 1.2/2.x (the last two through src/formats/bilingual). Plural forms become i18next-style `key_one`,
 * `key_other` entries, so that the plural rules read them with the locale's CLDR categories. Pure: text in.
 */
import type { Node } from 'jsonc-parser';
import { t } from '../i18n/index.ts';
import { yaml } from '../io/lazy-deps.ts';
import { readPo, readXliff, BilingualSyntaxError, type BilingualFile, type UnitString } from '../formats/bilingual/index.ts';
import { JsonStringLiteral } from './json-string.ts';
import { LiteralBuilder, MappedLiteral, type StringLiteral } from './literal.ts';
import type { Entry, FileFormat, Range } from './model.ts';
import { CATEGORIES, isCategory, pluralCategories, type PluralCategory } from './plural.ts';
import { excessiveJsonDepth, jsonc } from './read-catalogue.ts';

/** One locale's entries as read from a file (an .xcstrings file holds every locale's). */
export interface FormatPart {
  /** Set when the file says which locale it is (xcstrings, XLIFF target-language, PO Language). */
  locale?: string;
  entries: Entry[];
  /** Bilingual files: the source string of every unit, by key, translated or not. */
  sources?: Map<string, Entry>;
  sourceLocale?: string;
}

export type FormatRead =
  | { kind: 'parts'; format: FileFormat; parts: FormatPart[] }
  | { kind: 'syntax-error'; format: FileFormat; range: Range; message: string }
  | { kind: 'not-catalogue'; reason: string };

/** The format a file is in, by its name and, for .xml and .json, its content; undefined when not a locale file. */
export function formatOf(path: string, text?: string): FileFormat | undefined {
  const name = path.toLowerCase();
  if (name.endsWith('.yml') || name.endsWith('.yaml')) return 'yaml';
  if (name.endsWith('.arb')) return 'arb';
  if (name.endsWith('.xcstrings')) return 'xcstrings';
  if (name.endsWith('.strings')) return 'strings';
  if (name.endsWith('.po')) return 'po';
  if (name.endsWith('.xlf') || name.endsWith('.xliff')) return 'xliff';
  if (name.endsWith('.xml')) {
    if (text === undefined) return 'android';
    const head = text.slice(0, 2000);
    if (/<xliff[\s>]/.test(head)) return 'xliff';
    if (/<resources[\s>]/.test(head)) return 'android';
    return undefined;
  }
  if (name.endsWith('.json')) {
    if (text !== undefined && /^\s*\{\s*"sourceLanguage"\s*:/.test(text) && /"strings"\s*:/.test(text.slice(0, 4000))) return 'xcstrings';
    return 'json';
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Aligning a decoded value with the text it was decoded from.

type Mode = 'yaml' | 'xml' | 'po' | 'strings';

// A Map: it is looked up by the names a file writes, and "&toString;" must find nothing.
const XML_ENTITIES: ReadonlyMap<string, string> = new Map(Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }));

/** The character an XML entity at `i` stands for and its length, or undefined. */
function entityAt(source: string, i: number): { text: string; length: number } | undefined {
  const m = /^&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);/.exec(source.slice(i, i + 12));
  if (!m) return undefined;
  const name = m[1]!;
  const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : name.startsWith('#') ? Number(name.slice(1)) : undefined;
  const text = code !== undefined ? (Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : undefined) : XML_ENTITIES.get(name);
  return text === undefined ? undefined : { text, length: m[0].length };
}

/** Length of a backslash escape at `i` (`\n`, `\"`, `\u00e9`, `\U0001F600`). */
function escapeLength(source: string, i: number): number {
  const c = source[i + 1];
  if (c === 'u') return /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6)) ? 6 : 2;
  if (c === 'U') return /^[0-9a-fA-F]{8}$/.test(source.slice(i + 2, i + 10)) ? 10 : /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6)) ? 6 : 2;
  if (c === 'x') return /^[0-9a-fA-F]{2}$/.test(source.slice(i + 2, i + 4)) ? 4 : 2;
  return 2;
}

/**
 * The file offset of every character of `value`, decoded from `source[start, end)`: equal characters map to each
 * other; an escape or entity maps the characters it stands for to its start; whitespace a format folds, quotes
 * that only delimit (PO continuation lines, Android's "…") and YAML's doubled quote are passed over.
 */
export function alignLiteral(source: string, start: number, end: number, value: string, mode: Mode, offset = start, length = end - start): StringLiteral {
  if (source.slice(start, end) === value) return new MappedLiteral(source, offset, length, value, start, end);
  const b = new LiteralBuilder(source, start);
  let i = start;
  let k = 0;
  while (k < value.length) {
    if (i >= end) {
      b.decoded(value.slice(k), end);
      break;
    }
    const c = source[i]!;
    const v = value[k]!;
    if (c === '\\' && mode !== 'xml' && (mode !== 'yaml' || source[start - 1] === '"')) {
      const n = escapeLength(source, i);
      const decoded = source[i + 1] === 'U' && n === 10 ? 2 : 1;
      b.decoded(value.slice(k, k + decoded), i);
      i += n;
      k += decoded;
    } else if (c === '\\' && mode === 'xml') {
      // Android: \' \" \n \t \@ \? \\ \uXXXX
      const n = escapeLength(source, i);
      b.decoded(v, i);
      i += n;
      k++;
    } else if (c === '&' && mode === 'xml' && v !== '&' ) {
      const e = entityAt(source, i);
      if (e && e.text === value.slice(k, k + e.text.length)) {
        b.decoded(e.text, i);
        i += e.length;
        k += e.text.length;
      } else {
        b.decoded(v, i);
        k++;
      }
    } else if (c === '&' && mode === 'xml' && v === '&' && entityAt(source, i)?.text === '&') {
      b.decoded('&', i);
      i += 5;
      k++;
    } else if (c === v) {
      b.copy(i, i + 1);
      i++;
      k++;
    } else if (c === '"' && (mode === 'po' || mode === 'xml')) {
      i++; // a delimiting quote: PO's continuation lines, Android's "…" that keeps spaces
    } else if (c === "'" && mode === 'yaml' && source[i + 1] === "'") {
      i++; // '' in a single-quoted scalar is one '
    } else if (/\s/.test(c)) {
      if (v === ' ' || v === '\n') {
        b.decoded(v, i);
        k++;
        while (i < end && /\s/.test(source[i]!)) i++;
      } else i++;
    } else {
      b.decoded(v, i);
      k++;
    }
  }
  return b.build(offset, length, end);
}

// ---------------------------------------------------------------------------------------------------------------

function entry(key: string, literal: StringLiteral, keyRange: Range): Entry {
  return { key, value: literal.value, literal, keyRange };
}

/**
 * A mapping whose keys are plural categories with `other` among them (Rails `one:`/`other:`, xcstrings
 * variations): its forms become `stem_one`, `stem_other`, as i18next names them.
 */
const isPluralMap = (keys: readonly string[]) => keys.length > 0 && keys.includes('other') && keys.every((k) => isCategory(k));

// YAML ----------------------------------------------------------------------------------------------------------

function readYaml(text: string, localeHint: string | undefined): FormatRead {
  const { parseDocument, isMap, isSeq, isScalar, isPair } = yaml();
  const doc = parseDocument(text, { uniqueKeys: false, keepSourceTokens: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    return { kind: 'syntax-error', format: 'yaml', range: { start: e.pos[0], end: e.pos[1] }, message: t('locales.format.syntax', { format: 'YAML', message: e.message.split('\n')[0]! }) };
  }
  let root = doc.contents;
  if (root === null || root === undefined) return { kind: 'not-catalogue', reason: t('locales.catalogue.top-level-empty') };
  if (!isMap(root)) return { kind: 'not-catalogue', reason: t('locales.catalogue.top-level', { type: isSeq(root) ? 'array' : 'scalar' }) };
  let locale: string | undefined;
  // Rails: the whole file sits under its locale (`de:`), which is not part of the keys.
  if (root.items.length === 1) {
    const only = root.items[0]!;
    const name = isScalar(only.key) ? String(only.key.value) : '';
    if (isMap(only.value) && (name.replace('_', '-').toLowerCase() === localeHint?.toLowerCase() || /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(name))) {
      locale = name;
      root = only.value;
    }
  }
  const entries: Entry[] = [];
  const walk = (node: unknown, path: string, keyRange: Range, depth: number): void => {
    if (depth > 256) return;
    if (isScalar(node)) {
      if (typeof node.value !== 'string' || !node.range) return;
      const [start, valueEnd] = node.range;
      const type = node.type;
      const quoted = type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE';
      const block = type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED';
      let contentStart = quoted ? start + 1 : start;
      let contentEnd = quoted ? valueEnd - 1 : valueEnd;
      if (block) {
        // the header line (| or >-) is not content
        const nl = text.indexOf('\n', start);
        contentStart = nl === -1 ? valueEnd : nl + 1;
        while (contentStart < valueEnd && text[contentStart] === ' ') contentStart++;
        contentEnd = valueEnd;
      }
      entries.push(entry(path, alignLiteral(text, contentStart, Math.max(contentStart, contentEnd), node.value, 'yaml', start, valueEnd - start), keyRange));
      return;
    }
    if (isMap(node)) {
      const keys = node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
      const plural = path !== '' && isPluralMap(keys);
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
        const name = String(pair.key.value);
        const range = { start: pair.key.range[0], end: pair.key.range[1] };
        walk(pair.value, plural ? `${path}_${name}` : path ? `${path}.${name}` : name, range, depth + 1);
      }
      return;
    }
    if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const range = isScalar(item) && item.range ? { start: item.range[0], end: item.range[1] } : keyRange;
        walk(item, `${path}.${i}`, range, depth + 1);
      });
    }
    // aliases, nulls, numbers and booleans are not messages (Rails keeps number formats among its strings)
  };
  walk(root, '', { start: 0, end: 0 }, 0);
  return { kind: 'parts', format: 'yaml', parts: [{ ...(locale ? { locale } : {}), entries }] };
}

// JSON-based: ARB and xcstrings -------------------------------------------------------------------------------------

function jsonRoot(text: string, format: FileFormat): Node | FormatRead {
  const deep = excessiveJsonDepth(text);
  if (deep !== undefined) return { kind: 'syntax-error', format, range: { start: deep, end: deep + 1 }, message: t('locales.json.too-deep', { max: 256 }) };
  const errors: Array<{ error: number; offset: number; length: number }> = [];
  const root = jsonc().parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors[0]) return { kind: 'syntax-error', format, range: { start: errors[0].offset, end: errors[0].offset + errors[0].length }, message: t('locales.format.syntax', { format: 'JSON', message: `offset ${errors[0].offset}` }) };
  if (!root || root.type !== 'object') return { kind: 'not-catalogue', reason: t('locales.catalogue.top-level', { type: root?.type ?? 'empty' }) };
  return root;
}

const property = (node: Node | undefined, name: string): Node | undefined => node?.children?.find((p) => p.children?.[0]?.value === name)?.children?.[1];
const stringLiteral = (text: string, node: Node) => new JsonStringLiteral(text, node.offset, node.length, node.value as string);
const nodeRange = (node: Node): Range => ({ start: node.offset, end: node.offset + node.length });

/** ARB: a flat JSON object of ICU messages; `@key` descriptions and `@@locale` are metadata. */
function readArb(text: string): FormatRead {
  const root = jsonRoot(text, 'arb');
  if (!('type' in root)) return root;
  const entries: Entry[] = [];
  let locale: string | undefined;
  for (const p of root.children ?? []) {
    const [name, value] = p.children ?? [];
    if (!name || !value) continue;
    const key = name.value as string;
    if (key === '@@locale' && value.type === 'string') locale = value.value as string;
    if (key.startsWith('@') || value.type !== 'string') continue;
    entries.push(entry(key, stringLiteral(text, value), nodeRange(name)));
  }
  return { kind: 'parts', format: 'arb', parts: [{ ...(locale ? { locale } : {}), entries }] };
}

/**
 * Apple's string catalogue: one JSON file with every locale. A key's string in the source language is its
 * `stringUnit` there, or the key itself when the catalogue has none (Xcode's default). Plural variations become
 * `key_one`, `key_other`; device variations are left out; `shouldTranslate: false` keys are not messages.
 */
function readXcstrings(text: string): FormatRead {
  const root = jsonRoot(text, 'xcstrings');
  if (!('type' in root)) return root;
  const sourceLanguage = property(root, 'sourceLanguage')?.value as string | undefined;
  const strings = property(root, 'strings');
  if (!sourceLanguage || !strings || strings.type !== 'object') return { kind: 'not-catalogue', reason: t('locales.catalogue.top-level', { type: 'xcstrings without strings' }) };
  const byLocale = new Map<string, Entry[]>([[sourceLanguage, []]]);
  const add = (locale: string, e: Entry) => {
    let list = byLocale.get(locale);
    if (!list) byLocale.set(locale, (list = []));
    list.push(e);
  };
  const unitValue = (node: Node | undefined) => {
    const v = property(property(node, 'stringUnit'), 'value');
    return v?.type === 'string' ? v : undefined;
  };
  for (const p of strings.children ?? []) {
    const [name, body] = p.children ?? [];
    if (!name || !body) continue;
    const key = name.value as string;
    if (property(body, 'shouldTranslate')?.value === false) continue;
    const keyRange = nodeRange(name);
    const localizations = property(body, 'localizations');
    let sourceSeen = false;
    for (const l of localizations?.children ?? []) {
      const [lname, lbody] = l.children ?? [];
      if (!lname || !lbody) continue;
      const locale = lname.value as string;
      const single = unitValue(lbody);
      const plural = property(property(lbody, 'variations'), 'plural');
      if (single) add(locale, entry(key, stringLiteral(text, single), keyRange));
      else if (plural) {
        for (const form of plural.children ?? []) {
          const [fname, fbody] = form.children ?? [];
          const v = unitValue(fbody);
          if (fname && v && isCategory(fname.value as string)) add(locale, entry(`${key}_${fname.value as string}`, stringLiteral(text, v), nodeRange(fname)));
        }
      } else continue;
      if (locale === sourceLanguage) sourceSeen = true;
    }
    if (!sourceSeen && key !== '') add(sourceLanguage, entry(key, stringLiteral(text, name), keyRange));
  }
  return { kind: 'parts', format: 'xcstrings', parts: [...byLocale].map(([locale, entries]) => ({ locale, entries: entries.sort((a, b) => a.literal.offset - b.literal.offset) })) };
}

// Apple .strings ------------------------------------------------------------------------------------------------

const STRINGS_PAIR = /"((?:[^"\\]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;/gs;

function unescapeStrings(raw: string): string {
  return raw.replace(/\\(U[0-9a-fA-F]{4}|u[0-9a-fA-F]{4}|.)/gs, (_, e: string) => (e.length === 5 ? String.fromCharCode(Number.parseInt(e.slice(1), 16)) : e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e));
}

function readStrings(text: string): FormatRead {
  // Comments blanked, offsets kept.
  const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (c) => c.replace(/[^\n]/g, ' '));
  const entries: Entry[] = [];
  STRINGS_PAIR.lastIndex = 0;
  for (let m = STRINGS_PAIR.exec(code); m; m = STRINGS_PAIR.exec(code)) {
    const keyStart = m.index;
    const valueStart = m.index + m[0].lastIndexOf(`"${m[2]!}"`);
    const value = unescapeStrings(m[2]!);
    entries.push(entry(unescapeStrings(m[1]!), alignLiteral(text, valueStart + 1, valueStart + 1 + m[2]!.length, value, 'strings', valueStart, m[2]!.length + 2), { start: keyStart, end: keyStart + m[1]!.length + 2 }));
  }
  if (!entries.length && code.trim()) return { kind: 'not-catalogue', reason: t('locales.catalogue.top-level', { type: '.strings without "key" = "value";' }) };
  return { kind: 'parts', format: 'strings', parts: [{ entries }] };
}

// Android strings.xml ---------------------------------------------------------------------------------------------

const ANDROID_ELEMENT = /<(string-array|plurals|string)(?=[\s/>])([^>]*?)(\/?)>/g;
const NAME_ATTR = /\bname\s*=\s*"([^"]*)"/;

/**
 * Android's decoding of a resource string: a string wholly in "…" keeps its spaces, otherwise runs of white space
 * fold to one; `\'` `\"` `\n` `\t` `\@` `\?` `\\` `\uXXXX` are escapes; entities are XML's. Inline markup (`<b>`,
 * `<xliff:g id="count">%d</xliff:g>`) stays in the value, where the tag rule compares it.
 */
export function decodeAndroid(raw: string): string {
  let out = '';
  let quoted = false;
  let folded = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\') {
      const e = raw[i + 1] ?? '';
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
        out += String.fromCharCode(Number.parseInt(raw.slice(i + 2, i + 6), 16));
        i += 5;
      } else {
        out += e === 'n' ? '\n' : e === 't' ? '\t' : e;
        i++;
      }
    } else if (c === '&') {
      const ent = entityAt(raw, i);
      if (ent) {
        out += ent.text;
        i += ent.length - 1;
      } else out += c;
    } else if (c === '"') quoted = !quoted;
    else if (/\s/.test(c) && !quoted) {
      // outside quotes: a run of white space is one space, and none at either end
      while (i + 1 < raw.length && /\s/.test(raw[i + 1]!)) i++;
      if (out.length && !out.endsWith(' ') && i + 1 < raw.length) {
        out += ' ';
        folded = out.length;
      }
    } else out += c;
  }
  return folded === out.length ? out.slice(0, -1) : out;
}

function androidLiteral(text: string, start: number, end: number): StringLiteral {
  const raw = text.slice(start, end);
  // CDATA: its content as it is.
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(raw);
  if (cdata) {
    const s = start + raw.indexOf('<![CDATA[') + 9;
    return alignLiteral(text, s, s + cdata[1]!.length, cdata[1]!, 'xml', start, end - start);
  }
  return alignLiteral(text, start, end, decodeAndroid(raw), 'xml', start, end - start);
}

function readAndroid(text: string): FormatRead {
  if (!/<resources[\s>]/.test(text)) return { kind: 'not-catalogue', reason: t('locales.catalogue.top-level', { type: 'XML without <resources>' }) };
  // Comments blanked, offsets kept: a commented-out string is not one.
  const code = text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const entries: Entry[] = [];
  ANDROID_ELEMENT.lastIndex = 0;
  for (let m = ANDROID_ELEMENT.exec(code); m; m = ANDROID_ELEMENT.exec(code)) {
    const [whole, kind, attrs, selfClosing] = m;
    const nameMatch = NAME_ATTR.exec(attrs!);
    if (!nameMatch || selfClosing) continue;
    const name = nameMatch[1]!;
    const keyRange = { start: m.index + whole!.indexOf(nameMatch[0]), end: m.index + whole!.indexOf(nameMatch[0]) + nameMatch[0].length };
    const bodyStart = m.index + whole!.length;
    const close = code.indexOf(`</${kind}>`, bodyStart);
    if (close === -1) return { kind: 'syntax-error', format: 'android', range: { start: m.index, end: bodyStart }, message: t('locales.xml.unclosed', { element: kind! }) };
    ANDROID_ELEMENT.lastIndex = close;
    if (/\btranslatable\s*=\s*"false"/.test(attrs!)) continue;
    if (kind === 'string') {
      entries.push(entry(name, androidLiteral(text, bodyStart, close), keyRange));
      continue;
    }
    const ITEM = /<item\b([^>]*?)(\/?)>/g;
    const body = code.slice(bodyStart, close);
    let index = 0;
    for (let item = ITEM.exec(body); item; item = ITEM.exec(body)) {
      if (item[2]) continue;
      const start = bodyStart + item.index + item[0].length;
      const end = code.indexOf('</item>', start);
      if (end === -1 || end > close) break;
      ITEM.lastIndex = end - bodyStart;
      const quantity = /\bquantity\s*=\s*"([^"]*)"/.exec(item[1]!)?.[1];
      const itemRange = { start: bodyStart + item.index, end: start };
      if (kind === 'plurals') {
        if (quantity && isCategory(quantity)) entries.push(entry(`${name}_${quantity}`, androidLiteral(text, start, end), itemRange));
      } else entries.push(entry(`${name}.${index++}`, androidLiteral(text, start, end), itemRange));
    }
  }
  // colors.xml, dimens.xml, attrs.xml: resources, but no strings
  if (!entries.length && !/<(?:string|plurals|string-array)[\s>]/.test(code)) return { kind: 'not-catalogue', reason: t('locales.catalogue.top-level', { type: 'resources without strings' }) };
  return { kind: 'parts', format: 'android', parts: [{ entries }] };
}

// gettext PO and XLIFF --------------------------------------------------------------------------------------------

/**
 * The CLDR category each PO plural index stands for in `locale`: the index the header's Plural-Forms expression
 * gives each whole number, matched with the category Intl.PluralRules gives it (the most frequent pairing wins).
 */
export function poPluralCategories(pluralForms: string | undefined, locale: string): PluralCategory[] | undefined {
  const m = /plural\s*=\s*([^;]+)/.exec(pluralForms ?? '');
  const nplurals = Number(/nplurals\s*=\s*(\d+)/.exec(pluralForms ?? '')?.[1] ?? 'NaN');
  const categories = pluralCategories(locale);
  if (!m || !Number.isFinite(nplurals) || !categories) return undefined;
  const expression = compilePluralExpression(m[1]!);
  if (!expression) return undefined;
  let rules: Intl.PluralRules;
  try {
    rules = new Intl.PluralRules(locale);
  } catch {
    return undefined;
  }
  const votes = Array.from({ length: nplurals }, () => new Map<PluralCategory, number>());
  for (let n = 0; n <= 200; n++) {
    const index = expression(n);
    const category = rules.select(n) as PluralCategory;
    const v = votes[index];
    if (v) v.set(category, (v.get(category) ?? 0) + 1);
  }
  return votes.map((v) => [...v].sort((a, b) => b[1] - a[1] || CATEGORIES.indexOf(a[0]) - CATEGORIES.indexOf(b[0]))[0]?.[0] ?? 'other');
}

/** A gettext plural expression (C syntax: ?:, ||, &&, comparisons, %, n, numbers) as a function; never eval. */
export function compilePluralExpression(source: string): ((n: number) => number) | undefined {
  const tokens = source.match(/\d+|n|[?:()]|\|\||&&|[=!<>]=|[<>%+*/-]/g);
  if (!tokens || tokens.join('') !== source.replace(/\s+/g, '')) return undefined;
  let pos = 0;
  type Fn = (n: number) => number;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const BINARY: Array<Record<string, (a: number, b: number) => number>> = [
    { '||': (a, b) => Number(a !== 0 || b !== 0) },
    { '&&': (a, b) => Number(a !== 0 && b !== 0) },
    { '==': (a, b) => Number(a === b), '!=': (a, b) => Number(a !== b) },
    { '<': (a, b) => Number(a < b), '>': (a, b) => Number(a > b), '<=': (a, b) => Number(a <= b), '>=': (a, b) => Number(a >= b) },
    { '+': (a, b) => a + b, '-': (a, b) => a - b },
    { '*': (a, b) => a * b, '/': (a, b) => (b === 0 ? 0 : Math.trunc(a / b)), '%': (a, b) => (b === 0 ? 0 : a % b) },
  ];
  const primary = (): Fn => {
    const tok = next();
    if (tok === '(') {
      const e = ternary();
      if (next() !== ')') throw new Error(')');
      return e;
    }
    if (tok === 'n') return (n) => n;
    if (tok !== undefined && /^\d+$/.test(tok)) {
      const v = Number(tok);
      return () => v;
    }
    throw new Error(`unexpected ${tok}`);
  };
  const binary = (level: number): Fn => {
    if (level === BINARY.length) return primary();
    let left = binary(level + 1);
    for (let op = peek(); op !== undefined && op in BINARY[level]!; op = peek()) {
      next();
      const f = BINARY[level]![op]!;
      const l = left;
      const r = binary(level + 1);
      left = (n) => f(l(n), r(n));
    }
    return left;
  };
  const ternary = (): Fn => {
    const cond = binary(0);
    if (peek() !== '?') return cond;
    next();
    const yes = ternary();
    if (next() !== ':') throw new Error(':');
    const no = ternary();
    return (n) => (cond(n) !== 0 ? yes(n) : no(n));
  };
  try {
    const f = ternary();
    return pos === tokens.length ? f : undefined;
  } catch {
    return undefined;
  }
}

function unitLiteral(text: string, s: UnitString, mode: 'po' | 'xml'): StringLiteral {
  if (mode === 'po') return alignLiteral(text, s.start, s.end, s.text, 'po', Math.max(0, s.start - 1), s.end - s.start + 2);
  return xliffLiteral(text, s.start, s.end);
}

const XML_TAG = /<(\/?)([A-Za-z][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|&(?:#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);/g;

/**
 * An XLIFF segment's content as the rules read it: entities decoded, CDATA opened, and every inline element kept
 * as a tag with its id alone (`<x id="INTERPOLATION"/>`), so that the tag rule compares the codes and the
 * placeholder rule does not read Angular's `equiv-text="{{ name }}"` attributes as text. White space at either end is
 * the file's indentation (Angular collapses it), not the message's.
 */
export function xliffLiteral(text: string, start: number, end: number): StringLiteral {
  let from = start;
  let to = end;
  const lead = /^\s+/.exec(text.slice(start, end));
  if (lead) from += lead[0].length;
  const trail = /\s+$/.exec(text.slice(from, end));
  if (trail) to -= trail[0].length;
  const b = new LiteralBuilder(text, from);
  let at = from;
  XML_TAG.lastIndex = 0;
  const raw = text.slice(from, to);
  for (let m = XML_TAG.exec(raw); m; m = XML_TAG.exec(raw)) {
    const here = from + m.index;
    if (here > at) b.copy(at, here);
    if (m[5] !== undefined) b.copy(here + 9, here + 9 + m[5].length);
    else if (m[0].startsWith('&')) b.decoded(entityAt(m[0], 0)?.text ?? m[0], here);
    else {
      const id = /\bid\s*=\s*"([^"]*)"/.exec(m[3] ?? '')?.[1];
      b.decoded(`<${m[1]}${m[2]}${id !== undefined && !m[1] ? ` id="${id}"` : ''}${m[4]}>`, here);
    }
    at = here + m[0].length;
  }
  if (to > at) b.copy(at, to);
  return b.build(start, end - start, to);
}

/** The offset of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl === -1) return text.length;
    offset = nl + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

function readBilingual(text: string, format: 'po' | 'xliff', localeHint: string | undefined): FormatRead {
  let file: BilingualFile;
  try {
    file = format === 'po' ? readPo(text) : readXliff(text);
  } catch (error) {
    if (!(error instanceof BilingualSyntaxError)) throw error;
    const offset = offsetOf(text, error.line, error.column);
    return { kind: 'syntax-error', format, range: { start: offset, end: offset }, message: t('locales.format.syntax', { format: format === 'po' ? 'PO' : 'XLIFF', message: error.message.replace(/^\d+:\d+: /, '') }) };
  }
  const locale = file.targetLanguage ?? localeHint;
  const mode = format === 'po' ? 'po' : 'xml';
  const pluralMap = format === 'po' && locale ? poPluralCategories(file.header?.['Plural-Forms'], locale.replace(/_/g, '-')) : undefined;
  const entries: Entry[] = [];
  const sources = new Map<string, Entry>();
  for (const unit of file.units) {
    // GNOME's "translator-credits" holds the translators' names, not a translation of its msgid.
    if (unit.obsolete || !unit.translate || /^translator[-_]credits$/i.test(unit.key)) continue;
    const key = unit.key.replace(/\u0004/g, '::');
    const keyRange = { start: unit.source.start, end: unit.source.end };
    if (unit.sourcePlural) {
      sources.set(`${key}_one`, entry(`${key}_one`, unitLiteral(text, unit.source, mode), keyRange));
      sources.set(`${key}_other`, entry(`${key}_other`, unitLiteral(text, unit.sourcePlural, mode), keyRange));
    } else sources.set(key, entry(key, unitLiteral(text, unit.source, mode), keyRange));
    // Fuzzy and untranslated strings are not used by the program: the source is shown instead.
    if (unit.fuzzy || !unit.targets.length || unit.targets.every((s) => s.text === '')) continue;
    if (unit.sourcePlural) {
      unit.targets.forEach((s, i) => {
        const category = pluralMap?.[s.plural ?? i] ?? (unit.targets.length === 1 ? 'other' : undefined);
        if (category) entries.push(entry(`${key}_${category}`, unitLiteral(text, s, mode), keyRange));
      });
    } else entries.push(entry(key, unitLiteral(text, unit.targets[0]!, mode), keyRange));
  }
  const sourceLocale = file.sourceLanguage;
  return { kind: 'parts', format, parts: [{ ...(locale ? { locale } : {}), entries, sources, ...(sourceLocale ? { sourceLocale } : {}) }] };
}

/** A file of any format but i18next/ICU JSON; `localeHint` is the locale its path names, if any. */
export function readFormat(format: Exclude<FileFormat, 'json'>, text: string, localeHint?: string): FormatRead {
  switch (format) {
    case 'yaml':
      return readYaml(text, localeHint);
    case 'arb':
      return readArb(text);
    case 'xcstrings':
      return readXcstrings(text);
    case 'strings':
      return readStrings(text);
    case 'android':
      return readAndroid(text);
    case 'po':
    case 'xliff':
      return readBilingual(text, format, localeHint);
  }
}

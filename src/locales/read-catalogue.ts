/**
 * A JSON file's text → the entries of a locale catalogue, each with the place of its string (jsonc-parser keeps
 * the offsets that JSON.parse throws away). Pure: the caller reads the file.
 */
import { createRequire } from 'node:module';
import type { Node, ParseError } from 'jsonc-parser';
import { t } from '../i18n/index.ts';
import { JsonStringLiteral } from './json-string.ts';
import type { Entry, Range } from './model.ts';

// jsonc-parser (four CommonJS files) only for a file the flat reader does not take: most trees never load it.
let jsoncModule: typeof import('jsonc-parser') | undefined;
export const jsonc = (): typeof import('jsonc-parser') => (jsoncModule ??= createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser'));

export type ReadResult =
  | { kind: 'catalogue'; entries: Entry[]; byKey: Map<string, Entry>; objects: Map<string, Range>; duplicates: Array<{ key: string; range: Range }> }
  | { kind: 'syntax-error'; range: Range; message: string }
  | { kind: 'not-catalogue'; reason: string };

// jsonc-parser's error codes in words (locales/<lng>/locales.json); an unknown code is shown as its name.
const PARSE_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'locales.json.invalid-symbol',
  InvalidNumberFormat: 'locales.json.invalid-number-format',
  PropertyNameExpected: 'locales.json.property-name-expected',
  ValueExpected: 'locales.json.value-expected',
  ColonExpected: 'locales.json.colon-expected',
  CommaExpected: 'locales.json.comma-expected',
  CloseBraceExpected: 'locales.json.close-brace-expected',
  CloseBracketExpected: 'locales.json.close-bracket-expected',
  EndOfFileExpected: 'locales.json.end-of-file-expected',
  InvalidCommentToken: 'locales.json.invalid-comment-token',
  UnexpectedEndOfComment: 'locales.json.unexpected-end-of-comment',
  UnexpectedEndOfString: 'locales.json.unexpected-end-of-string',
  UnexpectedEndOfNumber: 'locales.json.unexpected-end-of-number',
  InvalidUnicode: 'locales.json.invalid-unicode',
  InvalidEscapeCharacter: 'locales.json.invalid-escape-character',
  InvalidCharacter: 'locales.json.invalid-character',
};

/** The first parse error in words. Only the first: after it the parser's recovery makes up the rest. */
function describe(error: ParseError, text: string): { range: Range; message: string } {
  const name = jsonc().printParseErrorCode(error.error);
  const range = { start: error.offset, end: error.offset + error.length };
  if (text.trim() === '') return { range: { start: 0, end: 0 }, message: t('locales.json.empty') };
  // JSON.parse (and so every i18next backend) refuses the trailing comma that editors and JS habits leave.
  if ((name === 'PropertyNameExpected' || name === 'ValueExpected') && /^[}\]]/.test(text.slice(error.offset))) {
    const comma = text.slice(0, error.offset).search(/,\s*$/);
    if (comma !== -1) return { range: { start: comma, end: comma + 1 }, message: t('locales.json.trailing-comma') };
  }
  const id = PARSE_MESSAGES[name];
  return { range, message: t('locales.json.error', { what: id ? t(id) : name, code: name }) };
}

// formatjs's extracted format: { "id": { "defaultMessage": "…", "description": "…" } } is one message.
function messageDescriptor(node: Node): Node | undefined {
  if (node.type !== 'object' || !node.children?.length) return undefined;
  let message: Node | undefined;
  for (const property of node.children) {
    const [name, value] = property.children ?? [];
    if (!name || !value) return undefined;
    if (name.value === 'defaultMessage' && value.type === 'string') message = value;
    else if (name.value !== 'description' && name.value !== 'id') return undefined;
  }
  return message;
}

/** Objects and arrays nested deeper than this are refused: the parser recurses once per level. */
export const MAX_JSON_DEPTH = 256;

/** The offset where nesting first goes deeper than `max`, outside strings; one pass. */
export function excessiveJsonDepth(text: string, max = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: skip to its closing quote, past escapes
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return undefined;
}

// A control character is in no valid JSON string but as an escape (between tokens, skip() lets only white space by).
const CONTROL = /[\u0000-\u001f]/;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * The common case the long way reads the same: one flat object of strings (react-intl, jellyfin), valid JSON. One
 * scan finds its string literals and checks what JSON.parse would; anything else (nesting, another type, a
 * formatjs descriptor at the top, a text that is not valid JSON or that the scan is not sure of) is left to the
 * parser.
 */
function readFlat(text: string): ReadResult | undefined {
  // The end of the string literal that starts at `at` (its opening quote), past its closing quote: the first quote
  // after an even run of backslashes; -1 for none.
  const literalEnd = (at: number) => {
    for (let i = at + 1; ; ) {
      const q = text.indexOf('"', i);
      if (q < 0) return -1;
      let b = q - 1;
      while (b > at && text.charCodeAt(b) === 0x5c) b--;
      if ((q - 1 - b) % 2 === 0) return q + 1;
      i = q + 1;
    }
  };
  // The decoded string; undefined for what JSON does not allow in a string: a raw control character, an escape it
  // does not know (JSON.parse checks the literals it is given).
  const decode = (start: number, end: number) => {
    const inner = text.slice(start + 1, end - 1);
    if (!inner.includes('\\')) return CONTROL.test(inner) ? undefined : inner;
    try {
      return JSON.parse(text.slice(start, end)) as string;
    } catch {
      return undefined;
    }
  };
  const skip = (at: number) => {
    while (isSpace(text.charCodeAt(at))) at++;
    return at;
  };
  const byKey = new Map<string, Entry>();
  const duplicates: Array<{ key: string; range: Range }> = [];
  let i = skip(0);
  if (text.charCodeAt(i) !== 0x7b) return undefined;
  i = skip(i + 1);
  // `{}`, or members each followed by a comma and another member, or by the closing brace.
  if (text.charCodeAt(i) !== 0x7d) {
    for (;;) {
      if (text.charCodeAt(i) !== 0x22) return undefined;
      const nameEnd = literalEnd(i);
      if (nameEnd < 0) return undefined;
      const keyRange = { start: i, end: nameEnd };
      const key = decode(i, nameEnd);
      if (key === undefined) return undefined;
      i = skip(nameEnd);
      if (text.charCodeAt(i) !== 0x3a) return undefined;
      i = skip(i + 1);
      if (text.charCodeAt(i) !== 0x22) return undefined;
      const valueEnd = literalEnd(i);
      if (valueEnd < 0) return undefined;
      const value = decode(i, valueEnd);
      if (value === undefined) return undefined;
      if (byKey.has(key)) duplicates.push({ key, range: keyRange });
      byKey.set(key, { key, value, literal: new JsonStringLiteral(text, i, valueEnd - i, value), keyRange });
      i = skip(valueEnd);
      if (text.charCodeAt(i) !== 0x2c) break;
      i = skip(i + 1);
    }
    if (text.charCodeAt(i) !== 0x7d) return undefined;
  }
  // Nothing but whitespace after the object.
  if (skip(i + 1) !== text.length) return undefined;
  if (byKey.size && [...byKey.keys()].every((k) => k === 'defaultMessage' || k === 'description' || k === 'id')) return undefined;
  // In file order already, unless a key written twice keeps its first place with its last value.
  const entries = [...byKey.values()];
  if (duplicates.length) entries.sort((a, b) => a.literal.offset - b.literal.offset);
  return { kind: 'catalogue', entries, byKey, objects: new Map(), duplicates };
}

export function readCatalogue(text: string): ReadResult {
  // A flat object is one level deep: the depth needs no pass of its own.
  const flat = readFlat(text);
  if (flat) return flat;
  const deep = excessiveJsonDepth(text);
  if (deep !== undefined) return { kind: 'syntax-error', range: { start: deep, end: deep + 1 }, message: t('locales.json.too-deep', { max: MAX_JSON_DEPTH }) };
  return parseCatalogue(text);
}

/** readCatalogue through jsonc-parser's tree, whatever the text: every case but the common one goes this way. */
export function parseCatalogue(text: string): ReadResult {
  const errors: ParseError[] = [];
  const root = jsonc().parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors[0]) return { kind: 'syntax-error', ...describe(errors[0], text) };
  if (!root) return { kind: 'not-catalogue', reason: t('locales.catalogue.top-level-empty') };
  if (root.type !== 'object') return { kind: 'not-catalogue', reason: t('locales.catalogue.top-level', { type: root.type }) };

  const byKey = new Map<string, Entry>();
  const objects = new Map<string, Range>();
  const duplicates: Array<{ key: string; range: Range }> = [];
  let refusal: string | undefined;
  const walk = (node: Node, path: string, keyRange: Range) => {
    if (refusal) return;
    const descriptor = messageDescriptor(node);
    const leaf = node.type === 'string' ? node : descriptor;
    if (leaf) {
      // A key written twice keeps its last value, as JSON.parse does.
      byKey.set(path, { key: path, value: leaf.value as string, literal: new JsonStringLiteral(text, leaf.offset, leaf.length, leaf.value as string), keyRange });
      return;
    }
    if (node.type === 'object') {
      if (path) objects.set(path, keyRange);
      const names = new Set<string>();
      for (const property of node.children ?? []) {
        const [name, value] = property.children ?? [];
        if (!name || !value) continue;
        // JSON.parse keeps the last of two equal keys and drops the first without a word: reported here.
        if (names.has(name.value as string)) duplicates.push({ key: path ? `${path}.${name.value as string}` : (name.value as string), range: { start: name.offset, end: name.offset + name.length } });
        names.add(name.value as string);
        walk(value, path ? `${path}.${name.value as string}` : (name.value as string), { start: name.offset, end: name.offset + name.length });
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, i) => walk(child, `${path}.${i}`, { start: child.offset, end: child.offset + child.length }));
    } else {
      // Catalogues hold strings only; numbers or booleans mean a settings or data file that happens to be here.
      refusal = t('locales.catalogue.not-string', { key: path, type: node.type });
    }
  };
  walk(root, '', { start: root.offset, end: root.offset + 1 });
  if (refusal) return { kind: 'not-catalogue', reason: refusal };
  const entries = [...byKey.values()].sort((a, b) => a.literal.offset - b.literal.offset);
  return { kind: 'catalogue', entries, byKey, objects, duplicates };
}

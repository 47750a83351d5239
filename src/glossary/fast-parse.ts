/**
 * A fast reading of the plain block YAML that programs write for big glossary layers (yaml's stringify, the bench
 * layers, `glossary import`): block sequences and maps, one-line plain and quoted scalars, comments. It keeps the
 * line and column of every node, as the positioned parse does, without building yaml's syntax tree. No library
 * does both: yaml keeps positions only through that tree, js-yaml and JSON readers keep none. 20,000 generated
 * entities through parseGlossaryFile: 0.35–0.44 s here against about 1.8 s positioned (a 1,000,000-entity layer
 * spent most of its reading there).
 *
 * It reads a subset only and says so: anything else (flow collections, anchors, tags, block or multi-line
 * scalars, escapes, a plain scalar that would not be a string or a whole number, a duplicate or `__proto__` key,
 * tabs, CR, a BOM, directives) makes it return undefined, and the caller parses the file with yaml's Document and
 * LineCounter as before, which reports every problem at file:line:column. So a file it reads gives the value and
 * the places the full parse gives, and a file it does not read is read as before.
 */

/** A node's place: line * 2^20 + column, both from 1. */
export type Place = number;
export const placeLine = (p: Place): number => Math.floor(p / 2 ** 20);
export const placeColumn = (p: Place): number => p % 2 ** 20;

export interface FastDocument {
  value: unknown[];
  /** The place of the node at this path (indexes and keys from the root), or of its nearest ancestor. */
  placeOf(path: readonly PropertyKey[]): Place;
}

class Unsupported extends Error {}
const unsupported = (): never => {
  throw new Unsupported();
};

/** Plain scalars the core schema reads as something else than a string: whole numbers are read, the rest refused. */
const NOT_A_STRING_START = /^[-+.~0-9]/;
const WHOLE = /^(?:0|[1-9][0-9]{0,14})$/;
const KEYWORD = /^(?:null|true|false|y|n|yes|no|on|off)$/i;
/** A key as the subset takes it. */
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Characters a plain scalar may not start with (YAML indicators), quotes handled apart. */
const INDICATOR = /^[-?:,[\]{}#&*!|>%@`]/;

export function fastParse(source: string): FastDocument | undefined {
  if (source.length === 0 || source.includes('\t') || source.includes('\r') || source.charCodeAt(0) === 0xfeff) return undefined;
  const lines = source.split('\n');
  // Each collection's own place, and its children's places (by key or by index).
  const own = new WeakMap<object, Place>();
  const children = new WeakMap<object, Map<string, Place> | Place[]>();
  let i = 0;

  /** The next line with content (not blank, not a comment), or -1. */
  const next = (): number => {
    while (i < lines.length) {
      const line = lines[i]!;
      let c = 0;
      while (c < line.length && line.charCodeAt(c) === 32) c++;
      if (c === line.length || line.charCodeAt(c) === 35 /* # */) {
        i++;
        continue;
      }
      if (c === 0 && (line.startsWith('---') || line.startsWith('...') || line.startsWith('%'))) unsupported();
      return c;
    }
    return -1;
  };

  const place = (line: number, column: number): Place => {
    if (column + 1 >= 2 ** 20) unsupported();
    return (line + 1) * 2 ** 20 + column + 1;
  };

  /** A one-line scalar starting at `from` on line `line`, to the end of the line (less a comment). */
  const scalar = (line: number, from: number): unknown => {
    const text = lines[line]!;
    const first = text[from];
    if (first === "'" || first === '"') {
      let out = '';
      let c = from + 1;
      for (;;) {
        const q = text.indexOf(first, c);
        if (q < 0) unsupported();
        out += text.slice(c, q);
        if (first === "'" && text[q + 1] === "'") {
          out += "'";
          c = q + 2;
          continue;
        }
        c = q + 1;
        break;
      }
      if (first === '"' && out.includes('\\')) unsupported();
      const rest = text.slice(c).trimStart();
      if (rest !== '' && !rest.startsWith('#')) unsupported();
      if (rest.startsWith('#') && c < text.length && text.charCodeAt(c) !== 32) unsupported();
      return out;
    }
    if (INDICATOR.test(text.slice(from))) unsupported();
    let end = text.length;
    const hash = text.indexOf(' #', from);
    if (hash >= 0) end = hash;
    while (end > from && text.charCodeAt(end - 1) === 32) end--;
    const value = text.slice(from, end);
    if (value === '' || value.includes(': ') || value.endsWith(':')) unsupported();
    if (KEYWORD.test(value)) unsupported();
    if (NOT_A_STRING_START.test(value)) {
      if (WHOLE.test(value)) return Number(value);
      unsupported();
    }
    return value;
  };

  /** A key at column `c` of line `line`: [key, column after the colon] or undefined when the line holds no key. */
  const keyAt = (line: number, c: number): [string, number] | undefined => {
    const text = lines[line]!;
    const colon = text.indexOf(':', c);
    if (colon < 0 || (colon + 1 < text.length && text.charCodeAt(colon + 1) !== 32)) return undefined;
    const key = text.slice(c, colon);
    if (!KEY.test(key)) return undefined;
    // yaml reads some keys as something else than their letters (null → "", True → "true"): left to it.
    if (key === '__proto__' || KEYWORD.test(key)) unsupported();
    return [key, colon + 1];
  };

  /** The value after `key:` at `after` on line `line` (a scalar on the line, or a block on the next lines). */
  const valueAfter = (line: number, after: number, indent: number): [unknown, Place] => {
    const text = lines[line]!;
    let c = after;
    while (c < text.length && text.charCodeAt(c) === 32) c++;
    if (c < text.length && text.charCodeAt(c) !== 35) {
      i = line + 1;
      return [scalar(line, c), place(line, c)];
    }
    i = line + 1;
    const col = next();
    if (col < 0) unsupported();
    // A block under the key: further in, or a sequence at the key's own column.
    if (col > indent || (col === indent && lines[i]!.startsWith('-', col) && (lines[i]!.length === col + 1 || lines[i]!.charCodeAt(col + 1) === 32))) return block(col);
    return unsupported();
  };

  /** A map whose first key is at column `col` of line i (the key may follow a sequence's "- "). */
  const map = (col: number, firstLine: number): [Record<string, unknown>, Place] => {
    const out: Record<string, unknown> = {};
    const places = new Map<string, Place>();
    const at = place(firstLine, col);
    own.set(out, at);
    children.set(out, places);
    let line = firstLine;
    for (;;) {
      const found = keyAt(line, col);
      if (!found) unsupported();
      const [key, after] = found!;
      if (places.has(key)) unsupported();
      const [value, p] = valueAfter(line, after, col);
      out[key] = value;
      places.set(key, p);
      const c = next();
      if (c !== col) {
        if (c > col) unsupported();
        return [out, at];
      }
      line = i;
    }
  };

  /** A sequence whose first "-" is at column `col` of line i. */
  const seq = (col: number): [unknown[], Place] => {
    const out: unknown[] = [];
    const places: Place[] = [];
    const at = place(i, col);
    own.set(out, at);
    children.set(out, places);
    for (;;) {
      const line = i;
      const text = lines[line]!;
      if (!(text.startsWith('-', col) && text.charCodeAt(col + 1) === 32)) unsupported();
      let c = col + 1;
      while (c < text.length && text.charCodeAt(c) === 32) c++;
      if (c === text.length || text.charCodeAt(c) === 35) unsupported();
      if (keyAt(line, c)) {
        const [value, p] = map(c, line);
        out.push(value);
        places.push(p);
      } else {
        out.push(scalar(line, c));
        places.push(place(line, c));
        i = line + 1;
      }
      const n = next();
      if (n !== col) {
        if (n > col) unsupported();
        return [out, at];
      }
      if (!lines[i]!.startsWith('-', n)) return [out, at];
    }
  };

  const block = (col: number): [unknown, Place] => {
    const text = lines[i]!;
    if (text.startsWith('-', col) && (text.length === col + 1 || text.charCodeAt(col + 1) === 32)) return seq(col);
    return map(col, i);
  };

  try {
    const col = next();
    if (col !== 0) return undefined;
    const [value] = block(0);
    if (next() !== -1 || !Array.isArray(value)) return undefined;
    const root = value;
    return {
      value: root,
      placeOf(path) {
        let node: unknown = root;
        let at = own.get(root)!;
        for (const step of path) {
          if (node === null || typeof node !== 'object') break;
          const kids = children.get(node);
          if (!kids) break;
          const p = Array.isArray(kids) ? kids[step as number] : kids.get(step as string);
          if (p === undefined) break;
          at = p;
          node = (node as Record<PropertyKey, unknown>)[step];
        }
        return at;
      },
    };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/**
 * The `json` report of `canonym locales`, written in pieces: the same bytes as `formatReports(reports, 'json')`
 * (report/json.ts: JSON.stringify with two-space indentation, and a final newline), without building the report
 * first as objects and then as one string. A flat tree's missing keys are tens of thousands of findings
 * (mattermost-mobile: 67,688, 28 MB of JSON), the same finding in every file that lacks the key: each distinct
 * finding is formatted and encoded once.
 */
import type { Diagnostic } from '../diagnostic.ts';
import type { FileReport } from '../report/types.ts';

// Property order as report/json.ts writes it; `part` only when set.
const HEAD = ['ruleId', 'severity', 'message'] as const;
const TAIL = ['line', 'column', 'endLine', 'endColumn', 'offset', 'length', 'found', 'expected', 'entity', 'fix'] as const;
const INDENT = '        ';

/** A property value as JSON.stringify(…, null, 2) writes it at this depth; undefined leaves the property out. */
function json(value: unknown): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined ? undefined : text.replaceAll('\n', `\n${INDENT}`);
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isTextOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isInteger(v);

/** One diagnostic as the report's array writes it, at its depth, without the comma after it. */
export function formatDiagnostic(d: Diagnostic): string {
  // The shape every locale finding has, in one template.
  if (d.part === undefined && isText(d.ruleId) && isText(d.severity) && isText(d.message) && isInt(d.line) && isInt(d.column) && isInt(d.endLine)
    && isInt(d.endColumn) && isInt(d.offset) && isInt(d.length) && isText(d.found) && isTextOrNull(d.expected) && isTextOrNull(d.entity) && d.fix === null) {
    return `      {\n${INDENT}"ruleId": ${JSON.stringify(d.ruleId)},\n${INDENT}"severity": ${JSON.stringify(d.severity)},\n${INDENT}"message": ${JSON.stringify(d.message)},\n`
      + `${INDENT}"line": ${d.line},\n${INDENT}"column": ${d.column},\n${INDENT}"endLine": ${d.endLine},\n${INDENT}"endColumn": ${d.endColumn},\n`
      + `${INDENT}"offset": ${d.offset},\n${INDENT}"length": ${d.length},\n${INDENT}"found": ${JSON.stringify(d.found)},\n`
      + `${INDENT}"expected": ${JSON.stringify(d.expected)},\n${INDENT}"entity": ${JSON.stringify(d.entity)},\n${INDENT}"fix": null\n      }`;
  }
  const members: string[] = [];
  const add = (key: string, value: unknown) => {
    const text = json(value);
    if (text !== undefined) members.push(`${INDENT}"${key}": ${text}`);
  };
  for (const key of HEAD) add(key, d[key]);
  if (d.part !== undefined) add('part', d.part);
  for (const key of TAIL) add(key, d[key]);
  return members.length ? `      {\n${members.join(',\n')}\n      }` : '      {}';
}

/** Whether two findings print the same, fix and part aside (only findings without either are shared). */
const samePrint = (a: Diagnostic, b: Diagnostic) => a.ruleId === b.ruleId && a.severity === b.severity && a.message === b.message && a.line === b.line
  && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn && a.offset === b.offset && a.length === b.length
  && a.found === b.found && a.expected === b.expected && a.entity === b.entity;

const CHUNK = 1 << 16;

/**
 * Writes the report to `write` in pieces of about 64 KB, each whole characters; their concatenation is the UTF-8
 * of formatReports(reports, 'json').
 */
export function writeJsonReport(reports: readonly FileReport[], write: (bytes: Uint8Array) => void): void {
  if (!reports.length) {
    write(Buffer.from('[]\n'));
    return;
  }
  // Pieces are copied into a buffer of CHUNK bytes, handed to `write` when full: a new one then, since a pipe may
  // still hold the last.
  let out = Buffer.allocUnsafe(CHUNK);
  let size = 0;
  const flush = () => {
    if (size) write(out.subarray(0, size));
    out = Buffer.allocUnsafe(CHUNK);
    size = 0;
  };
  const add = (piece: Uint8Array) => {
    if (size + piece.length > CHUNK) {
      flush();
      if (piece.length > CHUNK) {
        write(piece);
        return;
      }
    }
    out.set(piece, size);
    size += piece.length;
  };
  // The last finding printed with each message, and its bytes with the comma and line break after it (`more`: a
  // finding follows in its list), or with the line break alone: one copy per finding rather than two.
  const printed = new Map<string, { d: Diagnostic; more?: Buffer; end?: Buffer }>();
  const bytesOf = (d: Diagnostic, more: boolean) => {
    const shared = typeof d.message === 'string' && d.fix === null && d.part === undefined;
    let last = shared ? printed.get(d.message) : undefined;
    if (last && last.d !== d && !samePrint(last.d, d)) last = undefined;
    const known = more ? last?.more : last?.end;
    if (known) return known;
    const bytes = Buffer.from(formatDiagnostic(d) + (more ? ',\n' : '\n'));
    if (!shared) return bytes;
    if (!last) printed.set(d.message, (last = { d }));
    if (more) last.more = bytes;
    else last.end = bytes;
    return bytes;
  };
  add(Buffer.from('[\n'));
  reports.forEach((r, i) => {
    let head = `  {\n    "path": ${JSON.stringify(r.path)},\n    "locale": ${JSON.stringify(r.locale)},\n    "diagnostics": `;
    if (r.diagnostics.length) {
      add(Buffer.from(`${head}[\n`));
      const count = r.diagnostics.length;
      r.diagnostics.forEach((d, k) => add(bytesOf(d, k + 1 < count)));
      head = '    ]';
    } else head += '[]';
    add(Buffer.from(`${head}\n  }${i + 1 < reports.length ? ',' : ''}\n`));
  });
  add(Buffer.from(']\n'));
  if (size) write(out.subarray(0, size));
}

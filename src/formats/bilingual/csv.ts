/**
 * Bilingual CSV and TSV (RFC 4180 quoting: a field in double quotes may hold the delimiter, line breaks and
 * doubled quotes). The first row names the columns: the source and target columns are those named `source` and
 * `target` (a locale may follow in brackets: `source (en)`, `target [de-DE]`), else the first two columns named by
 * a locale tag (`en`, `de-DE`, `pt_BR`). An `id` or `key` column, when there is one, names the rows.
 */
import { isKnownLocale } from '../../glossary/validate.ts';
import { LineIndex } from '../../text/lines.ts';
import type { BilingualFile, BilingualUnit, UnitString } from './types.ts';
import { BilingualSyntaxError } from './types.ts';

interface Cell {
  start: number;
  end: number;
  quoted: boolean;
}

function scanRows(text: string, delimiter: string, fail: (offset: number, message: string) => never): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (i >= text.length) return rows;
  for (;;) {
    let cell: Cell;
    if (text[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) fail(i, 'unterminated quoted field');
        if (text[q + 1] === '"') j = q + 2;
        else {
          j = q;
          break;
        }
      }
      cell = { start: i + 1, end: j, quoted: true };
      i = j + 1;
      if (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') fail(i, 'text after a closing quote');
    } else {
      let j = i;
      while (j < text.length && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
      cell = { start: i, end: j, quoted: false };
      i = j;
    }
    row.push(cell);
    if (i >= text.length) {
      rows.push(row);
      break;
    }
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    // End of the row: LF, CRLF or CR.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= text.length) break;
  }
  return rows.filter((r) => !(r.length === 1 && r[0]!.start === r[0]!.end && !r[0]!.quoted));
}

/** Where a row's last cell ends: after its closing quote when it is quoted. */
const rowEnd = (row: readonly Cell[]): number => {
  const last = row[row.length - 1]!;
  return last.quoted ? last.end + 1 : last.end;
};

const LOCALE_IN_NAME = /^(source|target)\s*[([]\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\s*[)\]]$/i;

/** Column names that are locale codes but name other columns (Indonesian `id`, Norwegian `no`). */
const NOT_LOCALES = new Set(['id', 'key', 'no', 'nr']);

function asLocale(name: string): string | undefined {
  const tag = name.trim().replace(/_/g, '-');
  if (NOT_LOCALES.has(tag.toLowerCase())) return undefined;
  return isKnownLocale(tag) ? tag : undefined;
}

export function readBilingualCsv(text: string, delimiter: ',' | '\t' = ','): BilingualFile {
  const lines = new LineIndex(text);
  const fail = (offset: number, message: string): never => {
    const { line, column } = lines.position(offset);
    throw new BilingualSyntaxError(message, line, column);
  };
  const rows = scanRows(text, delimiter, fail);
  const cellString = (c: Cell): UnitString => {
    const prose: Array<[number, number]> = [];
    let out = '';
    if (c.quoted) {
      // A doubled quote is one quote: the first of the pair is left out of the text as written.
      let run = c.start;
      for (let k = c.start; k < c.end; k++) {
        if (text[k] === '"') {
          if (k > run) prose.push([run, k]);
          out += text.slice(run, k);
          run = k + 1;
          k++;
        }
      }
      if (c.end > run) prose.push([run, c.end]);
      out += text.slice(run, c.end);
    } else {
      if (c.end > c.start) prose.push([c.start, c.end]);
      out = text.slice(c.start, c.end);
    }
    return { text: out, start: c.start, end: c.end, position: { offset: c.start, ...lines.position(c.start) }, prose };
  };
  const head = rows[0];
  if (!head) return { format: delimiter === ',' ? 'csv' : 'tsv', units: [] };
  const names = head.map((c) => cellString(c).text.trim());
  let source = -1;
  let target = -1;
  let sourceLanguage: string | undefined;
  let targetLanguage: string | undefined;
  names.forEach((name, n) => {
    const named = LOCALE_IN_NAME.exec(name);
    const role = (named?.[1] ?? name).toLowerCase();
    if (role === 'source' && source === -1) {
      source = n;
      if (named) sourceLanguage = named[2];
    } else if (role === 'target' && target === -1) {
      target = n;
      if (named) targetLanguage = named[2];
    }
  });
  if (source === -1 || target === -1) {
    const localeColumns = names.map((name, n) => [n, asLocale(name)] as const).filter(([n, l]) => l !== undefined && n !== source && n !== target);
    if (source === -1 && localeColumns[0]) {
      [source, sourceLanguage] = localeColumns.shift()!;
    }
    if (target === -1 && localeColumns[0]) {
      [target, targetLanguage] = localeColumns.shift()!;
    }
  }
  if (source === -1 || target === -1) {
    fail(head[0]!.start, 'a bilingual CSV needs a header row naming a source and a target column ("source"/"target", or two locale codes such as "en,de")');
  }
  const idColumn = names.findIndex((n) => /^(id|key)$/i.test(n));
  const units: BilingualUnit[] = [];
  rows.slice(1).forEach((row, r) => {
    const sourceCell = row[source];
    const targetCell = row[target];
    const id = idColumn !== -1 && row[idColumn] ? cellString(row[idColumn]!).text : String(r + 2);
    const src = sourceCell ? cellString(sourceCell) : { text: '', start: 0, end: 0, position: { offset: 0, line: 1, column: 1 }, prose: [] };
    units.push({
      id,
      key: id,
      source: src,
      targets: targetCell ? [cellString(targetCell)] : [],
      ...(targetCell ? {} : { missingCell: { offset: rowEnd(row), delimiters: target - row.length + 1 } }),
      translate: true,
      flags: [],
      fuzzy: false,
      obsolete: false,
      ...(sourceLanguage ? { sourceLanguage: sourceLanguage.replace(/_/g, '-') } : {}),
      ...(targetLanguage ? { targetLanguage: targetLanguage.replace(/_/g, '-') } : {}),
    });
  });
  return {
    format: delimiter === ',' ? 'csv' : 'tsv',
    ...(sourceLanguage ? { sourceLanguage: sourceLanguage.replace(/_/g, '-') } : {}),
    ...(targetLanguage ? { targetLanguage: targetLanguage.replace(/_/g, '-') } : {}),
    units,
  };
}

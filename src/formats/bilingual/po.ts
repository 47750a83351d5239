/**
 * gettext PO: every entry with its msgctxt, msgid, msgid_plural and msgstr (or msgstr[n]), flags (`#, fuzzy`),
 * and obsolete entries (`#~`), with the place of every msgstr string's content in the file. A string continued
 * over several lines ("" then "…" lines) has one content range from its first quote to its last and prose ranges
 * inside each line's quotes only; escapes (`\n`, `\"`, `\\`) are resolved in the text and left out of the ranges.
 * The header (the entry with an empty msgid) is read into `header`, not listed as a unit.
 */
import { LineIndex } from '../../text/lines.ts';
import type { BilingualFile, BilingualUnit, UnitString } from './types.ts';
import { BilingualSyntaxError } from './types.ts';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', '?': '?', "'": "'" };

interface Part {
  /** Offsets of the content inside the quotes. */
  start: number;
  end: number;
}

interface Field {
  keyword: string;
  parts: Part[];
}

interface Entry {
  flags: string[];
  obsolete: boolean;
  fields: Field[];
}

function decodePart(text: string, part: Part, fail: (offset: number, message: string) => never): { text: string; prose: Array<[number, number]> } {
  let out = '';
  const prose: Array<[number, number]> = [];
  let run = part.start;
  for (let i = part.start; i < part.end; i++) {
    if (text[i] !== '\\') continue;
    if (i > run) prose.push([run, i]);
    out += text.slice(run, i);
    const c = text[i + 1] ?? '';
    if (c in ESCAPES) {
      out += ESCAPES[c];
      i += 1;
    } else if (/[0-7]/.test(c)) {
      const m = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))![0];
      out += String.fromCharCode(Number.parseInt(m, 8));
      i += m.length;
    } else if (c === 'x' && /[0-9A-Fa-f]/.test(text[i + 2] ?? '')) {
      const m = /^[0-9A-Fa-f]{1,2}/.exec(text.slice(i + 2, i + 4))![0];
      out += String.fromCharCode(Number.parseInt(m, 16));
      i += 1 + m.length;
    } else {
      fail(i, `unknown escape \\${c}`);
    }
    run = i + 1;
  }
  if (part.end > run) prose.push([run, part.end]);
  out += text.slice(run, part.end);
  return { text: out, prose };
}

/** The offset just after the closing quote of a string that opens at `open` (a `"`), or -1. */
function closingQuote(text: string, open: number, lineEnd: number): number {
  for (let i = open + 1; i < lineEnd; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

export function readPo(text: string): BilingualFile {
  const lines = new LineIndex(text);
  const fail = (offset: number, message: string): never => {
    const { line, column } = lines.position(offset);
    throw new BilingualSyntaxError(message, line, column);
  };
  const entries: Entry[] = [];
  let entry: Entry | undefined;
  let pendingFlags: string[] = [];
  let field: Field | undefined;
  const finish = () => {
    if (entry) entries.push(entry);
    entry = undefined;
    field = undefined;
  };
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos <= text.length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd === -1) lineEnd = text.length;
    const contentEnd = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    let i = pos;
    while (i < contentEnd && (text[i] === ' ' || text[i] === '\t')) i++;
    let obsolete = false;
    if (text.startsWith('#~', i)) {
      // An obsolete entry: the rest of the line is read as an ordinary line ("#~ msgid …", "#~ \"…\"").
      obsolete = true;
      i += 2;
      if (text[i] === '|') i = contentEnd; // previous msgid of an obsolete entry: a comment
      while (i < contentEnd && (text[i] === ' ' || text[i] === '\t')) i++;
    }
    if (i >= contentEnd) {
      // A blank line ends nothing by itself: a continuation may not follow it, a keyword starts the next entry.
      field = undefined;
    } else if (text[i] === '#') {
      if (entry && entry.fields.some((f) => f.keyword.startsWith('msgstr'))) finish();
      if (text[i + 1] === ',') pendingFlags.push(...text.slice(i + 2, contentEnd).split(',').map((f) => f.trim()).filter(Boolean));
      field = undefined;
    } else if (text[i] === '"') {
      if (!field) fail(i, 'a string that continues no msgid or msgstr');
      const close = closingQuote(text, i, contentEnd);
      if (close === -1) fail(i, 'unterminated string');
      field!.parts.push({ start: i + 1, end: close });
    } else {
      const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)[ \t]*/.exec(text.slice(i, contentEnd));
      if (!m) fail(i, `unknown keyword "${text.slice(i, contentEnd).split(/\s/)[0]}"`);
      const keyword = m![1]!;
      if ((keyword === 'msgctxt' || keyword === 'msgid') && entry && (entry.fields.some((f) => f.keyword.startsWith('msgstr')) || keyword === 'msgid' && entry.fields.some((f) => f.keyword === 'msgid'))) finish();
      if (!entry) {
        entry = { flags: pendingFlags, obsolete, fields: [] };
        pendingFlags = [];
      }
      if (obsolete) entry.obsolete = true;
      const q = i + m![0].length;
      if (text[q] !== '"') fail(q, `${keyword} without a string`);
      const close = closingQuote(text, q, contentEnd);
      if (close === -1) fail(q, 'unterminated string');
      field = { keyword, parts: [{ start: q + 1, end: close }] };
      entry.fields.push(field);
    }
    pos = lineEnd + 1;
  }
  finish();

  const string = (f: Field, plural?: number): UnitString => {
    const decoded = f.parts.map((p) => decodePart(text, p, fail));
    const start = f.parts[0]!.start;
    // A string written as "" then continuation lines starts at its first non-empty part (where the text is).
    const first = f.parts.find((p) => p.end > p.start) ?? f.parts[0]!;
    return {
      text: decoded.map((d) => d.text).join(''),
      start,
      end: f.parts[f.parts.length - 1]!.end,
      position: { offset: first.start, ...lines.position(first.start) },
      prose: decoded.flatMap((d) => d.prose),
      ...(plural !== undefined ? { plural } : {}),
    };
  };

  let header: Record<string, string> | undefined;
  const units: BilingualUnit[] = [];
  for (const e of entries) {
    const get = (k: string) => e.fields.find((f) => f.keyword === k);
    const msgid = get('msgid');
    if (!msgid) fail(e.fields[0]!.parts[0]!.start, 'an entry without msgid');
    const msgctxt = get('msgctxt');
    const source = string(msgid!);
    const context = msgctxt ? string(msgctxt).text : undefined;
    const targets = e.fields
      .filter((f) => f.keyword.startsWith('msgstr'))
      .map((f) => {
        const n = /\[(\d+)\]/.exec(f.keyword);
        return string(f, n ? Number(n[1]) : undefined);
      });
    if (source.text === '' && context === undefined && !e.obsolete) {
      header = {};
      for (const line of (targets[0]?.text ?? '').split('\n')) {
        const colon = line.indexOf(':');
        if (colon > 0) header[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
      }
      continue;
    }
    const plural = get('msgid_plural');
    const fuzzy = e.flags.includes('fuzzy');
    const translated = targets.some((t) => t.text !== '');
    const key = context !== undefined ? `${context}\u0004${source.text}` : source.text;
    units.push({
      id: key,
      key,
      source,
      ...(plural ? { sourcePlural: string(plural) } : {}),
      targets,
      state: fuzzy ? 'fuzzy' : translated ? 'translated' : 'untranslated',
      translate: true,
      flags: e.obsolete ? [...e.flags, 'obsolete'] : e.flags,
      fuzzy,
      obsolete: e.obsolete,
    });
  }
  const targetLanguage = header?.Language || undefined;
  const sourceLanguage = header?.['X-Source-Language'] || undefined;
  for (const u of units) {
    if (targetLanguage) u.targetLanguage = targetLanguage;
    if (sourceLanguage) u.sourceLanguage = sourceLanguage;
  }
  return {
    format: 'po',
    ...(sourceLanguage ? { sourceLanguage } : {}),
    ...(targetLanguage ? { targetLanguage } : {}),
    units,
    ...(header ? { header } : {}),
  };
}

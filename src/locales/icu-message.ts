/**
 * An ICU MessageFormat value through @formatjs/icu-messageformat-parser (the parser react-intl, next-intl and
 * intl-messageformat use, so a message it refuses is one the app cannot show).
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { blank, type Placeholder } from './placeholder.ts';
import { findTags, type Tag } from './tags.ts';

export type ChoiceType = 'plural' | 'selectordinal' | 'select';

export interface IcuChoice {
  argument: string;
  type: ChoiceType;
  /**
   * Each option's key (`one`, `=0`, `male`) and where the key is written; its body as written (`{# files}`), and
   * whether the body shows the choice's number (`#` or the argument itself, at any depth).
   */
  options: Array<{ key: string; start: number; end: number; body?: string; showsNumber?: boolean }>;
  /** The argument's name in the value. */
  start: number;
  end: number;
}

export interface IcuError {
  /** The parser's error kind, e.g. EXPECT_ARGUMENT_CLOSING_BRACE. */
  kind: string;
  start: number;
  end: number;
  /** For MISSING_OTHER_CLAUSE: the choices as parsed without requiring `other`, to find a translated keyword. */
  choices?: IcuChoice[];
}

export interface IcuMessage {
  placeholders: Placeholder[];
  tags: Tag[];
  choices: IcuChoice[];
  /** Argument name → its type as written: argument, number, date, time, plural, selectordinal, select. */
  argumentTypes: Map<string, string>;
  prose: string;
  error?: IcuError;
}

function typeName(el: MessageFormatElement): string {
  switch (el.type) {
    case TYPE.number: return 'number';
    case TYPE.date: return 'date';
    case TYPE.time: return 'time';
    case TYPE.select: return 'select';
    case TYPE.plural: return el.pluralType === 'ordinal' ? 'selectordinal' : 'plural';
    default: return 'argument';
  }
}

function walk(value: string, elements: MessageFormatElement[], out: Omit<IcuMessage, 'prose' | 'tags' | 'error'>, literals: Array<{ start: number; end: number }>): void {
  for (const el of elements) {
    const loc = el.location;
    if (!loc) continue;
    if (el.type === TYPE.literal) {
      literals.push({ start: loc.start.offset, end: loc.end.offset });
      continue;
    }
    if (el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      walk(value, el.children, out, literals);
      continue;
    }
    const type = typeName(el);
    const nameStart = value.indexOf(el.value, loc.start.offset);
    const nameEnd = nameStart + el.value.length;
    out.argumentTypes.set(el.value, type);
    const simple = el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time;
    out.placeholders.push(simple
      ? { name: el.value, text: value.slice(loc.start.offset, loc.end.offset), start: loc.start.offset, end: loc.end.offset }
      : { name: el.value, text: `{${el.value}, ${type}}`, start: nameStart, end: nameEnd });
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const choice: IcuChoice = { argument: el.value, type: type as ChoiceType, options: [], start: nameStart, end: nameEnd };
      out.choices.push(choice);
      for (const [key, option] of Object.entries(el.options)) {
        const at = option.location ? value.lastIndexOf(key, option.location.start.offset) : -1;
        const body = option.location ? value.slice(option.location.start.offset, option.location.end.offset) : undefined;
        choice.options.push({ key, start: Math.max(at, 0), end: Math.max(at, 0) + key.length, ...(body !== undefined ? { body } : {}), showsNumber: showsNumber(option.value, el.value) });
        walk(value, option.value, out, literals);
      }
    }
  }
}

/** Whether the elements print the choice's number: `#`, or the argument `name` itself, at any depth. */
function showsNumber(elements: MessageFormatElement[], name: string): boolean {
  return elements.some((el) => {
    if (el.type === TYPE.pound) return true;
    if (el.type === TYPE.tag) return showsNumber(el.children, name);
    if (el.type === TYPE.plural || el.type === TYPE.select) return el.value === name || Object.values(el.options).some((o) => showsNumber(o.value, name));
    return el.type !== TYPE.literal && 'value' in el && el.value === name;
  });
}

function analyse(value: string, requiresOtherClause: boolean, ignoreTag = false): IcuMessage {
  const out = { placeholders: [] as Placeholder[], choices: [] as IcuChoice[], argumentTypes: new Map<string, string>() };
  const literals: Array<{ start: number; end: number }> = [];
  walk(value, parse(value, { captureLocation: true, requiresOtherClause, ignoreTag }), out, literals);
  out.placeholders.sort((a, b) => a.start - b.start);
  const tags = ignoreTag ? [] : findTags(value);
  // Prose keeps only literal text: argument names, keywords and braces must not look like words.
  const outside: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const l of literals.sort((a, b) => a.start - b.start)) {
    if (l.start > at) outside.push({ start: at, end: l.start });
    at = Math.max(at, l.end);
  }
  if (at < value.length) outside.push({ start: at, end: value.length });
  return { ...out, tags, prose: blank(value, [...outside, ...tags]) };
}

// Blank every {…} of a message the parser refused, so the name rules still read its text.
function bracesBlanked(value: string): string {
  const ranges: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '{' && depth++ === 0) from = i;
    else if (value[i] === '}' && depth > 0 && --depth === 0) ranges.push({ start: from, end: i + 1 });
  }
  if (depth > 0) ranges.push({ start: from, end: value.length });
  return blank(value, ranges);
}

// Text and simple arguments only (`{name}`, `{0}`), with no apostrophe that quotes (formatjs reads `'` as a quote
// only before `'`, `{`, `}`, `<`, `>`, or `#` in a plural) and no tag: most messages with a brace.
const SIMPLE = /^(?:[^{}<']|'(?!['{}<>])|\{\w+\})*$/;
const ARGUMENT = /\{(\w+)\}/g;

/**
 * What analyse gives a message of text and simple arguments (SIMPLE), read without the parser: each argument a
 * placeholder as written, the prose the value with the arguments blanked. test/locales-shortcuts.test.ts holds
 * the two to the same answers.
 */
function simple(value: string): IcuMessage {
  const placeholders: Placeholder[] = [];
  const argumentTypes = new Map<string, string>();
  // exec rather than matchAll, which copies the expression on every call.
  ARGUMENT.lastIndex = 0;
  for (let m = ARGUMENT.exec(value); m; m = ARGUMENT.exec(value)) {
    placeholders.push({ name: m[1]!, text: m[0], start: m.index, end: m.index + m[0].length });
    argumentTypes.set(m[1]!, 'argument');
  }
  return { placeholders, choices: [], argumentTypes, tags: [], prose: blank(value, placeholders) };
}

/** parseIcu through formatjs's parser whatever the message (the shortcuts' reference in tests). */
export function parseIcuWithParser(value: string, ignoreTag = false): IcuMessage {
  try {
    return analyse(value, true, ignoreTag);
  } catch (error) {
    const located = error as { message: string; location?: { start: { offset: number }; end: { offset: number } } };
    const start = located.location?.start.offset ?? 0;
    let end = Math.max(start, located.location?.end.offset ?? start);
    // Some errors are a point (UNMATCHED_CLOSING_TAG): widen to the tag or character there, for editors to show.
    if (end === start && start < value.length) end = value[start] === '<' && value.indexOf('>', start) !== -1 ? value.indexOf('>', start) + 1 : start + 1;
    const icuError: IcuError = { kind: located.message, start, end };
    if (icuError.kind === 'MISSING_OTHER_CLAUSE') {
      try {
        icuError.choices = analyse(value, false, ignoreTag).choices;
      } catch {
        // another error behind it: the missing `other` stays a syntax error
      }
    }
    return { placeholders: [], tags: findTags(value), choices: [], argumentTypes: new Map(), prose: bracesBlanked(value), error: icuError };
  }
}

// What every plain message has: one of each, shared, as messages are kept for the whole run and never changed.
const NO_PLACEHOLDERS: Placeholder[] = [];
const NO_TAGS: Tag[] = [];
const NO_CHOICES: IcuChoice[] = [];
const NO_ARGUMENTS = new Map<string, string>();

/** `ignoreTag`: `<…>` is text, as in Flutter's ARB messages (gen-l10n reads no rich-text tags). */
export function parseIcu(value: string, ignoreTag = false): IcuMessage {
  // Plain text is the common case and parses to itself.
  if (!/[{}<]/.test(value)) return { placeholders: NO_PLACEHOLDERS, tags: NO_TAGS, choices: NO_CHOICES, argumentTypes: NO_ARGUMENTS, prose: value };
  if (SIMPLE.test(value)) return simple(value);
  return parseIcuWithParser(value, ignoreTag);
}

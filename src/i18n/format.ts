/**
 * ICU MessageFormat for canonym's own messages, with what @formatjs/intl does for the elements they use, without its
 * start-up: createIntl and every IntlMessageFormat ask ICU for its supported locales (Intl.*.supportedLocalesOf, some
 * 30 to 50 ms of a 250 ms run the first time), which a one-line `check` would pay only to print "1 problem".
 *
 * - A message without braces is its own text (most help texts and rule descriptions), and one whose only braces
 *   are simple arguments (`{path}`) has them replaced by their values, unless it has an apostrophe that quotes
 *   (`''`, or `'` before a brace or an angle bracket: the only ones formatjs's parser reads as quoting outside a
 *   plural).
 * - Otherwise the message is read by a small parser of the same syntax (arguments, `{x, number}`, plural and
 *   select with `=n` and keyword branches, `#`, the apostrophe's quoting), or, for anything else it meets, by
 *   formatjs's own parser (loaded on first use: its start costs a one-line check more than the parsing itself);
 *   the elements are formatted as
 *   intl-messageformat formats them: `{x}` is String(x); `{x, number}` (with a skeleton such as `::.00` or none) and
 *   `#` go through Intl.NumberFormat of the language (an integer from 0 to 999 is its digits in a language written with Latin digits, without asking ICU);
 *   `{x, plural, …}` takes `=n`, then the Intl.PluralRules category, then `other`; `{x, select, …}` the value's
 *   branch, then `other`. A missing value throws, as formatjs's does.
 * - Anything else (dates, times, named number styles such as `{x, number, percent}`, tags, offsets, ordinals)
 *   returns undefined, and the caller formats the
 *   message with formatjs.
 *
 * test/i18n-format.test.ts compares the two on every message of every language.
 */
import { createRequire } from 'node:module';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

type Parser = typeof import('@formatjs/icu-messageformat-parser');
let parser: Parser | undefined;
const loadParser = (): Parser => (parser ??= createRequire(import.meta.url)('@formatjs/icu-messageformat-parser') as Parser);

/** Languages whose numbers are written with the digits 0–9 (canonym's message languages and glossary locales). */
const LATIN_DIGITS = new Set(['en', 'de', 'fr', 'nl', 'es', 'it', 'pl', 'cs', 'ru', 'uk', 'bg']);

/** The decimal separator of canonym's message languages (CLDR's; test/i18n-format.test.ts compares with Intl). */
const DECIMAL_SEPARATOR: ReadonlyMap<string, string> = new Map([['en', '.'], ['bg', ','], ['de', ','], ['fr', ','], ['ru', ','], ['uk', ',']]);

const parsed = new Map<string, MessageFormatElement[]>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

const QUOTING = /'['{}<>]/;
// Names and blanks that formatjs's parser reads the same way (a subset of its identifiers and of its white space).
const SIMPLE_ARGUMENTS = /^(?:[^{}]|\{[\t-\r ]*\w+[\t-\r ]*\})*$/;
const ARGUMENT = /\{[\t-\r ]*(\w+)[\t-\r ]*\}/g;

/** formatjs's element types (TYPE in @formatjs/icu-messageformat-parser; the test checks they are the same). */
export const ELEMENT = { literal: 0, argument: 1, number: 2, select: 5, plural: 6, pound: 7 } as const;
const TYPE = ELEMENT as unknown as Parser['TYPE'];

const BLANKS = /[\t-\r ]*/y;
const NAME = /\w+/y;
const SELECTOR = /=\d+|\w+/y;

/**
 * The elements of `message` as formatjs's parser would give them (literals may be split otherwise, which changes no
 * output), or undefined for anything outside the syntax above, which formatjs's parser then reads (and may refuse).
 */
export function parseMessage(message: string): MessageFormatElement[] | undefined {
  let i = 0;
  const match = (re: RegExp): string | undefined => {
    re.lastIndex = i;
    const m = re.exec(message);
    if (!m) return undefined;
    i += m[0].length;
    return m[0];
  };
  const blanks = () => void match(BLANKS);
  // A message, top-level (depth 0: '}' is text) or a branch of a plural (where '#' is the number) or of a select.
  const elements = (depth: number, inPlural: boolean): MessageFormatElement[] | undefined => {
    const out: MessageFormatElement[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ type: ELEMENT.literal, value: text } as MessageFormatElement);
      text = '';
    };
    while (i < message.length) {
      const c = message[i]!;
      if (c === "'") {
        const next = message[i + 1];
        if (next === "'") {
          text += "'";
          i += 2;
        } else if (next === '{' || next === '}' || next === '<' || next === '>' || (next === '#' && inPlural)) {
          // Quoted: the character after the apostrophe, then everything up to a lone apostrophe ('' inside is one).
          text += next;
          i += 2;
          while (i < message.length) {
            if (message[i] === "'") {
              if (message[i + 1] !== "'") {
                i++;
                break;
              }
              text += "'";
              i += 2;
            } else text += message[i++];
          }
        } else {
          text += c;
          i++;
        }
      } else if (c === '{') {
        flush();
        const el = argument(depth);
        if (!el) return undefined;
        out.push(el);
      } else if (c === '}' && depth > 0) break;
      else if (c === '#' && inPlural) {
        flush();
        out.push({ type: ELEMENT.pound } as MessageFormatElement);
        i++;
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return out;
  };
  const argument = (depth: number): MessageFormatElement | undefined => {
    i++; // {
    blanks();
    const name = match(NAME);
    if (!name) return undefined;
    blanks();
    if (message[i] === '}') {
      i++;
      return { type: ELEMENT.argument, value: name } as MessageFormatElement;
    }
    if (message[i] !== ',') return undefined;
    i++;
    blanks();
    const kind = match(NAME);
    blanks();
    if (kind === 'number' && message[i] === '}') {
      i++;
      return { type: ELEMENT.number, value: name, style: null } as MessageFormatElement;
    }
    if ((kind !== 'plural' && kind !== 'select') || message[i] !== ',') return undefined;
    i++;
    blanks();
    const options: Record<string, { value: MessageFormatElement[] }> = {};
    while (message[i] !== '}') {
      const selector = match(SELECTOR);
      if (!selector || selector in options || selector === 'offset') return undefined;
      blanks();
      if (message[i] !== '{') return undefined;
      i++;
      const value = elements(depth + 1, kind === 'plural');
      if (!value || message[i] !== '}') return undefined;
      i++;
      options[selector] = { value };
      blanks();
      if (i >= message.length) return undefined;
    }
    i++;
    if (!('other' in options)) return undefined;
    return (kind === 'plural'
      ? { type: ELEMENT.plural, value: name, options, offset: 0, pluralType: 'cardinal' }
      : { type: ELEMENT.select, value: name, options }) as MessageFormatElement;
  };
  const out = elements(0, false);
  return out && i === message.length ? out : undefined;
}

/** Thrown for an element this formatter leaves to formatjs. */
class Unsupported extends Error {}

/**
 * `value` with exactly `digits` fraction digits, as ICU writes it in a language whose decimal separator is
 * `separator`: rounded half away from zero on its shortest decimal form (1.005 is 1.01, where toFixed gives 1.00,
 * and 0.845 is 0.85). Undefined where ICU would write more than digits and one separator (a negative value, -0, an
 * exponent, a thousands group), so that the caller asks Intl.
 */
export function fixedFraction(value: number, digits: number, separator: string): string | undefined {
  if (!(value >= 0) || Object.is(value, -0) || !Number.isInteger(digits) || digits < 0 || digits > 20) return undefined;
  const shortest = String(value);
  if (shortest.includes('e')) return undefined;
  const point = shortest.indexOf('.');
  const whole = point < 0 ? shortest : shortest.slice(0, point);
  const fraction = point < 0 ? '' : shortest.slice(point + 1);
  let kept = whole + fraction.slice(0, digits).padEnd(digits, '0');
  if (fraction.length > digits && fraction.charCodeAt(digits) >= 0x35) { // the first digit dropped is 5 or more
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') i--;
    kept = (i < 0 ? '1' : kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1)) + '0'.repeat(kept.length - 1 - i);
  }
  const integer = kept.slice(0, kept.length - digits);
  if (integer.length > 3) return undefined;
  return digits ? `${integer}${separator}${kept.slice(kept.length - digits)}` : integer;
}

function formatNumber(lng: string, value: number, options?: Intl.NumberFormatOptions): string {
  if (!options && Number.isInteger(value) && value >= 0 && value < 1000 && LATIN_DIGITS.has(lng.split('-')[0]!)) return String(value);
  // A score (`::.00`) without Intl: the first Intl.NumberFormat of a run loads ICU's number data, some 12 ms.
  const digits = options?.minimumFractionDigits;
  if (digits !== undefined && options!.maximumFractionDigits === digits && Object.keys(options!).length === 2) {
    const separator = DECIMAL_SEPARATOR.get(lng);
    const text = separator === undefined ? undefined : fixedFraction(value, digits, separator);
    if (text !== undefined) return text;
  }
  const key = options ? `${lng}\u0000${JSON.stringify(options)}` : lng;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(lng, options)));
  return format.format(value);
}

function valueOf(values: Record<string, string | number>, name: string): string | number {
  if (!(name in values)) throw new Error(`the message needs a value for "${name}"`);
  return values[name]!;
}

function formatElements(elements: readonly MessageFormatElement[], lng: string, values: Record<string, string | number>, pluralValue: number | undefined): string {
  let out = '';
  for (const el of elements) {
    switch (el.type) {
      case TYPE.literal:
        out += el.value;
        break;
      case TYPE.argument: {
        const value = valueOf(values, el.value);
        out += typeof value === 'string' || typeof value === 'number' ? String(value) : '';
        break;
      }
      case TYPE.pound:
        if (pluralValue !== undefined) out += formatNumber(lng, pluralValue);
        break;
      case TYPE.number: {
        const value = valueOf(values, el.value);
        if (typeof value !== 'number') throw new Unsupported();
        if (el.style === null || el.style === undefined) out += formatNumber(lng, value);
        else if (typeof el.style === 'object') {
          // A skeleton (`::.00`): its options, and its scale applied first, as intl-messageformat does.
          const options = el.style.parsedOptions as Intl.NumberFormatOptions & { scale?: number };
          out += formatNumber(lng, options.scale ? value * options.scale : value, options);
        } else throw new Unsupported();
        break;
      }
      case TYPE.plural: {
        if (el.offset || el.pluralType !== 'cardinal') throw new Unsupported();
        const value = valueOf(values, el.value);
        if (typeof value !== 'number') throw new Unsupported();
        let option = el.options[`=${value}`];
        if (!option) {
          let rules = pluralRules.get(lng);
          if (!rules) pluralRules.set(lng, (rules = new Intl.PluralRules(lng, { type: 'cardinal' })));
          option = el.options[rules.select(value)] ?? el.options.other;
        }
        if (!option) throw new Unsupported();
        out += formatElements(option.value, lng, values, value);
        break;
      }
      case TYPE.select: {
        const value = valueOf(values, el.value);
        const option = el.options[String(value)] ?? el.options.other;
        if (!option) throw new Unsupported();
        out += formatElements(option.value, lng, values, undefined);
        break;
      }
      default:
        throw new Unsupported();
    }
  }
  return out;
}

/**
 * `message` formatted in `lng` with `values`, or undefined when it uses an element this formatter does not take
 * (the caller then asks formatjs). A value the message needs and `values` lacks throws.
 */
export function formatIcu(message: string, lng: string, values: Record<string, string | number> = {}): string | undefined {
  if (!QUOTING.test(message)) {
    if (!/[{}]/.test(message)) return message;
    if (SIMPLE_ARGUMENTS.test(message)) return message.replace(ARGUMENT, (_, name: string) => String(valueOf(values, name)));
  }
  let elements = parsed.get(message);
  if (!elements) parsed.set(message, (elements = parseMessage(message) ?? loadParser().parse(message, { ignoreTag: true })));
  try {
    return formatElements(elements, lng, values, undefined);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

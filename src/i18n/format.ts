/**
 * ICU MessageFormat for canonym's own messages, with what @formatjs/intl does for the elements they use, without its
 * start-up: createIntl and every IntlMessageFormat ask ICU for its supported locales (Intl.*.supportedLocalesOf, some
 * 30 to 50 ms of a 250 ms run the first time), which a one-line `check` would pay only to print "1 problem".
 *
 * - A message without braces is its own text (most help texts and rule descriptions), and one whose only braces
 *   are simple arguments (`{path}`) has them replaced by their values, unless it has an apostrophe that quotes
 *   (`''`, or `'` before a brace or an angle bracket: the only ones formatjs's parser reads as quoting outside a
 *   plural).
 * - Otherwise formatjs's own parser reads it (loaded on first use), and the elements are formatted as
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

const parsed = new Map<string, MessageFormatElement[]>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

const QUOTING = /'['{}<>]/;
// Names and blanks that formatjs's parser reads the same way (a subset of its identifiers and of its white space).
const SIMPLE_ARGUMENTS = /^(?:[^{}]|\{[\t-\r ]*\w+[\t-\r ]*\})*$/;
const ARGUMENT = /\{[\t-\r ]*(\w+)[\t-\r ]*\}/g;

/** Thrown for an element this formatter leaves to formatjs. */
class Unsupported extends Error {}

function formatNumber(lng: string, value: number, options?: Intl.NumberFormatOptions): string {
  if (!options && Number.isInteger(value) && value >= 0 && value < 1000 && LATIN_DIGITS.has(lng.split('-')[0]!)) return String(value);
  const key = options ? `${lng}\u0000${JSON.stringify(options)}` : lng;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(lng, options)));
  return format.format(value);
}

function valueOf(values: Record<string, string | number>, name: string): string | number {
  if (!(name in values)) throw new Error(`the message needs a value for "${name}"`);
  return values[name]!;
}

function formatElements(elements: readonly MessageFormatElement[], lng: string, values: Record<string, string | number>, pluralValue: number | undefined, TYPE: Parser['TYPE']): string {
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
        out += formatElements(option.value, lng, values, value, TYPE);
        break;
      }
      case TYPE.select: {
        const value = valueOf(values, el.value);
        const option = el.options[String(value)] ?? el.options.other;
        if (!option) throw new Unsupported();
        out += formatElements(option.value, lng, values, undefined, TYPE);
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
  const { parse, TYPE } = loadParser();
  let elements = parsed.get(message);
  if (!elements) parsed.set(message, (elements = parse(message, { ignoreTag: true })));
  try {
    return formatElements(elements, lng, values, undefined, TYPE);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

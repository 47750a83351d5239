/** One shape for a value of either syntax, so that rules compare i18next and ICU messages alike. */
import type { Syntax } from './model.ts';
import { parseI18next } from './i18next-message.ts';
import { parseIcu, type IcuChoice, type IcuError } from './icu-message.ts';
import { withOtherFormats, type PlaceholderPatterns } from './formats.ts';
import { blank, type Placeholder } from './placeholder.ts';
import type { Tag } from './tags.ts';

export interface Message {
  syntax: Syntax;
  placeholders: Placeholder[];
  tags: Tag[];
  /** The value with markup blanked (same length, same offsets). */
  prose: string;
  /** ICU only: plural, selectordinal and select arguments. */
  choices: IcuChoice[];
  /** ICU only: argument name → type as written. */
  argumentTypes: ReadonlyMap<string, string>;
  /** ICU only: the parser's refusal. */
  error?: IcuError;
}

const NONE = new Map<string, string>();
const NO_CHOICES: IcuChoice[] = [];

/** `custom`: the project's placeholder patterns; printf and (in i18next) `{name}` placeholders are always found. */
export function parseMessage(value: string, syntax: Syntax, custom: PlaceholderPatterns = [], ignoreTag = false): Message {
  const message: Message = syntax === 'icu' ? { syntax, ...parseIcu(value, ignoreTag) } : { syntax, ...parseI18next(value), choices: NO_CHOICES, argumentTypes: NONE };
  if (message.error) return message;
  const placeholders = withOtherFormats(value, message.placeholders, syntax === 'i18next', custom);
  if (placeholders === message.placeholders) return message;
  const added = placeholders.filter((p) => !message.placeholders.includes(p));
  return { ...message, placeholders, prose: blank(message.prose, added) };
}

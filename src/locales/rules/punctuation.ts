/**
 * Punctuation against the base, as translate-toolkit's pofilter checks it (`brackets`, `endpunc`, `startpunc`):
 *   - brackets: the base's ( ) [ ] { } are balanced and the translation's are not: a bracket lost or left open;
 *   - end-punctuation: the base ends a sentence (. ? ! : …) and the translation ends otherwise, or the reverse.
 *     Each mark counts in the forms of the translation's script: 。？！：in Chinese and Japanese, ؟ in Arabic and
 *     Persian, । in Hindi, ። in Amharic, ։ in Armenian, ; for ? in Greek. Thai, Lao, Khmer and Burmese end
 *     sentences without a mark, so only a question or exclamation counts there. Strings that end in a
 *     placeholder, a tag or a URL, and strings of one or two words (labels, where a full stop is a choice), are
 *     left alone.
 */
import { t } from '../../i18n/index.ts';
import { primaryLanguage } from '../../text/locale.ts';
import type { Message } from '../message.ts';
import type { Entry } from '../model.ts';
import { rangeIn, valueRange, type LocaleFinding, type LocaleRule, type LocaleRuleContext } from './rule.ts';

const PAIRS: Array<[string, string]> = [['(', ')'], ['[', ']'], ['{', '}'], ['（', '）'], ['［', '］'], ['【', '】']];

// Smileys and list markers close what nothing opened: ":)", "1)", "a)"; "(;)" names a semicolon.
const NOT_BRACKET = /(?<!\()[:;]-?[()\]]|(?<=^|\n)\s*(?:\p{N}{1,2}|\p{Ll})\)/gu;

function balance(text: string, open: string, close: string): number {
  let depth = 0;
  // By UTF-16 unit: every bracket is one, and no half of a surrogate pair is one.
  const o = open.charCodeAt(0);
  const c = close.charCodeAt(0);
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === o) depth++;
    else if (ch === c && --depth < 0) return -1;
  }
  return depth;
}

// Any character of PAIRS: a string without one is balanced, and the common case.
const ANY_BRACKET = /[()[\]{}（）［］【】]/;

function unbalanced(prose: string): string | undefined {
  if (!ANY_BRACKET.test(prose)) return undefined;
  const text = prose.replace(NOT_BRACKET, (s) => ' '.repeat(s.length));
  for (const [open, close] of PAIRS) if ((text.includes(open) || text.includes(close)) && balance(text, open, close) !== 0) return `${open}${close}`;
  return undefined;
}

type End = 'stop' | 'question' | 'exclamation' | 'colon' | 'ellipsis' | 'none';

/** The message for each way the base ends, named in full so that the message ids can be checked. */
const END_MESSAGES: Record<End, string> = {
  stop: 'locales.end-punctuation.stop',
  question: 'locales.end-punctuation.question',
  exclamation: 'locales.end-punctuation.exclamation',
  colon: 'locales.end-punctuation.colon',
  ellipsis: 'locales.end-punctuation.ellipsis',
  none: 'locales.end-punctuation.none',
};

const END_MARKS: Record<Exclude<End, 'none'>, RegExp> = {
  ellipsis: /(?:…|\.\.\.|⋯|。。。)$/u,
  stop: /[.。．।॥။።։۔]$/u,
  question: /[?？؟;՞]$/u,
  exclamation: /[!！՜]$/u,
  colon: /[:：]$/u,
};
// END_MARKS in its order, listed once rather than on every call.
const END_MARK_LIST = Object.entries(END_MARKS) as Array<[Exclude<End, 'none'>, RegExp]>;
const NO_STOP = new Set(['th', 'lo', 'km', 'my']);
// Closing quotes and brackets after the mark (`(see "Help".)`, `«Oui.»`), each one UTF-16 unit, by code.
const CLOSERS = new Set([...'"\'”’»›)]）」』*_'].map((c) => c.charCodeAt(0)));

function endOf(prose: string): End | undefined {
  // The prose without its trailing white space and closers, read from the end: a match of /[…]+$/ is tried at
  // every position.
  const trimmed = prose.trimEnd();
  let length = trimmed.length;
  while (length > 0 && CLOSERS.has(trimmed.charCodeAt(length - 1))) length--;
  if (!length) return undefined;
  // Every expression below is anchored at the end and matches at most three units: they read the last three.
  const text = trimmed.slice(Math.max(0, length - 3), length);
  // Markup (blanked in the prose) right before the closing bracket: `({count} files)` ends in a placeholder.
  if (/\s$/u.test(text)) return undefined;
  for (let i = 0; i < END_MARK_LIST.length; i++) if (END_MARK_LIST[i]![1].test(text)) return END_MARK_LIST[i]![0];
  return /[\p{L}\p{M}\p{N}]$/u.test(text) ? 'none' : undefined;
}

const words = (s: string) => s.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;

/**
 * What the rules read of a base string, worked out once per base message rather than once per locale × key: a
 * base string is compared with every translation of it.
 */
interface BaseEnd {
  unbalanced: string | undefined;
  /** endsInText and at least three words; then how it ends. */
  judged: boolean;
  end: End | undefined;
}

const baseEnds = new WeakMap<Message, BaseEnd>();

function baseEnd(entry: Entry, message: Message): BaseEnd {
  let b = baseEnds.get(message);
  if (!b) {
    const judged = !message.error && endsInText(entry, message.prose) && words(message.prose) >= 3;
    baseEnds.set(message, (b = { unbalanced: message.error ? undefined : unbalanced(message.prose), judged, end: judged ? endOf(message.prose) : undefined }));
  }
  return b;
}

/** The base and the translation each end in words or a mark, not in markup (`{{count}}`, `<1/>`, a URL). */
function endsInText(entry: Entry, prose: string): boolean {
  const value = entry.value.trimEnd();
  return value.length > 0 && prose.trimEnd().length === value.length && !/(?:https?:\/\/|www\.)\S+$/u.test(value);
}

function items(context: LocaleRuleContext) {
  return context.base ? context.pairing.translated : [];
}

export const brackets: LocaleRule = {
  meta: { id: 'brackets', description: 'Brackets balanced in the base string and not in the translation.', defaultSeverity: 'warning' },
  check(context) {
    const findings: LocaleFinding[] = [];
    const list = items(context);
    for (let i = 0; i < list.length; i++) {
      const item = list[i]!;
      const base = context.message(item.base!);
      const mine = context.message(item.entry);
      if (base.error || mine.error || baseEnd(item.base!, base).unbalanced) continue;
      const pair = unbalanced(mine.prose);
      if (pair) findings.push({ ...valueRange(item.entry), message: t('locales.brackets.message', { key: item.entry.key, pair, base: context.baseLocale }) });
    }
    return findings;
  },
};

export const endPunctuation: LocaleRule = {
  meta: { id: 'end-punctuation', description: 'The translation ends with other punctuation than the base string, in the forms of its script.', defaultSeverity: 'warning' },
  check(context) {
    const findings: LocaleFinding[] = [];
    const noStop = NO_STOP.has(primaryLanguage(context.file.locale));
    const list = items(context);
    for (let i = 0; i < list.length; i++) {
      const item = list[i]!;
      const base = context.message(item.base!);
      const mine = context.message(item.entry);
      if (base.error || mine.error) continue;
      const b = baseEnd(item.base!, base);
      if (!b.judged || !endsInText(item.entry, mine.prose)) continue;
      const want = b.end;
      if (!want) continue;
      const have = endOf(mine.prose);
      if (!have || want === have) continue;
      // A colon or ellipsis for a stop and the reverse are choices of style; a question lost is not.
      const pair = new Set([want, have]);
      if (noStop && (want === 'stop' || have === 'stop') && !pair.has('question') && !pair.has('exclamation')) continue;
      if (pair.has('exclamation') && (pair.has('stop') || pair.has('none'))) continue;
      if (pair.has('ellipsis') && pair.has('stop')) continue;
      const value = item.entry.value.trimEnd();
      const at = Math.max(0, value.length - 1);
      findings.push({ ...rangeIn(item.entry, at, value.length), message: t(END_MESSAGES[want], { key: item.entry.key, base: context.baseLocale }) });
    }
    return findings;
  },
};

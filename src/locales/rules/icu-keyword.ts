/**
 * ICU keywords stay in English whatever the language: `{count, plurale, …}`, `{n, plural, uno {…} otro {…}}`
 * and a translated select key (`männlich` for `male`) make a message that fails to parse or never matches.
 * Also owns the parse errors such a translation causes, so icu-syntax does not report them twice.
 */
import { t, type MessageValues } from '../../i18n/index.ts';
import { closest } from '../edit-distance.ts';
import type { IcuChoice } from '../icu-message.ts';
import type { Message } from '../message.ts';
import type { Entry } from '../model.ts';
import { CATEGORIES, isCategory } from '../plural.ts';
import { rangeIn, type LocaleFinding, type LocaleRule } from './rule.ts';

const TYPES = ['plural', 'select', 'selectordinal', 'number', 'date', 'time'];
const EXACT = /^=\d+(?:\.\d+)?$/;

/** Why a keyword is wrong: the message id and its values besides `key` and `word`. */
type Why = { id: string; values?: MessageValues };
type BadKey = { key: string; start: number; end: number; expected?: string; why: Why };

function badKeys(choice: IcuChoice, base: Message | undefined): BadKey[] {
  const out: BadKey[] = [];
  if (choice.type === 'select') {
    const baseChoice = base?.choices.find((c) => c.argument === choice.argument && c.type === 'select');
    if (!baseChoice) return out;
    const keys = baseChoice.options.map((o) => o.key);
    for (const o of choice.options) {
      if (keys.includes(o.key)) continue;
      const meant = closest(o.key, keys.filter((k) => !choice.options.some((x) => x.key === k)), 3);
      out.push({ ...o, ...(meant ? { expected: meant } : {}), why: { id: 'locales.icu-keyword.not-a-select-key', values: { keys: keys.join(', ') } } });
    }
    return out;
  }
  for (const o of choice.options) {
    if (isCategory(o.key) || EXACT.test(o.key)) continue;
    const missing = CATEGORIES.filter((c) => !choice.options.some((x) => x.key === c));
    const meant = !choice.options.some((x) => x.key === 'other') && o === choice.options[choice.options.length - 1] ? 'other' : closest(o.key, missing, 2);
    out.push({ ...o, ...(meant ? { expected: meant } : {}), why: { id: 'locales.icu-keyword.not-a-category', values: { categories: CATEGORIES.join(', ') } } });
  }
  return out;
}

/** Keyword findings for one entry, and whether they account for its parse error. */
export function keywordFindings(entry: Entry, message: Message, base: Message | undefined): { findings: LocaleFinding[]; claimsError: boolean } {
  const findings: LocaleFinding[] = [];
  const error = message.error;
  const report = (start: number, end: number, word: string, why: Why, expected?: string) => {
    const message = t(why.id, { ...why.values, key: entry.key, word });
    findings.push({ ...rangeIn(entry, start, end), message: expected ? t('locales.icu-keyword.write', { message, expected }) : message, ...(expected ? { expected } : {}) });
  };
  if (error?.kind === 'INVALID_ARGUMENT_TYPE') {
    const word = entry.value.slice(error.start, error.end).trim();
    const argument = /\{\s*([^\s,{}]+)\s*,\s*$/.exec(entry.value.slice(0, error.start))?.[1];
    const expected = (argument && base?.argumentTypes.get(argument)) || closest(word, TYPES, 4);
    report(error.start, error.end, word, { id: 'locales.icu-keyword.not-a-type' }, expected);
    return { findings, claimsError: true };
  }
  const choices = error ? (error.kind === 'MISSING_OTHER_CLAUSE' ? error.choices ?? [] : []) : message.choices;
  for (const choice of choices) {
    if (error && choice.options.some((o) => o.key === 'other')) continue;
    for (const bad of badKeys(choice, base)) report(bad.start, bad.end, bad.key, bad.why, bad.expected);
  }
  return { findings, claimsError: Boolean(error) && findings.length > 0 };
}

export const icuKeyword: LocaleRule = {
  meta: { id: 'icu-keyword', description: 'A translated ICU keyword: argument type (plural, select…), plural category or select key.', defaultSeverity: 'error' },
  check(context) {
    if (context.syntax !== 'icu') return [];
    // A loop rather than flatMap, which would make an empty list for each plain message.
    const findings: LocaleFinding[] = [];
    const items = context.pairing.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const message = context.message(item.entry);
      if (!message.error && !message.choices.length) continue;
      findings.push(...keywordFindings(item.entry, message, item.base && context.message(item.base)).findings);
    }
    return findings;
  },
};

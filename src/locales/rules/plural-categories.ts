/**
 * Plural forms against the file's language (CLDR through Intl.PluralRules, as i18next and formatjs use): a
 * category the language needs and the message lacks (Polish `few`, `many`: the `other` text shows, in the wrong
 * grammatical form), and a form it can never select (`one` in Japanese, `zero` in English ICU: dead text,
 * usually a sign the translator copied the base's branches). i18next's `_zero` is exempt: i18next uses it for
 * a count of 0 in every language. An ICU `=1` covers `one` where 1 is the only number `one` selects.
 */
import { t } from '../../i18n/index.ts';
import type { IcuChoice } from '../icu-message.ts';
import type { Message } from '../message.ts';
import type { Entry } from '../model.ts';
import { isCategory, pluralCategories, singleNumber, type PluralCategory, type PluralType } from '../plural.ts';
import { rangeIn, type LocaleFinding, type LocaleRule } from './rule.ts';
import { usableTag } from '../locale-tag.ts';
import { primaryLanguage } from '../../text/locale.ts';

/**
 * A category no whole number up to 1,000 selects: French, Spanish, Italian, Portuguese and Catalan `many` is for
 * a million and more (CLDR 42, compact numbers), where the `other` text reads right too ("1 000 000 fichiers").
 * Not required, though a form written for it is fine.
 */
function onlyForMillions(locale: string, category: PluralCategory, type: PluralType): boolean {
  return category !== 'other' && selectsNoWholeNumber(locale, category, type);
}

/** Intl.PluralRules by locale and type, made once (undefined for a tag the runtime refuses). */
const rulesMade = new Map<string, Intl.PluralRules | undefined>();
function rulesFor(locale: string, type: PluralType): Intl.PluralRules | undefined {
  const key = `${locale}|${type}`;
  if (!rulesMade.has(key)) {
    let rules: Intl.PluralRules | undefined;
    try {
      rules = new Intl.PluralRules(locale, { type });
    } catch {
      rules = undefined;
    }
    rulesMade.set(key, rules);
  }
  return rulesMade.get(key);
}

const noWholeNumber = new Map<string, boolean>();
function selectsNoWholeNumber(locale: string, category: PluralCategory, type: PluralType): boolean {
  // Hebrew `two` is the dual of a few nouns (יומיים, שנתיים); with most, 2 takes the plural that `other` has.
  if (category === 'two' && type === 'cardinal' && /^(he|iw)\b/.test(locale)) return true;
  const key = `${locale}|${category}|${type}`;
  let only = noWholeNumber.get(key);
  if (only === undefined) {
    const rules = rulesFor(locale, type);
    only = rules !== undefined;
    if (rules) for (let n = 0; n <= 1000 && only; n++) if (rules.select(n) === category) only = false;
    noWholeNumber.set(key, only);
  }
  return only;
}

/**
 * Whether the numbers of a missing category read right through `other` (Russian and Ukrainian messages, mostly):
 * - no option shows the number ("{count, plural, one {это подключение} other {эти подключения}}"): without a
 *   numeral, a noun takes the plural whatever the count, and only `one` (the singular) differs from `other`;
 * - `other` is written exactly as an `=n` option whose number is of that category ("=1 {Осталась {n} попытка}
 *   … other {Осталась {n} попытка}"): the translator gave `other` that category's form, and every number of it,
 *   21 as 1, reads right.
 */
function readsRightThroughOther(choice: IcuChoice, category: PluralCategory, locale: string, type: PluralType, shownOutside: boolean): boolean {
  if (category === 'other') return false;
  if (category !== 'one' && !shownOutside && choice.options.every((o) => o.showsNumber === false)) return true;
  const other = choice.options.find((o) => o.key === 'other');
  if (other?.body === undefined) return false;
  const rules = rulesFor(locale, type);
  return rules !== undefined && choice.options.some((o) => /^=\d+$/.test(o.key) && o.body === other.body && rules.select(Number(o.key.slice(1))) === category);
}

// A plural noun in the dative, instrumental or locative ("людям", "файлами", "каналах"): Russian, Ukrainian and
// Belarusian have one form there for 2, 5 and 1.5 alike; few and many differ only in the nominative and accusative.
const OBLIQUE_PLURAL = /(?:ам|ям|ами|ями|ах|ях)$/u;
const EAST_SLAVIC = new Set(['ru', 'uk', 'be']);

/**
 * Whether `other` reads right for the whole numbers of the missing categories (decided on mattermost-mobile's and
 * yubioath-flutter's Russian and Ukrainian): where `other` selects no whole number (Russian, Ukrainian, Polish…:
 * it is for fractions), a message that lacks one category and writes `other` unlike every form it has gives that
 * category's numbers the `other` text, written for them ("one {ответ} few {ответа} other {ответов}": 5 ответов);
 * and an East Slavic `other` that ends in an oblique-case plural reads the same for few and many.
 */
function otherServesTheMissing(choice: IcuChoice, missing: readonly PluralCategory[], locale: string, type: PluralType): boolean {
  const other = choice.options.find((o) => o.key === 'other');
  if (other?.body === undefined || missing.includes('other')) return false;
  const text = other.body.replace(/^\{|\}$/g, '').trim();
  if (EAST_SLAVIC.has(primaryLanguage(locale)) && missing.every((c) => c === 'few' || c === 'many') && OBLIQUE_PLURAL.test(text)) return true;
  if (missing.length !== 1) return false;
  return selectsNoWholeNumber(locale, 'other', type) && choice.options.every((o) => o === other || !isCategory(o.key) || o.body !== other.body);
}

function icuFindings(entry: Entry, choice: IcuChoice, locale: string, message: Message): LocaleFinding[] {
  // The number printed beside the choice ("{count, number} {count, plural, one {файл} other {файлы}}").
  const shownOutside = message.placeholders.some((p) => p.name === choice.argument && !/^\{[^,{}]+, (?:plural|selectordinal|select)\}$/.test(p.text));
  const type: PluralType = choice.type === 'selectordinal' ? 'ordinal' : 'cardinal';
  const needed = pluralCategories(locale, type);
  if (!needed) return [];
  const findings: LocaleFinding[] = [];
  const keys = choice.options.map((o) => o.key);
  for (const o of choice.options) {
    if (!isCategory(o.key) || needed.includes(o.key)) continue;
    const id = o.key === 'zero' ? 'locales.plural-categories.never-selects-zero' : 'locales.plural-categories.never-selects';
    findings.push({ ...rangeIn(entry, o.start, o.end), message: t(id, { key: entry.key, locale, category: o.key, categories: needed.join(', ') }) });
  }
  let missing = needed.filter((c) => !keys.includes(c) && !keys.includes(`=${singleNumber(locale, c, type) ?? 'none'}`) && !onlyForMillions(locale, c, type) && !readsRightThroughOther(choice, c, locale, type, shownOutside));
  if (missing.length && otherServesTheMissing(choice, missing, locale, type)) missing = [];
  if (missing.length) {
    const message = t('locales.plural-categories.lacks', { key: entry.key, choice: `{${choice.argument}, ${choice.type}}`, missing: missing.join(', '), locale, needed: needed.join(', ') });
    findings.push({ ...rangeIn(entry, choice.start, choice.end), message });
  }
  return findings;
}

export const pluralCategoriesRule: LocaleRule = {
  meta: { id: 'plural-categories', description: 'Plural forms the locale needs but lacks, or has but can never select.', defaultSeverity: 'warning' },
  check(context) {
    // kab-KAB (not a valid tag) is checked as kab.
    const locale = usableTag(context.file.locale) ?? context.file.locale;
    const findings: LocaleFinding[] = [];
    // gettext's forms are the file's own Plural-Forms header's (read into categories by it), for whole numbers only.
    if (context.file.format === 'po') return findings;
    if (context.syntax === 'icu') {
      const items = context.pairing.items;
      for (let i = 0; i < items.length; i++) {
        const entry = items[i]!.entry;
        const message = context.message(entry);
        const choices = message.choices;
        for (let c = 0; c < choices.length; c++) if (choices[c]!.type !== 'select') findings.push(...icuFindings(entry, choices[c]!, locale, message));
      }
      return findings;
    }
    for (const group of context.pairing.groups) {
      const type: PluralType = group.ordinal ? 'ordinal' : 'cardinal';
      const needed = pluralCategories(locale, type);
      if (!needed) continue;
      for (const [category, entry] of group.forms) {
        if (needed.includes(category) || (category === 'zero' && type === 'cardinal')) continue;
        findings.push({ ...entry.keyRange, message: t('locales.plural-categories.i18next-never-selects', { key: entry.key, locale, category, categories: needed.join(', ') }) });
      }
      // As in ICU: when no form shows a number (no placeholder at all: {{count}}, %d, %{count}), a noun takes the
      // plural whatever the number, and only `one` differs.
      const countless = [...group.forms.values()].every((e) => context.message(e).placeholders.length === 0);
      const missing = needed.filter((c) => !group.forms.has(c) && !onlyForMillions(locale, c, type) && !(countless && c !== 'one' && c !== 'other'));
      if (!missing.length) continue;
      const anchor = group.forms.get('other') ?? [...group.forms.values()][0]!;
      const keys = missing.map((c: PluralCategory) => `${group.id}_${c}`).join(', ');
      findings.push({
        ...anchor.keyRange,
        message: missing.includes('other')
          ? t('locales.plural-categories.i18next-needs-other', { group: group.id, locale, keys })
          : t('locales.plural-categories.i18next-needs', { group: group.id, locale, keys, missing: missing.join(', ') }),
      });
    }
    return findings;
  },
};

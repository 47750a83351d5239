/**
 * A known name left in another script than the text's: "Зеленский" in Czech text, "Wagner Group" or "Sunak" in
 * Ukrainian text, what machine translation leaves behind. Reported with the canonical form in the text's script.
 * A quotation stays allowed: the name in parentheses right after a name of the same entity ("Олаф Шольц (Olaf
 * Scholz)"), or inside quotation marks opened right after a colon (він написав: "Biden will win"). A surname or an
 * acronym alone counts only once the document has named the entity (else it may be anyone's, or an example), unless
 * the surname is distinctive: no other entity has it and the dictionaries of the languages that write it so do not
 * know it (Sunak, Zelensky; not Johnson, Trump, Putin, which are words or names there), or it is declined in the
 * language that wrote it (Czech "Babišovi", Polish "Tuskowi" in Ukrainian text: a sentence's word left behind).
 * A warning, not an error: a text may quote a name in its own script for reasons no punctuation shows.
 */
import { t } from '../i18n/index.ts';
import { lexiconFor } from '../lexicon/dictionary.ts';
import type { NameIndex } from '../match/name-index.ts';
import { formKeys } from '../text/tokenize.ts';
import type { Mention } from '../match/mention.ts';
import { localeScript, scriptOf } from '../text/script.ts';
import { mentionFinding } from './mention-finding.ts';
import { nameOf } from './name-of.ts';
import type { Finding, Rule } from './rule.ts';

const LETTERS: Partial<Record<string, RegExp>> = { Latin: /[A-Za-z\u00c0-\u024f]/u, Cyrillic: /[\u0400-\u052f]/u, Greek: /[\u0370-\u03ff]/u };
const OPENING = '«„“"‘‚\'';
const CLOSING = '»“”"’\'';

/** The mention is in parentheses that open right after a mention of the same entity: a gloss of the local form. */
function glossed(text: string, m: Mention, before: Mention | undefined): boolean {
  if (!before || before.entity.id !== m.entity.id) return false;
  return /^\s*\(\s*$/u.test(text.slice(before.end, m.start)) && /^\s*\)/u.test(text.slice(m.end, m.end + 3));
}

/**
 * A word of the mention's own script stands right before or after it (only spaces between). A word that also has
 * letters of the text's script ("zвільнених", machine translation's garble) is no phrase in the mention's script.
 */
function besideForeignWord(text: string, m: Mention, letters: RegExp | undefined, own: RegExp | undefined): boolean {
  if (!letters) return false;
  // An acronym beside a person's name is an organisation named with it ("DOJ Bidens", Biden's DOJ), no title or brand.
  const acronym = (word: string) => m.entity.type === 'person' && word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
  const foreign = (word: string) => letters.test(word) && !(own?.test(word) ?? false) && !acronym(word);
  const before = /([\p{L}\p{N}]+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
  const after = /^[ \u00a0]+([\p{L}\p{N}]+)/u.exec(text.slice(m.end, m.end + 40));
  return (before !== null && foreign(before[1]!)) || (after !== null && foreign(after[1]!));
}

/** The mention is inside quotation marks opened right after a colon (a quoted sentence in its own language). */
function quotedAfterColon(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && start - i < 400; i--) {
    const c = text[i]!;
    if (c === '\n') return false;
    if (OPENING.includes(c) && !(CLOSING.includes(c) && i > 0 && /[\p{L}\p{N}.,!?]/u.test(text[i - 1]!))) {
      let j = i - 1;
      while (j >= 0 && /\s/u.test(text[j]!)) j--;
      if (text[j] === ':') return true;
      // A quotation mark that does not follow a colon: a title or a quoted phrase, not a quotation in another script.
      return false;
    }
    if (CLOSING.includes(c) && !OPENING.includes(c)) return false;
  }
  return false;
}

/**
 * A person's surname alone that can be no one else's: the glossary gives the spelling to this entity only, and no
 * dictionary of a language that writes it so knows it as a word or a name (Sunak, Zelensky, Шмигаль; not Johnson).
 */
function distinctiveSurname(m: Mention, index: NameIndex): boolean {
  if (m.entity.type !== 'person' || m.surface.canonicalIn.length === 0) return false;
  if (index.trie.lookup(formKeys(m.text))?.some((f) => f.entity.id !== m.entity.id)) return false;
  if (declinedLeftover(m, index)) return true;
  return m.surface.canonicalIn.every((locale) => !(lexiconFor(locale)?.knows(m.text) ?? true));
}

/**
 * A surname in an oblique case of the language that declined it (Czech "Babišovi", Polish "Tuskowi"): a word of a
 * sentence in that language left behind, not a name quoted on its own (a byline, an example), which stands in the
 * nominative. It is the entity's unless that language's dictionary has it as an ordinary word, or it is also the
 * feminine of the surname (Russian "Путина", a woman's name as well as Putin's genitive).
 */
function declinedLeftover(m: Mention, index: NameIndex): boolean {
  const { grammaticalCase, paradigm, possessive } = m.surface;
  if (!grammaticalCase || grammaticalCase === 'nominative' || !paradigm || possessive) return false;
  if (lexiconFor(paradigm)?.isWord(m.text) ?? true) return false;
  const nominative = index.formFor(m.entity, paradigm, true);
  if (!nominative) return false;
  const found = m.text.toLocaleLowerCase(paradigm), surname = nominative.toLocaleLowerCase(paradigm);
  return !(FEMININE_BY_A.test(surname) && (found === `${surname}a` || found === `${surname}а`));
}

// Surnames whose feminine adds -a to the masculine (Putin, Putina; Лавров, Лаврова), in either script.
const FEMININE_BY_A = /(?:ов|ев|ёв|ин|ын|ov|ev|in|yn|ow|ew)$/u;

export const foreignScript: Rule = {
  meta: {
    id: 'foreign-script',
    description: "A known name written in another script than the text's, with the canonical form in the text's script.",
    defaultSeverity: 'warning',
    fixable: true,
    examples: [
      { locale: 'cs', text: 'Prezident Владимир Зеленский v pondělí přiletěl do Prahy.', reports: [{ found: 'Владимир Зеленский', expected: 'Volodymyr Zelenskyj' }] },
      { locale: 'uk', text: 'Прем’єр Rishi Sunak заявив про нові санкції.', reports: [{ found: 'Rishi Sunak', expected: 'Ріші Сунак' }] },
      { locale: 'uk', text: 'Канцлер Олаф Шольц (Olaf Scholz) прибув до Києва.', reports: [] },
      { locale: 'uk', text: 'Асоціація Brewers of Europe звернулася до депутатів.', reports: [] },
      { locale: 'ru', text: 'Премьер Риши Сунак заявил, что Sunak не уйдёт в отставку.', reports: [{ found: 'Sunak', expected: 'Сунак' }] },
      { locale: 'uk', text: 'Тим часом Sunak хоче скасувати рішення суду.', reports: [{ found: 'Sunak', expected: 'Сунак' }] },
      { locale: 'ru', text: 'Тем временем Johnson заявил о своей позиции.', reports: [] },
      { locale: 'uk', text: 'Уряд висловив подяку Tuskowi за підтримку.', reports: [{ found: 'Tuskowi', expected: 'Туску' }] },
      { locale: 'uk', text: 'Прем’єр Rishi Sunak zвільнив міністра.', reports: [{ found: 'Rishi Sunak', expected: 'Ріші Сунак' }] },
      { locale: 'uk', text: 'Газета процитувала його слова: "Olaf Scholz has made his choice".', reports: [] },
    ],
  },
  check(context) {
    const findings: Finding[] = [];
    const script = localeScript(context.locale);
    let before: Mention | undefined;
    const seen = new Set<string>();
    for (const m of context.mentions) {
      const previous = before;
      before = m;
      const named = seen.has(m.entity.id);
      seen.add(m.entity.id);
      if (m.kind !== 'other-locale' && m.kind !== 'variant') continue;
      const written = scriptOf(m.text);
      // A word with letters of both scripts is mixed-script's (homoglyphs), not a name left in another script.
      if (written === script || written === 'Other' || (LETTERS[script]?.test(m.text) ?? true)) continue;
      // A surname or acronym alone in another script could be anyone's (a quoted example, a byline): only once the
      // document has named the entity is it that entity left untranslated.
      if (m.surface.short && !named && !distinctiveSurname(m, context.index)) continue;
      if (glossed(context.text, m, previous) || quotedAfterColon(context.text, m.start)) continue;
      // Part of a longer phrase in that script (Brewers of Europe, SMP GT4 RUSSIA, CBS Los Angeles): a title or a brand.
      if (besideForeignWord(context.text, m, LETTERS[written], LETTERS[script])) continue;
      const expected = context.index.formFor(m.entity, context.locale, m.surface.short, m.grammaticalCase);
      if (!expected || scriptOf(expected) !== script) continue;
      findings.push(mentionFinding(m, expected, t('rules.foreign-script.message', { found: m.text, name: nameOf(m.entity, context.locale), expected })));
    }
    return findings;
  },
};

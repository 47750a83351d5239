/**
 * Is this string in its file's language? franc alone cannot say for UI strings: on "Your changes have been
 * saved" it answers German, on "Please enter your email address" French, on Ukrainian it answers Russian. So a
 * report needs function words too: at least two that only the detected language has among the project's
 * locales (stopwords-iso lists), none of the file's own language and none of its distinctive letters; franc
 * (restricted to the project's locales) must then rank the detected language (or one that reads like it) first.
 * Languages that read alike, or that the detectors mix up on UI strings, are never reported against each other
 * (see CONFUSABLE): on frigate's and excalidraw's trees every such report was wrong.
 */
import { franc } from '../io/lazy-deps.ts';
import { primaryLanguage } from '../text/locale.ts';
import { functionWords } from '../lexicon/function-words.ts';

/** ISO 639-1 → the ISO 639-3 code franc uses (its macrolanguage members: arb for ar, pes for fa, …). */
const FRANC: Record<string, string> = {
  af: 'afr', am: 'amh', ar: 'arb', az: 'azj', be: 'bel', bg: 'bul', bn: 'ben', bs: 'bos', ca: 'cat', cs: 'ces',
  cy: 'cym', da: 'dan', de: 'deu', el: 'ell', en: 'eng', eo: 'epo', es: 'spa', et: 'ekk', eu: 'eus', fa: 'pes',
  fi: 'fin', fr: 'fra', ga: 'gle', gl: 'glg', gu: 'guj', ha: 'hau', he: 'heb', hi: 'hin', hr: 'hrv', ht: 'hat',
  hu: 'hun', hy: 'hye', id: 'ind', ig: 'ibo', it: 'ita', ja: 'jpn', jv: 'jav', ka: 'kat', kk: 'kaz', km: 'khm',
  kn: 'kan', ko: 'kor', ky: 'kir', lo: 'lao', lt: 'lit', lv: 'lvs', mk: 'mkd', ml: 'mal', mn: 'khk', mr: 'mar',
  ms: 'zlm', my: 'mya', fil: 'tgl', nb: 'nob', ne: 'npi', nl: 'nld', nn: 'nno', no: 'nob', pa: 'pan', pl: 'pol', ps: 'pbu',
  pt: 'por', ro: 'ron', ru: 'rus', rw: 'kin', si: 'sin', sk: 'slk', sl: 'slv', so: 'som', sq: 'als', sr: 'srp',
  sv: 'swe', sw: 'swh', ta: 'tam', te: 'tel', tg: 'tgk', th: 'tha', tl: 'tgl', tk: 'tuk', tr: 'tur', ug: 'uig',
  uk: 'ukr', ur: 'urd', uz: 'uzn', vi: 'vie', xh: 'xho', yi: 'ydd', yo: 'yor', zh: 'cmn', zu: 'zul',
};

// Letters that only the file's language uses among its neighbours: a string with one is not in another language.
const DISTINCTIVE: Record<string, RegExp> = {
  uk: /[іїєґ]/i, ru: /[ыэъё]/i, be: /[ўі]/i, pl: /[ąęłśźż]/i, cs: /[ěřů]/i, sk: /[ľĺŕô]/i, de: /[äöüß]/i,
  es: /[ñ¿¡]/i, pt: /[ãõ]/i, ro: /[ăâșț]/i, tr: /[ğış]/i, hu: /[őű]/i, da: /[æø]/i, nb: /[æø]/i, no: /[æø]/i,
  sv: /[åäö]/i, fr: /[œçèêù]/i, is: /[ðþ]/i, lt: /[ąčęėįšųūž]/i, lv: /[āčēģīķļņšūž]/i,
};

/**
 * Groups of languages never reported against one another: mutually intelligible (Bokmål, Nynorsk, Danish;
 * Bosnian, Croatian, Serbian), or written so alike that franc and the stopword lists confuse them on short UI
 * strings (Azerbaijani and Turkish, Czech and Slovak, Malay and Indonesian, Serbian Cyrillic, Bulgarian and
 * Macedonian, the Ibero-Romance languages, Hindi, Marathi and Nepali). Measured on frigate, excalidraw and
 * mattermost-mobile (scripts/measure-locales.ts): all of the sampled reports between these were wrong.
 */
const CONFUSABLE: readonly (readonly string[])[] = [
  ['nb', 'nn', 'no', 'da', 'sv'], ['bs', 'hr', 'sr', 'sh', 'cnr', 'sl'], ['sr', 'bg', 'mk'], ['az', 'tr', 'tk'],
  ['cs', 'sk'], ['ms', 'id', 'fil', 'tl'], ['es', 'pt', 'gl', 'ca', 'ast', 'oc'], ['hi', 'mr', 'ne', 'awa', 'bho', 'mai'],
  ['nl', 'af', 'fy', 'li'], ['ro', 'mo'], ['zu', 'xh'], ['uz', 'kaa'], ['fa', 'ur', 'ps', 'ckb', 'ku', 'bcc'], ['zh', 'yue', 'wuu'],
];

/** Whether a report of `b` in a file of `a` is one the detector cannot be trusted with. */
export function confusable(a: string, b: string): boolean {
  const x = primaryLanguage(a);
  const y = primaryLanguage(b);
  return x === y || CONFUSABLE.some((g) => g.includes(x) && g.includes(y));
}

const UNSPACED_SCRIPT: Record<string, RegExp> = {
  zh: /\p{Script=Han}/u, yue: /\p{Script=Han}/u, ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  th: /\p{Script=Thai}/u, lo: /\p{Script=Lao}/u, km: /\p{Script=Khmer}/u, my: /\p{Script=Myanmar}/u, bo: /\p{Script=Tibetan}/u,
};

// Quoted text names something (a button, a product: "Made with Excalidraw") and may stay in its own language.
const QUOTED = /"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|»[^«]*«|‘[^’]*’|‚[^‘’]*[‘’]|「[^」]*」|『[^』]*』/g;

/** The text with quoted spans blanked, offsets kept. */
export function withoutQuotes(text: string): string {
  return text.replace(QUOTED, (q) => ' '.repeat(q.length));
}


// A letter at lastIndex, asked without making a match.
const LETTER_AT = /\p{L}/uy;

/** Whether the UTF-16 unit is white space as `\s` has it. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whitespace-separated words with a letter in them; strings of three or fewer are never judged. `upTo`: stop
 * counting there (the answer is then `upTo`), for a caller that only asks whether there are more than so many.
 * One pass over the text, without a match per token: it is asked of every translated string.
 */
export function wordCount(text: string, upTo = Infinity): number {
  let n = 0;
  let i = 0;
  while (i < text.length && n < upTo) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    let letter = false;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) break;
      if (letter) continue;
      if (c < 0x80) letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
      else {
        LETTER_AT.lastIndex = i;
        letter = LETTER_AT.test(text);
      }
    }
    if (letter) n++;
  }
  return n;
}

// What a UTF-16 unit is to WORD (/\p{L}[\p{L}\p{M}'’]*/u): a letter, a mark, an apostrophe (’ aside: mayReport
// leaves strings with one to the full test), anything else; a surrogate pair counts as its code point, 2 units wide.
const OTHER = 0;
const LETTER = 1;
const MARK = 2;
const APOSTROPHE = 3;
const ASTRAL_LETTER = 4;
const ASTRAL_MARK = 5;
const ASTRAL_OTHER = 6;
// The class of each BMP unit, learnt on first sight (0: not yet asked).
const BMP_KIND = new Uint8Array(0x10000);
const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;

function charKind(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? LETTER : c === 0x27 ? APOSTROPHE : OTHER;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    // A lone high surrogate is no letter.
    if (!(d >= 0xdc00 && d <= 0xdfff)) return OTHER;
    const pair = text.slice(i, i + 2);
    return IS_LETTER.test(pair) ? ASTRAL_LETTER : IS_MARK.test(pair) ? ASTRAL_MARK : ASTRAL_OTHER;
  }
  const known = BMP_KIND[c]!;
  if (known) return known - 1;
  const unit = String.fromCharCode(c);
  // A lone low surrogate matches neither.
  const kind = IS_LETTER.test(unit) ? LETTER : IS_MARK.test(unit) ? MARK : OTHER;
  BMP_KIND[c] = kind + 1;
  return kind;
}

export interface LanguageDetector {
  /** The project locale `text` is written in, when confidently not `locale`; undefined otherwise. */
  otherLanguage(text: string, locale: string): string | undefined;
  /**
   * A cheap test first: false when otherLanguage(x, locale) is undefined for `text` and for every copy x of it with
   * whole whitespace-separated tokens blanked (withoutCode), because no language other than the locale's (and not
   * confusable with it) owns two of its stopwords.
   */
  mayReport?(text: string, locale: string): boolean;
}

export function createLanguageDetector(locales: readonly string[]): LanguageDetector {
  const languages = [...new Set(locales.map(primaryLanguage))];
  const localeOf = new Map<string, string>();
  for (const l of locales) if (!localeOf.has(primaryLanguage(l)) || l === primaryLanguage(l)) localeOf.set(primaryLanguage(l), l);
  // A word counts for a language only when no other project language lists it.
  const owner = new Map<string, string | null>();
  for (const lang of languages) {
    for (const word of functionWords(lang)) {
      const seen = owner.get(word);
      owner.set(word, seen === undefined || seen === lang ? lang : null);
    }
  }
  const francLanguage = new Map(Object.entries(FRANC).map(([l, c]) => [c, l]));
  const only = languages.map((l) => FRANC[l]).filter((c): c is string => c !== undefined);
  const WORD = /\p{L}[\p{L}\p{M}'’]*/gu;

  // The longest word any language owns: a longer word is looked up in vain.
  let longest = 0;
  for (const word of owner.keys()) if (word.length > longest) longest = word.length;
  // The last locale mayReport was asked about and its language: a file's strings come in a run.
  let lastLocale = '';
  let lastLanguage = '';

  return {
    mayReport(text, locale) {
      // Blanking whole tokens and quoted spans only takes words away, so the stopwords otherLanguage counts are
      // among these; except where a quoted span ends inside a word (’ is a letter of WORD) or blanking changes a
      // final sigma's lower case: there the full test decides.
      if (text.includes('’') || text.includes('Σ')) return true;
      if (locale !== lastLocale) [lastLocale, lastLanguage] = [locale, primaryLanguage(locale)];
      const lang = lastLanguage;
      let hits: Map<string, number> | undefined;
      // WORD's words, read by their letters' classes rather than matched: no match array per word.
      const lower = text.toLowerCase();
      const n = lower.length;
      let i = 0;
      while (i < n) {
        const start = i;
        let width = 1;
        let kind = charKind(lower, i);
        if (kind === ASTRAL_LETTER) width = 2;
        else if (kind !== LETTER) {
          i += kind >= ASTRAL_LETTER ? 2 : 1;
          continue;
        }
        // A letter starts a word; letters, marks and apostrophes go on with it.
        for (i += width; i < n; i += width) {
          kind = charKind(lower, i);
          if (kind === LETTER || kind === MARK || kind === APOSTROPHE) width = 1;
          else if (kind === ASTRAL_LETTER || kind === ASTRAL_MARK) width = 2;
          else break;
        }
        if (i - start > longest) continue;
        const l = owner.get(lower.slice(start, i));
        if (!l || l === lang) continue;
        hits ??= new Map();
        const count = (hits.get(l) ?? 0) + 1;
        if (count >= 2 && !confusable(l, lang)) return true;
        hits.set(l, count);
      }
      return false;
    },
    otherLanguage(raw, locale) {
      const lang = primaryLanguage(locale);
      if (wordCount(raw, 4) <= 3 || DISTINCTIVE[lang]?.test(raw)) return undefined;
      // Chinese, Japanese, Thai… with words of their own script: a translation that keeps a product name in English.
      if (UNSPACED_SCRIPT[lang]?.test(raw)) return undefined;
      const text = withoutQuotes(raw);
      if (wordCount(text, 4) <= 3) return undefined;
      const hits = new Map<string, number>();
      for (const [word] of text.toLowerCase().matchAll(WORD)) {
        const l = owner.get(word);
        if (l) hits.set(l, (hits.get(l) ?? 0) + 1);
      }
      if (hits.has(lang)) return undefined;
      const candidates = [...hits].filter(([l, n]) => n >= 2 && !confusable(l, lang));
      if (!candidates.length) return undefined;
      const ranked = franc().francAll(text, { only, minLength: 1 });
      const scores = new Map(ranked);
      let best: string | undefined;
      let bestScore = -1;
      for (const [l, n] of candidates) {
        const code = FRANC[l];
        // franc scores only languages of the text's script: absent means the script says no.
        if (code && !scores.has(code)) continue;
        const score = n + (code ? scores.get(code)! : 0);
        if (score > bestScore) [best, bestScore] = [l, score];
      }
      // franc must be able to weigh both the file's language and the one detected (it knows no Breton, Awadhi…).
      if (!best || !FRANC[best] || !FRANC[lang]) return undefined;
      // Confident only when franc ranks it first (or a language that reads like it), well ahead of the file's own.
      const top = ranked[0]?.[0];
      const code = FRANC[best];
      if (code && top !== code && !(top && confusable(francLanguage.get(top) ?? top, best))) return undefined;
      return localeOf.get(best);
    },
  };
}

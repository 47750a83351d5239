/**
 * Is this string in its file's language? franc alone cannot say for UI strings: on "Your changes have been
 * saved" it answers German, on "Please enter your email address" French, on Ukrainian it answers Russian. So a
 * report needs function words too: at least two that only the detected language has among the project's
 * locales (stopwords-iso lists), none of the file's own language and none of its distinctive letters; franc
 * (restricted to the project's locales) must then agree on the script and breaks ties between candidates.
 */
import { createRequire } from 'node:module';
import { francAll } from 'franc';
import { primaryLanguage } from '../text/locale.ts';

/** ISO 639-1 → the ISO 639-3 code franc uses (its macrolanguage members: arb for ar, pes for fa, …). */
const FRANC: Record<string, string> = {
  af: 'afr', am: 'amh', ar: 'arb', az: 'azj', be: 'bel', bg: 'bul', bn: 'ben', bs: 'bos', ca: 'cat', cs: 'ces',
  cy: 'cym', da: 'dan', de: 'deu', el: 'ell', en: 'eng', eo: 'epo', es: 'spa', et: 'ekk', eu: 'eus', fa: 'pes',
  fi: 'fin', fr: 'fra', ga: 'gle', gl: 'glg', gu: 'guj', ha: 'hau', he: 'heb', hi: 'hin', hr: 'hrv', ht: 'hat',
  hu: 'hun', hy: 'hye', id: 'ind', ig: 'ibo', it: 'ita', ja: 'jpn', jv: 'jav', ka: 'kat', kk: 'kaz', km: 'khm',
  kn: 'kan', ko: 'kor', ky: 'kir', lo: 'lao', lt: 'lit', lv: 'lvs', mk: 'mkd', ml: 'mal', mn: 'khk', mr: 'mar',
  ms: 'zlm', my: 'mya', nb: 'nob', ne: 'npi', nl: 'nld', nn: 'nno', no: 'nob', pa: 'pan', pl: 'pol', ps: 'pbu',
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

const STOPWORDS = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;

/** Whitespace-separated words with a letter in them; strings of three or fewer are never judged. */
export function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/\p{L}/u.test(w)) n++;
  return n;
}

export interface LanguageDetector {
  /** The project locale `text` is written in, when confidently not `locale`; undefined otherwise. */
  otherLanguage(text: string, locale: string): string | undefined;
}

export function createLanguageDetector(locales: readonly string[]): LanguageDetector {
  const languages = [...new Set(locales.map(primaryLanguage))];
  const localeOf = new Map<string, string>();
  for (const l of locales) if (!localeOf.has(primaryLanguage(l)) || l === primaryLanguage(l)) localeOf.set(primaryLanguage(l), l);
  // A word counts for a language only when no other project language lists it.
  const owner = new Map<string, string | null>();
  for (const lang of languages) {
    for (const word of STOPWORDS[lang] ?? []) {
      const seen = owner.get(word);
      owner.set(word, seen === undefined || seen === lang ? lang : null);
    }
  }
  const only = languages.map((l) => FRANC[l]).filter((c): c is string => c !== undefined);
  const WORD = /\p{L}[\p{L}\p{M}'’]*/gu;

  return {
    otherLanguage(text, locale) {
      const lang = primaryLanguage(locale);
      if (wordCount(text) <= 3 || DISTINCTIVE[lang]?.test(text)) return undefined;
      const hits = new Map<string, number>();
      for (const [word] of text.toLowerCase().matchAll(WORD)) {
        const l = owner.get(word);
        if (l) hits.set(l, (hits.get(l) ?? 0) + 1);
      }
      if (hits.has(lang)) return undefined;
      const candidates = [...hits].filter(([l, n]) => l !== lang && n >= 2);
      if (!candidates.length) return undefined;
      const scores = new Map(francAll(text, { only, minLength: 1 }));
      let best: string | undefined;
      let bestScore = -1;
      for (const [l, n] of candidates) {
        const code = FRANC[l];
        // franc scores only languages of the text's script: absent means the script says no.
        if (code && !scores.has(code)) continue;
        const score = n + (code ? scores.get(code)! : 0);
        if (score > bestScore) [best, bestScore] = [l, score];
      }
      return best && localeOf.get(best);
    },
  };
}

/**
 * Normalised keys for fuzzy name matching, in the spirit of JRC-Names: fold case, diacritics and script, then
 * collapse the letter classes that vary between languages' spellings of one name (w/v, ph/f, ou/u, y/j/i, kh/h,
 * ts/tz/c/z, sch/sh/sz/š → s, doubled letters, -iy/-yy/-yi/-ij endings). Two spellings of one name share a key
 * or sit a small weighted edit apart; the edit distance (distance.ts) does the rest.
 */
import { foldWord } from '../text/fold.ts';

// A rough phonetic romanisation, one letter at a time: enough to put Cyrillic and Greek spellings on the same
// keys as Latin ones (the real schemes live in src/translit; a key needs speed and stability, not correctness).
const SCRIPT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'e', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'u', я: 'a', ђ: 'd', ћ: 'c', џ: 'dz', љ: 'l', њ: 'n', ј: 'i',
  ѓ: 'g', ќ: 'k', ѕ: 'dz', "'": '',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'ks', ο: 'o',
  π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'i', φ: 'f', χ: 'kh', ψ: 'ps', ω: 'o',
};

// Applied in order to the romanised word. Upper-case letters are placeholders that later steps leave alone:
// C for the ч sound, S for the ш/ж sounds.
const COLLAPSE: Array<[RegExp, string]> = [
  [/[^a-z]/g, ''],
  [/tsch/g, 'C'], // ч in German (before sch, which it contains)
  [/sch/g, 'S'], // ш in German (before ch, which it contains)
  [/tch|cz|ch/g, 'C'], // ч (French tch, Polish cz, English ch; German ch for х lands here too)
  [/sh|sz|sj|zh|zs/g, 'S'], // ш, ж (Shoigu, Szojgu, Sjojgoe)
  [/kh|ck|q|x/g, 'k'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/w/g, 'v'],
  [/ou|oe|ue/g, 'u'], // Jourová's ou, Dutch oe (Koeleba), German ü written ue
  [/ts|tz|dz|c|z/g, 'z'], // ц and German z (Scholz, Sholts, Scholtz)
  [/[yj]/g, 'i'],
  [/C/g, 'c'],
  [/S/g, 's'],
  [/(.)\1+/g, '$1'], // doubled letters (Borrell/Borel, Rutte/Rute)
  [/[ei]i$|ai$/g, 'i'], // adjectival endings: -iy, -yy, -yi, -ij all end in one i
];

const keyCache = new Map<string, string>();

/** The fuzzy key of one word. */
export function nameKey(word: string): string {
  let key = keyCache.get(word);
  if (key !== undefined) return key;
  let s = '';
  for (const ch of foldWord(word)) s += SCRIPT[ch] ?? ch;
  for (const [pattern, replacement] of COLLAPSE) s = s.replace(pattern, replacement);
  if (keyCache.size > 500_000) keyCache.clear();
  keyCache.set(word, s);
  return s;
}

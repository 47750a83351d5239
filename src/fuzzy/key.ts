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
// C for the ч sound, S for the ш/ж sounds. Each step has a guard, a cheap test without which its pattern cannot
// match (a letter or pair it needs): most words skip most steps without running a regex.
const has = (...parts: string[]) => (s: string) => parts.some((p) => s.includes(p));
const COLLAPSE: Array<[RegExp, string, (s: string) => boolean]> = [
  [/[^a-z]/g, '', (s) => /[^a-z]/.test(s)],
  [/tsch/g, 'C', has('tsch')], // ч in German (before sch, which it contains)
  [/sch/g, 'S', has('sch')], // ш in German (before ch, which it contains)
  [/tch|cz|ch/g, 'C', has('ch', 'cz')], // ч (French tch, Polish cz, English ch; German ch for х lands here too)
  [/sh|sz|sj|zh|zs/g, 'S', has('sh', 'sz', 'sj', 'zh', 'zs')], // ш, ж (Shoigu, Szojgu, Sjojgoe)
  [/kh|ck|q|x/g, 'k', has('kh', 'ck', 'q', 'x')],
  [/ph/g, 'f', has('ph')],
  [/th/g, 't', has('th')],
  [/dh/g, 'd', has('dh')],
  [/w/g, 'v', has('w')],
  [/ou|oe|ue/g, 'u', has('ou', 'oe', 'ue')], // Jourová's ou, Dutch oe (Koeleba), German ü written ue
  [/ts|tz|dz|c|z/g, 'z', has('ts', 'tz', 'dz', 'c', 'z')], // ц and German z (Scholz, Sholts, Scholtz)
  [/[yj]/g, 'i', has('y', 'j')],
  [/C/g, 'c', has('C')],
  [/S/g, 's', has('S')],
  [/(.)\1+/g, '$1', doubled], // doubled letters (Borrell/Borel, Rutte/Rute)
  [/[ei]i$|ai$/g, 'i', (s) => s.endsWith('i')], // adjectival endings: -iy, -yy, -yi, -ij all end in one i
];

function doubled(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) === s.charCodeAt(i - 1)) return true;
  return false;
}

const keyCache = new Map<string, string>();

/** The fuzzy key of one word. */
export function nameKey(word: string): string {
  let key = keyCache.get(word);
  if (key !== undefined) return key;
  let s = '';
  for (const ch of foldWord(word)) s += SCRIPT[ch] ?? ch;
  for (const [pattern, replacement, guard] of COLLAPSE) if (guard(s)) s = s.replace(pattern, replacement);
  if (keyCache.size > 500_000) keyCache.clear();
  keyCache.set(word, s);
  return s;
}

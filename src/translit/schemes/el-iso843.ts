import type { Scheme } from '../types.ts';
import { letters } from './common.ts';

/**
 * ISO 843:1997 type 1 (transliteration; Table 1): letter for letter and reversible, accents kept. η is ī and ω is
 * ō, so Ηράκλειο → Īrákleio; υ is u only in the diphthongs αυ ευ ηυ ου ωυ (Λευκάδα → Leukáda).
 */
export const elIso843: Scheme = {
  id: 'el-iso843',
  language: 'el',
  target: 'Latn',
  standard: 'ISO 843:1997 type 1 (transliteration)',
  year: 1997,
  rules: [
    // υ after an unaccented α ε η ο ω is u (ύ is ú): Αύγουστος → Aúgoustos. After an accented vowel it is y (σπρέυ → spréy).
    { from: 'υ', to: 'u', after: 'αεηοω' },
    { from: 'ύ', to: 'ú', after: 'αεηοω' },
    ...letters({
      α: 'a', ά: 'á', β: 'v', γ: 'g', δ: 'd', ε: 'e', έ: 'é', ζ: 'z',
      η: 'ī', ή: 'ī\u0301', // Ήπειρος → Ī́peiros
      θ: 'th', ι: 'i', ί: 'í', ϊ: 'ï', ΐ: 'ḯ', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', ό: 'ó', π: 'p',
      ρ: 'r', σ: 's', ς: 's', τ: 't',
      υ: 'y', ύ: 'ý', ϋ: 'ÿ', ΰ: 'ÿ\u0301', // Ταΰγετος → Taÿ́getos
      φ: 'f', χ: 'ch', ψ: 'ps',
      ω: 'ō', ώ: 'ṓ',
    }),
  ],
  // The Greek question mark ; is ?, the ano teleia · is ;.
  punctuation: { ';': '?', '\u037E': '?', '\u00B7': ';', '\u0387': ';' },
};

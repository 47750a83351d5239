import type { Rule, Scheme } from '../types.ts';
import { letters } from './common.ts';

// αυ ευ ηυ are af ef if before these voiceless consonants or at the end of a word, av ev iv elsewhere.
const VOICELESS = 'θκξπστφχψ^';

/** av/af, ev/ef, iv/if for one vowel, with υ plain or accented (αύ). Not when the first vowel has the accent
 * (έυ → ey: σπρέυ → sprey) or υ has a diaeresis (αϋ → ay: Ταΰγετος → Taygetos): those are other letters. */
function uDigraph(vowel: string, latin: string): Rule[] {
  return ['υ', 'ύ'].flatMap((u) => [
    { from: vowel + u, to: `${latin}f`, before: VOICELESS },
    { from: vowel + u, to: `${latin}v` },
  ]);
}

/**
 * ELOT 743:2001 type 2 (transcription; = ISO 843:1997 Table 2), the system of Greek passports, road signs and the
 * Greek state, adopted by UNGEGN and BGN/PCGN. Output as on passports: no accents or diaereses
 * (Θεσσαλονίκη → Thessaloniki, Τσίπρας → Tsipras).
 */
export const elElot743: Scheme = {
  id: 'el-elot-743',
  language: 'el',
  target: 'Latn',
  standard: 'ELOT 743:2001 type 2 (passports; accents dropped)',
  year: 2001,
  rules: [
    // Vowel digraphs: ου is ou (Μαρούσι → Marousi); αυ ευ ηυ are v/f (Ναύπλιο → Nafplio, Εύβοια → Evvoia).
    { from: 'ου', to: 'ou' },
    { from: 'ού', to: 'ou' },
    ...uDigraph('α', 'a'),
    ...uDigraph('ε', 'e'),
    ...uDigraph('η', 'i'),
    // Consonant pairs: γγ ng (Αγγλία → Anglia), γξ nx, γχ nch (Μάγχη → Manchi); γκ is gk everywhere (Γκαμπόν → Gkampon).
    { from: 'γγ', to: 'ng' },
    { from: 'γξ', to: 'nx' },
    { from: 'γχ', to: 'nch' },
    { from: 'γκ', to: 'gk' },
    // μπ is b at the start and end of a word, mp inside (Μπουμπουλίνα → Boumpoulina). ντ stays nt.
    { from: 'μπ', to: 'b', at: ['start', 'end'] },
    ...letters({
      α: 'a', ά: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', έ: 'e', ζ: 'z',
      η: 'i', ή: 'i', // η is i (Ηράκλειο → Irakleio)
      θ: 'th', ι: 'i', ί: 'i', ϊ: 'i', ΐ: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', ό: 'o', π: 'p',
      ρ: 'r', σ: 's', ς: 's', τ: 't',
      υ: 'y', ύ: 'y', ϋ: 'y', ΰ: 'y', // υ alone is y (Κέρκυρα → Kerkyra)
      φ: 'f', χ: 'ch', ψ: 'ps',
      ω: 'o', ώ: 'o', // ω is o (Σωκράτης → Sokratis)
    }),
  ],
  // The Greek question mark ; is ?, the ano teleia · is ;.
  punctuation: { ';': '?', '\u037E': '?', '\u00B7': ';', '\u0387': ';' },
};

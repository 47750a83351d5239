/**
 * Characters nobody sees in a review: bidi controls (which reorder the text around them), zero-width spaces and
 * joiners, control characters, and no-break spaces where the base has plain ones (pasted from a word processor;
 * text then never wraps there). Allowed where they belong: marks in right-to-left languages, joiners next to
 * non-Latin letters (Persian, Indic scripts, emoji), no-break spaces in typographic places (French « » : ; ! ?,
 * thousands separators, after a one-letter Polish or Czech word), and anything the base string has as well.
 */
import { t } from '../../i18n/index.ts';
import type { Entry } from '../model.ts';
import { primaryLanguage } from '../../text/locale.ts';
import { rangeIn, type LocaleFinding, type LocaleRule } from './rule.ts';

const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u061c\u180e\u2007\u200b-\u200f\u2028\u2029\u202a-\u202f\u2060-\u2069\ufeff]/;

const NAMES: Record<number, string> = {
  0x00a0: 'NO-BREAK SPACE', 0x202f: 'NARROW NO-BREAK SPACE', 0x2007: 'FIGURE SPACE', 0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER', 0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK',
  0x061c: 'ARABIC LETTER MARK', 0x2060: 'WORD JOINER', 0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)', 0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE', 0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE',
  0x2028: 'LINE SEPARATOR', 0x2029: 'PARAGRAPH SEPARATOR',
};

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'ckb', 'dv', 'sd', 'ug']);
const NO_SPACES = new Set(['km', 'lo', 'th', 'my', 'bo', 'dz']);
const SOUTHEAST_ASIAN = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u0f00-\u0fff]/u;
const SIMPLE_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f]/;

type Kind = 'control' | 'bidi' | 'mark' | 'zero-width' | 'joiner' | 'space';

function kindOf(code: number): Kind | undefined {
  if (code === 0x00a0 || code === 0x202f || code === 0x2007) return 'space';
  if (code === 0x200c || code === 0x200d) return 'joiner';
  if (code === 0x200e || code === 0x200f || code === 0x061c) return 'mark';
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return 'bidi';
  if (code === 0x200b || code === 0x2060 || code === 0xfeff || code === 0x180e) return 'zero-width';
  // Line breaks and tabs are visible layout (the whitespace rule has the edges).
  if (code === 0x0a || code === 0x0d || code === 0x09) return undefined;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) return 'control';
  return undefined;
}

/** A no-break space where typography wants one. */
function typographic(value: string, at: number): boolean {
  const before = value[at - 1] ?? '';
  const after = value[at + 1] ?? '';
  if (/[:;!?»›%‰€$–—…]/.test(after) || /[«‹–—]/.test(before)) return true;
  // After an abbreviation's full stop: German "z.\u202fB.", "S.\u00a05".
  if (before === '.' && /\p{L}/u.test(value[at - 2] ?? '')) return true;
  // After markup that ends a placeholder: Android's "<xliff:g id="COUNT">%1$d</xliff:g>\u00a0sélectionnés".
  if (before === '>') return true;
  // A number, or a placeholder that stands for one ("{{ count }}\u00a0modifications").
  if (/[\d}]/.test(before) && /[\d{]/.test(after)) return true;
  if (before === '}' || after === '{') return true;
  // Between a number and its unit or noun: "24\u00a0heures", "10\u00a0Mo".
  if (/\d/.test(before) && /\p{L}/u.test(after)) return true;
  return /\p{L}/u.test(before) && !/\p{L}/u.test(value[at - 2] ?? '');
}

function allowed(kind: Kind, value: string, at: number, base: string | undefined, locale: string): boolean {
  const ch = value[at]!;
  if (base?.includes(ch)) return true;
  switch (kind) {
    case 'control': return false;
    case 'mark': return RTL.has(primaryLanguage(locale));
    case 'joiner': return !(SIMPLE_LETTER.test(value[at - 1] ?? '') && SIMPLE_LETTER.test(value[at + 1] ?? ''));
    // Khmer, Lao, Thai, Burmese and Tibetan mark word breaks with a zero-width space.
    case 'zero-width': return ch === '\u200b' && (NO_SPACES.has(primaryLanguage(locale)) || SOUTHEAST_ASIAN.test(value[at - 1] ?? '') || SOUTHEAST_ASIAN.test(value[at + 1] ?? ''));
    case 'space': return base === undefined || typographic(value, at);
    default: return false;
  }
}

function scan(entry: Entry, base: Entry | undefined, locale: string): LocaleFinding[] {
  const value = entry.value;
  const findings: LocaleFinding[] = [];
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const kind = kindOf(code);
    if (!kind || allowed(kind, value, i, base?.value, locale)) continue;
    let end = i + 1;
    while (value.charCodeAt(end) === code) end++;
    const hex = code.toString(16).toUpperCase().padStart(4, '0');
    // The Unicode name stays as Unicode writes it, in every language: it is what one searches for.
    const character = `U+${hex} ${NAMES[code] ?? 'CONTROL CHARACTER'}${end - i > 1 ? ` ×${end - i}` : ''}`;
    const id = kind === 'space' ? 'locales.invisible-character.space' : kind === 'bidi' ? 'locales.invisible-character.bidi' : 'locales.invisible-character.message';
    findings.push({ ...rangeIn(entry, i, end), message: t(id, { key: entry.key, character }) });
    i = end - 1;
  }
  return findings;
}

export const invisibleCharacter: LocaleRule = {
  meta: { id: 'invisible-character', description: 'Bidi controls, zero-width and control characters, no-break spaces the base does not have.', defaultSeverity: 'warning' },
  check(context) {
    // A loop rather than flatMap, which would make an empty list for each of the many values without one.
    const findings: LocaleFinding[] = [];
    const items = context.pairing.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (SUSPECT.test(item.entry.value)) findings.push(...scan(item.entry, item.base, context.file.locale));
    }
    return findings;
  },
};

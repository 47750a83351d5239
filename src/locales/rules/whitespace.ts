/**
 * Spaces that differ from the base: a base string that starts or ends with a space is usually concatenated with
 * another ("Name: " + value), so a translation without it glues words together, and one with a space the base
 * lacks shows a gap. A double space inside is a typo. Languages written without spaces (Japanese, Chinese,
 * Thai…) may drop the base's edge spaces.
 */
import { t } from '../../i18n/index.ts';
import { primaryLanguage } from '../../text/locale.ts';
import { rangeIn, type LocaleFinding, type LocaleRule } from './rule.ts';

// The edges' runs of [ \t\r\n], by code: the regular expression /[ \t\r\n]+$/ tries every space inside the string.
const isEdgeSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;

/** The length of the run of edge spaces the string starts with. */
function leading(s: string): number {
  let i = 0;
  while (i < s.length && isEdgeSpace(s.charCodeAt(i))) i++;
  return i;
}

/** The length of the run of edge spaces the string ends with. */
function trailing(s: string): number {
  let i = s.length;
  while (i > 0 && isEdgeSpace(s.charCodeAt(i - 1))) i--;
  return s.length - i;
}

const DOUBLE = /(?<=\S) {2,}(?=\S)/g;
const UNSPACED = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my', 'bo']);

export const whitespace: LocaleRule = {
  meta: { id: 'whitespace', description: 'Leading or trailing whitespace unlike the base, or a double space.', defaultSeverity: 'warning' },
  check(context) {
    if (!context.base) return [];
    const unspaced = UNSPACED.has(primaryLanguage(context.file.locale));
    const findings: LocaleFinding[] = [];
    const items = context.pairing.translated;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const { entry } = item;
      const value = entry.value;
      const base = item.base!.value;
      const key = entry.key;
      const mineStart = leading(value);
      const theirsStart = leading(base);
      if (mineStart && !theirsStart) {
        findings.push({ ...rangeIn(entry, 0, mineStart), message: t('locales.whitespace.starts', { key, base: context.baseLocale }) });
      } else if (!mineStart && theirsStart && !unspaced) {
        findings.push({ ...rangeIn(entry, 0, 1), message: t('locales.whitespace.base-starts', { key, base: context.baseLocale }) });
      }
      const mineEnd = trailing(value);
      const theirsEnd = trailing(base);
      if (mineEnd && !theirsEnd) {
        findings.push({ ...rangeIn(entry, value.length - mineEnd, value.length), message: t('locales.whitespace.ends', { key, base: context.baseLocale }) });
      } else if (!mineEnd && theirsEnd && !unspaced) {
        findings.push({ ...rangeIn(entry, value.length - 1, value.length), message: t('locales.whitespace.base-ends', { key, base: context.baseLocale }) });
      }
      if (!value.includes('  ') || base.includes('  ')) continue;
      DOUBLE.lastIndex = 0;
      for (let m = DOUBLE.exec(value); m; m = DOUBLE.exec(value)) {
        findings.push({ ...rangeIn(entry, m.index, m.index + m[0].length), message: t('locales.whitespace.double', { key }) });
      }
    }
    return findings;
  },
};

/**
 * Spaces that differ from the base: a base string that starts or ends with a space is usually concatenated with
 * another ("Name: " + value), so a translation without it glues words together, and one with a space the base
 * lacks shows a gap. A double space inside is a typo. Languages written without spaces (Japanese, Chinese,
 * Thai…) may drop the base's edge spaces.
 */
import { t } from '../../i18n/index.ts';
import { primaryLanguage } from '../../text/locale.ts';
import { rangeIn, type LocaleFinding, type LocaleRule } from './rule.ts';

const LEADING = /^[ \t\r\n]+/;
const TRAILING = /[ \t\r\n]+$/;
const DOUBLE = /(?<=\S) {2,}(?=\S)/g;
const UNSPACED = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my', 'bo']);

export const whitespace: LocaleRule = {
  meta: { id: 'whitespace', description: 'Leading or trailing whitespace unlike the base, or a double space.', defaultSeverity: 'warning' },
  check(context) {
    if (!context.base) return [];
    const unspaced = UNSPACED.has(primaryLanguage(context.file.locale));
    const findings: LocaleFinding[] = [];
    for (const item of context.pairing.items) {
      const { entry } = item;
      const value = entry.value;
      if (!item.base || value.trim() === '' || value === item.base.value) continue;
      const base = item.base.value;
      const key = entry.key;
      const edges = [
        ['starts', LEADING, 'locales.whitespace.starts', 'locales.whitespace.base-starts'],
        ['ends', TRAILING, 'locales.whitespace.ends', 'locales.whitespace.base-ends'],
      ] as const;
      for (const [edge, pattern, added, lost] of edges) {
        const mine = pattern.exec(value);
        const theirs = pattern.exec(base);
        if (mine && !theirs) {
          findings.push({ ...rangeIn(entry, mine.index, mine.index + mine[0].length), message: t(added, { key, base: context.baseLocale }) });
        } else if (!mine && theirs && !unspaced) {
          const at = edge === 'starts' ? 0 : value.length - 1;
          findings.push({ ...rangeIn(entry, at, at + 1), message: t(lost, { key, base: context.baseLocale }) });
        }
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

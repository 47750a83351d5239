/**
 * Variables and nesting that differ from the base: a missing one loses data, an extra or renamed one
 * (`{{mix}}` for `{{max}}`, `{contar}` for `{count}`) prints raw braces (i18next) or throws (intl-messageformat).
 * Plural forms are held to the base's `other` form; a form for one number alone (English `one` = 1, i18next's
 * `_zero`) may leave the count out, one for many numbers (Russian `one` = 1, 21, 31…) may not.
 */
import { t } from '../../i18n/index.ts';
import { difference } from '../compare.ts';
import { groupId, parsePluralSuffix } from '../keys.ts';
import type { Placeholder } from '../placeholder.ts';
import { CATEGORIES, singleNumber } from '../plural.ts';
import { rangeIn, valueRange, type LocaleFinding, type LocaleRule } from './rule.ts';
import { usableTag } from '../locale-tag.ts';

// printf's %s and %d without a position take the arguments in order: the second %s is another argument than the
// first, so each is named by its place among its kind ("Cannot open %s: %s" → "Kann %s nicht öffnen" lacks one).
const INTEGER = /^%(?:\d+\$)?[-+ #0]*\d*(?:l{0,2}|h{0,2}|z|j|t|q)[diu]$/;
const SEQUENTIAL = /^%(?![\d(${])/;
const named = (list: readonly Placeholder[]) => {
  const seen = new Map<string, number>();
  return list.map((p) => {
    if (!SEQUENTIAL.test(p.name)) return { key: p.name, p };
    const n = (seen.get(p.name) ?? 0) + 1;
    seen.set(p.name, n);
    return { key: n === 1 ? p.name : `${p.name}#${n}`, p };
  });
};

export const placeholderMismatch: LocaleRule = {
  meta: { id: 'placeholder-mismatch', description: 'A variable or nesting missing, added or renamed against the base string.', defaultSeverity: 'error' },
  check(context) {
    const { base, file, baseLocale } = context;
    if (!base) return [];
    const findings: LocaleFinding[] = [];
    const tag = usableTag(file.locale) ?? file.locale;
    const items = context.pairing.translated;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const { entry } = item;
      if (!item.base) continue;
      const message = context.message(entry);
      if (message.error || context.message(item.base).error) continue;
      let expected = context.message(item.base).placeholders;
      let allowed = expected;
      const baseSuffix = item.plural && parsePluralSuffix(item.base.key);
      if (baseSuffix) {
        const id = groupId(baseSuffix.stem, baseSuffix.ordinal);
        const forms = CATEGORIES.map((c) => base.byKey.get(`${id}_${c}`)).filter((e) => e !== undefined);
        const other = base.byKey.get(`${id}_other`);
        if (other) expected = context.message(other).placeholders;
        allowed = forms.flatMap((f) => context.message(f).placeholders);
      }
      // Nothing expected and nothing written (most strings): nothing to report.
      if (!expected.length && !message.placeholders.length) continue;
      // i18next uses `_zero` for a count of 0 alone, in every language.
      const plural = item.plural;
      const single = plural && ((plural.category === 'zero' && !plural.ordinal) || singleNumber(tag, plural.category, plural.ordinal ? 'ordinal' : 'cardinal') !== undefined);
      const actual = message.placeholders;
      // The count is i18next's {{count}}, ICU's argument, or printf's integer (%d, %1$d, %lld) in gettext and Android.
      const want = expected.filter((p) => !(single && (p.name === 'count' || INTEGER.test(p.name))));
      const d = difference(named(want), named(actual), false);
      const allowedNames = new Set(allowed.map((p) => p.name));
      for (const { found, expected: e } of d.renamed) {
        findings.push({ ...rangeIn(entry, found.p.start, found.p.end), message: t('locales.placeholder-mismatch.renamed', { key: entry.key, found: found.p.text, base: baseLocale, expected: e.p.text }), expected: e.p.text });
      }
      if (d.missing.length) {
        const list = d.missing.map((m) => m.p.text).join(', ');
        findings.push({ ...valueRange(entry), message: t('locales.placeholder-mismatch.missing', { key: entry.key, list, count: d.missing.length, base: baseLocale }) });
      }
      for (const x of d.extra) {
        if (allowedNames.has(x.key)) continue;
        findings.push({ ...rangeIn(entry, x.p.start, x.p.end), message: t('locales.placeholder-mismatch.extra', { key: entry.key, found: x.p.text, base: baseLocale }) });
      }
      // {{x}} and {{- x}}: the same variable, but one is HTML-escaped and the other is not.
      for (const p of actual) {
        const b = allowed.find((q) => q.name === p.name);
        if (b && Boolean(b.unescaped) !== Boolean(p.unescaped)) {
          findings.push({
            ...rangeIn(entry, p.start, p.end),
            message: t(p.unescaped ? 'locales.placeholder-mismatch.unescaped' : 'locales.placeholder-mismatch.escaped', { key: entry.key, found: p.text, expected: b.text, base: baseLocale }),
            expected: b.text,
          });
        }
      }
    }
    return findings;
  },
};

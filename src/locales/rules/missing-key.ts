/**
 * A key of the base that the translation lacks: the app shows the fallback language there. A plural group
 * counts once. Reported on the nearest enclosing object the translation has, else on its first brace.
 */
import { t } from '../../i18n/index.ts';
import { pluralCategories } from '../plural.ts';
import { excerpt, type LocaleFinding, type LocaleRule } from './rule.ts';
import { usableTag } from '../locale-tag.ts';
import type { Entry } from '../model.ts';
import type { MissingKey } from '../pair.ts';

// The message names the key, the base and its value, the same in every locale that lacks it (a plural's forms
// depend on the locale's categories): formatted once per base entry and set of forms, not once per locale.
const messages = new WeakMap<object, Map<string, string>>();

// A plain key's message, the common case, is kept on its base entry with the base locale it names, and so is its
// last finding: a property read per finding rather than two table lookups, and one finding for every flat file
// that lacks the key (each reports it on its first brace), read-only.
const PLAIN = Symbol('missing-key message');
type WithMessage = Entry & { [PLAIN]?: { base: string; message: string; finding?: LocaleFinding } };

function plainFinding(m: MissingKey, baseLocale: string, where: { start: number; end: number }): LocaleFinding {
  const entry = m.base as WithMessage;
  let known = entry[PLAIN];
  if (!known || known.base !== baseLocale) {
    const message = cached(entry, baseLocale, () => t('locales.missing-key.message', { key: m.key, base: baseLocale, value: excerpt(m.base.value) }));
    entry[PLAIN] = known = { base: baseLocale, message };
  }
  const last = known.finding;
  if (last && last.start === where.start && last.end === where.end) return last;
  return (known.finding = { start: where.start, end: where.end, message: known.message });
}

function cached(entry: object, variant: string, make: () => string): string {
  let byVariant = messages.get(entry);
  if (!byVariant) messages.set(entry, (byVariant = new Map()));
  let message = byVariant.get(variant);
  if (message === undefined) byVariant.set(variant, (message = make()));
  return message;
}

export const missingKey: LocaleRule = {
  meta: { id: 'missing-key', description: 'A key of the base locale missing from the translation.', defaultSeverity: 'warning' },
  check({ file, base, baseLocale, pairing }) {
    // A bilingual file lists every source string; one it has not translated yet is shown in the source language,
    // which is the format's ordinary state (counted in the summary, not reported), as gettext and XLIFF tools do.
    if (!base || file.sources) return [];
    const rootBrace = Math.max(0, file.text.indexOf('{'));
    const root = { start: rootBrace, end: rootBrace + 1 };
    const findings: LocaleFinding[] = [];
    const tag = usableTag(file.locale) ?? file.locale;
    const missing = pairing.missing;
    for (let i = 0; i < missing.length; i++) {
      const m = missing[i]!;
      let where = root;
      // A flat file has no objects to search: every key goes on the root brace.
      if (file.objects.size) {
        for (let end = m.key.lastIndexOf('.'); end >= 0; end = end > 0 ? m.key.lastIndexOf('.', end - 1) : -1) {
          const parent = file.objects.get(m.key.slice(0, end));
          if (parent) {
            where = parent;
            break;
          }
        }
      }
      if (!m.group) {
        findings.push(plainFinding(m, baseLocale, where));
        continue;
      }
      const categories = pluralCategories(tag, m.group.ordinal ? 'ordinal' : 'cardinal') ?? ['other'];
      const forms = categories.map((c) => `${m.group!.id}_${c}`).join(', ');
      const message = cached(m.base, `${baseLocale}|${forms}`, () => t('locales.missing-key.message-plural', { key: m.key, base: baseLocale, value: excerpt(m.base.value), forms }));
      findings.push({ start: where.start, end: where.end, message });
    }
    return findings;
  },
};

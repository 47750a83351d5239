/**
 * Markup that differs from the base: react-i18next's Trans maps `<0>`, `<1/>` and named tags to components by
 * index or name, and formatjs calls a function per tag, so a dropped, added or mistyped tag loses a link or bold
 * text, or shows raw markup.
 */
import { t } from '../../i18n/index.ts';
import { difference } from '../compare.ts';
import { unbalancedTags, type Tag } from '../tags.ts';
import { rangeIn, valueRange, type LocaleFinding, type LocaleRule } from './rule.ts';

const named = (t: Tag) => ({ key: t.text, t });

/**
 * Plain formatting HTML that an i18next app shows as HTML whatever the base has: react-i18next keeps br, strong, i
 * and p in <Trans> (transKeepBasicHtmlNodesFor), and apps that set innerHTML (etherpad, jellyfin) render b and em
 * too. A translation may add these (Serbian <b>{0}</b> for a name); ICU apps have no such default.
 */
const BASIC_HTML = new Set(['br', 'strong', 'i', 'p', 'b', 'em']);

export const tagMismatch: LocaleRule = {
  meta: { id: 'tag-mismatch', description: 'A tag (<0>, <b>, <link/>) missing, added, mistyped or unclosed against the base string.', defaultSeverity: 'error' },
  check(context) {
    if (!context.base) return [];
    const findings: LocaleFinding[] = [];
    const base = context.baseLocale;
    for (const item of context.pairing.items) {
      const { entry } = item;
      if (!item.base || entry.value.trim() === '' || entry.value === item.base.value) continue;
      const message = context.message(entry);
      const baseMessage = context.message(item.base);
      if (message.error || baseMessage.error || (!message.tags.length && !baseMessage.tags.length)) continue;
      const d = difference(baseMessage.tags.map(named), message.tags.map(named), true);
      const before = findings.length;
      for (const { found, expected } of d.renamed) {
        findings.push({ ...rangeIn(entry, found.t.start, found.t.end), message: t('locales.tag-mismatch.renamed', { key: entry.key, found: found.t.text, base, expected: expected.t.text }), expected: expected.t.text });
      }
      if (d.missing.length) {
        const list = d.missing.map((m) => m.t.text).join(' ');
        findings.push({ ...valueRange(entry), message: t('locales.tag-mismatch.missing', { key: entry.key, list, count: d.missing.length, base }) });
      }
      for (const x of d.extra) if (!(context.syntax === 'i18next' && BASIC_HTML.has(x.t.name.toLowerCase()))) findings.push({ ...rangeIn(entry, x.t.start, x.t.end), message: t('locales.tag-mismatch.extra', { key: entry.key, found: x.t.text, base }) });
      if (d.renamed.length || d.missing.length || findings.length > before || unbalancedTags(baseMessage.tags).length) continue;
      // Same tags, wrong order: `</b>text<b>`.
      for (const tag of unbalancedTags(message.tags)) {
        findings.push({ ...rangeIn(entry, tag.start, tag.end), message: t(tag.kind === 'open' ? 'locales.tag-mismatch.unclosed' : 'locales.tag-mismatch.closes-nothing', { key: entry.key, tag: tag.text }) });
      }
    }
    return findings;
  },
};

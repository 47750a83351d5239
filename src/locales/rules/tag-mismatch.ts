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
 * too, and code, kbd, u, small. A translation may add these (Serbian <b>{0}</b> for a name, <code> round a URL);
 * ICU apps have no such default.
 */
const BASIC_HTML = new Set(['br', 'strong', 'i', 'p', 'b', 'em', 'u', 'code', 'kbd', 'small']);

const HTML = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'button', 'code', 'dd', 'del', 'div', 'dl', 'dt', 'em', 'h1', 'h2', 'h3',
  'h4', 'hr', 'i', 'img', 'ins', 'kbd', 'label', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'small', 'span', 'strong',
  'sub', 'sup', 'table', 'td', 'th', 'tr', 'u', 'ul', 'var', 'wbr',
]);

/**
 * The tags that are markup: an open tag never closed that is no HTML element (jellyfin's "https://example.com/<baseurl>",
 * "<dir>") is text showing a placeholder to the reader, which a translation may write escaped (&lt;baseurl&gt;).
 */
function markup(tags: readonly Tag[]): Tag[] {
  const open = new Set(unbalancedTags(tags).filter((t) => t.kind === 'open').map((t) => t));
  return tags.filter((t) => !(open.has(t) && !/^\d+$/.test(t.name) && !HTML.has(t.name.toLowerCase())));
}

export const tagMismatch: LocaleRule = {
  meta: { id: 'tag-mismatch', description: 'A tag (<0>, <b>, <link/>) missing, added, mistyped or unclosed against the base string.', defaultSeverity: 'error' },
  check(context) {
    if (!context.base) return [];
    const findings: LocaleFinding[] = [];
    const base = context.baseLocale;
    const items = context.pairing.translated;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const { entry } = item;
      const message = context.message(entry);
      const baseMessage = context.message(item.base!);
      if (message.error || baseMessage.error || (!message.tags.length && !baseMessage.tags.length)) continue;
      const d = difference(markup(baseMessage.tags).map(named), markup(message.tags).map(named), true);
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

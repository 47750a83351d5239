/**
 * i18next or ICU: decided per namespace from every locale's values, since a translation with no placeholders
 * says nothing and its base usually does. `{{name}}`, `$t(` and plural-suffixed keys mean i18next; `{name}` and
 * `{n, plural, …}` mean ICU.
 */
import { parsePluralSuffix } from './keys.ts';
import type { Catalogue, Syntax } from './model.ts';

const I18NEXT_VALUE = /\{\{.+?\}\}|\$t\(/;
const ICU_VALUE = /(?:^|[^{%$])\{\s*[\p{L}_][\p{L}\p{N}_.-]*\s*(?:\}(?!\})|,\s*(?:plural|select|selectordinal|number|date|time)\b)/u;

/** The syntax the evidence favours, or undefined on a tie (plain text fits both). */
export function detectSyntax(catalogues: readonly Catalogue[]): Syntax | undefined {
  let i18next = 0;
  let icu = 0;
  for (const c of catalogues) {
    const entries = c.entries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      // Each pattern needs a brace (or `$t(`): most values have none and are not matched against them.
      const brace = e.value.includes('{');
      if (brace || e.value.includes('$t(')) {
        if (I18NEXT_VALUE.test(e.value)) i18next++;
        else if (brace && ICU_VALUE.test(e.value)) icu++;
      }
      if (e.key.endsWith('_other') && parsePluralSuffix(e.key)?.category === 'other') i18next++;
    }
  }
  return i18next > icu ? 'i18next' : icu > i18next ? 'icu' : undefined;
}

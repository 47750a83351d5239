/** Every locale rule, in report order. The name rules (src/rules/) run on each value beside these. */
import { emptyValue } from './empty-value.ts';
import { extraKey } from './extra-key.ts';
import { icuKeyword } from './icu-keyword.ts';
import { icuSyntax } from './icu-syntax.ts';
import { invisibleCharacter } from './invisible-character.ts';
import { jsonSyntax } from './json-syntax.ts';
import { keptToken } from './kept-token.ts';
import { missingKey } from './missing-key.ts';
import { placeholderMismatch } from './placeholder-mismatch.ts';
import { pluralCategoriesRule } from './plural-categories.ts';
import { pluralStructure } from './plural-structure.ts';
import { brackets, endPunctuation } from './punctuation.ts';
import type { LocaleRule } from './rule.ts';
import { tagMismatch } from './tag-mismatch.ts';
import { untranslated } from './untranslated.ts';
import { unusedKey } from './unused-key.ts';
import { whitespace } from './whitespace.ts';
import { wrongLanguage } from './wrong-language.ts';

export const LOCALE_RULES: readonly LocaleRule[] = [
  jsonSyntax, missingKey, extraKey, emptyValue, untranslated, placeholderMismatch, tagMismatch, icuSyntax, icuKeyword,
  pluralCategoriesRule, pluralStructure, keptToken, brackets, endPunctuation, whitespace, invisibleCharacter, wrongLanguage, unusedKey,
];

export function localeRuleById(id: string): LocaleRule | undefined {
  return LOCALE_RULES.find((r) => r.meta.id === id);
}

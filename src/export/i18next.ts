/**
 * The glossary as i18next resource bundles, one namespace `names` per language, keyed by entity id:
 *   "josep-borrell": "Жозеп Боррель", "josep-borrell_short": "Боррель",
 *   "josep-borrell_genitive": "Жозепа Борреля", "josep-borrell_short_genitive": "Борреля", …
 * Cases are i18next context variants, so `t('names:josep-borrell', { context: 'genitive' })` gives the genitive
 * and falls back to the nominative where no paradigm gives one (i18next's own context fallback).
 */
import type { Glossary } from '../glossary/model.ts';
import { glossaryLocales, localeForms, sortedEntities, type CaseForms } from './forms.ts';

export type ResourceBundle = Record<string, string>;

export const I18NEXT_NAMESPACE = 'names';

function addCases(bundle: ResourceBundle, key: string, cases: CaseForms): void {
  for (const [c, form] of Object.entries(cases)) bundle[`${key}_${c}`] = form;
}

/** One bundle per locale that has at least one canonical form. */
export function i18nextBundles(glossary: Glossary): Record<string, ResourceBundle> {
  const bundles: Record<string, ResourceBundle> = {};
  const entities = sortedEntities(glossary);
  for (const locale of glossaryLocales(glossary)) {
    const bundle: ResourceBundle = {};
    for (const entity of entities) {
      const forms = localeForms(entity, locale);
      if (!forms) continue;
      bundle[entity.id] = forms.name;
      addCases(bundle, entity.id, forms.cases);
      if (forms.short !== undefined) {
        bundle[`${entity.id}_short`] = forms.short;
        addCases(bundle, `${entity.id}_short`, forms.shortCases);
      }
    }
    bundles[locale] = bundle;
  }
  return bundles;
}

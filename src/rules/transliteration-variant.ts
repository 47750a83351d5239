import { t } from '../i18n/index.ts';
import { nameOf } from './name-of.ts';
import { mentionFinding } from './mention-finding.ts';
import type { Finding, Rule } from './rule.ts';
import { wordNotName } from './support/mention-words.ts';

/**
 * A spelling that nobody listed but a trip through another script produces: "Vera Iourova" (Jourová → Йоурова →
 * ICAO), "Zhozep Borrel" (Жозеп Боррель → ICAO). Reported only in locales where the glossary knows the right
 * form, since elsewhere the generated spelling may be the local one. A generated one-word spelling that is a word of the text's
 * language (or, for a person, a name it has), or an English word left in the text (a title, a brand: "The Lady Is a Tramp",
 * "Vine"), is that, unless the document wrote the entity that way in full before.
 */
export const transliterationVariant: Rule = {
  meta: {
    id: 'transliteration-variant',
    description: 'A spelling produced by transliterating a name through another script, with the canonical form as the fix.',
    defaultSeverity: 'error',
    fixable: true,
    examples: [
      { locale: 'en', text: 'Commissioner Vera Iourova answered.', reports: [{ found: 'Vera Iourova', expected: 'Věra Jourová' }] },
      { locale: 'en', text: 'EU envoy Zhozep Borrel arrived.', reports: [{ found: 'Zhozep Borrel', expected: 'Josep Borrell' }] },
      { locale: 'en', text: 'Commissioner Věra Jourová answered.', reports: [] },
      { locale: 'es', text: 'Por otro lado, Vine fue arte en seis segundos.', reports: [] },
    ],
  },
  check(context) {
    const findings: Finding[] = [];
    for (const m of context.mentions) {
      const generated = m.surface.generated;
      if (!generated || generated.kind === 'spacing' || !m.entity.names[context.locale]) continue;
      // A person's name the language has in this spelling is someone of that language; a place's only as an
      // ordinary word, since dictionaries list old spellings of places too (Czech Kijev).
      if (wordNotName(m, context.mentions, context.locale, { names: m.entity.type === 'person', english: true })) continue;
      const expected = context.index.formFor(m.entity, context.locale, m.surface.short, m.grammaticalCase);
      const values = { found: m.text, name: nameOf(m.entity, context.locale), path: generated.paths[0] ?? '' };
      findings.push(mentionFinding(m, expected, expected ? t('rules.transliteration-variant.message', { ...values, expected }) : t('rules.transliteration-variant.message-no-fix', values)));
    }
    return findings;
  },
};

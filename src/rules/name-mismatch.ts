import { t } from '../i18n/index.ts';
import { findMentions } from '../match/matcher.ts';
import type { Mention } from '../match/mention.ts';
import { applyCasePattern } from '../text/case.ts';
import { nameOf } from './name-of.ts';
import type { Finding, Rule, RuleContext, RuleSegment } from './rule.ts';

/** Kinds that write an entity right in the text's locale (in any case form). */
const RIGHT = new Set<Mention['kind']>(['canonical', 'short', 'inflected']);

/** The examples' segments: the whole text is one target segment whose source is `source`. */
const segment = (source: string, sourceLocale: string, target: string): RuleSegment[] => [{ id: '1', source, sourceLocale, start: 0, end: target.length }];

/**
 * Bilingual files (XLIFF, PO, CSV): an entity the source segment names must be in the target segment, written in
 * the target locale's form (any case form: "Selenskyjs", "Зеленського"); and a name in the target that the source
 * does not have is reported too. A missing name is reported on the target segment with the form to write; a name
 * the target writes in a wrong form is reported on that form, with the fix (the form rules may report the same
 * span for their own reason). Only active when the document has segment pairs.
 */
export const nameMismatch: Rule = {
  meta: {
    id: 'name-mismatch',
    description: "A name of the source segment missing from the target or not in the target locale's form, or a name in the target that the source does not have (bilingual files).",
    defaultSeverity: 'error',
    fixable: true,
    examples: [
      {
        locale: 'de',
        text: 'Der Außenbeauftragte traf Wolodymyr Selenskyj in Kiew.',
        segments: segment('Josep Borrell met Volodymyr Zelenskyy in Kyiv.', 'en', 'Der Außenbeauftragte traf Wolodymyr Selenskyj in Kiew.'),
        reports: [{ found: 'Der Außenbeauftragte traf Wolodymyr Selenskyj in Kiew.', expected: 'Josep Borrell' }],
      },
      {
        locale: 'de',
        text: 'Josep Borrell traf Sergey Lavrov in Kiew.',
        segments: segment('Josep Borrell met Sergey Lavrov in Kyiv.', 'en', 'Josep Borrell traf Sergey Lavrov in Kiew.'),
        reports: [{ found: 'Sergey Lavrov', expected: 'Sergei Lawrow' }],
      },
      {
        locale: 'de',
        text: 'Josep Borrell dankte Olaf Scholz.',
        segments: segment('Josep Borrell said thank you.', 'en', 'Josep Borrell dankte Olaf Scholz.'),
        reports: [{ found: 'Olaf Scholz' }],
      },
      {
        locale: 'ru',
        text: 'Жозеп Боррель встретился с Владимиром Зеленским в Киеве.',
        segments: segment('Josep Borrell met Volodymyr Zelenskyy in Kyiv.', 'en', 'Жозеп Боррель встретился с Владимиром Зеленским в Киеве.'),
        reports: [],
      },
      { locale: 'de', text: 'Josep Borrell traf Sergey Lavrov.', reports: [] },
    ],
  },
  check(context) {
    const findings: Finding[] = [];
    for (const seg of context.segments ?? []) findings.push(...segmentFindings(context, seg));
    return findings;
  },
};

function segmentFindings(context: RuleContext, seg: RuleSegment): Finding[] {
  const findings: Finding[] = [];
  const inSource = new Map<string, Mention>();
  for (const m of findMentions(seg.source, context.index, { locale: seg.sourceLocale })) if (!inSource.has(m.entity.id)) inSource.set(m.entity.id, m);
  const inTarget = context.mentions.filter((m) => m.start >= seg.start && m.end <= seg.end);
  for (const [id, sourceMention] of inSource) {
    const mentions = inTarget.filter((m) => m.entity.id === id);
    if (mentions.some((m) => RIGHT.has(m.kind))) continue;
    const entity = sourceMention.entity;
    const name = nameOf(entity, context.locale);
    const wrong = mentions[0];
    if (wrong) {
      const expected = context.index.formFor(entity, context.locale, wrong.surface.short, wrong.grammaticalCase) ?? context.index.formFor(entity, context.locale, false);
      const found = context.text.slice(wrong.start, wrong.end);
      findings.push({
        start: wrong.start,
        end: wrong.end,
        found,
        entity: id,
        message: expected ? t('rules.name-mismatch.wrong-form', { name, found, expected }) : t('rules.name-mismatch.missing-no-form', { name, locale: context.locale }),
        ...(expected ? { expected, fix: applyCasePattern(found, expected, wrong.surface.form) } : {}),
      });
      continue;
    }
    // Nothing of the entity in the target: reported on the segment's text, without a fix (where would it go?).
    const expected = context.index.formFor(entity, context.locale, sourceMention.surface.short) ?? context.index.formFor(entity, context.locale, false);
    const { start, end } = trimmed(context.text, seg.start, seg.end);
    findings.push({
      start,
      end,
      found: context.text.slice(start, end),
      entity: id,
      message: expected ? t('rules.name-mismatch.missing', { name, expected }) : t('rules.name-mismatch.missing-no-form', { name, locale: context.locale }),
      ...(expected ? { expected } : {}),
    });
  }
  // The reverse: a name in the target that the source does not have (suspects are guesses, not names).
  const reported = new Set<string>();
  for (const m of inTarget) {
    if (m.kind === 'suspect' || inSource.has(m.entity.id) || reported.has(m.entity.id)) continue;
    reported.add(m.entity.id);
    findings.push({
      start: m.start,
      end: m.end,
      found: context.text.slice(m.start, m.end),
      entity: m.entity.id,
      message: t('rules.name-mismatch.extra', { name: nameOf(m.entity, context.locale), found: context.text.slice(m.start, m.end) }),
    });
  }
  return findings;
}

/** [start, end) without the blanks at either end (markup and spaces of the target's content). */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : { start, end };
}

/** SARIF 2.1.0, for GitHub code scanning and other viewers. Columns are UTF-16 units, as the run declares. */
import { t } from '../i18n/index.ts';
import { FROM_SOURCE, requireOwn } from '../io/lazy-deps.ts';
import { RULES } from '../rules/index.ts';
import type { FileReport } from './types.ts';

// The locale-file rules (some 30 modules) load with the first SARIF report, not with every `check`.
type LocaleRules = typeof import('../locales/rules/index.ts');
let localeRules: LocaleRules | undefined = FROM_SOURCE ? await import('../locales/rules/index.ts') : undefined;

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function formatSarif(reports: readonly FileReport[], toolVersion: string): string {
  // Name rules and locale-file rules: `check` and `locales` share the format, and a run may report either.
  const { LOCALE_RULES } = (localeRules ??= requireOwn<LocaleRules>(import.meta.url, '../locales/rules/index.ts'));
  const rules = [...RULES, ...LOCALE_RULES].map((r) => ({
    id: r.meta.id,
    shortDescription: { text: t(`rules.${r.meta.id}.description`) },
    defaultConfiguration: { level: r.meta.defaultSeverity === 'off' ? 'none' : LEVEL[r.meta.defaultSeverity] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      ...(ruleIndex.has(d.ruleId) ? { ruleIndex: ruleIndex.get(d.ruleId) } : {}),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: r.path.replace(/\\/g, '/') },
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn, charOffset: d.offset, charLength: d.length },
        },
        // A DOCX part outside the body: the region's lines are its paragraphs.
        ...(d.part === undefined ? {} : { logicalLocations: [{ name: d.part, kind: 'element' }] }),
      }],
      ...(d.fix ? {
        fixes: [{
          description: { text: t('report.sarif.fix', { text: d.fix.text }) },
          artifactChanges: [{
            artifactLocation: { uri: r.path.replace(/\\/g, '/') },
            replacements: [{ deletedRegion: { charOffset: d.fix.offset, charLength: d.fix.length }, insertedContent: { text: d.fix.text } }],
          }],
        }],
      } : {}),
      ...(d.entity ? { properties: { entity: d.entity, found: d.found, expected: d.expected } } : {}),
    })),
  );
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'canonym', version: toolVersion, informationUri: 'https://www.npmjs.com/package/canonym', rules } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  }, null, 2) + '\n';
}

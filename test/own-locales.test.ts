/**
 * canonym's own messages (locales/<lng>/<namespace>.json) pass canonym's own locale checks: every rule, the name
 * rules with the shipped glossary included, base en, no error and no warning.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/glossary/load.ts';
import { setLanguage } from '../src/i18n/index.ts';
import { checkLocaleTree, formatLocaleSummary, loadLocaleTree } from '../src/locales/index.ts';
import { buildNameIndex } from '../src/match/name-index.ts';
import { fixture, fixtureIndex } from './helpers.ts';

const LOCALES = fileURLToPath(new URL('../locales/', import.meta.url));

/**
 * Findings that are right about the text and wrong about the message, each with the reason. Keep this short: a
 * finding belongs here only when the message cannot be written otherwise.
 */
const EXEMPT: Array<{ rule: string; key: string; why: string }> = [
  {
    rule: 'wrong-language',
    key: 'variants.help-after',
    why: 'one translated word ("Example:") over a command line and its output, where "ru" (a locale code) is an English stopword to the detector',
  },
];
const exempt = (ruleId: string, message: string) => EXEMPT.some((e) => e.rule === ruleId && message.startsWith(`${e.key}: `));

describe('canonym\'s own locale files', () => {
  it('pass canonym locales with base en: no diagnostics at all', () => {
    const tree = loadLocaleTree(LOCALES);
    const result = checkLocaleTree(tree, {
      baseLocale: 'en',
      index: buildNameIndex(loadGlossary({ layers: [] })),
      // canonym's own messages name people and places in examples: the name rules read them too.
      names: true,
      // The program's name, written as it is in every language ("canonym: {message}").
      allow: ['canonym'],
      // An example in `canonym variants --help` shows the variants the command prints for Věra Jourová, misspelt
      // on purpose ("Vera Iurova"): the point of the example, not a name to correct.
      keepName: (key) => key === 'variants.help-after',
    });
    const problems = result.reports.flatMap((r) => r.diagnostics
      .filter((d) => !exempt(d.ruleId, d.message))
      .map((d) => `${relative(LOCALES, r.path)}:${d.line}:${d.column} ${d.severity} ${d.ruleId}: ${d.message}`));
    const notes = [...tree.skipped, ...result.notes].map((n) => `${relative(LOCALES, n.path)}: ${n.reason}`);
    expect(problems, problems.join('\n')).toEqual([]);
    // Only the README is not a catalogue; every namespace has its English file.
    expect(notes).toEqual([expect.stringMatching(/^README\.md: not a locale file/)]);
    expect(result.summaries.map((s) => s.locale)).toEqual(['bg', 'de', 'en', 'fr', 'ru', 'uk']);
    for (const s of result.summaries) expect(s.translated, `${s.locale} translated`).toBe(s.keys);
  });
});

describe('canonym locales in the language of the messages', () => {
  afterEach(() => {
    setLanguage('en');
  });
  const check = (dir: string) => {
    const result = checkLocaleTree(loadLocaleTree(dir), { baseLocale: 'en', index: fixtureIndex(), names: true });
    return { ...result, messages: result.reports.flatMap((r) => r.diagnostics.map((d) => d.message)) };
  };
  const messages = (dir: string) => check(dir).messages;

  it('names languages, quotes and counts as the language does', () => {
    setLanguage('de');
    const de = messages(fixture('locale-tree'));
    expect(de).toContain('demo.lead: liest sich wie Deutsch (de), nicht wie Polnisch');
    expect(de).toContain('kein gültiges JSON: Komma am Ende: JSON erlaubt keines vor } oder ]');
    expect(de).toContain('actions.export: fehlt; en hat „Export as CSV“');
    setLanguage('fr');
    expect(messages(fixture('locale-tree'))).toContain('actions.exprot\u00a0: absente de en\u202f; vouliez-vous dire «\u00a0actions.export\u00a0»\u202f?');
    setLanguage('ru');
    const ru = check(fixture('locale-tree'));
    expect(ru.messages).toContain('status.offline: похоже на английский (en), а не на украинский');
    expect(ru.messages).toContain('terms: пропущены <1> </1> <3> </3> (в en они есть)');
    expect(formatLocaleSummary(ru.summaries, false).split('\n').slice(0, 2)).toEqual([
      'локаль  переведено            ошибки  предупреждения  проблемы',
      'de      95,3\u00a0% (41/43)             3               7  exact-form 1, extra-key 1, invisible-character 1, locale-form 1, missing-key 1, placeholder-mismatch 1, tag-mismatch 1, untranslated 1, whitespace 1, wrong-language 1',
    ]);
  });

  it('has the Russian plural forms for a missing file (1, 2, 5, 21 keys)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'canonym-own-locales-'));
    try {
      for (const lng of ['en', 'de']) mkdirSync(join(dir, lng));
      writeFileSync(join(dir, 'de', 'b.json'), '{"x": "X"}');
      writeFileSync(join(dir, 'en', 'b.json'), '{"x": "X"}');
      setLanguage('ru');
      const forms = [1, 2, 5, 21].map((n) => {
        writeFileSync(join(dir, 'en', 'a.json'), JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, `Key ${i}`]))));
        return messages(dir).find((m) => m.startsWith('отсутствует'))!.replace(dir, '…');
      });
      expect(forms).toEqual([
        'отсутствует весь файл: 1 ключ из …/en/a.json',
        'отсутствует весь файл: 2 ключа из …/en/a.json',
        'отсутствует весь файл: 5 ключей из …/en/a.json',
        'отсутствует весь файл: 21 ключ из …/en/a.json',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

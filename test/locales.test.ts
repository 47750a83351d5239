/**
 * `canonym locales` on two fixture trees written in the manner of real projects, with problems planted in them:
 * the tool must report exactly the planted ones, nothing else. Each fact: rule, file, line:column — and what was
 * planted there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runLocales } from '../src/cli/commands/locales.ts';
import { Workspace } from '../src/cli/workspace.ts';
import type { SeveritySetting } from '../src/diagnostic.ts';
import { UserError } from '../src/io/errors.ts';
import { checkLocaleTree, formatLocaleSummary, loadLocaleTree, LOCALE_RULES } from '../src/locales/index.ts';
import { formatReports } from '../src/report/index.ts';
import { RULES } from '../src/rules/index.ts';
import { LineIndex } from '../src/text/lines.ts';
import { captureOutput, fixture, fixtureIndex, type CapturedOutput } from './helpers.ts';

const I18NEXT = fixture('locale-tree');
const ICU = fixture('icu-tree');

function check(dir: string, severities?: Record<string, SeveritySetting>) {
  return checkLocaleTree(loadLocaleTree(dir), { baseLocale: 'en', index: fixtureIndex(), names: true, ...(severities ? { severities } : {}) });
}

const facts = (dir: string, result = check(dir)) =>
  result.reports.flatMap((r) => r.diagnostics.map((d) => `${d.ruleId} ${relative(dir, r.path)}:${d.line}:${d.column}`));

const PLANTED_I18NEXT: Array<[string, string]> = [
  ['missing-key de/common.json:2:3', 'actions.export is missing (reported on its parent "actions")'],
  ['extra-key de/common.json:6:5', 'actions.exprot, a typo of actions.export'],
  ['invisible-character de/common.json:12:19', 'a raw no-break space in "Ihre Änderungen"'],
  ['untranslated de/common.json:13:17', 'status.offline left in English, identical to en'],
  ['placeholder-mismatch de/common.json:16:40', '{{mix}} for {{max}}'],
  ['tag-mismatch de/common.json:30:55', '<0>…<0>: an opening tag typed where </0> belongs'],
  ['whitespace de/common.json:33:20', '"Suche:" lost the trailing space of "Search: "'],
  ['wrong-language de/newsroom.json:6:15', 'English text that is not the base text'],
  ['locale-form de/newsroom.json:16:39', '"Volodymyr Zelenskyy" in German (Wolodymyr Selenskyj)'],
  ['exact-form de/newsroom.json:18:15', '"Vera Jourova" without its diacritics'],
  ['known-variant en/newsroom.json:18:15', 'the base itself misspells Jourová as "Vera Yurova"'],
  ['json-syntax ja/auth.json:5:3', 'a missing comma'],
  ['untranslated ja/common.json:5:16', '"Delete" left in English'],
  ['wrong-language ja/common.json:13:17', 'an English sentence in the Japanese file'],
  ['placeholder-mismatch ja/common.json:18:27', '{{author}} (HTML-escaped) where en has {{- author}}'],
  ['plural-categories ja/common.json:20:3', 'item_one: Japanese has only `other`'],
  ['placeholder-mismatch ja/common.json:35:25', '$t(actions.shared) for $t(actions.share)'],
  ['invisible-character pl/auth.json:3:17', 'a zero-width space written as \\u200b in "Wylogui"'],
  ['empty-value pl/common.json:7:14', 'actions.share is ""'],
  ['whitespace pl/common.json:12:21', 'a double space'],
  ['plural-categories pl/common.json:21:3', 'item lacks _few and _many'],
  ['placeholder-mismatch pl/common.json:26:16', 'greeting dropped {{name}}'],
  ['missing-key pl/newsroom.json:1:1', 'article.readingTime missing from a flat-key file (reported on its first brace)'],
  ['exact-form pl/newsroom.json:12:37', '"Wolodymyr Zelenski" without ł'],
  ['wrong-language pl/newsroom.json:13:17', 'a German sentence in the Polish file'],
  ['known-variant pl/newsroom.json:14:18', 'the base\'s "Vera Yurova" copied into Polish'],
  ['json-syntax uk/auth.json:7:77', 'a trailing comma'],
  ['invisible-character uk/common.json:11:21', 'a right-to-left mark in a left-to-right language'],
  ['wrong-language uk/common.json:13:17', 'English in the Ukrainian file'],
  ['placeholder-mismatch uk/common.json:24:24', 'notification_one without {{count}}: Ukrainian `one` is 1, 21, 31…'],
  ['whitespace uk/common.json:28:16', 'a leading space'],
  ['tag-mismatch uk/common.json:33:13', 'terms dropped <1>…</1> and <3>…</3>'],
  ['extra-key uk/common.json:42:5', 'legacy.banner, gone from the base'],
  ['mixed-script uk/newsroom.json:18:69', '"Kиєві" with a Latin K'],
];

const PLANTED_ICU: Array<[string, string]> = [
  ['icu-syntax de.json:10:25', '{name! never closed'],
  ['empty-value de.json:11:12', 'Profile.bio is ""'],
  ['icu-keyword de.json:12:21', '{role, auswahl, …}: the select keyword translated'],
  ['locale-form de.json:17:39', '"Sergey Lavrov" in German (Sergei Lawrow)'],
  ['plural-categories en.json:19:41', 'the base\'s `zero` branch, which English never selects (=0 is meant)'],
  ['invisible-character es.json:3:17', 'a no-break space written as \\u00a0 in "Tu carrito"'],
  ['placeholder-mismatch es.json:4:16', '{contar, plural, …} for {count, plural, …}'],
  ['whitespace es.json:5:21', 'a double space'],
  ['wrong-language es.json:11:13', 'English in the Spanish file'],
  ['icu-keyword es.json:13:65', 'plural category "uno"'],
  ['icu-keyword es.json:13:82', 'plural category "otro"'],
  ['plural-categories ja.json:4:31', 'a `one` branch in Japanese'],
  ['untranslated ja.json:6:18', '"Check out" left in English'],
  ['icu-syntax ja.json:22:45', 'a stray </b>'],
  ['missing-key ru.json:2:3', 'Cart.checkout is missing'],
  ['plural-categories ru.json:4:16', 'Cart.items lacks few and many'],
  ['tag-mismatch ru.json:6:15', '<link>…</link> dropped'],
  ['placeholder-mismatch ru.json:9:18', 'Profile.greeting dropped {name}'],
  ['icu-keyword ru.json:11:29', 'a translated select key "админ" (the app passes "admin")'],
  // The same span again as a misspelling of Lavrov's instrumental case, with the entity and the right letters.
  ['suspected-variant ru.json:16:45', '"Сергеем Лавpовым", one letter from "Сергеем Лавровым"'],
  ['mixed-script ru.json:16:53', '"Лавpовым" with a Latin p'],
];

describe('canonym locales on an i18next tree', () => {
  it('reports exactly the planted problems', () => {
    expect(facts(I18NEXT)).toEqual(PLANTED_I18NEXT.map(([fact]) => fact));
  });

  it('plants at least two cases of every locale rule across four or more locales', () => {
    const all = [...PLANTED_I18NEXT, ...PLANTED_ICU].map(([fact]) => fact.split(' '));
    // The checks translate-toolkit and i18n-check have (issue 13) are planted in test/locales-precision.test.ts.
    const PEER_CHECKS = ['plural-structure', 'kept-token', 'brackets', 'end-punctuation', 'unused-key'];
    for (const rule of LOCALE_RULES.filter((r) => !PEER_CHECKS.includes(r.meta.id))) expect(all.filter(([id]) => id === rule.meta.id).length, rule.meta.id).toBeGreaterThanOrEqual(2);
    const locales = (list: Array<[string, string]>) => new Set(list.map(([f]) => f.split(' ')[1]!.replace(/[/.].*/, '')));
    expect(locales(PLANTED_I18NEXT)).toEqual(new Set(['de', 'en', 'ja', 'pl', 'uk']));
    expect(locales(PLANTED_ICU)).toEqual(new Set(['de', 'en', 'es', 'ja', 'ru']));
  });

  it('quotes the file and points at the file: found is the text at offset, line and column agree with it', () => {
    for (const dir of [I18NEXT, ICU]) {
      for (const report of check(dir).reports) {
        const text = readFileSync(report.path, 'utf8');
        const lines = new LineIndex(text);
        for (const d of report.diagnostics) {
          expect(text.slice(d.offset, d.offset + d.length)).toBe(d.found);
          expect(lines.position(d.offset)).toEqual({ line: d.line, column: d.column });
          expect(lines.position(d.offset + d.length)).toEqual({ line: d.endLine, column: d.endColumn });
        }
      }
    }
  });

  it('says what is wrong and what to write', () => {
    const byFact = new Map(check(I18NEXT).reports.flatMap((r) => r.diagnostics.map((d) => [`${d.ruleId} ${relative(I18NEXT, r.path)}:${d.line}:${d.column}`, d])));
    expect(byFact.get('placeholder-mismatch de/common.json:16:40')).toMatchObject({ found: '{{mix}}', expected: '{{max}}', severity: 'error' });
    expect(byFact.get('extra-key de/common.json:6:5')?.message).toBe('actions.exprot: not in en; did you mean "actions.export"?');
    expect(byFact.get('plural-categories pl/common.json:21:3')?.message).toBe('item: pl needs item_few, item_many; until then i18next shows _other for few, many');
    expect(byFact.get('invisible-character pl/auth.json:3:17')).toMatchObject({ found: '\\u200b', length: 6 });
    expect(byFact.get('tag-mismatch de/common.json:30:55')).toMatchObject({ found: '<0>', expected: '</0>' });
    expect(byFact.get('json-syntax uk/auth.json:7:77')?.message).toBe('not valid JSON: trailing comma: JSON allows none before } or ]');
    expect(byFact.get('locale-form de/newsroom.json:16:39')).toMatchObject({ expected: 'Wolodymyr Selenskyj', fix: null });
  });

  it('leaves alone what is right: context variants, allowed words, the plural forms each language needs', () => {
    const result = check(I18NEXT);
    const messages = result.reports.flatMap((r) => r.diagnostics.map((d) => d.message));
    expect(messages.filter((m) => m.startsWith('invited_female'))).toEqual([]); // pl context variant the base lacks
    expect(messages.filter((m) => /^(status\.label|actions\.confirm): not translated/.test(m))).toEqual([]); // Status, OK
    expect(messages.filter((m) => /^(article\.)?(comments|words|notification)_/.test(m) && !m.startsWith('notification_one'))).toEqual([]);
  });

  it('summarises each locale: the share translated and the count of each problem', () => {
    const summaries = check(I18NEXT).summaries;
    const pl = summaries.find((s) => s.locale === 'pl')!;
    expect(pl).toMatchObject({ keys: 43, translated: 41, errors: 2, warnings: 7 });
    expect(pl.problems).toMatchObject({ 'missing-key': 1, 'empty-value': 1, 'wrong-language': 1 });
    // ja: the broken auth.json counts as untranslated, and so does "Delete".
    expect(summaries.find((s) => s.locale === 'ja')).toMatchObject({ keys: 43, translated: 36 });
    const table = formatLocaleSummary(summaries, false);
    expect(table.split('\n')[0]).toMatch(/^locale\s+translated\s+errors\s+warnings\s+problems$/);
    expect(table).toMatch(/^en\s+base\s+1\s+0\s+known-variant 1$/m);
    expect(table).toMatch(/^pl\s+95\.3% \(41\/43\)\s+2\s+7\s+/m);
  });

  it('lets each rule be set to another severity or off', () => {
    const result = check(I18NEXT, { 'wrong-language': 'off', 'missing-key': 'error', 'exact-form': 'off' });
    const all = result.reports.flatMap((r) => r.diagnostics);
    expect(all.some((d) => d.ruleId === 'wrong-language' || d.ruleId === 'exact-form')).toBe(false);
    expect(all.filter((d) => d.ruleId === 'missing-key').map((d) => d.severity)).toEqual(['error', 'error']);
  });

  it('runs the glossary name rules only when asked (names), without loading the index otherwise; homoglyphs always', () => {
    let loads = 0;
    const index = () => (loads++, fixtureIndex());
    const quiet = checkLocaleTree(loadLocaleTree(I18NEXT), { baseLocale: 'en', index });
    const facts = (r: typeof quiet) => r.reports.flatMap((f) => f.diagnostics.map((d) => `${d.ruleId} ${relative(I18NEXT, f.path)}:${d.line}:${d.column}`));
    const nameRules = new Set(RULES.map((r) => r.meta.id).filter((id) => id !== 'mixed-script'));
    expect(facts(quiet).filter((f) => nameRules.has(f.split(' ')[0]!))).toEqual([]);
    expect(facts(quiet)).toContain('mixed-script uk/newsroom.json:18:69');
    expect(loads).toBe(0);
    const named = checkLocaleTree(loadLocaleTree(I18NEXT), { baseLocale: 'en', index, names: true });
    expect(facts(named)).toContain('locale-form de/newsroom.json:16:39');
    expect(facts(named)).toContain('mixed-script uk/newsroom.json:18:69');
    expect(loads).toBe(1);
    // Everything but the name rules is the same either way.
    expect(facts(named).filter((f) => !nameRules.has(f.split(' ')[0]!))).toEqual(facts(quiet));
  });
});

describe('canonym locales on an ICU tree', () => {
  it('reports exactly the planted problems', () => {
    expect(facts(ICU)).toEqual(PLANTED_ICU.map(([fact]) => fact));
  });

  it('names the translated keyword and the parser error', () => {
    const all = check(ICU).reports.flatMap((r) => r.diagnostics);
    expect(all.find((d) => d.found === 'auswahl')).toMatchObject({ ruleId: 'icu-keyword', expected: 'select' });
    expect(all.filter((d) => d.ruleId === 'icu-keyword' && d.expected).map((d) => `${d.found}→${d.expected}`)).toEqual(['auswahl→select', 'uno→one', 'otro→other']);
    expect(all.find((d) => d.found === '</b>')?.message).toBe('Legal.notice: ICU syntax: a closing tag with no opening tag (UNMATCHED_CLOSING_TAG)');
    expect(all.find((d) => d.found === 'contar')).toMatchObject({ ruleId: 'placeholder-mismatch', expected: '{count, plural}' });
  });
});

describe('runLocales (the CLI command)', () => {
  const ws = () => new Workspace({ shippedGlossary: false, glossary: [fixture('glossary')] });
  let io: CapturedOutput;
  const capture = () => (io = captureOutput());
  afterEach(() => vi.restoreAllMocks());

  it('prints stylish reports with the per-locale summary, notes skipped files on stderr, and exits 1 on errors', async () => {
    capture();
    const code = await runLocales(ws(), I18NEXT, { format: 'stylish', names: true }, '0.0.0-test');
    expect(code).toBe(1);
    expect(io.stdout).toMatch(/de\/common\.json.*\(de\)/);
    expect(io.stdout).toMatch(/16:40\s+error\s+upload\.limit: \{\{mix\}\} is not in en; write \{\{max\}\}\s+placeholder-mismatch/);
    expect(io.stdout).toMatch(/✖ 34 problems \(13 errors, 21 warnings\)/);
    expect(io.stdout).toMatch(/^uk\s+86\.0% \(37\/43\)/m);
    expect(io.stderr).toContain('README.md: not a locale file');
    expect(io.stderr).toContain('i18n.config.json: no locale code in its path');
  });

  it('prints the stable JSON format, one entry per locale file', async () => {
    capture();
    await runLocales(ws(), ICU, { format: 'json', names: true }, '0.0.0-test');
    const reports = JSON.parse(io.stdout) as Array<{ path: string; locale: string; diagnostics: unknown[] }>;
    // As many diagnostics per file as were planted in it.
    const planted = (file: string) => PLANTED_ICU.filter(([fact]) => fact.split(' ')[1]!.startsWith(`${file}:`)).length;
    expect(reports.map((r) => `${relative(ICU, r.path)} ${r.locale} ${r.diagnostics.length}`)).toEqual(
      ['de', 'en', 'es', 'ja', 'ru'].map((l) => `${l}.json ${l} ${planted(`${l}.json`)}`),
    );
  });

  it('writes GitHub annotations', async () => {
    capture();
    await runLocales(ws(), ICU, { format: 'github', names: true }, '0.0.0-test');
    expect(io.stdout).toContain('::error file=' + fixture('icu-tree/es.json') + ',line=4,col=16,endLine=4,endColumn=22,title=canonym placeholder-mismatch::Cart.items: {contar, plural} is not in en; write {count, plural}');
  });

  it('exits 0 when only warnings are left', async () => {
    capture();
    const rule = [...LOCALE_RULES, ...RULES].map((r) => `${r.meta.id}=warning`);
    const quiet = new Workspace({ shippedGlossary: false, glossary: [fixture('glossary')], rule });
    expect(await runLocales(quiet, ICU, { format: 'json', names: true }, '0.0.0-test')).toBe(0);
  });

  it('refuses bad usage with a UserError', async () => {
    capture();
    await expect(runLocales(ws(), I18NEXT, { format: 'json', base: 'fr' }, 'x')).rejects.toThrow(/--base fr: no such locale .* \(it has de, en, ja, pl, uk\)/);
    await expect(runLocales(ws(), fixture('news'), { format: 'json' }, 'x')).rejects.toThrow(/no locale catalogues/);
    await expect(runLocales(ws(), fixture('nowhere'), { format: 'json' }, 'x')).rejects.toThrow(UserError);
    await expect(runLocales(ws(), I18NEXT, { format: 'json', syntax: 'po' as 'icu' }, 'x')).rejects.toThrow(/--syntax po/);
    const typo = new Workspace({ shippedGlossary: false, glossary: [fixture('glossary')], rule: ['missing-keys=off'] });
    await expect(runLocales(typo, I18NEXT, { format: 'json' }, 'x')).rejects.toThrow(/unknown rule "missing-keys"/);
  });
});

// The SARIF 2.1.0 schema (OASIS sarif-schema-2.1.0.json) is not fetched by the tests: a copy is kept at this path.
const SARIF_SCHEMA = fixture('sarif-2.1.0.schema.json');

describe.skipIf(!existsSync(SARIF_SCHEMA))('SARIF output', () => {
  it('validates against the SARIF 2.1.0 schema', async () => {
    const { Ajv } = await import('ajv'); // CommonJS: the class, not the default, under nodenext
    const schema = JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8'));
    // The OASIS file declares draft-07, Ajv's default dialect; the $schema line goes so that Ajv does not look
    // for the meta-schema. Formats (uri) are not checked.
    delete schema.$schema;
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    for (const dir of [I18NEXT, ICU]) {
      const sarif = JSON.parse(formatReports(check(dir).reports, 'sarif', '0.0.0-test'));
      expect(sarif.runs[0].results.length).toBeGreaterThan(0);
      expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
  });
});

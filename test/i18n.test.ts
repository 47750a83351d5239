/** canonym's own messages: language choice, translated output, ICU plurals and numbers, and the locale files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { i18nInstance, language, NAMESPACES, resolveLanguage, setLanguage, t } from '../src/i18n/index.ts';
import { LOCALE_RULES } from '../src/locales/index.ts';
import { RULES } from '../src/rules/index.ts';
import { fixture, runCli } from './helpers.ts';

const testGlossary = ['--no-shipped-glossary', '-g', fixture('glossary')];
const article = fixture('news/consul-expelled.txt');
// Reporters colour their output when the environment asks for it (CI=1, FORCE_COLOR); the words are what matter here.
// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

const LOCALE_VARS = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;
type LocaleEnv = Partial<Record<(typeof LOCALE_VARS)[number], string>>;

/** Runs fn with exactly these locale variables set (the others unset), then puts the environment back. */
async function withLocaleEnv<T>(env: LocaleEnv, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(LOCALE_VARS.map((k) => [k, process.env[k]]));
  for (const k of LOCALE_VARS) {
    if (env[k] === undefined) delete process.env[k];
    else process.env[k] = env[k];
  }
  try {
    return await fn();
  } finally {
    for (const k of LOCALE_VARS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
}

afterEach(() => {
  setLanguage('en');
});

describe('choosing the language', () => {
  it('reads LANG, LC_MESSAGES and LC_ALL as POSIX programs do, LC_ALL first', () => {
    expect(resolveLanguage(undefined, { LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(resolveLanguage(undefined, { LANG: 'de_DE.UTF-8', LC_ALL: 'ru_RU.UTF-8' })).toBe('ru');
    expect(resolveLanguage(undefined, { LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' })).toBe('fr');
    expect(resolveLanguage(undefined, { LC_ALL: 'uk_UA.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'de_DE' })).toBe('uk');
    // An empty variable is not set; a set one decides even when canonym does not speak its language.
    expect(resolveLanguage(undefined, { LC_ALL: '', LANG: 'bg_BG.UTF-8' })).toBe('bg');
    expect(resolveLanguage(undefined, { LC_ALL: 'ja_JP.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(resolveLanguage(undefined, { LANG: 'fr_CA.ISO-8859-1@euro' })).toBe('fr');
  });

  it('takes C, POSIX, nothing and unknown languages for English', () => {
    expect(resolveLanguage(undefined, { LANG: 'C' })).toBe('en');
    expect(resolveLanguage(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(resolveLanguage(undefined, { LC_ALL: 'POSIX', LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(resolveLanguage(undefined, {})).toBe('en');
    expect(resolveLanguage('xx', { LANG: 'de_DE.UTF-8' })).toBe('en');
  });

  it('lets --lang win over the environment', () => {
    expect(resolveLanguage('ru', { LC_ALL: 'de_DE.UTF-8' })).toBe('ru');
    expect(resolveLanguage('de-AT', { LANG: 'fr_FR.UTF-8' })).toBe('de');
    expect(resolveLanguage('uk_UA.UTF-8', {})).toBe('uk');
  });
});

describe('canonym check in other languages', () => {
  it('speaks German with LANG=de_DE.UTF-8, and English again afterwards', async () => {
    const run = await withLocaleEnv({ LANG: 'de_DE.UTF-8' }, () => runCli(['check', ...testGlossary, '--locale', 'en', article]));
    expect(run.code).toBe(1);
    const out = plain(run.stdout);
    expect(out).toContain(`${article} (en)\n`);
    expect(out).toContain('  7:36   Fehler   „Vera Yurova“ ist eine falsche Schreibung von Věra Jourová; richtig: „Věra Jourová“  known-variant\n');
    expect(out).toContain('  9:191  Warnung  Josep Borrell wird hier „Borel“ geschrieben, bei 9:24 aber „Josep Borrell“  inconsistent-name\n');
    expect(out).toContain('✖ 6 Probleme (5 Fehler, 1 Warnung)\n  6 mit `canonym fix` behebbar\n');
    expect(language()).toBe('en');
    const english = await withLocaleEnv({ LANG: 'C.UTF-8' }, () => runCli(['check', ...testGlossary, '--locale', 'en', article]));
    expect(plain(english.stdout)).toContain('✖ 6 problems (5 errors, 1 warning)\n  6 fixable with `canonym fix`\n');
  });

  it('speaks Russian with --lang ru, before or after the command, whatever LANG says', async () => {
    for (const args of [['--lang', 'ru', 'check'], ['check', '--lang=ru']]) {
      const run = await withLocaleEnv({ LANG: 'de_DE.UTF-8' }, () => runCli([...args, ...testGlossary, article]));
      const out = plain(run.stdout);
      expect(out).toContain(`${article} (en, определён по тексту)\n`);
      expect(out).toContain('  7:36   ошибка          «Vera Yurova» — ошибочное написание, это Věra Jourová; пишите «Věra Jourová»  known-variant\n');
      expect(out).toContain('✖ 6 проблем (5 ошибок, 1 предупреждение)\n');
    }
  });

  it('keeps English with LC_ALL=C over LANG=de_DE.UTF-8', async () => {
    const run = await withLocaleEnv({ LC_ALL: 'C', LANG: 'de_DE.UTF-8' }, () => runCli(['check', ...testGlossary, fixture('news/clean.txt')]));
    expect(plain(run.stdout)).toBe('✔ no problems in 1 file\n');
  });

  it('translates help, Commander\'s usage errors and the errors canonym raises', async () => {
    await withLocaleEnv({ LANG: 'de_DE.UTF-8' }, async () => {
      const help = await runCli(['check', '--help']);
      expect(help.stdout).toMatch(/^Aufruf: canonym check \[options\] <inputs\.\.\.>\n/);
      expect(help.stdout).toContain('Optionen:');
      expect(help.stdout.replace(/\s+/g, ' ')).toContain('(Auswahl: "stylish", "json", "sarif", "github", "junit", "checkstyle", Standard: "stylish")');
      expect(help.stdout).toContain('Exit-Codes:');
      const typo = await runCli(['chek']);
      expect(typo.code).toBe(2);
      expect(typo.stderr).toBe('Fehler: unbekannter Befehl „chek“\n(Meinten Sie check?)\n(mit --help aufrufen, um die Verwendung zu sehen)\n');
      const locale = await runCli(['check', '--locale', 'xx', fixture('news/clean.txt')]);
      expect(locale.stderr).toBe('canonym: unbekannte Sprache „xx“: verwenden Sie einen BCP-47-Sprachcode wie en, de, uk\n');
    });
  });

  it('summarises fix in the language, with its plural', async () => {
    const run = await withLocaleEnv({ LANG: 'uk_UA.UTF-8' }, () => runCli(['fix', ...testGlossary, '--locale', 'en', '-'], 'Kiev and Kiev.\n'));
    expect(run.stdout).toBe('Kyiv and Kyiv.\n');
    expect(run.stderr).toBe('<stdin> (en): виправлено 2 імені\n');
  });
});

describe('plurals and numbers (ICU through formatjs)', () => {
  const fixed = (names: number) => t('cli.fix.summary', { path: 'a.txt', locale: 'en', names });

  it('has English singular and plural', () => {
    expect(fixed(1)).toBe('a.txt (en): 1 name fixed');
    expect(fixed(12)).toBe('a.txt (en): 12 names fixed');
    expect(t('report.summary.problems', { total: 1, errors: 1, warnings: 0, infos: 0 })).toBe('✖ 1 problem (1 error, 0 warnings)');
    expect(t('report.summary.problems', { total: 3, errors: 1, warnings: 1, infos: 1 })).toBe('✖ 3 problems (1 error, 1 warning, 1 info)');
  });

  it('has the four Russian forms (1, 2, 5, 21) and the Ukrainian ones', () => {
    setLanguage('ru');
    expect([1, 2, 5, 21].map(fixed)).toEqual([
      'a.txt (en): исправлено 1 имя',
      'a.txt (en): исправлено 2 имени',
      'a.txt (en): исправлено 5 имён',
      'a.txt (en): исправлено 21 имя',
    ]);
    expect(t('report.summary.problems', { total: 22, errors: 21, warnings: 1, infos: 0 })).toBe('✖ 22 проблемы (21 ошибка, 1 предупреждение)');
    expect(t('report.summary.problems', { total: 11, errors: 11, warnings: 0, infos: 0 })).toBe('✖ 11 проблем (11 ошибок, 0 предупреждений)');
    setLanguage('uk');
    expect([1, 2, 5, 21].map((n) => t('cli.localize.summary.names', { count: n }))).toEqual(['1 ім’я', '2 імені', '5 імен', '21 ім’я']);
    setLanguage('bg');
    expect([1, 2].map((n) => t('report.summary.clean', { files: n }))).toEqual(['✔ няма проблеми в 1 файл', '✔ няма проблеми в 2 файла']);
  });

  it('formats numbers as the language does', () => {
    setLanguage('fr');
    // Intl groups French thousands with a narrow no-break space (U+202F) and writes a decimal comma.
    expect(t('report.summary.fixable', { count: 1234.5 })).toBe('1\u202f234,5 corrigeables avec `canonym fix`');
    expect(t('report.summary.clean', { files: 1_000_000 })).toBe('✔ aucun problème dans 1\u202f000\u202f000 de fichiers');
    expect(t('report.summary.clean', { files: 0 })).toBe('✔ aucun problème dans 0 fichier');
    setLanguage('de');
    expect(t('report.summary.fixable', { count: 1234.5 })).toBe('1.234,5 mit `canonym fix` behebbar');
    expect(t('rules.suspected-variant.message-no-fix', { found: 'Borrelll', name: 'Josep Borrell', score: 0.9 })).toBe('„Borrelll“ sieht nach einer falschen Schreibung von Josep Borrell aus (Score 0,90)');
    setLanguage('en');
    expect(t('rules.suspected-variant.message-no-fix', { found: 'Borrelll', name: 'Josep Borrell', score: 0.9 })).toBe('"Borrelll" looks like a misspelling of Josep Borrell (score 0.90)');
  });
});

describe('fallback', () => {
  it('takes a message missing in a language from English, with English plural rules, never the key', () => {
    i18nInstance().addResource('en', 'cli', 'test.only-in-english', 'only in English: {count, plural, one {# name} other {# names}}');
    setLanguage('ru');
    expect(t('cli.test.only-in-english', { count: 2 })).toBe('only in English: 2 names');
    expect(t('cli.test.only-in-english', { count: 21 })).toBe('only in English: 21 names');
    // An empty translation counts as missing.
    i18nInstance().addResource('de', 'report', 'severity.info', '');
    setLanguage('de');
    expect(t('report.severity.info')).toBe('info');
    i18nInstance().addResource('de', 'report', 'severity.info', 'Hinweis');
    expect(t('report.severity.info')).toBe('Hinweis');
    expect(() => t('cli.no-such-message')).toThrow(/no message "cli\.no-such-message"/);
  });
});

// --- The locale files: the same keys and arguments in every language, CLDR plural branches, no broken quoting. ---
// (src/locales/, the locale linter, will take these checks over; until then they live here, self-contained.)

const LOCALES_DIR = new URL('../locales/', import.meta.url);
const languages = readdirSync(LOCALES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const bundle = (lng: string, ns: string): Record<string, string> => JSON.parse(readFileSync(new URL(`${lng}/${ns}.json`, LOCALES_DIR), 'utf8'));

type ArgumentKind = 'string' | 'number' | 'select' | 'date' | 'time';
const KIND: Partial<Record<TYPE, ArgumentKind>> = {
  [TYPE.argument]: 'string', [TYPE.number]: 'number', [TYPE.plural]: 'number', [TYPE.select]: 'select', [TYPE.date]: 'date', [TYPE.time]: 'time',
};

/** Every argument of a message with its kind (a plural and a number format both take a number), and every plural. */
function walk(elements: MessageFormatElement[], args: Map<string, ArgumentKind>, plurals: Array<{ name: string; keys: string[] }>): void {
  for (const el of elements) {
    const kind = KIND[el.type];
    if (kind && 'value' in el) args.set(el.value, kind);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      if (el.type === TYPE.plural) plurals.push({ name: el.value, keys: Object.keys(el.options) });
      for (const option of Object.values(el.options) as Array<{ value: MessageFormatElement[] }>) walk(option.value, args, plurals);
    }
    if (el.type === TYPE.tag) walk(el.children, args, plurals);
  }
}

function analyse(message: string) {
  const args = new Map<string, ArgumentKind>();
  const plurals: Array<{ name: string; keys: string[] }> = [];
  walk(parse(message, { ignoreTag: true }), args, plurals);
  return { args: Object.fromEntries([...args].sort()), plurals };
}

function sampleValues(args: Record<string, ArgumentKind>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(args).map(([name, kind]) => [name, kind === 'number' ? 3 : kind === 'select' ? 'x' : `‹${name}›`]));
}

describe('locale files', () => {
  it('ship English and at least de, fr, ru, uk and bg, each with every namespace', () => {
    expect(languages).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'ru', 'uk', 'bg']));
    for (const lng of languages) for (const ns of NAMESPACES) expect(() => bundle(lng, ns), `${lng}/${ns}.json`).not.toThrow();
  });

  for (const lng of languages) {
    it(`${lng}: exactly the keys of en, the same ICU arguments, the CLDR plural forms of ${lng}`, () => {
      const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories as string[];
      for (const ns of NAMESPACES) {
        const en = bundle('en', ns);
        const messages = bundle(lng, ns);
        expect(Object.keys(messages).sort(), `${lng}/${ns}.json keys`).toEqual(Object.keys(en).sort());
        for (const [key, message] of Object.entries(messages)) {
          const where = `${lng}/${ns}.json "${key}"`;
          expect(typeof message, where).toBe('string');
          expect(message.length, where).toBeGreaterThan(0);
          const ours = analyse(message);
          expect(ours.args, `${where}: arguments`).toEqual(analyse(en[key]!).args);
          for (const plural of ours.plurals) {
            const forms = plural.keys.filter((k) => !k.startsWith('='));
            expect(forms.sort(), `${where}: plural forms of {${plural.name}}`).toEqual([...categories].sort());
          }
          // A stray apostrophe quotes ICU syntax instead of printing it: an argument would show as {name} in the output.
          // (A brace quoted on purpose, '{' or '}', prints as a brace: "a catalogue is at least {}".)
          const formatted = (() => {
            const previous = setLanguage(lng);
            try {
              return t(`${ns}.${key}`, sampleValues(ours.args));
            } finally {
              setLanguage(previous);
            }
          })();
          expect(formatted, `${where}: formatted`).not.toMatch(/\{\s*[\p{L}_][\p{L}\p{N}_-]*\s*[,}]/u);
          for (const name of Object.keys(ours.args).filter((n) => ours.args[n] === 'string')) {
            expect(formatted, `${where}: shows {${name}}`).toContain(`‹${name}›`);
          }
        }
      }
    });
  }

  it('have every message id that the code uses, and the code uses every English message', () => {
    const en = new Set(NAMESPACES.flatMap((ns) => Object.keys(bundle('en', ns)).map((k) => `${ns}.${k}`)));
    const used = new Set<string>();
    const scan = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) scan(path);
        else if (path.endsWith('.ts')) {
          for (const m of readFileSync(path, 'utf8').matchAll(/'((?:cli|report|rules|locales)\.[a-z0-9.-]+)'/g)) used.add(m[1]!);
        }
      }
    };
    // The folders that print canonym's messages (other folders may name files such as 'rules.json').
    for (const dir of ['cli', 'report', 'rules', 'i18n', 'locales', 'io', 'translate', 'suppress']) scan(new URL(`../src/${dir}/`, import.meta.url).pathname);
    // The rule descriptions are looked up by rule id.
    for (const r of [...RULES, ...LOCALE_RULES]) used.add(`rules.${r.meta.id}.description`);
    expect([...used].filter((id) => !en.has(id)), 'used but not in locales/en').toEqual([]);
    expect([...en].filter((id) => !used.has(id)), 'in locales/en but never used').toEqual([]);
  });

  it('describe the rules in English as the rules do', () => {
    for (const r of [...RULES, ...LOCALE_RULES]) expect(t(`rules.${r.meta.id}.description`)).toBe(r.meta.description);
  });
});

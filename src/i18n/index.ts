/**
 * canonym's own messages: `locales/<lng>/<namespace>.json` (namespaces `cli`, `report`, `rules`, `locales`), looked
 * up by a stable id such as `report.summary.problems` (namespace, dot, key) and formatted as ICU MessageFormat.
 *
 * Two libraries, each for what it does well:
 * - i18next is the resource store and the fallback chain (`de-AT` → `de` → `en`): it knows which language
 *   actually has a message, and a key missing in a translation falls back to English, never to the key itself.
 *   The bundles are ordinary i18next resources, so canonym's own locale checks and other tools read them as is.
 * - @formatjs/intl formats the message. i18next's own plurals need one key per CLDR category (`_one`, `_few`, …)
 *   and cannot put two counts in one sentence ("6 problems (5 errors, 1 warning)"), and its interpolation does not
 *   format numbers. ICU MessageFormat keeps each message one string with its plural branches inline, and formatjs
 *   applies the CLDR plural rules and number formats of the language through Intl ("1 234,5" in French; Russian
 *   1 имя, 2 имени, 5 имён, 21 имя).
 *   The elements canonym's messages use are formatted by ./format.ts as formatjs formats them, without the
 *   start-up of @formatjs/intl (its locale checks cost a one-line check a sixth of its time); formatjs itself is
 *   loaded only for a message that uses anything else.
 *
 * A message is formatted with the plural rules of the language it was found in: an English message that stands in
 * for a missing Russian one keeps English plurals.
 *
 * The language is global to the process (one CLI run, one language): `setLanguage` at start, `t` everywhere.
 * Until something sets it, messages are English, so the core used as a library is unaffected by the environment.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { IntlCache, IntlShape } from '@formatjs/intl';
import i18next, { type i18n } from 'i18next';
import { formatIcu } from './format.ts';

export const NAMESPACES = ['cli', 'report', 'rules', 'locales'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_LANGUAGE = 'en';

/** The directory that holds `<lng>/<namespace>.json`, next to the package (src/i18n → ../../locales). */
export const LOCALES_DIR = new URL('../../locales/', import.meta.url);

export type MessageValues = Record<string, string | number>;

let instance: i18n | undefined;
let languages: string[] = [];
let current = DEFAULT_LANGUAGE;
type Formatjs = typeof import('@formatjs/intl');
let formatjs: { module: Formatjs; cache: IntlCache } | undefined;
const intls = new Map<string, IntlShape<string>>();

function readBundles(): { resources: Record<string, Record<string, Record<string, string>>>; languages: string[] } {
  const resources: Record<string, Record<string, Record<string, string>>> = {};
  const dirs = readdirSync(LOCALES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const lng of dirs) {
    resources[lng] = {};
    for (const ns of NAMESPACES) {
      let text: string;
      try {
        text = readFileSync(new URL(`${lng}/${ns}.json`, LOCALES_DIR), 'utf8');
      } catch {
        continue; // a namespace not translated yet: every key falls back to English
      }
      resources[lng][ns] = JSON.parse(text) as Record<string, string>;
    }
  }
  return { resources, languages: dirs };
}

/** The i18next instance, created once and synchronously (a private instance, so the global `i18next` stays free). */
export function i18nInstance(): i18n {
  if (instance) return instance;
  const bundles = readBundles();
  languages = bundles.languages;
  const created = i18next.createInstance();
  void created.init({
    initAsync: false,
    resources: bundles.resources,
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: languages,
    nonExplicitSupportedLngs: true,
    ns: [...NAMESPACES],
    defaultNS: 'cli',
    // Keys are flat ids inside a namespace ("summary.problems"); no nesting, no "ns:key" syntax.
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    returnEmptyString: false,
    // ICU does the formatting: i18next must hand back the raw pattern.
    interpolation: { escapeValue: false },
  });
  // Messages added at run time (tests, plugins) must reach the formatter of that language.
  const forget = (lng: string) => {
    intls.delete(lng);
    sourceLanguages.clear();
  };
  created.store.on('added', forget);
  created.store.on('removed', forget);
  instance = created;
  return created;
}

/** The languages canonym has messages in (the directories of locales/). */
export function availableLanguages(): string[] {
  i18nInstance();
  return [...languages];
}

/**
 * A locale name from the user or the environment → a language canonym speaks: `de_DE.UTF-8` → `de`,
 * `fr-CA` → `fr`, `C`, `POSIX`, an empty or unknown value → `en`.
 */
export function matchLanguage(value: string | undefined): string {
  const tag = (value ?? '').split(/[.@]/u)[0]!.replace(/_/gu, '-').trim().toLowerCase();
  if (!tag || tag === 'c' || tag === 'posix') return DEFAULT_LANGUAGE;
  const known = availableLanguages();
  if (known.includes(tag)) return tag;
  const base = tag.split('-')[0]!;
  return known.includes(base) ? base : DEFAULT_LANGUAGE;
}

/**
 * The language for this run: the `--lang` value if given, else the first of LC_ALL, LC_MESSAGES and LANG that is
 * set and not empty (as POSIX programs choose their message language), matched with `matchLanguage`.
 */
export function resolveLanguage(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (option) return matchLanguage(option);
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return matchLanguage(value);
}

export function language(): string {
  return current;
}

/** Sets the language of every message from now on; returns the previous one (to restore it). */
export function setLanguage(lng: string): string {
  const previous = current;
  current = matchLanguage(lng);
  return previous;
}

function intlFor(lng: string): IntlShape<string> {
  let intl = intls.get(lng);
  if (!intl) {
    const messages: Record<string, string> = {};
    const store = i18nInstance();
    for (const ns of NAMESPACES) {
      for (const [key, value] of Object.entries(store.getResourceBundle(lng, ns) ?? {})) {
        if (typeof value === 'string') messages[`${ns}.${key}`] = value;
      }
    }
    formatjs ??= (() => {
      const module = createRequire(import.meta.url)('@formatjs/intl') as Formatjs;
      return { module, cache: module.createIntlCache() };
    })();
    intl = formatjs.module.createIntl({
      locale: lng,
      defaultLocale: DEFAULT_LANGUAGE,
      messages,
      onError: (error) => {
        throw error;
      },
    }, formatjs.cache);
    intls.set(lng, intl);
  }
  return intl;
}

function split(id: string): [Namespace, string] {
  const dot = id.indexOf('.');
  const ns = id.slice(0, dot) as Namespace;
  if (dot < 0 || !NAMESPACES.includes(ns)) throw new Error(`message id "${id}" does not start with a namespace (${NAMESPACES.join(', ')})`);
  return [ns, id.slice(dot + 1)];
}

// The language each message comes from, per requested language: asked once per message id, not per diagnostic
// (a long article has thousands). Cleared when messages are added at run time.
const sourceLanguages = new Map<string, string | null>();

/** The language a message is taken from for `lng`: the first of its fallback chain that has it, or undefined. */
export function messageLanguage(id: string, lng: string = current): string | undefined {
  const memo = `${lng}\u0000${id}`;
  const known = sourceLanguages.get(memo);
  if (known !== undefined) return known ?? undefined;
  const [ns, key] = split(id);
  const store = i18nInstance();
  let used: string | null = null;
  // i18next's own fallback chain, looked up in its store as `exists` does (an empty string is no message), without
  // translating the key to learn which language it came from.
  const hierarchy = (store.services.languageUtils as { toResolveHierarchy(code: string): string[] }).toResolveHierarchy(lng);
  for (const code of hierarchy) {
    const value = store.getResource(code, ns, key) as unknown;
    if (typeof value === 'string' && value !== '') {
      used = code;
      break;
    }
  }
  sourceLanguages.set(memo, used);
  return used ?? undefined;
}

/**
 * The message `id` (`<namespace>.<key>`) in the current language, formatted with `values`. A key missing in the
 * language comes from English; a key missing in English is a bug and throws. A translation that fails to format
 * (a broken pattern) falls back to the English message rather than stopping the command.
 */
export function t(id: string, values?: MessageValues): string {
  const lng = messageLanguage(id);
  if (lng === undefined) throw new Error(`no message "${id}" in locales/${DEFAULT_LANGUAGE}`);
  try {
    return format(lng, id, values);
  } catch (error) {
    if (lng === DEFAULT_LANGUAGE) throw error;
    return format(DEFAULT_LANGUAGE, id, values);
  }
}

function format(lng: string, id: string, values: MessageValues | undefined): string {
  const [ns, key] = split(id);
  const message = i18nInstance().getResource(lng, ns, key) as unknown;
  const formatted = typeof message === 'string' ? formatIcu(message, lng, values) : undefined;
  if (formatted !== undefined) return formatted;
  // ignoreTag: help texts contain <dir>, <lng> and the like, which are text, not markup.
  return intlFor(lng).formatMessage({ id }, values ?? {}, { ignoreTag: true }) as string;
}

const listFormats = new Map<string, Intl.ListFormat>();
/** A list in the current language: `a, b and c` (conjunction) or `a or b` (disjunction). */
export function list(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  let format = listFormats.get(`${current} ${type}`);
  if (!format) listFormats.set(`${current} ${type}`, (format = new Intl.ListFormat(current, { type })));
  return format.format(items);
}

/** A language's name in the current language: `en` → "English", "Englisch", "английский". */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(current, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Runs `fn` with messages in `lng`, then puts the previous language back. */
export function withLanguage<T>(lng: string, fn: () => T): T {
  const previous = setLanguage(lng);
  try {
    return fn();
  } finally {
    current = previous;
  }
}

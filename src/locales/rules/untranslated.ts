/**
 * A translation identical to its base string: left in the base language. Identical is fine when every word is
 * one that reads the same across languages: a glossary name, an acronym ("PDF"), a brand written in mixed case
 * ("GitHub", "iOS"), a number, a URL, or a word on the allow-list ("OK", "Status").
 */
import { t } from '../../i18n/index.ts';
import type { Entry } from '../model.ts';
import { primaryLanguage } from '../../text/locale.ts';
import { withoutCode } from './wrong-language.ts';
import { excerpt, valueRange, type LocaleRule, type LocaleRuleContext } from './rule.ts';

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/g;
// A capital after a small letter: iPhone, GitHub, macOS are names, not words to translate.
const BRAND = /\p{Ll}\p{Lu}/u;
// A field of a date pattern ("MMM d, h:mm:ss aaa", "HH:mm"): one pattern letter repeated.
const DATE_FIELD = /^([yMLdDHhKkmsSaEeZzXxGuwWQq])\1*$/u;

type Context = Pick<LocaleRuleContext, 'file' | 'baseLocale' | 'message' | 'mentions' | 'allow' | 'ordinaryWord' | 'keptByMost'>;

// Unit symbols written the same in every language that writes them in Latin letters (SI, data, imperial, type):
// "ms", "mph", "kbps" are no English words left untranslated, whatever the script around them.
const UNIT = new Set(['ms', 'µs', 'ns', 's', 'sec', 'min', 'h', 'hr', 'hrs', 'am', 'pm', 'mm', 'cm', 'm', 'km', 'in', 'ft', 'mi', 'mph', 'kph', 'g', 'kg', 'mg', 'lb', 'lbs', 'oz', 'ml', 'l', 'hz', 'khz', 'mhz', 'ghz', 'b', 'kb', 'mb', 'gb', 'tb', 'kib', 'mib', 'gib', 'bps', 'kbps', 'mbps', 'gbps', 'fps', 'px', 'pt', 'dpi', 'ppi', 'db', 'dbm', 'w', 'kw', 'kwh', 'v', 'mah', 'rpm']);

const TITLE = /^\p{Lu}/u;

/**
 * Whether the words, left as the base writes them, may well be right in the target language. On six real trees
 * (scripts/measure-locales.ts) short identical strings were mostly right: cognates (Catalan "Document", German
 * "Genre", "Glockenspiel"), product and title names ("Microsoft Word", "Open ID", "Mermaid"), units ("ms", "pm").
 * So a phrase of three words or more is untranslated unless its words are all capitalised (a title: "Rock and
 * Roll", also for two: "Open ID"); one or two words only in Chinese, Japanese, Korean or Thai, where a Latin word stands out, and only when
 * the base's dictionary knows each of them ("Delete", "Check out"; not "Excalidraw").
 */
function mayReadTheSame(words: readonly string[], left: readonly string[], context: Context): boolean {
  if (!left.length) return true;
  const content = words.filter((w) => w.length > 3);
  // Two words must both be capitalised ("Open ID", not "Check out"); longer titles keep short words small.
  const title = words.length === 2 ? words.every((w) => TITLE.test(w)) : words.length > 2 && content.length > 0 && content.every((w) => TITLE.test(w));
  if (words.length >= 3 || title) return title;
  if (!OWN_SCRIPT_UI.has(primaryLanguage(context.file.locale))) return true;
  return !left.every((w) => context.ordinaryWord?.(w.toLowerCase(), context.baseLocale) === true);
}

export const OWN_SCRIPT_UI: ReadonlySet<string> = new Set(['ja', 'zh', 'yue', 'ko', 'th', 'lo', 'km', 'my']);

// A language whose everyday UI phrases are often spelled as the base's: Scots writes "Share this pad" as English does.
const WRITTEN_LIKE: Record<string, string> = { sco: 'en' };

// Asked twice of each entry (the rule, and the summary's count of translated units): answered once per context.
const answers = new WeakMap<object, Map<Entry, boolean>>();

export function isLeftUntranslated(context: Context, entry: Entry, base: Entry): boolean {
  if (entry.value !== base.value) return false;
  let known = answers.get(context);
  if (!known) answers.set(context, (known = new Map()));
  let answer = known.get(entry);
  if (answer === undefined) known.set(entry, (answer = leftUntranslated(context, entry)));
  return answer;
}

/**
 * The words of a string and, by index, those that may need translating whatever the locale (not short, not all
 * capitals, no brand, no product tier, not allowed, no date field): the same for every locale that keeps the
 * string, so worked out once per prose and allow-list.
 */
interface Words {
  prose: string;
  words: RegExpExecArray[];
  candidates: RegExpExecArray[];
}
const wordsByAllow = new WeakMap<ReadonlySet<string>, Map<string, Words>>();

function wordsOf(prose: string, allow: ReadonlySet<string>): Words {
  let known = wordsByAllow.get(allow);
  if (!known) wordsByAllow.set(allow, (known = new Map()));
  let w = known.get(prose);
  if (!w) {
    // Code is not words: go2rtc, rtsp://user:password@host/path, a date pattern MM/dd h:mm:ssa.
    const text = withoutCode(prose.replace(URL_OR_EMAIL, (s) => ' '.repeat(s.length)));
    const words = [...text.matchAll(WORD)];
    // A product tier written with a plus (Frigate+, Excalidraw+) is a brand.
    const candidates = words.filter(({ 0: word, index }) => !(word.length < 2 || word === word.toUpperCase() || BRAND.test(word) || text[index + word.length] === '+' || allow.has(word.toLowerCase()) || DATE_FIELD.test(word)));
    known.set(prose, (w = { prose: text, words, candidates }));
  }
  return w;
}

function leftUntranslated(context: Context, entry: Entry): boolean {
  const language = primaryLanguage(context.file.locale);
  const baseLanguage = primaryLanguage(context.baseLocale);
  if (language === baseLanguage || WRITTEN_LIKE[language] === baseLanguage) return false;
  const { prose, words, candidates } = wordsOf(context.message(entry).prose, context.allow);
  let names: readonly { start: number; end: number }[] | undefined;
  const left: string[] = [];
  for (const m of candidates) {
    names ??= context.mentions(entry);
    if (names.some((n) => m.index >= n.start && m.index < n.end)) continue;
    left.push(m[0]);
  }
  if (!left.length) return false;
  // A unit, or units with numbers ("km/h", "12 ms"), read the same in every language.
  if (left.every((w) => UNIT.has(w.toLowerCase()))) return false;
  // A short capitalised string ("Mermaid", "Amazon", "Microsoft Word") that most of the project's locales keep as
  // the base writes it is a name kept on purpose. Not lower-case phrases ("Click to copy"): a string no translator
  // has reached yet is also the same in most locales, where the app's export fills in the base's.
  if (words.length <= 3 && left.every((w) => TITLE.test(w)) && context.keptByMost?.(entry.key, context.file.locale)) return false;
  // A title with a number ("2600 Magazine", "Windows 11"): capitalised words and a number, as two capitalised words.
  if (words.length < 3 && /\p{N}/u.test(prose) && words.every((m) => TITLE.test(m[0]))) return false;
  return !mayReadTheSame(words.map((m) => m[0]), left, context);
}

export const untranslated: LocaleRule = {
  meta: { id: 'untranslated', description: 'A translation identical to the base string, beyond names and words the same in both languages.', defaultSeverity: 'warning' },
  check(context) {
    if (!context.base) return [];
    return context.pairing.items
      .filter((i) => i.base && i.entry.value.trim() !== '' && isLeftUntranslated(context, i.entry, i.base))
      .map((i) => ({ ...valueRange(i.entry), message: t('locales.untranslated.message', { key: i.entry.key, base: context.baseLocale, value: excerpt(i.entry.value) }) }));
  },
};

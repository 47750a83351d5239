/**
 * Whether a word is an ordinary word of a language, read from its Hunspell dictionary (the npm packages
 * dictionary-<lng>, and Debian's hunspell-bg for Bulgarian). The rules that guess a name (suspected-variant,
 * transliteration-variant, locale-form, exact-form) ask it before taking a word of the text for a misspelt name:
 * French "Si", German "Tore", Czech "Ruská" are words, not names.
 *
 * A word counts as ordinary only as a lower-case entry or one of its affixed forms: a capitalised-only entry
 * ("Milan", "Trump", "Keňa") is a name. German capitalises every noun, so there a capitalised entry is a word too
 * when it inflects or compounds as a noun does (de_DE marks plurals and compound parts: "Tor/EPSmij",
 * "Euro/Smij"); one with no more than the genitive -s and the compound-end flag is a name ("Erdogan/S", "Kiew/Sm").
 *
 * The dictionary is read directly, not through nspell, which spends seconds (French, Czech, Polish: 20–45 s) and
 * hundreds of MB expanding every affixed form: here the .dic stems go into one hash table over the file's bytes, the .aff suffix and prefix
 * rules into tables keyed by the affix, and a word is checked the way Hunspell checks it, by stripping affixes
 * (one prefix, up to two suffixes) and looking the stem up. Compounds are not formed. A language's dictionary is
 * read the first time a text in that language needs it; a missing one gives no lexicon (the rules then behave as
 * without it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { primaryLanguage } from '../text/locale.ts';

export interface Lexicon {
  readonly language: string;
  /** An ordinary word of the language: its lower-case form is a lower-case entry or an affixed form of one
   * (in German, a capitalised noun as well). */
  isWord(word: string): boolean;
  /** The dictionary knows this spelling as written: an ordinary word, or a name entry or one of its forms. */
  knows(word: string): boolean;
  /** The spelling as written (or in title case, as at a sentence start) is an entry of its own, word or name
   * ("Milan", the Czech given name), not only a form derived from another entry. */
  isEntry(word: string): boolean;
  /** The word in title case is an entry of its own: a name the dictionary lists (English "Victoria", "Europe"),
   * whether or not a lower-case word shares its letters. */
  isNameEntry(word: string): boolean;
  /** The dictionary derives this spelling from the entry `lemma` (Czech "Keni", the locative of "Keňa"). */
  isFormOf(word: string, lemma: string): boolean;
}

/** Where a language's .aff and .dic files are. */
export interface DictionaryFiles {
  aff: string;
  dic: string;
}

const require = createRequire(import.meta.url);

/** The dictionary files of a language on this machine, or undefined when none is installed. */
export function dictionaryFiles(language: string): DictionaryFiles | undefined {
  if (!/^[a-z]{2,3}$/.test(language)) return undefined;
  try {
    const dir = dirname(require.resolve(`dictionary-${language}`));
    const files = { aff: join(dir, 'index.aff'), dic: join(dir, 'index.dic') };
    if (existsSync(files.aff) && existsSync(files.dic)) return files;
  } catch {
    // not installed as a package: try the system's Hunspell dictionaries
  }
  for (const dir of ['/usr/share/hunspell', '/usr/share/myspell/dicts', '/usr/share/myspell']) {
    const base = join(dir, `${language}_${language.toUpperCase()}`);
    if (existsSync(`${base}.aff`) && existsSync(`${base}.dic`)) return { aff: `${base}.aff`, dic: `${base}.dic` };
  }
  return undefined;
}

const loaded = new Map<string, Lexicon | null>();

/**
 * A .dic file's stem table over shared memory: the file's bytes and the table's two arrays, each a view of a
 * SharedArrayBuffer, so that another thread wraps them as they are instead of reading and hashing the file again.
 */
export interface SharedStemTable {
  bytes: Uint8Array;
  spans: Int32Array;
  slots: Int32Array;
}

/**
 * How the threads of one run (`check --jobs`) share stem tables: `take` gives the table another thread compiled
 * (waiting while one is being compiled), or undefined when this thread is to compile it, and then `offer` hands
 * it to the others. Only the .dic file's table is shared; each thread reads the .aff file (small) itself.
 */
export interface StemTableExchange {
  take(language: string): SharedStemTable | undefined;
  /** After a `take` that gave nothing: the table, or undefined when the files could not be read. */
  offer(language: string, table: SharedStemTable | undefined): void;
}

let exchange: StemTableExchange | undefined;

/** Stem tables from now on come from, and go to, this exchange (undefined: each thread compiles its own). */
export function exchangeStemTables(through: StemTableExchange | undefined): void {
  exchange = through;
}

/** A stem table's two arrays (offsets into the .dic file's bytes, and the hash slots), as a cache keeps them. */
export interface StemArrays {
  spans: Int32Array;
  slots: Int32Array;
}

/**
 * Compiled stem tables kept between runs, by whoever owns a cache folder (the stored index's: store/stem-cache.ts):
 * compiling Ukrainian's 8 MB .dic file takes some 70 ms of every run that meets a Ukrainian word, reading its
 * table a few. `read` gives the arrays compiled from exactly these bytes, or undefined (none kept, stale or
 * damaged); `share` asks for arrays in SharedArrayBuffers (check --jobs hands them to the other threads).
 */
export interface StemTableCache {
  read(files: DictionaryFiles, dic: Uint8Array, share: boolean): StemArrays | undefined;
  write(files: DictionaryFiles, dic: Uint8Array, arrays: StemArrays): void;
}

let stemCache: StemTableCache | undefined;

/** Stem tables from now on are read from, and written to, this cache (undefined: always compiled). */
export function cacheStemTables(cache: StemTableCache | undefined): void {
  stemCache = cache;
}

/**
 * Parsed .aff rules kept between runs (store/affix-cache.ts): `read` gives the rules parsed from exactly this text,
 * or undefined (none kept, stale or damaged).
 */
export interface AffixRuleCache {
  read(aff: string): AffixRules | undefined;
  write(aff: string, rules: AffixRules): void;
}

let affixCache: AffixRuleCache | undefined;

/** Affix rules from now on are read from, and written to, this cache (undefined: always parsed). */
export function cacheAffixRules(cache: AffixRuleCache | undefined): void {
  affixCache = cache;
}

/** The rules of a .aff file's text, from the cache or parsed (and then kept). Parsed before they are used, so that
 * what is kept has no compiled condition in it. */
function affixRulesOf(aff: string): AffixRules {
  const cached = affixCache?.read(aff);
  if (cached) return cached;
  const rules = parseAffixRules(aff);
  affixCache?.write(aff, rules);
  return rules;
}

/** The lexicon of a locale's language, read on first use; undefined when no dictionary is installed. */
export function lexiconFor(locale: string): Lexicon | undefined {
  const language = primaryLanguage(locale);
  let lexicon = loaded.get(language);
  if (lexicon === undefined) {
    const files = dictionaryFiles(language);
    lexicon = files ? (exchange ? exchangedLexicon(language, files, exchange) : readLexicon(language, files)) ?? null : null;
    loaded.set(language, lexicon);
  }
  return lexicon ?? undefined;
}

/** A lexicon over the table another thread compiled, or compiled here into shared memory and offered. */
function exchangedLexicon(language: string, files: DictionaryFiles, through: StemTableExchange): Lexicon | undefined {
  const shared = through.take(language);
  if (shared) return readLexicon(language, files, shared);
  let lexicon: HunspellLexicon | undefined;
  try {
    lexicon = openLexicon(language, files, 'share');
  } finally {
    // Offered whatever happens (unreadable files, a compile that throws): no other thread waits for it in vain.
    through.offer(language, lexicon?.sharedStems());
  }
  return lexicon;
}

/** Whether `word` is an ordinary word of the locale's language; false when there is no dictionary. */
export function isOrdinaryWord(word: string, locale: string): boolean {
  return lexiconFor(locale)?.isWord(word) ?? false;
}

/**
 * Reads a dictionary from its files; undefined when they cannot be read. With `stems` (a table another thread
 * compiled from the same .dic file) only the .aff file is read.
 */
export function readLexicon(language: string, files: DictionaryFiles, stems?: SharedStemTable): Lexicon | undefined {
  return openLexicon(language, files, stems);
}

/** readLexicon; with 'share', the .dic file is read into shared memory and its table compiled there. */
function openLexicon(language: string, files: DictionaryFiles, stems?: SharedStemTable | 'share'): HunspellLexicon | undefined {
  let aff: string;
  let dic: Uint8Array | SharedStemTable;
  try {
    aff = readFileSync(files.aff, 'utf8');
    dic = stems === undefined || stems === 'share' ? readFileSync(files.dic) : stems;
  } catch {
    return undefined;
  }
  const rules = affixRulesOf(aff);
  if (!(dic instanceof Uint8Array)) return new HunspellLexicon(language, rules, dic); // another thread's table
  const share = stems === 'share';
  let bytes = dic;
  if (share) {
    bytes = new Uint8Array(new SharedArrayBuffer(dic.length));
    bytes.set(dic);
  }
  const cached = stemCache?.read(files, bytes, share);
  if (cached) return new HunspellLexicon(language, rules, { bytes, spans: cached.spans, slots: cached.slots });
  const lexicon = new HunspellLexicon(language, rules, bytes, share);
  stemCache?.write(files, bytes, lexicon.stemArrays());
  return lexicon;
}

// ---------------------------------------------------------------------------------------------------------------

export type FlagType = 'char' | 'long' | 'num' | 'utf8';

/** de_DE's flags that names carry too: the genitive -s (S) and the compound end (m). */
const NAME_FLAGS = 'Sm';

export interface Affix {
  flag: string;
  cross: boolean;
  strip: string;
  add: string;
  /** Flags the affixed form carries (continuation classes). */
  cont: string[];
  /** The condition as written; compiled on first use (most rules of a large .aff are never tried). */
  conditionText: string;
  condition?: Condition | null;
}

/** Whether a stem meets an affix's condition. */
function meets(affix: Affix, stem: string, suffix: boolean): boolean {
  if (affix.condition === undefined) affix.condition = Condition.of(affix.conditionText);
  return affix.condition === null || affix.condition.test(stem, suffix);
}

/**
 * A Hunspell condition ("[^aeo]k", ".", "ův") as the code points each of its positions allows, tested at the stem's
 * end (a suffix's) or start (a prefix's). Written by hand rather than as a RegExp: a run tries thousands of affixes
 * once or a few times each, and compiling a RegExp for each cost more than all the tests it then ran.
 */
export class Condition {
  private constructor(
    /** Per position: undefined for any code point (`.`), else the code points listed, or all but them. */
    private readonly positions: ReadonlyArray<{ points: readonly number[]; negated: boolean } | undefined>,
  ) {}

  /** The condition, or null when every stem meets it (`.`, nothing, or a `[` never closed). */
  static of(text: string): Condition | null {
    if (text === '.' || text === '') return null;
    const positions: Array<{ points: number[]; negated: boolean } | undefined> = [];
    for (let i = 0; i < text.length; ) {
      const c = text.codePointAt(i)!;
      if (c === 0x5b) { // [
        const close = text.indexOf(']', i + 1);
        if (close < 0) return null;
        let inner = text.slice(i + 1, close);
        const negated = inner.startsWith('^');
        if (negated) inner = inner.slice(1);
        positions.push({ points: [...inner].map((ch) => ch.codePointAt(0)!), negated });
        i = close + 1;
      } else {
        positions.push(c === 0x2e ? undefined : { points: [c], negated: false }); // .
        i += c > 0xffff ? 2 : 1;
      }
    }
    return new Condition(positions);
  }

  test(stem: string, suffix: boolean): boolean {
    const n = this.positions.length;
    // The stem's first or last n code points, each against its position.
    let at = suffix ? stem.length : 0;
    for (let k = 0; k < n; k++) {
      let c: number;
      if (suffix) {
        if (at === 0) return false;
        const low = stem.charCodeAt(at - 1);
        const pair = low >= 0xdc00 && low <= 0xdfff && at >= 2 && stem.charCodeAt(at - 2) >= 0xd800 && stem.charCodeAt(at - 2) <= 0xdbff;
        at -= pair ? 2 : 1;
        c = stem.codePointAt(at)!;
      } else {
        if (at >= stem.length) return false;
        c = stem.codePointAt(at)!;
        at += c > 0xffff ? 2 : 1;
      }
      const position = this.positions[suffix ? n - 1 - k : k];
      if (position && position.points.includes(c) === position.negated) return false;
    }
    return true;
  }
}

/**
 * A .aff file's rules as the lookups read them: the affixes by what they add (and the suffixes also by each flag
 * of their continuation), and the flags that mark forbidden, compound-only, affix-needing and circumfix entries.
 * Plain data, so that a cache keeps it between runs (AffixRuleCache): parsing French's 5,600 affix lines costs a
 * cold run some 35 ms, reading them back a few.
 */
export interface AffixRules {
  flagType: FlagType;
  suffixes: Map<string, Affix[]>;
  prefixes: Map<string, Affix[]>;
  /** Suffixes by a flag in their continuation: the inner suffix of a two-suffix form. */
  suffixesContinuedBy: Map<string, Affix[]>;
  longestSuffix: number;
  longestPrefix: number;
  forbidden: string;
  onlyInCompound: string;
  needAffix: string;
  circumfix: string;
}

/** The rules of a .aff file's text. */
export function parseAffixRules(aff: string): AffixRules {
  const lines = aff.split(/\r?\n/);
  let flagType: FlagType = 'char';
  for (const line of lines) {
    const m = /^FLAG\s+(\S+)/.exec(line);
    if (m) flagType = m[1] === 'long' ? 'long' : m[1] === 'num' ? 'num' : m[1]!.toUpperCase() === 'UTF-8' ? 'utf8' : 'char';
  }
  const rules: AffixRules = {
    flagType, suffixes: new Map(), prefixes: new Map(), suffixesContinuedBy: new Map(), longestSuffix: 0, longestPrefix: 0,
    forbidden: '', onlyInCompound: '', needAffix: '', circumfix: '',
  };
  const headers = new Map<string, boolean>();
  for (const line of lines) {
    const parts = line.split(/\s+/);
    const [kind, flag] = parts;
    if (kind === 'FORBIDDENWORD' && flag) rules.forbidden = flag;
    else if (kind === 'ONLYINCOMPOUND' && flag) rules.onlyInCompound = flag;
    else if (kind === 'NEEDAFFIX' && flag) rules.needAffix = flag;
    else if (kind === 'CIRCUMFIX' && flag) rules.circumfix = flag;
    if ((kind !== 'SFX' && kind !== 'PFX') || !flag || parts.length < 4) continue;
    const key = `${kind} ${flag}`;
    if (!headers.has(key)) {
      headers.set(key, parts[2] === 'Y');
      continue;
    }
    const suffix = kind === 'SFX';
    const [addText = '', contText] = parts[3]!.split('/');
    const affix: Affix = {
      flag,
      cross: headers.get(key)!,
      strip: parts[2] === '0' ? '' : parts[2]!,
      add: addText === '0' ? '' : addText,
      cont: contText ? flagsOf(contText, flagType) : [],
      conditionText: parts[4] ?? '.',
    };
    const table = suffix ? rules.suffixes : rules.prefixes;
    let list = table.get(affix.add);
    if (!list) table.set(affix.add, (list = []));
    list.push(affix);
    if (suffix) {
      rules.longestSuffix = Math.max(rules.longestSuffix, affix.add.length);
      for (const f of affix.cont) {
        let continued = rules.suffixesContinuedBy.get(f);
        if (!continued) rules.suffixesContinuedBy.set(f, (continued = []));
        continued.push(affix);
      }
    } else rules.longestPrefix = Math.max(rules.longestPrefix, affix.add.length);
  }
  return rules;
}

/** A flag list as written, split by the file's flag type. */
function flagsOf(text: string, flagType: FlagType): string[] {
  switch (flagType) {
    case 'long': {
      const out: string[] = [];
      for (let i = 0; i + 1 < text.length; i += 2) out.push(text.slice(i, i + 2));
      return out;
    }
    case 'num':
      return text.split(',').filter(Boolean);
    default:
      return [...text];
  }
}

class HunspellLexicon implements Lexicon {
  /** Stem → the flags of each of its homonyms, as written. */
  private stems!: StemTable;
  private readonly capitalNouns: boolean;
  private readonly memo = new Map<string, boolean>();
  /** While set, the only stem a lookup may end on (isFormOf). */
  private only: string | undefined;
  /** While set, a homonym counts only when it carries a flag outside these (German nouns among names). */
  private beyond: string | undefined;

  /** `dic`: the .dic file's bytes, or a stem table compiled from them; `share`: compile into shared memory. */
  constructor(readonly language: string, private readonly rules: AffixRules, dic: Uint8Array | SharedStemTable, share = false) {
    this.capitalNouns = language === 'de' || language === 'lb';
    this.stems = dic instanceof Uint8Array ? new StemTable(dic, share) : StemTable.wrap(dic);
  }

  /** The stem table, when it lives in shared memory. */
  sharedStems(): SharedStemTable | undefined {
    return this.stems.shared();
  }

  /** The stem table's arrays (for a cache of compiled tables). */
  stemArrays(): StemArrays {
    return this.stems.arrays();
  }

  private flagsOf(text: string): string[] {
    return flagsOf(text, this.rules.flagType);
  }

  /** Whether one homonym's flags (as written) contain `flag`. */
  private has(flags: string, flag: string): boolean {
    if (!flag) return false;
    switch (this.rules.flagType) {
      case 'long':
        for (let i = flags.indexOf(flag); i >= 0; i = flags.indexOf(flag, i + 1)) if (i % 2 === 0) return true;
        return false;
      case 'num':
        return flags.split(',').includes(flag);
      default:
        return flags.includes(flag);
    }
  }

  /** Some homonym of `stem` carries every flag in `need` and is a word on its own (not forbidden, not only in
   * compounds, and, when `bare`, not one that needs an affix). */
  private stemWith(stem: string, need: readonly string[], bare: boolean): boolean {
    if (this.only !== undefined && stem !== this.only) return false;
    for (const flags of this.stems.flagsOf(stem)) {
      if (this.has(flags, this.rules.forbidden) || this.has(flags, this.rules.onlyInCompound)) continue;
      if (bare && this.has(flags, this.rules.needAffix)) continue;
      if (this.beyond !== undefined && this.flagsOf(flags).every((f) => this.beyond!.includes(f))) continue;
      if (need.every((f) => this.has(flags, f))) return true;
    }
    return false;
  }

  /** `word` is a stem, or a stem with one or two suffixes, whose stem carries every flag in `need`. */
  private suffixed(word: string, need: readonly string[], bare: boolean, allowTwo = true): boolean {
    if (this.stemWith(word, need, bare)) return true;
    for (let n = Math.min(this.rules.longestSuffix, word.length - 1); n >= 0; n--) {
      const rules = this.rules.suffixes.get(word.slice(word.length - n));
      if (!rules) continue;
      for (const r of rules) {
        if (this.circumfixed(r) && need.length === 0) continue; // a circumfix suffix needs its prefix
        const stem = word.slice(0, word.length - n) + r.strip;
        if (!stem || !meets(r, stem, true)) continue;
        if (need.length && !r.cross) continue;
        if (this.stemWith(stem, [...need, r.flag], false)) return true;
        // Two suffixes: the form without the outer one is a stem with an inner suffix that allows it.
        if (allowTwo && this.innerSuffixed(stem, r.flag, need)) return true;
      }
    }
    return false;
  }

  private innerSuffixed(word: string, outerFlag: string, need: readonly string[]): boolean {
    const inner = this.rules.suffixesContinuedBy.get(outerFlag);
    if (!inner) return false;
    for (const r of inner) {
      if (!word.endsWith(r.add) || word.length <= r.add.length) continue;
      const stem = word.slice(0, word.length - r.add.length) + r.strip;
      if (!meets(r, stem, true)) continue;
      if (this.stemWith(stem, [...need, r.flag], false)) return true;
    }
    return false;
  }

  private circumfixed(affix: Affix): boolean {
    return this.rules.circumfix !== '' && affix.cont.includes(this.rules.circumfix);
  }

  /** The word is an entry marked forbidden: no affix makes it right (Hunspell's FORBIDDENWORD). */
  private forbids(word: string): boolean {
    return this.rules.forbidden !== '' && this.stems.flagsOf(word).some((flags) => this.has(flags, this.rules.forbidden));
  }

  /** `word` is a stem with one prefix, and maybe a suffix too. */
  private prefixed(word: string): boolean {
    for (let n = 1; n <= Math.min(this.rules.longestPrefix, word.length - 1); n++) {
      const rules = this.rules.prefixes.get(word.slice(0, n));
      if (!rules) continue;
      for (const p of rules) {
        const stem = p.strip + word.slice(n);
        if (!meets(p, stem, false)) continue;
        if (!this.circumfixed(p) && this.stemWith(stem, [p.flag], false)) return true;
        if (p.cross && this.suffixed(stem, [p.flag], false, false)) return true;
      }
    }
    return false;
  }

  /** The spelling as written is a form of some entry. */
  private accepts(word: string): boolean {
    let known = this.memo.get(word);
    if (known !== undefined) return known;
    known = !this.forbids(word) && (this.suffixed(word, [], true) || this.prefixed(word));
    if (this.memo.size > 50_000) this.memo.clear();
    this.memo.set(word, known);
    return known;
  }

  isWord(word: string): boolean {
    const clean = normalise(word);
    if (!clean) return false;
    const lower = clean.toLocaleLowerCase(this.language);
    if (this.accepts(lower)) return true;
    if (!this.capitalNouns) return false;
    const capitalised = lower.charAt(0).toLocaleUpperCase(this.language) + lower.slice(1);
    if (this.forbids(capitalised)) return false;
    this.beyond = NAME_FLAGS;
    try {
      return this.suffixed(capitalised, [], true) || this.prefixed(capitalised);
    } finally {
      this.beyond = undefined;
    }
  }

  isEntry(word: string): boolean {
    const clean = normalise(word);
    if (!clean) return false;
    const lower = clean.toLocaleLowerCase(this.language);
    const title = lower.charAt(0).toLocaleUpperCase(this.language) + lower.slice(1);
    return [clean, title, lower].some((w) => this.stemWith(w, [], true));
  }

  isNameEntry(word: string): boolean {
    const lower = normalise(word).toLocaleLowerCase(this.language);
    const title = lower.charAt(0).toLocaleUpperCase(this.language) + lower.slice(1);
    return title !== lower && this.stemWith(title, [], true);
  }

  isFormOf(word: string, lemma: string): boolean {
    const clean = normalise(word);
    if (!clean) return false;
    this.only = normalise(lemma);
    try {
      return this.suffixed(clean, [], true) || this.prefixed(clean);
    } finally {
      this.only = undefined;
    }
  }

  knows(word: string): boolean {
    const clean = normalise(word);
    if (!clean) return false;
    if (this.isWord(clean)) return true;
    if (this.accepts(clean)) return true;
    // A name at the start of a sentence or in capitals: its title-case form.
    const lower = clean.toLocaleLowerCase(this.language);
    const title = lower.charAt(0).toLocaleUpperCase(this.language) + lower.slice(1);
    return title !== clean && this.accepts(title);
  }
}

/** Typographic apostrophes as the dictionaries write them; no stress marks (Ukrainian texts may carry them). */
function normalise(word: string): string {
  return word.normalize('NFC').replace(/[’ʼ]/g, "'").replace(/\u0301/g, '');
}

/**
 * The .dic file's stems, looked up without a string per entry: the file's bytes stay as read (UTF-8, not even
 * decoded), and an open-addressing hash table holds each line's offsets (stem start and end, flags end). Reading
 * the largest dictionary this way takes one pass over its bytes; a map of 300,000 strings would take many times as
 * long and as much memory.
 */
class StemTable {
  /** Per entry: stem start, stem end (the slash or the line's end), flags end. */
  private readonly spans: Int32Array<ArrayBufferLike>;
  private readonly slots: Int32Array<ArrayBufferLike>;
  private readonly mask: number;
  private readonly scratch = new Uint8Array(256);

  /** A table another thread compiled: its arrays are used as they are. */
  static wrap(table: SharedStemTable): StemTable {
    return Object.create(StemTable.prototype, {
      bytes: { value: table.bytes },
      spans: { value: table.spans },
      slots: { value: table.slots },
      mask: { value: table.slots.length - 1 },
      scratch: { value: new Uint8Array(256) },
    }) as StemTable;
  }

  /** `share`: the arrays go into SharedArrayBuffers (`bytes` should be a view of one already). */
  constructor(private readonly bytes: Uint8Array<ArrayBufferLike>, share = false) {
    let capacity = 1024;
    let spans: Int32Array<ArrayBufferLike> = new Int32Array(capacity * 3);
    let count = 0;
    let at = bytes.indexOf(10) + 1; // the first line is the count
    while (at > 0 && at < bytes.length) {
      let end = bytes.indexOf(10, at);
      if (end < 0) end = bytes.length;
      const first = bytes[at]!;
      // A line that starts with white space or # is a comment (de_DE has a few).
      if (end > at && first !== 9 && first !== 32 && first !== 35 && first !== 13) {
        let slash = -1;
        let stop = end;
        for (let i = at; i < end; i++) {
          const c = bytes[i]!;
          if (c === 47 && slash < 0 && bytes[i - 1] !== 92) slash = i;
          else if (c === 9 || c === 32 || c === 13) {
            stop = i;
            break;
          }
        }
        if (count === capacity) {
          capacity *= 2;
          const grown = new Int32Array(capacity * 3);
          grown.set(spans);
          spans = grown;
        }
        spans[count * 3] = at;
        spans[count * 3 + 1] = slash >= 0 ? slash : stop;
        spans[count * 3 + 2] = stop;
        count++;
      }
      at = end + 1;
    }
    if (share) {
      const shared = new Int32Array(new SharedArrayBuffer(count * 3 * 4));
      shared.set(spans.subarray(0, count * 3));
      spans = shared;
    }
    this.spans = spans;
    let size = 1;
    while (size < count * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = share ? new Int32Array(new SharedArrayBuffer(size * 4)) : new Int32Array(size);
    for (let e = 0; e < count; e++) {
      let slot = hashOf(bytes, spans[e * 3]!, spans[e * 3 + 1]!) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = e + 1;
    }
  }

  /** The table's two arrays over the .dic file's bytes. */
  arrays(): StemArrays {
    return { spans: this.spans as Int32Array, slots: this.slots as Int32Array };
  }

  /** The table's arrays, when all three are views of SharedArrayBuffers. */
  shared(): SharedStemTable | undefined {
    const { bytes, spans, slots } = this;
    return [bytes, spans, slots].every((a) => a.buffer instanceof SharedArrayBuffer) ? { bytes, spans, slots } : undefined;
  }

  /** The flags of every homonym of `stem` (none when it is no entry). */
  flagsOf(stem: string): string[] {
    const out: string[] = [];
    const { bytes, spans, scratch } = this;
    const { read, written: length } = encoder.encodeInto(stem, scratch);
    if (read !== stem.length) return out; // longer than any entry
    for (let slot = hashOf(scratch, 0, length) & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const e = this.slots[slot]! - 1;
      const start = spans[e * 3]!;
      const end = spans[e * 3 + 1]!;
      if (end - start !== length) continue;
      let same = true;
      for (let i = 0; i < length && same; i++) same = bytes[start + i] === scratch[i];
      if (same) out.push(end < spans[e * 3 + 2]! ? decoder.decode(bytes.subarray(end + 1, spans[e * 3 + 2]!)) : '');
    }
    return out;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** FNV-1a over bytes. */
function hashOf(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

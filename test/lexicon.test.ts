import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaryFiles, isOrdinaryWord, lexiconFor, readLexicon } from '../src/lexicon/dictionary.ts';
import { possessedNames } from '../src/lexicon/possessive.ts';
import { tempDirsRemovedAfterAll } from './helpers.ts';

// Every temp folder a test makes is removed when the file is done.
const newTempDir = tempDirsRemovedAfterAll();

/** A small dictionary written for the test: the reader's affix handling, independent of any package's data. */
function tiny(aff: string, dic: string[]) {
  const dir = newTempDir('canonym-lexicon-');
  writeFileSync(join(dir, 't.aff'), aff);
  writeFileSync(join(dir, 't.dic'), `${dic.length}\n${dic.join('\n')}\n`);
  return readLexicon('xx', { aff: join(dir, 't.aff'), dic: join(dir, 't.dic') })!;
}

describe('reading a Hunspell dictionary', () => {
  const lexicon = tiny(
    [
      'SET UTF-8',
      'FORBIDDENWORD !',
      'NEEDAFFIX ~',
      'SFX S Y 2',
      'SFX S 0 s [^sy]',
      'SFX S y ies y',
      'SFX P Y 1',
      'SFX P 0 ův/Y .',
      'SFX Y Y 2',
      'SFX Y ův ova ův',
      'SFX Y ův ových ův',
      'PFX U Y 1',
      'PFX U 0 un .',
    ].join('\n'),
    ['city/S', 'house/SU', 'Paris', 'Trump/P', 'glob/~S', 'wrongs/!', 'wrong/S'],
  );

  it('knows stems and their suffixed and prefixed forms', () => {
    expect(lexicon.isWord('city')).toBe(true);
    expect(lexicon.isWord('cities')).toBe(true);
    expect(lexicon.isWord('houses')).toBe(true);
    expect(lexicon.isWord('unhouses')).toBe(true);
    expect(lexicon.isWord('citys')).toBe(false); // the condition [^sy] rules it out
    expect(lexicon.isWord('House')).toBe(true); // a capital at a sentence start
  });

  it('takes a capitalised-only entry for a name, not an ordinary word', () => {
    expect(lexicon.isWord('Paris')).toBe(false);
    expect(lexicon.knows('Paris')).toBe(true);
    expect(lexicon.isEntry('PARIS')).toBe(true);
    expect(lexicon.isNameEntry('Paris')).toBe(true);
    expect(lexicon.isNameEntry('City')).toBe(false);
  });

  it('follows two suffixes (a possessive adjective of a name entry)', () => {
    expect(lexicon.knows('Trumpova')).toBe(true);
    expect(lexicon.knows('Trumpových')).toBe(true);
    expect(lexicon.isWord('Trumpova')).toBe(false);
    expect(lexicon.isFormOf('Trumpova', 'Trump')).toBe(true);
    expect(lexicon.isFormOf('Trumpova', 'Paris')).toBe(false);
  });

  it('honours NEEDAFFIX and FORBIDDENWORD', () => {
    expect(lexicon.isWord('glob')).toBe(false);
    expect(lexicon.isWord('globs')).toBe(true);
    expect(lexicon.isWord('wrongs')).toBe(false);
    expect(lexicon.isWord('wrong')).toBe(true);
  });
});

describe('a missing dictionary', () => {
  it('gives no lexicon, and no word counts as ordinary', () => {
    expect(dictionaryFiles('xx')).toBeUndefined();
    expect(lexiconFor('xx')).toBeUndefined();
    expect(isOrdinaryWord('si', 'xx')).toBe(false);
    expect(readLexicon('xx', { aff: '/nonexistent/xx.aff', dic: '/nonexistent/xx.dic' })).toBeUndefined();
  });
});

// The installed dictionaries: npm's dictionary-<lng>, and Debian's hunspell-bg for Bulgarian.
const cases: Array<[string, string[], string[]]> = [
  ['en', ['walked', 'vine', 'Vine', 'tramp', 'Press'], ['Paris', 'Obama', 'Erdogan']],
  ['de', ['Tore', 'Fischerei', 'Euro', 'gegangen'], ['Erdogan', 'Merkel', 'Kiew']],
  ['fr', ['Si', 'République', 'mangeaient'], ['Huawei']],
  ['es', ['Si', 'Vine', 'cantábamos'], ['Pyongyang']],
  ['it', ['Si', 'mangiavano'], ['Milan']],
  ['pl', ['Pan', 'Pana'], ['Zełenskiego']],
  ['cs', ['Česká', 'Ruská', 'Španělská', 'Téměř', 'rámový'], ['Milan', 'Keni', 'Trumpova', 'Novák']],
  ['ru', ['американские', 'Российской'], ['Зелинского']],
  ['uk', ['українські'], ['Павла']],
  ['bg', ['български'], ['Македония']],
];

describe.each(cases)('the %s dictionary', (language, words, notWords) => {
  const files = dictionaryFiles(language);
  if (!files) {
    it.skip(`dictionary for ${language} not installed (npm dictionary-${language}, or hunspell-${language} from the system)`, () => {});
    return;
  }
  it('knows ordinary words, and not names', () => {
    for (const w of words) expect(isOrdinaryWord(w, language), w).toBe(true);
    for (const w of notWords) expect(isOrdinaryWord(w, language), w).toBe(false);
  });
});

describe('real dictionary details', () => {
  it.runIf(dictionaryFiles('cs'))('derives the Czech locative Keni from Keňa, and knows Milan only as a name', () => {
    const cs = lexiconFor('cs')!;
    expect(cs.isFormOf('Keni', 'Keňa')).toBe(true);
    expect(cs.isFormOf('Keni', 'Keňi')).toBe(false);
    expect(cs.isWord('Milan')).toBe(false);
    expect(cs.isEntry('Milan')).toBe(true);
  });
  it.runIf(dictionaryFiles('en'))('reads a dictionary in tens of milliseconds, not seconds', () => {
    const started = performance.now();
    readLexicon('en', dictionaryFiles('en')!);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('Czech and Slovak possessive adjectives', () => {
  it('give the names they are made from', () => {
    expect(possessedNames('Trumpova', 'cs')).toContain('Trump');
    expect(possessedNames('Putinových', 'cs')).toContain('Putin');
    expect(possessedNames('Johnsonovo', 'cs')).toContain('Johnson');
    expect(possessedNames('Rámovým', 'cs')).toContain('Ráma');
    expect(possessedNames('Ficovej', 'sk')).toContain('Fic');
  });
  it('give nothing for other words or languages', () => {
    expect(possessedNames('Trumpova', 'en')).toEqual([]);
    expect(possessedNames('Praha', 'cs')).toEqual([]);
    expect(possessedNames('nova', 'cs')).toEqual([]);
  });
});

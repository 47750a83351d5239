/**
 * The dictionaries' parsed affix rules kept in the cache folder (store/affix-cache.ts): a run reads the rules a
 * former run parsed, its lexicon answers exactly as one over rules parsed now, and rules that do not belong to the
 * .aff text read now or to this code (stale), or do not hold together (damaged), are parsed again and replaced.
 */
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { counting, expectWrittenThenRead } from './lexicon-helpers.ts';
import { cacheAffixRules, dictionaryFiles, parseAffixRules, readLexicon } from '../src/lexicon/dictionary.ts';
import { affixRuleCache } from '../src/store/affix-cache.ts';
import { tempDirsRemovedAfterAll } from './helpers.ts';

const tempDir = tempDirsRemovedAfterAll();

/** The cache in `dir`, counting what its reads found and how often it wrote. */
const countingCache = (dir: string, version = 'v1') => counting(affixRuleCache(dir, version));

afterEach(() => cacheAffixRules(undefined));

/** The cache's files: affixes/<version>/<.aff hash>.bin. */
const filesIn = (dir: string) => readdirSync(join(dir, 'affixes'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.bin')).map((f) => join(dir, 'affixes', f));
const onlyFile = (dir: string) => {
  const files = filesIn(dir);
  expect(files).toHaveLength(1);
  return files[0]!;
};

describe('parsed affix rules in the cache folder', () => {
  it('are written by the first run that parses a .aff file and read by the next, whose lexicon answers alike', () => {
    const files = dictionaryFiles('fr')!;
    const parsed = readLexicon('fr', files)!; // no cache yet
    const counted = countingCache(tempDir('canonym-affixes-'));
    cacheAffixRules(counted.cache);
    expectWrittenThenRead('fr', () => readLexicon('fr', files)!, parsed, counted);
  });

  it('keep the rules as parsed, each affix one object wherever it is listed', () => {
    const dir = tempDir('canonym-affixes-');
    const aff = readFileSync(dictionaryFiles('fr')!.aff, 'utf8');
    const rules = parseAffixRules(aff);
    const cache = affixRuleCache(dir, 'v1');
    cache.write(aff, rules);
    const read = cache.read(aff)!;
    expect(read).toEqual(rules);
    const [flag, continued] = [...read.suffixesContinuedBy].find(([, list]) => list.length > 0)!;
    expect(flag).toBeTruthy();
    expect(read.suffixes.get(continued[0]!.add)).toContain(continued[0]); // the same object, not a copy
  });

  it('are parsed again when the .aff text or the code changed, or the file is damaged or cut short', () => {
    const dir = tempDir('canonym-affixes-');
    const aff = readFileSync(dictionaryFiles('es')!.aff, 'utf8');
    const cache = affixRuleCache(dir, 'v1');
    cache.write(aff, parseAffixRules(aff));
    expect(cache.read(aff)).toBeDefined();
    expect(cache.read(`${aff}\nSFX Z Y 1\nSFX Z 0 s .`)).toBeUndefined();
    expect(affixRuleCache(dir, 'v2').read(aff)).toBeUndefined();
    const path = onlyFile(dir);
    const good = readFileSync(path);
    const damaged = Buffer.from(good);
    damaged[damaged.length - 100] = damaged[damaged.length - 100]! ^ 0x5a;
    writeFileSync(path, damaged);
    expect(cache.read(aff)).toBeUndefined();
    writeFileSync(path, good.subarray(0, good.length - 10));
    expect(cache.read(aff)).toBeUndefined();
    // A damaged file is replaced by the next run that parses the rules.
    const { cache: counting, reads, writes } = countingCache(dir);
    cacheAffixRules(counting);
    readLexicon('es', dictionaryFiles('es')!);
    expect([reads, writes()]).toEqual([['miss'], 1]);
    expect(readFileSync(path)).toEqual(good);
  });

  it('keep the folders of the three most recently written versions of the code, the current one always', () => {
    const dir = tempDir('canonym-affixes-');
    const aff = readFileSync(dictionaryFiles('en')!.aff, 'utf8');
    const rules = parseAffixRules(aff);
    const seen = new Set<string>();
    ['v1', 'v2', 'v3', 'v4', 'v5'].forEach((version, k) => {
      affixRuleCache(dir, version).write(aff, rules);
      // Each version's folder written a minute after the last, whatever the file system's clock resolution.
      for (const folder of readdirSync(join(dir, 'affixes')).filter((f) => !seen.has(f))) {
        seen.add(folder);
        utimesSync(join(dir, 'affixes', folder), 1_700_000_000 + 60 * k, 1_700_000_000 + 60 * k);
      }
    });
    expect(readdirSync(join(dir, 'affixes'))).toHaveLength(3);
    expect(filesIn(dir)).toHaveLength(3);
    for (const version of ['v3', 'v4', 'v5']) expect(affixRuleCache(dir, version).read(aff), version).toBeDefined();
    for (const version of ['v1', 'v2']) expect(affixRuleCache(dir, version).read(aff), version).toBeUndefined();
  });
});

/**
 * The dictionaries' parsed affix rules kept in the cache folder (store/affix-cache.ts): a run reads the rules a
 * former run parsed, its lexicon answers exactly as one over rules parsed now, and rules that do not belong to the
 * .aff text read now or to this code (stale), or do not hold together (damaged), are parsed again and replaced.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

const onlyFile = (dir: string) => join(dir, 'affixes', readdirSync(join(dir, 'affixes')).find((f) => f.endsWith('.bin'))!);

describe('parsed affix rules in the cache folder', () => {
  it('are written by the first run that parses a .aff file and read by the next, whose lexicon answers alike', () => {
    const dir = tempDir('canonym-affixes-');
    const files = dictionaryFiles('fr')!;
    const parsed = readLexicon('fr', files)!; // no cache yet
    const counted = countingCache(dir);
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
});

/**
 * The dictionaries' parsed affix rules (lexicon/dictionary.ts, AffixRules), kept in the cache folder beside the
 * stored index so that a run reads them instead of parsing each .aff file: French's 5,600 affix lines cost a cold
 * thread some 35 ms to parse, Spanish's 28, and every thread of `check --jobs` parses its own. One file per .aff
 * content and version of canonym's code, in a folder per version (the three most recently written are kept, so
 * that the folder does not grow with every upgrade, and two versions used in turns do not undo each other):
 *
 *   "CNYMAFFX" · format (u32) · SHA-1 of the version and the .aff text (20) · SHA-1 of the payload (20) ·
 *   payload (the rules, v8-serialized)
 *
 * The rules are used only when both hashes hold: a stale or damaged file is parsed again and replaced, never
 * trusted. The version is the code's, because the rules are objects of its making, not a format of their own.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { AffixRuleCache, AffixRules } from '../lexicon/dictionary.ts';
import { sha1, writeCacheFile } from './cache-file.ts';

const MAGIC = Buffer.from('CNYMAFFX', 'latin1');
const FORMAT = 1;
const HEADER = MAGIC.length + 4 + 20 + 20;

const isRules = (value: unknown): value is AffixRules => {
  const rules = value as AffixRules | null;
  return typeof rules === 'object' && rules !== null && typeof rules.flagType === 'string' && rules.suffixes instanceof Map &&
    rules.prefixes instanceof Map && rules.suffixesContinuedBy instanceof Map;
};

/** How many versions' folders are kept. */
const KEEP_VERSIONS = 3;

/** Removes the folders of all but the `keep` most recently written versions, never `current` (best effort). */
function pruneVersions(root: string, current: string, keep: number): void {
  try {
    const others = readdirSync(root).filter((name) => name !== current).map((name) => {
      const path = join(root, name);
      return { path, at: statSync(path).mtimeMs };
    });
    others.sort((a, b) => b.at - a.at);
    for (const { path } of others.slice(keep - 1)) rmSync(path, { recursive: true, force: true });
  } catch {
    // another process pruning at the same time, or an unreadable folder: the next write tries again
  }
}

/** Affix rules in `dir` (the cache folder), for the code whose fingerprint is `version`. */
export function affixRuleCache(dir: string, version: string): AffixRuleCache {
  const root = join(dir, 'affixes');
  const folder = sha1(Buffer.from(version)).toString('hex').slice(0, 16);
  const keyOf = (aff: string) => sha1(Buffer.from(`${version}\0`), Buffer.from(aff));
  const fileFor = (key: Buffer) => join(root, folder, `${key.toString('hex').slice(0, 24)}.bin`);
  let pruned = false;
  return {
    read(aff) {
      const key = keyOf(aff);
      let data: Buffer;
      try {
        data = readFileSync(fileFor(key));
      } catch {
        return undefined;
      }
      if (data.length < HEADER || !data.subarray(0, MAGIC.length).equals(MAGIC) || data.readUInt32LE(8) !== FORMAT) return undefined;
      if (!data.subarray(12, 32).equals(key) || !sha1(data.subarray(HEADER)).equals(data.subarray(32, 52))) return undefined;
      try {
        const rules: unknown = deserialize(data.subarray(HEADER));
        return isRules(rules) ? rules : undefined;
      } catch {
        return undefined;
      }
    },
    write(aff, rules) {
      const key = keyOf(aff);
      const payload = serialize(rules);
      const header = Buffer.alloc(HEADER);
      MAGIC.copy(header, 0);
      header.writeUInt32LE(FORMAT, 8);
      key.copy(header, 12);
      sha1(payload).copy(header, 32);
      writeCacheFile(fileFor(key), [header, payload]);
      // A write means a version's first run (or a changed .aff): the time to let old versions go, once.
      if (!pruned) pruneVersions(root, folder, KEEP_VERSIONS);
      pruned = true;
    },
  };
}

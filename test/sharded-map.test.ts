import { describe, expect, it } from 'vitest';
import { ShardedMap, shardOf } from '../src/store/lazy.ts';

/** A map of `count` entries `k<i>` → i in `shards` shards, counting the shard reads. */
function make(count: number, shards: number) {
  const reads: number[] = [];
  const entries = Array.from({ length: count }, (_, i) => [`k${i}`, i] as const);
  const map = new ShardedMap<number>(shards, (s) => {
    reads.push(s);
    return entries.filter(([k]) => shardOf(k, shards) === s);
  }, count);
  return { map, reads };
}

describe('ShardedMap', () => {
  it('reads the one shard a key hashes to, once', () => {
    const { map, reads } = make(100, 10);
    expect(map.get('k7')).toBe(7);
    expect(reads).toEqual([shardOf('k7', 10)]);
    expect(map.get('k7')).toBe(7);
    expect(map.has('missing')).toBe(false);
    expect(reads).toEqual([shardOf('k7', 10), shardOf('missing', 10)].filter((s, i, a) => a.indexOf(s) === i));
  });

  it('knows its size before reading, and walks every entry after reading every shard', () => {
    const { map, reads } = make(100, 10);
    expect(map.size).toBe(100);
    expect(reads).toEqual([]);
    expect([...map.keys()].sort()).toEqual(Array.from({ length: 100 }, (_, i) => `k${i}`).sort());
    expect(new Set(reads).size).toBe(10);
    expect(reads.length).toBe(10);
    expect(map.loadedShards).toBe(10);
    expect(map.get('nothing')).toBeUndefined();
    expect(reads.length).toBe(10); // complete: a miss reads nothing
    let sum = 0;
    map.forEach((v) => (sum += v));
    expect(sum).toBe((99 * 100) / 2);
  });

  it('spreads keys over the shards', () => {
    const counts = new Array(16).fill(0);
    for (let i = 0; i < 16_000; i++) counts[shardOf(`entity-${i}`, 16)]++;
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });
});

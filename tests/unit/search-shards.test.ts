import { describe, expect, it } from 'vitest';
import { isShardBundle, parseShardSize, SHARD_SIZE, SUGGESTED_SHARD_SIZE, shardBundle, shardBundles, shardCount, shardOf } from '../../src/lib/search-shards';
import { SHARD_PATH } from '../../src/schemas/site';

const slugs = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `sintetichen-proekt-${from + i}`);

describe('the search index in shards of project pages', () => {
  it('makes no shard unless a size is given (docs/scale.md: a shard drops the query words it lacks)', () => {
    expect(shardCount(0)).toBe(0);
    expect(shardCount(100_000)).toBe(0);
    expect(shardCount(100_000, SHARD_SIZE)).toBe(0);
  });

  it('makes no shard up to a given size, then one per size begun', () => {
    expect(shardCount(SUGGESTED_SHARD_SIZE, SUGGESTED_SHARD_SIZE)).toBe(0);
    expect(shardCount(SUGGESTED_SHARD_SIZE + 1, SUGGESTED_SHARD_SIZE)).toBe(2);
    expect(shardCount(10_000, SUGGESTED_SHARD_SIZE)).toBe(5);
    expect(shardCount(30, 10)).toBe(3);
    expect(shardCount(31, 10)).toBe(4);
  });

  it('puts a slug in the same shard every time, and spreads slugs over all shards', () => {
    expect(shardOf('sintetichen-proekt-702', 5)).toBe(shardOf('sintetichen-proekt-702', 5));
    // FNV-1a of "a" is 0xe40c292c: fixed values, so a change of the function shows here.
    expect(shardOf('a', 1000)).toBe(0xe40c292c % 1000);
    const sizes = new Array<number>(5).fill(0);
    for (const slug of slugs(10_000)) sizes[shardOf(slug, 5)]! += 1;
    for (const size of sizes) expect(size).toBeGreaterThan(1800);
    for (const size of sizes) expect(size).toBeLessThan(2200);
  });

  it('moves no page when a project is added and the count stays', () => {
    const before = new Map(slugs(100).map((s) => [s, shardOf(s, shardCount(100, 30))]));
    const after = new Map(slugs(101).map((s) => [s, shardOf(s, shardCount(101, 30))]));
    for (const [slug, shard] of before) expect(after.get(slug)).toBe(shard);
  });

  it('lists only the shards that hold a page: an empty bundle would stop the merged search', () => {
    // 3 slugs, 2 a shard: 2 shards, and these 3 all fall into the first.
    const three = [2, 4, 8].map((i) => `sintetichen-proekt-${i}`);
    expect(three.map((s) => shardOf(s, 2))).toEqual([0, 0, 0]);
    expect(shardBundles('bg', three, 2)).toEqual(['/pagefind/bg-1/']);
    expect(shardBundles('bg', [...three, 'sintetichen-proekt-1'], 2)).toEqual(['/pagefind/bg-1/', '/pagefind/bg-2/']);
  });

  it('names each bundle inside the main one, per language, apart from the shards site.yaml may list', () => {
    expect(shardBundle('bg', 0)).toBe('/pagefind/bg-1/');
    expect(shardBundles('en', slugs(45), 10)).toEqual(['/pagefind/en-1/', '/pagefind/en-2/', '/pagefind/en-3/', '/pagefind/en-4/', '/pagefind/en-5/']);
    expect(shardBundles('bg', slugs(5))).toEqual([]);
    expect(isShardBundle('/pagefind/en-12/')).toBe(true);
    expect(isShardBundle('/chasti/plovdiv/pagefind/')).toBe(false);
    expect(isShardBundle('/pagefind/')).toBe(false);
    // A path site.yaml accepts is never taken for one made here.
    expect(SHARD_PATH.test(shardBundle('bg', 0))).toBe(false);
  });

  it('takes a size as a whole number ≥ 1, and says where and how to fix one that is not', () => {
    expect(parseShardSize(undefined, 'x')).toBe(SHARD_SIZE);
    expect(parseShardSize('', 'x')).toBe(SHARD_SIZE);
    expect(parseShardSize('12', 'x')).toBe(12);
    for (const wrong of ['0', '-3', '2.5', 'много'])
      expect(() => parseShardSize(wrong, 'SEARCH_SHARD_SIZE')).toThrow(new RegExp(`SEARCH_SHARD_SIZE: „${wrong}“ не е размер на дял.*цяло число ≥ 1`));
  });
});

/**
 * The search index in shards (docs/scale.md, section 3): above a number of project pages per
 * language, the project pages go into several Pagefind bundles of their own beside the main
 * one, so that a rebuild re-indexes only the bundles whose pages changed, and the search page
 * merges them in the browser. The indexer (scripts/search-index.ts) and the search page
 * (src/data/search-shards.ts) both take the shards from here, so the two cannot disagree.
 * Pure: no files, no environment.
 */
import type { Lang } from '../i18n/lang.ts';

/**
 * Project pages per shard, at most on average, when shards are asked for: measured at 10,000
 * projects (docs/scale.md, section 8), a one-project rebuild indexes its shard in each language
 * in about 18 s of CPU (13 at 1,000 a shard), and each shard adds its metadata and index chunks
 * to the first search.
 */
export const SUGGESTED_SHARD_SIZE = 2000;

/**
 * No shards unless asked for (SEARCH_SHARD_SIZE or --shard-size): Pagefind leaves out of a
 * query the words an index does not know, so a shard without one of the query's words answers
 * with every page that has the others (at 10,000 projects in 6 shards, „ранна интервенция“
 * found 1,616 pages instead of 4). docs/scale.md, section 7.
 */
export const SHARD_SIZE = Number.POSITIVE_INFINITY;

/** How many shards a language's project pages need: none (one index of everything) up to the size. */
export function shardCount(projectPages: number, size = SHARD_SIZE): number {
  return projectPages > size ? Math.ceil(projectPages / size) : 0;
}

/**
 * The shard (0 … count − 1) of a project page, from its slug alone: adding or removing another
 * project moves no page, as long as the count stays (when it changes, every shard changes).
 * FNV-1a over the slug's UTF-16 units: stable across runs, machines and Node versions.
 */
export function shardOf(slug: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i += 1) {
    hash ^= slug.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/**
 * Where shard k (0-based) of a language's project pages sits: inside the main bundle's folder,
 * which Pagefind 1.6 accepts (it skips only a merged path that the main bundle's path starts
 * with), and so one folder holds all of the search's files.
 */
export const shardBundle = (lang: Lang, k: number) => `/pagefind/${lang}-${k + 1}/`;

/**
 * The bundles a language's project pages (by their slugs in the language) are split into: none
 * up to the size, then those shards that hold a page (a shard may by chance hold none, and an
 * empty Pagefind bundle has no language, which stops the merged search).
 */
export function shardBundles(lang: Lang, slugs: readonly string[], size = SHARD_SIZE): string[] {
  const count = shardCount(slugs.length, size);
  if (!count) return [];
  const used = new Set(slugs.map((slug) => shardOf(slug, count)));
  return [...used].sort((a, b) => a - b).map((k) => shardBundle(lang, k));
}

/** Whether a bundle path is one of the shards made here (not one listed in site.yaml). */
export const isShardBundle = (path: string) => /^\/pagefind\/[a-z]{2}-\d+\/$/.test(path);

/** A shard size given on the command line or in SEARCH_SHARD_SIZE: a whole number ≥ 1. */
export function parseShardSize(value: string | undefined, where: string): number {
  if (value === undefined || value === '') return SHARD_SIZE;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1)
    throw new Error(
      `${where}: „${value}“ не е размер на дял на индекса за търсене; пишете цяло число ≥ 1 (проектни страници в един дял, напр. ${SUGGESTED_SHARD_SIZE})`,
    );
  return size;
}

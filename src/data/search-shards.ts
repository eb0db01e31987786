/**
 * The search indexes the search page merges into its own (data-shards): the shards of the
 * project pages that the indexer makes when there are many (src/lib/search-shards.ts; the
 * indexer checks that this page lists exactly the ones it made), then those content/site.yaml
 * lists (separately built parts of the site, docs/scale.md).
 */
import type { Lang } from '../i18n/lang.ts';
import { parseShardSize, shardBundles } from '../lib/search-shards.ts';
import { entrySlug } from '../lib/routes.ts';
import { loadCatalog } from './catalog.ts';

export async function searchShards(lang: Lang): Promise<string[]> {
  const catalog = await loadCatalog();
  // Every project has a page in each language, at its slug there.
  const slugs = catalog.projects.map((project) => entrySlug(lang, catalog.projectEntry(project.id)));
  // The size as the indexer takes it (tests set a small one).
  const size = parseShardSize(process.env.SEARCH_SHARD_SIZE, 'SEARCH_SHARD_SIZE');
  return [...shardBundles(lang, slugs, size), ...(catalog.site.searchShards ?? [])];
}

/**
 * Pagefind as the search page uses it: the site's own index (/pagefind/, in the page's
 * <html lang>) with the indexes of separately built parts of the site (shards, content/site.yaml
 * `searchShards`) merged in. A site built at once passes no shards and loads one index.
 */
import { PAGEFIND_OPTIONS } from '../lib/search-query';
import type { Counts } from '../lib/search-filter-table';

export type { Counts };

export interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: { title?: string; period?: string; amount?: string };
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  /** Pagefind's id of the page (its fragment's name), known before its data is loaded. */
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Per filter value, how many results have it: `filters` with the chosen filters applied, `totalFilters` without. */
  filters: Counts;
  totalFilters: Counts;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (url: string, o?: Record<string, unknown>) => Promise<void>;
  /** A null query: every page the filters let through. */
  search: (q: string | null, o?: { sort?: Record<string, 'asc' | 'desc'>; filters?: Record<string, string[] | { any: string[] }> }) => Promise<PagefindSearch>;
  filters: () => Promise<Counts>;
}

/** The site's own bundle; a variable, so that the bundler leaves the import to the browser. */
const OWN_BUNDLE = '/pagefind/pagefind.js';

/**
 * Each merged index gets the ranking and excerpt options of the site's own (Pagefind sets them
 * per index), and the site's root as the base of its result addresses: a shard's pages live at
 * the site's own paths, only its bundle sits elsewhere. Without it Pagefind would put the
 * bundle's folder (/chasti/plovdiv/) in front of every result address.
 */
const { noWorker: _ownOnly, ...PER_INDEX } = PAGEFIND_OPTIONS;
export const SHARD_OPTIONS = { ...PER_INDEX, baseUrl: '/' };

export async function loadPagefind(shards: readonly string[] = []): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${OWN_BUNDLE}`)) as Pagefind;
  await pagefind.options(PAGEFIND_OPTIONS);
  // One after another: Pagefind adds each to its list of instances as it is called.
  for (const shard of shards) await pagefind.mergeIndex(shard, SHARD_OPTIONS);
  return pagefind;
}

/** The pages of the news listing in a language. */
import type { CollectionEntry } from 'astro:content';
import { loadCatalog } from './catalog.ts';
import type { Lang } from '../i18n/lang.ts';
import { paginateList, type ListingPage } from '../lib/pagination.ts';
import { routesFor } from '../lib/routes.ts';

export async function newsPages(lang: Lang): Promise<ListingPage<CollectionEntry<'news'>>[]> {
  const { news } = await loadCatalog();
  return paginateList(news, routesFor(lang).listingPages('news'));
}

/**
 * getStaticPaths of the directory's pages in a language, so that the Bulgarian and the English
 * page files stay a few lines each: the address segment from routes.ts, the entry as a prop.
 */
import { loadCatalog } from './catalog.ts';
import { directoryListing, type DirectoryListing } from './directory.ts';
import { newsPages } from './news.ts';
import type { Lang } from '../i18n/lang.ts';
import { laterPages } from '../lib/pagination.ts';
import { entrySlug } from '../lib/routes.ts';

/** The pages of organizations, programmes or news items: [slug] is the file name, or in English the `en.slug`. */
export async function entryPaths(collection: DirectoryListing | 'news', lang: Lang) {
  const catalog = await loadCatalog();
  return catalog[collection].map((entry) => ({ params: { slug: entrySlug(lang, entry) }, props: { id: entry.id } }));
}

/** Page 2 onwards of the index of organizations or programmes. */
export async function directoryPagePaths(listing: DirectoryListing, lang: Lang) {
  return laterPages(await directoryListing(listing, lang));
}

/** Page 2 onwards of the news listing. */
export async function newsPagePaths(lang: Lang) {
  return laterPages(await newsPages(lang));
}

/** The pages of content/pages: the same file name in every language. */
export async function contentPagePaths() {
  const { pages } = await loadCatalog();
  return pages.map((page) => ({ params: { page: page.id }, props: { page } }));
}

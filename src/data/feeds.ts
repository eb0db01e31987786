/** The two Atom feeds as the build publishes them, from the catalog (src/lib/feeds.ts writes the XML). */
import { atomFeed, type FeedEntry } from '../lib/feeds.ts';
import { strings } from '../i18n/index.ts';
import { DEFAULT_LANG } from '../i18n/lang.ts';
import { BUILD_DATE } from './build-date.ts';
import { loadCatalog } from './catalog.ts';
import { bgRoutes } from '../lib/routes.ts';

// Bulgarian until this module takes the page language.
const ui = strings(DEFAULT_LANG);

export const NEWS_FEED = bgRoutes.newsFeed();
export const PROJECTS_FEED = bgRoutes.projectsFeed();

/** News: dated by their own date (the day facts were checked when they have none); items with neither are left out. */
export async function newsFeed(site: URL): Promise<string> {
  const { news, site: siteData } = await loadCatalog();
  const entries = news.flatMap((item): FeedEntry[] => {
    const updated = item.data.date ?? item.data.checked;
    if (!updated) return [];
    return [{ url: new URL(bgRoutes.newsItem(item), site).href, title: item.data.title, summary: item.data.summary, updated, published: item.data.date }];
  });
  return atomFeed({ title: ui.feeds.newsTitle(siteData.name), selfUrl: new URL(NEWS_FEED, site).href, pageUrl: new URL(bgRoutes.listing('news'), site).href, author: siteData.name, entries }, BUILD_DATE);
}

/** Projects: an entry updates when an editor last checked its facts; projects never checked are left out. */
export async function projectsFeed(site: URL): Promise<string> {
  const { projects, site: siteData } = await loadCatalog();
  const entries = projects.flatMap((p): FeedEntry[] =>
    p.checked ? [{ url: new URL(bgRoutes.project(p), site).href, title: p.data.title, summary: p.data.summary, updated: p.checked }] : [],
  );
  return atomFeed({ title: ui.feeds.projectsTitle(siteData.name), selfUrl: new URL(PROJECTS_FEED, site).href, pageUrl: new URL(bgRoutes.listing('projects'), site).href, author: siteData.name, entries }, BUILD_DATE);
}

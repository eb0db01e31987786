/** The two Atom feeds as the build publishes them in each language, from the catalog (src/lib/feeds.ts writes the XML). */
import { atomFeed, type FeedEntry } from '../lib/feeds.ts';
import { strings } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { localText } from '../lib/local-text.ts';
import { BUILD_DATE } from './build-date.ts';
import { loadCatalog } from './catalog.ts';
import { routesFor } from '../lib/routes.ts';

/** An entry's title and summary: English where editors wrote both, otherwise the Bulgarian ones, marked so. */
function entryText(data: { title: string; summary: string; en?: { title?: string; summary?: string } }, lang: Lang) {
  // Both or neither: an entry is in one language.
  const en = data.en?.title && data.en.summary ? data.en : undefined;
  const title = localText(data.title, en?.title, lang);
  return { title: title.text, summary: localText(data.summary, en?.summary, lang).text, lang: title.lang };
}

/** News: dated by their own date (the day facts were checked when they have none); items with neither are left out. */
export async function newsFeed(site: URL, lang: Lang): Promise<string> {
  const { news, site: siteData } = await loadCatalog();
  const to = routesFor(lang);
  const entries = news.flatMap((item): FeedEntry[] => {
    const updated = item.data.date ?? item.data.checked;
    if (!updated) return [];
    return [{ url: new URL(to.newsItem(item), site).href, ...entryText(item.data, lang), updated, published: item.data.date }];
  });
  const title = strings(lang).feeds.newsTitle(siteData.name);
  return atomFeed(
    { title, selfUrl: new URL(to.newsFeed(), site).href, pageUrl: new URL(to.listing('news'), site).href, author: siteData.name, lang, entries },
    BUILD_DATE,
  );
}

/** Projects: an entry updates when an editor last checked its facts; projects never checked are left out. */
export async function projectsFeed(site: URL, lang: Lang): Promise<string> {
  const { projects, site: siteData } = await loadCatalog();
  const to = routesFor(lang);
  const entries = projects.flatMap((p): FeedEntry[] =>
    p.checked ? [{ url: new URL(to.project(p), site).href, ...entryText(p.data, lang), updated: p.checked }] : [],
  );
  const title = strings(lang).feeds.projectsTitle(siteData.name);
  return atomFeed(
    { title, selfUrl: new URL(to.projectsFeed(), site).href, pageUrl: new URL(to.listing('projects'), site).href, author: siteData.name, lang, entries },
    BUILD_DATE,
  );
}

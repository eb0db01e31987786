/**
 * `lastmod` for the sitemap: the day facts were last checked, never the build date, so that
 * two builds of one commit give the same sitemap. Pages without such a day get none. Pure.
 */
import type { IsoDate } from './dates.ts';
import { bgRoutes } from './routes.ts';

export interface DatedEntry {
  id: string;
  checked?: IsoDate;
  /** A news item's own date, used when it was never checked. */
  date?: IsoDate;
}

/** Site path → day, for project pages (their `checked`) and news pages (`checked`, else their date). */
export function lastmodByPath(projects: DatedEntry[], news: DatedEntry[]): Map<string, IsoDate> {
  const dates = new Map<string, IsoDate>();
  for (const p of projects) if (p.checked) dates.set(bgRoutes.project(p.id), p.checked);
  for (const n of news) {
    const day = n.checked ?? n.date;
    if (day) dates.set(bgRoutes.newsItem(n.id), day);
  }
  return dates;
}

/** The sitemap item with its lastmod set from the map, or as it was. */
export function withLastmod<T extends { url: string; lastmod?: string }>(item: T, dates: Map<string, IsoDate>): T {
  const day = dates.get(new URL(item.url).pathname);
  return day ? { ...item, lastmod: `${day}T00:00:00.000Z` } : item;
}

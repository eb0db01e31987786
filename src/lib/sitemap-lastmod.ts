/**
 * `lastmod` for the sitemap: the day facts were last checked, never the build date, so that
 * two builds of one commit give the same sitemap. Pages without such a day get none. And each
 * page's other-language version (xhtml:link alternates). Pure.
 */
import type { IsoDate } from './dates.ts';
import { DEFAULT_LANG, LANGS } from '../i18n/lang.ts';
import { counterpartPath, langOfPath, routesFor, type SlugIndex } from './routes.ts';

export interface DatedEntry {
  id: string;
  checked?: IsoDate;
  /** A news item's own date, used when it was never checked. */
  date?: IsoDate;
  /** The English slug, when content gives one (`en.slug`). */
  enSlug?: string;
}

/** Site path → day, for project pages (their `checked`) and news pages (`checked`, else their date). */
export function lastmodByPath(projects: DatedEntry[], news: DatedEntry[]): Map<string, IsoDate> {
  const dates = new Map<string, IsoDate>();
  for (const to of LANGS.map(routesFor)) {
    for (const p of projects) if (p.checked) dates.set(to.project(p), p.checked);
    for (const n of news) {
      const day = n.checked ?? n.date;
      if (day) dates.set(to.newsItem(n), day);
    }
  }
  return dates;
}

/** The sitemap item with its lastmod set from the map, or as it was. */
export function withLastmod<T extends { url: string; lastmod?: string }>(item: T, dates: Map<string, IsoDate>): T {
  const day = dates.get(new URL(item.url).pathname);
  return day ? { ...item, lastmod: `${day}T00:00:00.000Z` } : item;
}

/**
 * The sitemap item with its page in both languages (hreflang) and x-default, the Bulgarian
 * page; as it was when the other-language page is not among `paths` (the site's pages).
 */
export function withAlternates<T extends { url: string; links?: { url: string; lang: string }[] }>(item: T, slugs: SlugIndex, paths: ReadonlySet<string>): T {
  const url = new URL(item.url);
  const other = counterpartPath(url.pathname, slugs);
  if (!other || !paths.has(other)) return item;
  const byLang = { [langOfPath(url.pathname)]: url.pathname, [langOfPath(other)]: other };
  const link = (lang: string, path: string) => ({ url: new URL(path, url).href, lang });
  return { ...item, links: [...LANGS.map((lang) => link(lang, byLang[lang]!)), link('x-default', byLang[DEFAULT_LANG]!)] };
}

/**
 * Atom 1.0 feeds (RFC 4287) for news and for project changes. Pure: entries in, XML out.
 * Dates are days (the content has no times), written as midnight UTC; the feed's own
 * `updated` is its newest entry's, so two builds of one commit give the same file.
 */
import type { IsoDate } from './dates.ts';
import type { Lang } from '../i18n/lang.ts';

export interface FeedEntry {
  /** Absolute URL of the page; also the entry's id. */
  url: string;
  title: string;
  summary: string;
  updated: IsoDate;
  published?: IsoDate;
  /** The language of the title and summary, when it differs from the feed's (Bulgarian content in an English feed). */
  lang?: Lang;
}

export interface Feed {
  title: string;
  /** The feed's own absolute URL (rel="self"), also its id. */
  selfUrl: string;
  /** The HTML page the feed mirrors. */
  pageUrl: string;
  author: string;
  /** The feed's language: xml:lang on <feed>. */
  lang: Lang;
  entries: FeedEntry[];
}

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const timestamp = (date: IsoDate) => `${date}T00:00:00Z`;

/** Entries newest first (ties by URL); the feed's updated is the newest entry's, or the given fallback when there are none. */
export function atomFeed(feed: Feed, fallbackUpdated: IsoDate): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.url.localeCompare(b.url));
  const updated = entries[0]?.updated ?? fallbackUpdated;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">`,
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${timestamp(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries.flatMap((e) => [
      e.lang && e.lang !== feed.lang ? `  <entry xml:lang="${e.lang}">` : '  <entry>',
      `    <id>${escapeXml(e.url)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <updated>${timestamp(e.updated)}</updated>`,
      ...(e.published ? [`    <published>${timestamp(e.published)}</published>`] : []),
      `    <summary>${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

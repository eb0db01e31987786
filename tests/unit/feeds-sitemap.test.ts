import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/feeds';
import { lastmodByPath, withLastmod } from '../../src/lib/sitemap-lastmod';

describe('atomFeed', () => {
  const xml = atomFeed(
    {
      title: 'Сайт <&> „новини“',
      selfUrl: 'https://x.example/novini/atom.xml',
      pageUrl: 'https://x.example/novini/',
      author: 'Сайт',
      lang: 'bg',
      entries: [
        { url: 'https://x.example/novini/a/', title: 'А & Б', summary: '<b>не</b> HTML', updated: '2023-01-02', published: '2023-01-02' },
        { url: 'https://x.example/novini/b/', title: 'В', summary: 'Г', updated: '2024-05-06' },
      ],
    },
    '2026-01-01',
  );

  it('escapes text, puts the newest first and dates the feed by its newest entry', () => {
    const feed = parseFeed(xml);
    expect(feed.title).toBe('Сайт <&> „новини“');
    expect(feed.items.map((i) => i.title)).toEqual(['В', 'А & Б']);
    expect(feed.items[1]!.description).toBe('<b>не</b> HTML');
    expect(feed.updated?.toISOString()).toBe('2024-05-06T00:00:00.000Z');
    expect(feed.items[1]!.published?.toISOString()).toBe('2023-01-02T00:00:00.000Z');
    expect(feed.items[0]!.published).toBeNull();
  });

  it('falls back to the given day when there are no entries', () => {
    expect(atomFeed({ title: 'т', selfUrl: 'https://x.example/a.xml', pageUrl: 'https://x.example/', author: 'а', lang: 'bg', entries: [] }, '2026-01-01')).toContain('<updated>2026-01-01T00:00:00Z</updated>');
  });
});

describe('sitemap lastmod', () => {
  const dates = lastmodByPath([{ id: 'p', checked: '2026-11-23' }, { id: 'q' }], [{ id: 'n', date: '2023-04-28' }, { id: 'm', date: '2020-01-01', checked: '2026-01-02' }, { id: 'u' }]);

  it('takes projects’ checked day, news’ checked day or else their date, and nothing else', () => {
    expect([...dates]).toEqual([['/proekti/p/', '2026-11-23'], ['/novini/n/', '2023-04-28'], ['/novini/m/', '2026-01-02']]);
    expect(withLastmod<{ url: string; lastmod?: string }>({ url: 'https://x.example/proekti/p/' }, dates).lastmod).toBe('2026-11-23T00:00:00.000Z');
    expect(withLastmod<{ url: string; lastmod?: string }>({ url: 'https://x.example/proekti/q/' }, dates).lastmod).toBeUndefined();
  });
});

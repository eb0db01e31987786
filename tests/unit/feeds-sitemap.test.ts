import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/feeds';
import { lastmodByPath, withAlternates, withLastmod } from '../../src/lib/sitemap-lastmod';

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

  it('names its language, and marks entries in another one', () => {
    const english = atomFeed(
      {
        title: 'Site – news',
        selfUrl: 'https://x.example/en/news/atom.xml',
        pageUrl: 'https://x.example/en/news/',
        author: 'Site',
        lang: 'en',
        entries: [
          { url: 'https://x.example/en/news/a/', title: 'Written in English', summary: 'S', updated: '2024-01-01' },
          { url: 'https://x.example/en/news/b/', title: 'Само на български', summary: 'Р', updated: '2023-01-01', lang: 'bg' },
        ],
      },
      '2026-01-01',
    );
    expect(english).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(english.match(/<entry[^>]*>/g)).toEqual(['<entry>', '<entry xml:lang="bg">']);
    expect(xml).toContain('xml:lang="bg">');
    expect(xml).not.toContain('<entry xml:lang');
  });

  it('falls back to the given day when there are no entries', () => {
    expect(
      atomFeed({ title: 'т', selfUrl: 'https://x.example/a.xml', pageUrl: 'https://x.example/', author: 'а', lang: 'bg', entries: [] }, '2026-01-01'),
    ).toContain('<updated>2026-01-01T00:00:00Z</updated>');
  });
});

describe('sitemap lastmod', () => {
  const dates = lastmodByPath(
    [{ id: 'p', checked: '2026-11-23' }, { id: 'q' }],
    [{ id: 'n', date: '2023-04-28' }, { id: 'm', date: '2020-01-01', checked: '2026-01-02' }, { id: 'u' }],
  );

  it('takes projects’ checked day, news’ checked day or else their date, and nothing else', () => {
    expect([...dates].filter(([path]) => !path.startsWith('/en/'))).toEqual([
      ['/proekti/p/', '2026-11-23'],
      ['/novini/n/', '2023-04-28'],
      ['/novini/m/', '2026-01-02'],
    ]);
    expect(withLastmod<{ url: string; lastmod?: string }>({ url: 'https://x.example/proekti/p/' }, dates).lastmod).toBe('2026-11-23T00:00:00.000Z');
    expect(withLastmod<{ url: string; lastmod?: string }>({ url: 'https://x.example/proekti/q/' }, dates).lastmod).toBeUndefined();
  });

  it('dates the English pages as the Bulgarian ones, at their English slugs', () => {
    const english = lastmodByPath([{ id: 'p', checked: '2026-11-23', enSlug: 'p-en' }], [{ id: 'n', date: '2023-04-28' }]);
    expect([...english]).toEqual([
      ['/proekti/p/', '2026-11-23'],
      ['/novini/n/', '2023-04-28'],
      ['/en/projects/p-en/', '2026-11-23'],
      ['/en/news/n/', '2023-04-28'],
    ]);
  });
});

describe('sitemap alternates', () => {
  const slugs = { projects: { 'p-en': 'p' } };
  const paths = new Set(['/proekti/p/', '/en/projects/p-en/', '/darete/', '/en/donate/', '/za-sayta/']);
  const links = (url: string) => withAlternates<{ url: string; links?: { url: string; lang: string }[] }>({ url }, slugs, paths).links;

  it('names both languages and the Bulgarian page as x-default, from either side', () => {
    const both = [
      { url: 'https://x.example/proekti/p/', lang: 'bg' },
      { url: 'https://x.example/en/projects/p-en/', lang: 'en' },
      { url: 'https://x.example/proekti/p/', lang: 'x-default' },
    ];
    expect(links('https://x.example/proekti/p/')).toEqual(both);
    expect(links('https://x.example/en/projects/p-en/')).toEqual(both);
    expect(links('https://x.example/en/donate/')?.map((l) => l.url)).toEqual([
      'https://x.example/darete/',
      'https://x.example/en/donate/',
      'https://x.example/darete/',
    ]);
  });

  it('names no alternate that is not a page of the sitemap', () => {
    expect(links('https://x.example/za-sayta/')).toBeUndefined();
    expect(links('https://x.example/nyama/takava/stranitsa/')).toBeUndefined();
  });
});

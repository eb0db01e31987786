import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentNews, contentProjects } from '../helpers/content';
import { builtPagePaths, DIST, readPage, requireDist } from '../helpers/dist';

beforeAll(requireDist);

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const day = (date: Date | null) => date?.toISOString().slice(0, 10);

describe('the Atom feeds, read by a feed parser', () => {
  it('list every dated news item with its title, address and date', () => {
    const feed = parseFeed(read('novini/atom.xml'));
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Видимост – новини');
    const news = contentNews().filter((n) => n.data.date ?? n.data.checked);
    expect(feed.items).toHaveLength(news.length);
    for (const n of news) {
      const item = feed.items.find((i) => i.url?.endsWith(`/novini/${n.id}/`));
      expect(item, n.id).toBeDefined();
      expect(item!.title).toBe(n.data.title);
      expect(item!.id).toBe(item!.url);
      expect(day(item!.updated)).toBe(n.data.date ?? n.data.checked);
      expect(day(item!.published)).toBe(n.data.date);
    }
  });

  it('list each project, updated on the day its facts were last checked', () => {
    const feed = parseFeed(read('proekti/atom.xml'));
    const projects = contentProjects().filter((p) => p.data.checked);
    expect(feed.items).toHaveLength(projects.length);
    for (const p of projects) expect(day(feed.items.find((i) => i.url?.endsWith(`/proekti/${p.id}/`))!.updated), p.id).toBe(p.data.checked);
    expect(day(feed.updated)).toBe(
      projects
        .map((p) => p.data.checked!)
        .sort()
        .at(-1),
    );
  });

  it('in English too: English titles and addresses, Bulgarian entries marked so', () => {
    const news = parseFeed(read('en/news/atom.xml'));
    expect(news.title).toBe('Видимост – news');
    expect(parseFeed(read('en/projects/atom.xml')).title).toBe('Видимост – project changes');
    for (const [bg, en] of [
      ['novini/atom.xml', 'en/news/atom.xml'],
      ['proekti/atom.xml', 'en/projects/atom.xml'],
    ] as const) {
      expect(read(bg), bg).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="bg">');
      expect(read(en), en).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
      const doc = parse(read(en));
      const entries = doc.querySelectorAll('entry');
      expect(entries.length, en).toBe(parse(read(bg)).querySelectorAll('entry').length);
      for (const entry of entries) {
        expect(new URL(entry.querySelector('id')!.text).pathname, en).toMatch(/^\/en\//);
        // No sample entry has English text: each is the Bulgarian original, marked as such.
        const cyrillic = /[\u0400-\u04FF]/.test(entry.querySelector('title')!.text);
        expect(entry.getAttribute('xml:lang'), `${en} ${entry.querySelector('id')!.text}`).toBe(cyrillic ? 'bg' : undefined);
      }
    }
  });

  it('carry the elements RFC 4287 requires', () => {
    for (const path of ['novini/atom.xml', 'proekti/atom.xml', 'en/news/atom.xml', 'en/projects/atom.xml']) {
      const doc = parse(read(path));
      const feed = doc.querySelector('feed')!;
      for (const tag of ['id', 'title', 'updated', 'author']) expect(feed.querySelector(`:scope > ${tag}`), `${path} ${tag}`).not.toBeNull();
      for (const entry of doc.querySelectorAll('entry'))
        for (const tag of ['id', 'title', 'updated', 'link']) expect(entry.querySelector(tag), `${path} entry ${tag}`).not.toBeNull();
    }
  });

  it('are announced in the head of every page and linked from the footer', () => {
    for (const path of builtPagePaths()) {
      const { doc } = readPage(path);
      const feeds = doc.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]').map((l) => l.getAttribute('href'));
      // Each page announces the feeds in its own language.
      expect(feeds, path).toEqual(path.startsWith('/en/') ? ['/en/news/atom.xml', '/en/projects/atom.xml'] : ['/novini/atom.xml', '/proekti/atom.xml']);
    }
    const footer = readPage('/')
      .doc.querySelectorAll('footer a')
      .map((a) => a.getAttribute('href'));
    expect(footer).toEqual(expect.arrayContaining(['/novini/atom.xml', '/proekti/atom.xml', '/danni/']));
    const englishFooter = readPage('/en/')
      .doc.querySelectorAll('footer a')
      .map((a) => a.getAttribute('href'));
    expect(englishFooter).toEqual(expect.arrayContaining(['/en/news/atom.xml', '/en/projects/atom.xml', '/en/data/']));
  });
});

describe('the sitemap', () => {
  it('dates project and news pages by the day facts were last checked, and no page by the build', () => {
    const sitemap = read('sitemap-0.xml');
    const lastmods = new Map(
      [...sitemap.matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)].map((m) => [new URL(m[1]!).pathname, m[2]!.slice(0, 10)]),
    );
    for (const p of contentProjects()) expect(lastmods.get(`/proekti/${p.id}/`), p.id).toBe(p.data.checked);
    for (const n of contentNews()) expect(lastmods.get(`/novini/${n.id}/`), n.id).toBe(n.data.checked ?? n.data.date);
    const bulgarian = [...lastmods.keys()].filter((path) => !path.startsWith('/en/'));
    expect(bulgarian.length).toBe(contentProjects().filter((p) => p.data.checked).length + contentNews().filter((n) => n.data.checked ?? n.data.date).length);
    // An English page is dated as its Bulgarian original (the samples have no English slugs).
    for (const p of contentProjects()) expect(lastmods.get(`/en/projects/${p.id}/`), p.id).toBe(p.data.checked);
  });

  it('names each page’s other-language version and the Bulgarian one as x-default, both in the sitemap', () => {
    const sitemap = read('sitemap-0.xml');
    const urls = [...sitemap.matchAll(/<url>(.*?)<\/url>/g)].map((m) => ({
      loc: new URL(/<loc>([^<]+)<\/loc>/.exec(m[1]!)![1]!).pathname,
      links: Object.fromEntries(
        [...m[1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((l) => [l[1]!, new URL(l[2]!).pathname]),
      ),
    }));
    const locs = new Set(urls.map((u) => u.loc));
    const paired = urls.filter((u) => Object.keys(u.links).length);
    for (const { loc, links } of paired) {
      expect(Object.keys(links), loc).toEqual(['bg', 'en', 'x-default']);
      expect(links[loc.startsWith('/en/') ? 'en' : 'bg'], loc).toBe(loc);
      expect(locs.has(links.bg!) && locs.has(links.en!), loc).toBe(true);
      expect(links['x-default'], loc).toBe(links.bg);
    }
    for (const path of ['/', '/en/', '/darete/obshtina-kazanlak/', '/en/donate/obshtina-kazanlak/', '/danni/', '/en/data/'])
      expect(
        paired.map((u) => u.loc),
        path,
      ).toContain(path);
    expect(locs.has('/en/newsletter/not-connected/')).toBe(false);
  });
});

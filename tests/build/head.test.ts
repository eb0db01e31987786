import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST, builtPagePaths, readPage, requireDist, textOf } from '../helpers/dist';

beforeAll(requireDist);

const site = parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'site.yaml'), 'utf8'));

describe.each(builtPagePaths())('the head of %s', (path) => {
  const { doc } = readPage(path);
  const meta = (selector: string) => doc.querySelector(`meta[${selector}]`)?.getAttribute('content');

  it('has a title and a description that match its Open Graph and Twitter tags', () => {
    const description = meta('name="description"');
    expect(textOf(doc.querySelector('title'))).not.toBe('');
    expect(description).toBeTruthy();
    expect(meta('property="og:description"')).toBe(description);
    expect(meta('name="twitter:description"')).toBe(description);
    expect(meta('property="og:title"')).toBeTruthy();
    expect(meta('name="twitter:card"')).toBe('summary_large_image');
  });

  it('names its canonical address on the configured domain (the 404 page is not indexed instead)', () => {
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (path === '/404.html') expect(meta('name="robots"')).toBe('noindex');
    if (meta('name="robots"') === 'noindex') {
      expect(canonical).toBeUndefined();
      return;
    }
    expect(canonical).toBe(new URL(path, site.url).href);
    expect(meta('property="og:url"')).toBe(canonical);
  });

  it('points at a share image, icons and the sitemap that exist', () => {
    const image = new URL(meta('property="og:image"') ?? '');
    expect(image.origin).toBe(new URL(site.url).origin);
    expect(existsSync(join(DIST, image.pathname))).toBe(true);
    for (const link of doc.querySelectorAll('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="sitemap"]')) {
      expect(existsSync(join(DIST, link.getAttribute('href') ?? '')), link.getAttribute('href')).toBe(true);
    }
  });
});

describe('files a browser or crawler asks for', () => {
  it('serves a favicon.ico that is an icon', () => {
    const ico = readFileSync(join(DIST, 'favicon.ico'));
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  });

  it('gives robots.txt the sitemap’s absolute address', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site.url).href}`);
  });

  it('has a Bulgarian 404 page with ways back', () => {
    const { doc } = readPage('/404.html');
    expect(textOf(doc.querySelector('h1'))).toBe('Страницата не е намерена');
    const links = doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/', '/proekti/', '/novini/']));
  });
});

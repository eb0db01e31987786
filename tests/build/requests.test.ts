import { beforeAll, describe, expect, it } from 'vitest';
import { builtPagePaths, readPage, requireDist, textOf } from '../helpers/dist';
import { firstLoadImages, INTERACTIVE_PAGES } from '../helpers/page-weight';
import { emblemFontsFor } from '../../src/lib/eu-emblem';

beforeAll(requireDist);

/** Content pages reach the visitor in one round trip and at most 3 requests: HTML, one stylesheet, one font. */
const MAX_REQUESTS = 3;

describe('requests of each content page', () => {
  const pages = builtPagePaths().filter((path) => !INTERACTIVE_PAGES.some((p) => p.test(path)));

  it('are at most 3: the HTML, its stylesheets, scripts, images but lazy ones and the fonts it preloads or its emblem captions use', () => {
    const over = pages.flatMap((path) => {
      const { doc } = readPage(path);
      const stylesheets = doc.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href'));
      const scripts = doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src'));
      // Lazy images are not part of the first load (their place below the first screen is tested in a browser).
      const images = firstLoadImages(doc);
      const preloaded = doc.querySelectorAll('link[rel="preload"], link[rel="modulepreload"]').map((l) => l.getAttribute('href'));
      // The emblem font's files the browser fetches for the captions on the page (by unicode-range).
      const lang = doc.querySelector('html')?.getAttribute('lang') === 'en' ? 'en' : 'bg';
      const used = emblemFontsFor(
        doc.querySelectorAll('.eu-block__caption').map((c) => textOf(c)),
        lang,
      );
      const requests = new Set([path, ...stylesheets, ...scripts, ...images, ...preloaded, ...used]);
      return requests.size > MAX_REQUESTS ? [`${path}: ${requests.size} заявки (${[...requests].join(', ')})`] : [];
    });
    expect(pages.length).toBeGreaterThan(20);
    expect(over).toEqual([]);
  });

  it('preload every emblem font file their captions use, and no other', () => {
    for (const path of pages) {
      const { doc } = readPage(path);
      const lang = doc.querySelector('html')?.getAttribute('lang') === 'en' ? 'en' : 'bg';
      const used = emblemFontsFor(
        doc.querySelectorAll('.eu-block__caption').map((c) => textOf(c)),
        lang,
      );
      const preloaded = doc.querySelectorAll('link[rel="preload"][as="font"]').map((l) => l.getAttribute('href'));
      expect(preloaded, path).toEqual(used);
    }
  });

  it('share one stylesheet across the site, so it is fetched once', () => {
    const sheets = new Set(
      pages.flatMap((path) =>
        readPage(path)
          .doc.querySelectorAll('link[rel="stylesheet"]')
          .map((l) => l.getAttribute('href')),
      ),
    );
    expect(sheets.size).toBe(1);
  });
});

/**
 * Images in content, built for real: a copy of the site whose project and news item name a
 * generated example picture (the sample content has no photos, and none may be invented),
 * checked in the HTML, in the files and in Chromium.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailableReason, startSite, type Site } from '../helpers/browser';
import { EXAMPLE_ALT, writeExampleImage } from '../helpers/example-image';
import { accessibilityViolations, sidewaysOverflow, watchPage } from '../helpers/page-audit';
import { firstLoadImages } from '../helpers/page-weight';
import { copySite, type SiteCopy } from '../helpers/site-copy';
import { javaUnavailableReason, validateHtml } from '../helpers/vnu';

const PROJECT = 'content/projects/shans-za-nashite-detsa.mdx';
const NEWS = 'content/news/shans-za-nashite-detsa-prez-2019.mdx';
const CREDIT = 'Пример – автор на снимката';
const SECOND_ALT = 'Пример – същата нарисувана къща, от папката public/images';
const ENGLISH_ALT = 'Example – a drawn house under the sun, not a photo of a project';
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 360, height: 740 },
];

/** Puts fields into a file's front matter, before its closing line. */
const addToFrontMatter = (text: string, yaml: string) => text.replace(/\n---\n/, `\n${yaml}---\n`);

describe('a copy of the site with images in a project and a news item', () => {
  let site: SiteCopy;
  let output = '';
  let status: number | null = null;
  const page = (path: string): HTMLElement => parse(readFileSync(join(site.root, 'dist', path, 'index.html'), 'utf8'));
  const figures = (doc: HTMLElement) => doc.querySelectorAll('figure.content-image');

  beforeAll(async () => {
    site = copySite();
    await writeExampleImage(join(site.root, 'content/media/primer-kashta.jpg'), { width: 1600, height: 900 });
    await writeExampleImage(join(site.root, 'public/images/primer-kashta.png'), { width: 800, height: 600, format: 'png' });
    // Uploaded but named by no entry.
    await writeExampleImage(join(site.root, 'content/media/neizpolzvana.jpg'), { width: 500, height: 500 });
    site.edit(PROJECT, (t) =>
      addToFrontMatter(
        t,
        [
          'images:',
          '  - src: ../media/primer-kashta.jpg',
          `    alt: ${EXAMPLE_ALT}`,
          `    credit: ${CREDIT}`,
          '    licence: CC BY 4.0',
          '  - src: /images/primer-kashta.png',
          `    alt: ${SECOND_ALT}`,
          'en:',
          '  images:',
          `    - alt: ${ENGLISH_ALT}`,
          '    - alt: Example – the same drawn house, from public/images',
          '',
        ].join('\n'),
      ),
    );
    site.edit(NEWS, (t) => addToFrontMatter(t, `images:\n  - src: ../media/primer-kashta.jpg\n    alt: ${EXAMPLE_ALT}\n`));
    ({ status, output } = site.run('scripts/build.mjs'));
  }, 600_000);
  afterAll(() => site?.remove());

  it('builds', () => {
    expect(output).not.toMatch(/сайтът не е построен/);
    expect(status, output.slice(-3000)).toBe(0);
  });

  it('writes each image as a picture: AVIF and WebP in the widths a screen needs, width and height, lazy, with its alt', () => {
    const [first, second] = figures(page('proekti/shans-za-nashite-detsa'));
    const sources = (figure: HTMLElement) => figure.querySelectorAll('picture source').map((s) => [s.getAttribute('type'), s.getAttribute('srcset')]);
    const widths = (srcset: string | null | undefined) => [...(srcset ?? '').matchAll(/ (\d+)w/g)].map((m) => Number(m[1]));
    expect(sources(first!).map(([type]) => type)).toEqual(['image/avif', 'image/webp']);
    for (const [, srcset] of sources(first!)) expect(widths(srcset)).toEqual([360, 720, 1080, 1440]);
    const img = first!.querySelector('img')!;
    expect(img.attributes).toMatchObject({ alt: EXAMPLE_ALT, width: '1600', height: '900', loading: 'lazy', decoding: 'async' });
    expect(img.getAttribute('sizes')).toMatch(/48rem/);
    expect(first!.querySelector('figcaption')?.textContent).toBe(`Снимка: ${CREDIT}; Лиценз: CC BY 4.0`);
    // From public/images/: the same treatment; no credit given, so no caption.
    expect(widths(second!.querySelector('source[type="image/avif"]')?.getAttribute('srcset'))).toEqual([360, 720, 800]);
    expect(second!.querySelector('img')!.attributes).toMatchObject({ alt: SECOND_ALT, width: '800', height: '600', loading: 'lazy' });
    expect(second!.querySelector('figcaption')).toBeNull();
    expect(page('novini/shans-za-nashite-detsa-prez-2019').querySelector('figure.content-image img')?.getAttribute('alt')).toBe(EXAMPLE_ALT);
  });

  it('writes every file the pictures name', () => {
    const doc = page('proekti/shans-za-nashite-detsa');
    const urls = doc
      .querySelectorAll('figure.content-image source, figure.content-image img')
      .flatMap((e) => [e.getAttribute('src') ?? '', ...(e.getAttribute('srcset') ?? '').split(',').map((s) => s.trim().split(' ')[0]!)])
      .filter(Boolean);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((url) => !existsSync(join(site.root, 'dist', url)))).toEqual([]);
    expect(urls.some((url) => url.endsWith('.avif')) && urls.some((url) => url.endsWith('.webp'))).toBe(true);
  });

  it('gives the English page the English alt text, and marks the Bulgarian credit', () => {
    const [first] = figures(page('en/projects/shans-za-nashite-detsa'));
    expect(first!.querySelector('img')!.getAttribute('alt')).toBe(ENGLISH_ALT);
    expect(first!.querySelector('img')!.getAttribute('lang')).toBeUndefined();
    expect(first!.querySelector('figcaption')?.textContent).toBe(`Photo: ${CREDIT}; Licence: CC BY 4.0`);
    expect(first!.querySelector('figcaption span[lang="bg"]')?.textContent).toBe(CREDIT);
    // The news item has no English alt: its Bulgarian one, marked as Bulgarian.
    const news = page('en/news/shans-za-nashite-detsa-prez-2019').querySelector('figure.content-image img')!;
    expect([news.getAttribute('alt'), news.getAttribute('lang')]).toEqual([EXAMPLE_ALT, 'bg']);
  });

  it('keeps the images out of the first load: the page still makes at most 3 requests at once', () => {
    const doc = page('proekti/shans-za-nashite-detsa');
    expect(figures(doc)).toHaveLength(2);
    expect(firstLoadImages(doc)).toEqual([]);
  });

  it.skipIf(Boolean(javaUnavailableReason()))('writes valid HTML (the Nu HTML Checker)', () => {
    const files = ['proekti/shans-za-nashite-detsa', 'en/projects/shans-za-nashite-detsa', 'novini/shans-za-nashite-detsa-prez-2019'].map((path) =>
      join(site.root, 'dist', path, 'index.html'),
    );
    expect(validateHtml(files)).toEqual([]);
  });

  describe.skipIf(Boolean(browserUnavailableReason()))('in Chromium', () => {
    let browser: Site;
    beforeAll(async () => {
      browser = await startSite(join(site.root, 'dist'));
    });
    afterAll(async () => browser?.close());

    it.for(VIEWPORTS)('at $width×$height: below the first screen, their space kept before they load, then AVIF', async (viewport) => {
      const tab = await browser.newPage(viewport);
      const watch = watchPage(tab, browser.url);
      await tab.goto(`${browser.url}/proekti/shans-za-nashite-detsa/`);
      const boxes = await tab.locator('figure.content-image img').evaluateAll((imgs) =>
        (imgs as HTMLImageElement[]).map((img) => ({
          top: img.getBoundingClientRect().top,
          width: img.clientWidth,
          height: img.clientHeight,
          loaded: img.complete && img.naturalWidth > 0,
        })),
      );
      expect(boxes).toHaveLength(2);
      for (const [i, box] of boxes.entries()) {
        expect(box.top, 'a lazy image lies below the first screen').toBeGreaterThan(viewport.height);
        // Width and height reserve the space: no jump when the image arrives.
        expect(Math.abs(box.height - box.width * (i === 0 ? 900 / 1600 : 600 / 800))).toBeLessThan(2);
      }
      await tab.locator('figure.content-image img').first().scrollIntoViewIfNeeded();
      await tab.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('figure.content-image img');
        return Boolean(img?.complete && img.naturalWidth > 0);
      });
      expect(
        await tab
          .locator('figure.content-image img')
          .first()
          .evaluate((img) => (img as HTMLImageElement).currentSrc),
      ).toMatch(/\.avif$/);
      expect(await sidewaysOverflow(tab)).toBe(0);
      expect(await accessibilityViolations(tab)).toEqual([]);
      expect(watch).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      if (process.env.IMAGES_SCREENSHOTS) {
        await tab.screenshot({ path: join(process.env.IMAGES_SCREENSHOTS, `project-images-${viewport.width}.png`) });
      }
      await tab.close();
    });
  });

  it('publishes no image the content does not name', () => {
    const assets = readdirSync(join(site.root, 'dist', '_astro'));
    expect(assets.filter((f) => /^primer-kashta\./.test(f)).length).toBeGreaterThan(0);
    expect(assets.filter((f) => /^neizpolzvana\./.test(f))).toEqual([]);
  });
});

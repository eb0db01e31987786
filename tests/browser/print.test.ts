import { describe, expect, it } from 'vitest';
import { browserUnavailableReason, useSite } from '../helpers/browser';
import { contentProjects } from '../helpers/content';

const skip = Boolean(browserUnavailableReason());
const projects = contentProjects().map((p) => p.id);

/** Pages in a PDF that Chromium wrote (it keeps page objects uncompressed). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe.skipIf(skip)('printing', () => {
  const site = useSite();

  it.for(projects)('puts the project page %s on at most two A4 pages', async (id) => {
    const page = await site.newPage();
    await page.goto(`${site.url}/proekti/${id}/`);
    await page.evaluate(() => document.fonts.ready);
    const pages = pdfPages(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
    await page.close();
  });

  it.for(['/proekti/shans-za-nashite-detsa/', '/novini/2023-04-28-sporazumenia-za-ranno-detsko-razvitie/', '/organizatsii/obshtina-haskovo/'])(
    'prints %s without navigation, search, forms or the skip link, and with link addresses',
    async (path) => {
      const page = await site.newPage();
      await page.goto(`${site.url}${path}`);
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.evaluate(() =>
        ['.skip-link', 'nav[aria-label="Основна навигация"]', 'form[role="search"]', '.site-footer form', 'nav.breadcrumbs'].map((selector) => {
          const el = document.querySelector(selector);
          return { selector, shown: Boolean(el && getComputedStyle(el).display !== 'none') };
        }),
      );
      expect(hidden.filter((h) => h.shown)).toEqual([]);
      const after = await page.evaluate(() =>
        [...document.querySelectorAll('main a[href]')].map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })),
      );
      const addressed = after.filter((a) => a.href.startsWith('/') || a.href.startsWith('http'));
      expect(addressed.length).toBeGreaterThan(0);
      for (const link of addressed) expect(link.after, link.href).toContain(link.href);
      for (const link of after.filter((a) => a.href.startsWith('#'))) expect(link.after, link.href).toBe('none');
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('nav[aria-label="Основна навигация"]').isVisible()).toBe(true);
      await page.close();
    },
  );
});

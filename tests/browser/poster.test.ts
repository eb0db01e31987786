/**
 * The A3 poster printed by Chromium as the staff would print it: one A3 page per EU-funded
 * project, the emblem on it, no text cut; and on screen a preview that works on a phone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bgRoutes } from '../../src/lib/routes';
import { browserUnavailableReason, useSite } from '../helpers/browser';
import { contentProjects, projectsByFunding } from '../helpers/content';
import { accessibilityViolations, sidewaysOverflow, watchPage } from '../helpers/page-audit';

const skip = Boolean(browserUnavailableReason());
const eu = projectsByFunding().eu;

/** Pages in a PDF that Chromium wrote (it keeps page objects uncompressed). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
/** Each page's MediaBox, in points: [x0, y0, x1, y1]. */
const mediaBoxes = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[([^\]]+)\]/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number));
/** A3 in points (297 × 420 mm at 72/25.4). */
const A3_PT = { width: (297 * 72) / 25.4, height: (420 * 72) / 25.4 };
/** A3 in CSS pixels (96 per inch): the page box print emulation lays the poster out in. */
const A3_PX = { width: (297 * 96) / 25.4, height: (420 * 96) / 25.4 };

/** The PDF's text by poppler's pdftotext, or undefined (with the reason printed) where it is not installed. */
function pdfText(pdf: Buffer): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'poster-'));
  try {
    writeFileSync(join(dir, 'poster.pdf'), pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'poster.pdf'), '-'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    console.warn('Skipping the PDF text check: pdftotext (poppler-utils) is not installed');
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const squeeze = (text: string) => text.replace(/[\s\u00ad-]+/g, '');

describe.skipIf(skip)('the A3 poster', () => {
  const site = useSite();

  it('exists for every EU-funded project of the sample', () => {
    expect(eu.length).toBeGreaterThanOrEqual(3);
  });

  it.for(eu)('%s prints to one A3 page, with the emblem on it and no text cut', async (id) => {
    const project = contentProjects().find((p) => p.id === id)!.data;
    const page = await site.newPage({ width: Math.ceil(A3_PX.width), height: Math.floor(A3_PX.height) });
    const watch = watchPage(page, site.url);
    await page.goto(`${site.url}${bgRoutes.poster(id)}`);
    await page.evaluate(() => document.fonts.ready);

    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBe(1);
    const boxes = mediaBoxes(pdf);
    expect(boxes).toHaveLength(1);
    const [x0, y0, x1, y1] = boxes[0]!;
    // Chromium rounds the page to its own units: 841.92 × 1191.12 pt for 841.89 × 1190.55.
    expect(Math.abs(x1! - x0! - A3_PT.width)).toBeLessThan(1);
    expect(Math.abs(y1! - y0! - A3_PT.height)).toBeLessThan(1);

    const text = pdfText(pdf);
    if (text !== undefined) {
      for (const words of [project.title, project.goal!, 'Европейски съюз', 'Европейски социален фонд']) expect(squeeze(text)).toContain(squeeze(words));
    }

    // The same layout as the PDF: print media, a viewport as wide as the page.
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(
      ({ width, height }) => {
        const inside = (r: DOMRect, slack = 1) => r.left >= -slack && r.top >= -slack && r.right <= width + slack && r.bottom <= height + slack;
        const sheet = document.querySelector('.poster__sheet')!;
        const emblem = sheet.querySelector('svg.eu-emblem')!.getBoundingClientRect();
        const caption = sheet.querySelector('.poster__caption')!;
        // Every line of text, measured where it is drawn.
        const outside: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let lines = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) {
            lines += 1;
            if (!inside(rect))
              outside.push(
                `${node.textContent.trim().slice(0, 40)} @ ${Math.round(rect.left)},${Math.round(rect.top)}–${Math.round(rect.right)},${Math.round(rect.bottom)}`,
              );
          }
        }
        // Nothing wider or taller than its box (text spilling out of a box it is cut by).
        const overflowing = [...sheet.querySelectorAll('*')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1 || (getComputedStyle(el).overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1))
          .map((el) => el.className || el.tagName);
        const visibleOutsideSheet = [...document.body.querySelectorAll('*')].filter(
          (el) => !sheet.contains(el) && !el.contains(sheet) && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
        ).length;
        return {
          sheet: sheet.getBoundingClientRect().toJSON() as DOMRect,
          emblem: emblem.toJSON() as DOMRect,
          emblemInside: inside(emblem, 0),
          emblemWidth: emblem.width,
          qrWidth: sheet.querySelector('.poster__more svg')!.getBoundingClientRect().width,
          captionFont: getComputedStyle(caption).fontFamily,
          ubuntuLoaded: [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Ubuntu EU' && f.status === 'loaded'),
          outside,
          lines,
          overflowing,
          visibleOutsideSheet,
          documentHeight: document.documentElement.scrollHeight,
        };
      },
      { width: A3_PX.width, height: A3_PX.height },
    );
    expect(layout.sheet.width).toBeCloseTo(A3_PX.width, 0);
    expect(layout.sheet.bottom).toBeLessThanOrEqual(A3_PX.height);
    expect(layout.emblemInside, JSON.stringify(layout.emblem)).toBe(true);
    // 72 mm wide on paper, and no other drawing larger (821/2014 Art. 4(5)).
    expect(layout.emblemWidth / (A3_PX.width / 297)).toBeCloseTo(72, 0);
    expect(layout.qrWidth).toBeLessThan(layout.emblemWidth);
    expect(layout.captionFont.startsWith('"Ubuntu EU"')).toBe(true);
    expect(layout.ubuntuLoaded).toBe(true);
    expect(layout.lines).toBeGreaterThan(10);
    expect(layout.outside).toEqual([]);
    expect(layout.overflowing).toEqual([]);
    expect(layout.visibleOutsideSheet).toBe(0);
    expect(layout.documentHeight).toBeLessThanOrEqual(Math.ceil(A3_PX.height));
    expect(watch).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  it.for([
    [360, 740],
    [1366, 768],
  ])('on a %i px screen: a preview with how to print it, accessible, no sideways scrolling', async ([width, height]) => {
    for (const id of eu) {
      const page = await site.newPage({ width: width!, height: height! });
      const watch = watchPage(page, site.url);
      await page.goto(`${site.url}${bgRoutes.poster(id)}`);
      expect(await page.locator('h1').textContent()).toBe('Плакат A3 за отпечатване');
      expect(await page.locator('article.poster h2').isVisible()).toBe(true);
      expect(await sidewaysOverflow(page), id).toBe(0);
      // Text in the preview stays readable: at least 13 px.
      const smallest = await page.evaluate(() =>
        Math.min(...[...document.querySelectorAll('article.poster :is(h2, h3, p, dt, dd, span)')].map((el) => parseFloat(getComputedStyle(el).fontSize))),
      );
      expect(smallest, id).toBeGreaterThanOrEqual(13);
      expect(await accessibilityViolations(page), id).toEqual([]);
      expect(watch, id).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      await page.close();
    }
  });
});

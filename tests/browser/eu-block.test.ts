import { describe, expect, it } from 'vitest';
import { browserUnavailableReason, useSite } from '../helpers/browser';
import { contentProjects, projectsByFunding } from '../helpers/content';
import { emblemFontsFor } from '../../src/lib/eu-emblem';

const skip = Boolean(browserUnavailableReason());
const funding = projectsByFunding();
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1366, height: 768 },
];

describe.skipIf(skip)('the EU funding block on arrival', () => {
  const site = useSite();

  const cases = funding.eu.flatMap((id) => VIEWPORTS.map((viewport) => ({ id, viewport })));
  it.for(cases)('on $id at $viewport.width×$viewport.height shows the emblem and „Европейски съюз“ without scrolling', async ({ id, viewport }) => {
    const page = await site.newPage(viewport);
    await page.goto(`${site.url}/proekti/${id}/`);
    await page.evaluate(() => document.fonts.ready);
    const inView = async (box: { x: number; y: number; width: number; height: number } | null) =>
      Boolean(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height);

    const emblem = page.getByRole('img', { name: /Европейски съюз/ });
    expect(await emblem.count()).toBeGreaterThan(0);
    expect(await inView(await emblem.first().boundingBox()), 'emblem inside the viewport').toBe(true);
    const reference = page.locator('.eu-block__caption').first();
    expect(await reference.textContent()).toMatch(/Европейски съюз|Съфинансирано от Европейския съюз/);
    expect(await inView(await reference.boundingBox()), 'reference to the Union inside the viewport').toBe(true);
    // The „пробна версия“ banner stands above everything while placeholders are live: kept short.
    const banner = page.locator('.trial-banner');
    if (await banner.count()) expect((await banner.boundingBox())?.height, 'trial banner height').toBeLessThanOrEqual(viewport.width < 600 ? 64 : 40);
    // The texts beside the emblem render in Ubuntu (an allowed font), not a fallback.
    const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Ubuntu EU' && f.status === 'loaded').length);
    // One file for captions in Cyrillic (its cut carries the space), both for a Latin character (ЕСФ+).
    const captions = (await page.locator('.eu-block__caption').allTextContents()).map((t) => t.trim());
    expect(loaded, 'Ubuntu font files loaded').toBe(emblemFontsFor(captions).length);
    expect(loaded).toBeGreaterThan(0);
    expect(await reference.evaluate((el) => getComputedStyle(el).fontStyle)).toBe('normal');
    await page.close();
  });

  it.for(funding.eu)("on %s names the project in the EU block, so the EU money reads as the project's, not the site's", async (id) => {
    const title = contentProjects().find((p) => p.id === id)!.data.title;
    const page = await site.newPage({ width: 360, height: 740 });
    await page.goto(`${site.url}/proekti/${id}/`);
    // A finished project's sentence is in the past tense.
    expect(await page.locator('.eu-block').textContent()).toMatch(
      new RegExp(`Проект „${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}“ (се осъществява|беше осъществен) с финансовата подкрепа на`),
    );
    await page.close();
  });

  it.for([...funding.notEu, ...funding.unknown])('shows no EU emblem and claims no EU money on %s', async (id) => {
    const page = await site.newPage({ width: 360, height: 740 });
    await page.goto(`${site.url}/proekti/${id}/`);
    expect(await page.getByRole('img', { name: /Европейски съюз/ }).count()).toBe(0);
    expect(await page.locator('.eu-block').count()).toBe(0);
    await page.close();
  });

  it('credits the private funder of a project without EU money', async () => {
    expect(funding.notEu.length).toBeGreaterThan(0);
    const page = await site.newPage();
    await page.goto(`${site.url}/proekti/${funding.notEu[0]}/`);
    expect(await page.locator('main').textContent()).toContain('с подкрепата на');
    await page.close();
  });
});

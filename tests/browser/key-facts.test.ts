import { describe, expect, it } from 'vitest';
import { browserUnavailableReason, useSite, type Site } from '../helpers/browser';
import { contentProjects, projectsByFunding } from '../helpers/content';

const skip = Boolean(browserUnavailableReason());
const projects = contentProjects().map((p) => p.id);
const eu = new Set(projectsByFunding().eu);
const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1366, height: 768 };

/** Bottom edges (CSS px from the top of the page, not scrolled) of what a visitor must see on arrival. */
async function measure(site: Site, id: string, viewport: { width: number; height: number }) {
  const page = await site.newPage(viewport);
  await page.goto(`${site.url}/proekti/${id}/`);
  await page.evaluate(() => document.fonts.ready);
  const boxes = await page.evaluate(() => {
    const bottom = (el: Element | null | undefined) => (el ? Math.ceil(el.getBoundingClientRect().bottom) : null);
    const rows = [...document.querySelectorAll('.key-facts__row')];
    return {
      scrollY: window.scrollY,
      title: bottom(document.querySelector('h1')),
      euBlock: bottom(document.querySelector('.eu-block')),
      firstFact: bottom(rows[0]),
      lastFact: bottom(rows.at(-1)),
      rows: rows.length,
      sideways: document.documentElement.scrollWidth > window.innerWidth,
    };
  });
  await page.close();
  console.log(`${id} at ${viewport.width}×${viewport.height}: ${JSON.stringify(boxes)}`);
  return boxes;
}

describe.skipIf(skip)('the key facts on arrival', () => {
  const site = useSite();

  it.for(projects)('on %s at 360×740 show the title, the EU block where owed, and the start of the key facts', async (id) => {
    const m = await measure(site, id, PHONE);
    expect(m.scrollY).toBe(0);
    expect(m.rows).toBeGreaterThan(0);
    expect(m.title!, 'title').toBeLessThanOrEqual(PHONE.height);
    if (eu.has(id)) expect(m.euBlock!, 'EU block').toBeLessThanOrEqual(PHONE.height);
    else expect(m.euBlock).toBeNull();
    expect(m.firstFact!, 'first key fact').toBeLessThanOrEqual(PHONE.height);
    expect(m.sideways).toBe(false);
  });

  it.for(projects)('on %s at 1366×768 show every key fact', async (id) => {
    const m = await measure(site, id, LAPTOP);
    expect(m.title!, 'title').toBeLessThanOrEqual(LAPTOP.height);
    if (eu.has(id)) expect(m.euBlock!, 'EU block').toBeLessThanOrEqual(LAPTOP.height);
    expect(m.lastFact!, 'last key fact').toBeLessThanOrEqual(LAPTOP.height);
  });
});

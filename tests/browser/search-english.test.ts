import { describe, expect, it } from 'vitest';
import { browserUnavailableReason, useSite } from '../helpers/browser';
import { searchThroughPage } from '../helpers/search-page';

const skip = Boolean(browserUnavailableReason());

describe.skipIf(skip)('the English search page', () => {
  const site = useSite();

  it('is reached from the header of an English page and answers in English', async () => {
    const page = await site.newPage({ width: 360, height: 740 });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${site.url}/en/projects/`);
    const box = page.getByRole('searchbox', { name: 'Search this site' });
    await box.fill('BG05M9OP001-2.004-0047');
    await box.press('Enter');
    await page.waitForURL('**/en/search/?q=*');
    await page.locator('#results a[href="/en/projects/kompleks-za-integrirani-sotsialni-uslugi-za-detsa-i-semeystva/"]').waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(/^Results for “.+”: \d+\.$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds English pages by an English word, and by an organization’s name', async () => {
    const page = await site.newPage({ width: 1366, height: 768 });
    await page.goto(`${site.url}/en/search/`);
    const donate = await searchThroughPage(page, 'donate');
    expect(donate.paths[0]).toBe('/en/donate/');
    const kazanlak = await searchThroughPage(page, 'Казанлък');
    expect(kazanlak.paths).toContain('/en/donate/obshtina-kazanlak/');
    // English pages only: the Bulgarian ones are in the other index.
    for (const result of [...donate.paths, ...kazanlak.paths]) expect(result).toMatch(/^\/en\//);
    await page.close();
  });

  it('leaves the Bulgarian search with the Bulgarian pages', async () => {
    const page = await site.newPage({ width: 1366, height: 768 });
    await page.goto(`${site.url}/tarsene/`);
    const { paths } = await searchThroughPage(page, 'Казанлък');
    expect(paths).toContain('/darete/obshtina-kazanlak/');
    for (const result of paths) expect(result).not.toMatch(/^\/en\//);
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailableReason, startSite, type Site } from '../helpers/browser';

const skip = Boolean(browserUnavailableReason());

describe.skipIf(skip)('searching from the header on a phone', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => site?.close());

  const cases = [
    { how: 'a place', query: 'Крън', finds: '/proekti/badeshte-za-vsyako-dete/' },
    { how: 'an inflected need', query: 'детските градини', finds: '/proekti/shans-za-nashite-detsa/' },
    { how: 'a contract number', query: 'BG05M9OP001-2.004-0047', finds: '/proekti/kompleks-za-integrirani-sotsialni-uslugi-za-detsa-i-semeystva/' },
  ];

  it.for(cases)('finds a project by $how', async ({ query, finds }) => {
    const page = await site.newPage({ width: 360, height: 740 });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${site.url}/proekti/`);
    await page.getByRole('searchbox', { name: 'Търсене в сайта' }).fill(query);
    await page.getByRole('searchbox', { name: 'Търсене в сайта' }).press('Enter');
    await page.waitForURL('**/tarsene/?q=*');
    await page.locator(`#results a[href="${finds}"]`).waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(/^Намерени резултати за „.+“: \d+\.$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by a facet and keeps the query in the address', async () => {
    const page = await site.newPage({ width: 1366, height: 768 });
    await page.goto(`${site.url}/tarsene/?q=${encodeURIComponent('деца')}`);
    await page.locator('#results li').first().waitFor();
    await page.getByRole('checkbox', { name: /^Стара Загора/ }).check();
    await page.waitForFunction(() => document.querySelectorAll('#results li').length === 1);
    expect(await page.locator('#results a').first().getAttribute('href')).toBe('/proekti/badeshte-za-vsyako-dete/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('деца');
    await page.close();
  });

  it('says plainly when nothing matches', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/tarsene/?q=${encodeURIComponent('Варна')}`);
    await page.getByRole('status').filter({ hasText: 'Няма резултати' }).waitFor();
    expect(await page.locator('#results li').count()).toBe(0);
    await page.close();
  });

  it('explains itself and links to the project groups without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/tarsene/?q=Крън`);
    expect(await page.locator('main').innerText()).toContain('Търсенето работи с JavaScript');
    expect(await page.locator('main a[href="/proekti/po-obshtina/"]').count()).toBe(1);
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import { browserUnavailableReason, useSite } from '../helpers/browser';

const skip = Boolean(browserUnavailableReason());

describe.skipIf(skip)('a visitor walking the site in Chromium', () => {
  const site = useSite();

  it('goes from the home page to a project and on to its organization', async () => {
    const page = await site.newPage({ width: 360, height: 740 });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${site.url}/`);
    expect(await page.locator('h1').textContent()).toBe('Проекти за деца и семейства');
    await page.getByRole('link', { name: 'Шанс за нашите деца' }).click();
    await page.waitForURL('**/proekti/shans-za-nashite-detsa/');
    expect(await page.locator('h1').textContent()).toBe('Шанс за нашите деца');

    // The EU emblem and the reference to the Union are visible without scrolling on a phone.
    const emblem = page.getByRole('img', { name: /Европейски съюз/ });
    expect(await emblem.isVisible()).toBe(true);
    const box = await emblem.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(740);
    const caption = await page.locator('.eu-block__caption').boundingBox();
    expect(caption && caption.y + caption.height).toBeLessThanOrEqual(740);

    // The key facts link down to the section that tells more.
    await page.locator('.key-facts').getByRole('link', { name: 'Обща стойност' }).click();
    expect(await page.evaluate(() => location.hash)).toBe('#finansirane');
    expect(await page.evaluate(() => document.getElementById('finansirane')!.getBoundingClientRect().top)).toBeLessThan(100);

    await page.getByRole('link', { name: 'Община Хасково' }).first().click();
    await page.waitForURL('**/organizatsii/obshtina-haskovo/');
    expect(await page.locator('h1').textContent()).toBe('Община Хасково');
    expect(await page.getByRole('link', { name: 'Шанс за нашите деца' }).count()).toBeGreaterThan(0);

    // Nothing scrolls sideways at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('goes from the home page to a grouping, a project in it and a news item about it', async () => {
    const page = await site.newPage({ width: 1366, height: 768 });
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: /^Всички проекти/ }).click();
    await page.waitForURL('**/proekti/');
    await page.getByRole('link', { name: 'Казанлък', exact: true }).click();
    await page.waitForURL('**/proekti/po-obshtina/kazanlak/');
    expect(await page.locator('h1').textContent()).toBe('Проекти в община Казанлък (1 проект)');
    await page.getByRole('link', { name: 'Бъдеще за всяко дете' }).click();
    await page.waitForURL('**/proekti/badeshte-za-vsyako-dete/');
    await page.getByRole('link', { name: /„Бъдеще за всяко дете“ в Община Казанлък/ }).click();
    await page.waitForURL('**/novini/2023-10-09-badeshte-za-vsyako-dete-v-obshtina-kazanlak/');
    expect(await page.locator('main').textContent()).toContain('Публикувано на 09.10.2023');
    await page.close();
  });

  it('moves focus to the main content with the skip link', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/proekti/badeshte-za-vsyako-dete/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Към основното съдържание');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main-content');
    await page.close();
  });
});

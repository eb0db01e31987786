import { describe, expect, it } from 'vitest';
import { browserUnavailableReason, useSite } from '../helpers/browser';

const skip = Boolean(browserUnavailableReason());

describe.skipIf(skip)('the donation page in Chromium', () => {
  const site = useSite();

  it('copies the IBAN without spaces and says so', async () => {
    const page = await site.newPage({ width: 360, height: 740 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.goto(`${site.url}/darete/fondatsia-za-nashite-detsa/`);
    await page.getByRole('button', { name: /Копирайте IBAN/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('BG59ZZZZ00000000000001');
    await page.getByRole('status').filter({ hasText: 'Копирано.' }).first().waitFor();
    await page.close();
  });

  it('copies on the English page too, and says so in English', async () => {
    const page = await site.newPage({ width: 1366, height: 768 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.goto(`${site.url}/en/donate/fondatsia-za-nashite-detsa/`);
    await page.getByRole('button', { name: /Copy the reference/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Дарение');
    await page.getByRole('status').filter({ hasText: 'Copied.' }).first().waitFor();
    await page.close();
  });

  it('keeps the IBAN as selectable text, without copy buttons, when JavaScript is off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/darete/fondatsia-za-nashite-detsa/`);
    expect(await page.getByRole('button', { name: /Копирай/ }).count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('BG59 ZZZZ 0000 0000 0000 01');
    await context.close();
  });
});

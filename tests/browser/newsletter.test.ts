import { describe, expect, it } from 'vitest';
import { browserUnavailableReason, useSite } from '../helpers/browser';

const skip = Boolean(browserUnavailableReason());

describe.skipIf(skip)('the newsletter signup (no provider: the stub)', () => {
  const site = useSite();

  const open = async (width = 360, height = 740) => {
    const page = await site.newPage({ width, height });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await page.goto(`${site.url}/byuletin/`);
    return { page, requests, form: page.locator('#newsletter form') };
  };

  it('shows the error summary on an empty submit and moves focus to it', async () => {
    const { page, form } = await open();
    await form.getByRole('button', { name: 'Запишете ме' }).click();
    const summary = page.locator('.error-summary');
    expect(await summary.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await summary.locator('a').allTextContents()).toEqual(['Въведете имейл адреса си', 'Отбележете, че сте съгласни да получавате бюлетина']);
    await summary.getByRole('link', { name: 'Въведете имейл адреса си' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('nl-email');
    await page.close();
  });

  it('puts each message next to its field: a bad e-mail, consent not given', async () => {
    const { page, form } = await open(1366, 768);
    await form.getByLabel('Имейл', { exact: true }).fill('ne-e-imeyl');
    await form.getByRole('button', { name: 'Запишете ме' }).click();
    expect(await page.locator('#nl-email-error').textContent()).toBe('Въведете имейл адрес във вида ime@primer.bg');
    expect(await page.locator('#nl-consent-error').textContent()).toBe('Отбележете, че сте съгласни да получавате бюлетина');
    expect(await form.getByLabel('Имейл', { exact: true }).getAttribute('aria-describedby')).toBe('nl-email-error');
    await page.close();
  });

  it('says plainly that signup is not connected, and sends the address nowhere', async () => {
    const { page, form, requests } = await open();
    await form.getByLabel('Имейл', { exact: true }).fill('ivana@primer.bg');
    await form.getByRole('checkbox').check();
    const before = requests.length;
    await form.getByRole('button', { name: 'Запишете ме' }).click();
    await page.getByText('Записването още не е свързано. Не сме изпратили').waitFor();
    expect(requests.slice(before).filter((r) => r.includes('ivana'))).toEqual([]);
    expect(page.url()).toBe(`${site.url}/byuletin/`);
    await page.close();
  });

  it('drops a submission whose honeypot is filled, without any message', async () => {
    const { page, form } = await open();
    await form.getByLabel('Имейл', { exact: true }).fill('bot@primer.bg');
    await form.getByRole('checkbox').check();
    await page.locator('#nl-website').evaluate((el: HTMLInputElement) => (el.value = 'spam'));
    await form.getByRole('button', { name: 'Запишете ме' }).click();
    await page.waitForTimeout(200);
    expect(await page.locator('.newsletter-result').textContent()).toBe('');
    expect(await page.locator('.error-summary').isVisible()).toBe(false);
    await page.close();
  });

  it('without a script, the footer form lands on our explanation with no address in the URL', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/novini/`);
    const footer = page.locator('footer form');
    await footer.getByLabel('Имейл', { exact: true }).fill('ivana@primer.bg');
    await footer.getByRole('checkbox').check();
    await footer.getByRole('button', { name: 'Запишете ме' }).click();
    await page.waitForURL('**/byuletin/ne-e-svarzan/**');
    expect(page.url()).not.toContain('ivana');
    expect(new URL(page.url()).search.replace(/^\?$/, '')).toBe('');
    expect(await page.locator('h1').textContent()).toBe('Записването за бюлетина още не е свързано');
    await context.close();
  });
});

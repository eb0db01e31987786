import { describe, expect, it } from 'vitest';
import { browserUnavailableReason, useSite } from '../helpers/browser';

const skip = Boolean(browserUnavailableReason());

describe.skipIf(skip)('searching from the header on a phone', () => {
  const site = useSite();

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

  it('restores the query, filters and sort from a shared address, and keeps them there', async () => {
    const page = await site.newPage({ width: 1366, height: 768 });
    await page.goto(`${site.url}/tarsene/?q=${encodeURIComponent('деца')}&oblast=${encodeURIComponent('Стара Загора')}&sort=nachalo`);
    await page.waitForFunction(() => document.querySelectorAll('#results li').length === 1 && !document.querySelector('#search[aria-busy]'));
    expect(await page.locator('#results a').first().getAttribute('href')).toBe('/proekti/badeshte-za-vsyako-dete/');
    expect(await page.getByRole('checkbox', { name: /^Стара Загора/ }).isChecked()).toBe(true);
    expect(await page.locator('#search-sort').inputValue()).toBe('начало');
    await page.getByRole('checkbox', { name: /^Стара Загора/ }).uncheck();
    await page.waitForFunction(() => document.querySelectorAll('#results li').length > 1);
    expect(new URL(page.url()).searchParams.get('oblast')).toBeNull();
    await page
      .getByRole('checkbox', { name: /^Хасково/ })
      .first()
      .check();
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('oblast').includes('Хасково'));
    await page.close();
  });

  it('shows what each result is: type, place, status, period and, for projects, the amount', async () => {
    const page = await site.newPage({ width: 1366, height: 768 });
    await page.goto(`${site.url}/tarsene/?q=${encodeURIComponent('Садово')}`);
    const facts = page
      .locator('#results li')
      .filter({ has: page.locator('a[href="/proekti/initsiativa-za-razvitie-i-sotsialno-vklyuchvane/"]') })
      .locator('.result-facts');
    await facts.waitFor();
    const text = (await facts.textContent()) ?? '';
    expect(text).toMatch(/^проект · .*Садово.* · (В изпълнение|Предстоящи|Приключили|Статусът не е известен) · /);
    expect(text).toMatch(/\d{2}\.\d{2}\.\d{4}\sг\.\s– /);
    expect(text).toMatch(/€$/);
    await page.close();
  });

  it('offers the Cyrillic spelling when a Latin query finds nothing as typed', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/tarsene/?q=haskovo`);
    const hint = page.locator('#search-hint a', { hasText: 'хасково' });
    await hint.waitFor();
    expect(await page.locator('#search-hint').textContent()).toBe('Търсихте ли: хасково?');
    expect(await page.locator('#results a[href="/proekti/shans-za-nashite-detsa/"]').count()).toBe(1);
    await hint.click();
    await page.waitForURL(/q=%D1%85/);
    await page.locator('#results a[href="/proekti/shans-za-nashite-detsa/"]').waitFor();
    await page.close();
  });

  it('does not match everything through the „ре“ of „Ре:дарител“', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/tarsene/?q=${encodeURIComponent('Ре:дарител')}`);
    await page.getByRole('status').filter({ hasText: '„Ре:дарител“' }).waitFor();
    const paths = await page.$$eval('#results li h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // „дарител“ is a donation word (content/search-synonyms.yaml): the donation pages come first.
    expect(paths.slice(0, 3).every((p) => p.startsWith('/darete/'))).toBe(true);
    // The foundation's page, which names its Ре:дарител programme, is among them.
    expect(paths.slice(0, 3)).toContain('/darete/fondatsia-za-nashite-detsa/');
    await page.close();
  });

  it('suggests spelling, Cyrillic and the projects index when nothing matches', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/tarsene/?q=xqzwv`);
    await page.getByRole('status').filter({ hasText: 'Няма резултати' }).waitFor();
    const hint = (await page.locator('#search-hint').textContent()) ?? '';
    expect(hint).toContain('правописа');
    expect(hint).toContain('кирилица');
    expect(await page.locator('#search-hint a[href="/proekti/"]').count()).toBe(1);
    await page.close();
  });

  it('draws a page of results and loads only theirs; more on request, focus on the first new one', async () => {
    const page = await site.newPage({ width: 1366, height: 768 });
    // Five at a time (twenty on the site): the sample content has no query with hundreds of results.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const root = document.querySelector('#search');
        if (root) {
          root.setAttribute('data-page', '5');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const fragments: string[] = [];
    page.on('request', (r) => r.url().endsWith('.pf_fragment') && fragments.push(r.url()));
    await page.goto(`${site.url}/tarsene/?q=${encodeURIComponent('общини')}`);
    await page.waitForFunction(() => document.querySelectorAll('#results li').length > 0 && !document.querySelector('#search[aria-busy]'));
    const found = Number(/: (\d+)\.$/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
    expect(found).toBeGreaterThan(10);
    expect(await page.locator('#results li').count()).toBe(5);
    expect(fragments.length).toBe(5);
    const more = page.getByRole('button', { name: 'Покажете още резултати' });
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('#results li').length > 5);
    expect(await page.locator('#results li').count()).toBe(10);
    expect(fragments.length).toBe(10);
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('#results li a')[5])).toBe(true);
    for (let shown = 10; shown < found; shown += 5) {
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('#results li').length > n, shown);
    }
    expect(await page.locator('#results li').count()).toBe(found);
    expect(await more.isHidden()).toBe(true);
    await page.close();
  });

  it('shows the first five results before the rest of the first page is loaded, then the rest', async () => {
    const page = await site.newPage({ width: 1366, height: 768 });
    // Every fragment after the fifth waits until released: the first results must not wait for them.
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    let requested = 0;
    await page.route('**/*.pf_fragment', async (route) => {
      requested += 1;
      if (requested > 5) await held;
      await route.continue();
    });
    await page.goto(`${site.url}/tarsene/?q=${encodeURIComponent('деца')}`);
    await page.waitForFunction(() => /: \d+\.$/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const found = Number(/: (\d+)\.$/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
    expect(found).toBeGreaterThan(5);
    expect(await page.locator('#results li').count()).toBe(5);
    release();
    await page.waitForFunction(() => !document.querySelector('#search[aria-busy]'));
    expect(await page.locator('#results li').count()).toBe(Math.min(found, 20));
    await page.close();
  });

  it('sorts projects by amount, largest first, before the other pages', async () => {
    const page = await site.newPage({ width: 1366, height: 768 });
    await page.goto(`${site.url}/tarsene/?q=${encodeURIComponent('деца')}&sort=suma`);
    await page.waitForFunction(() => document.querySelectorAll('#results li').length > 0 && !document.querySelector('#search[aria-busy]'));
    const facts = await page.$$eval('#results .result-facts', (ps) => ps.map((p) => p.textContent ?? ''));
    const kinds = facts.map((f) => f.split(' · ')[0]);
    const projects = kinds.filter((k) => k === 'проект').length;
    expect(projects).toBeGreaterThan(1);
    expect(kinds.slice(0, projects).every((k) => k === 'проект')).toBe(true);
    // The amount in euro ends a project's line where it states one („2 168 639,81 €“); those without come last.
    const amounts = facts
      .slice(0, projects)
      .map((f) => (/ · ([\d\s,]+?)\s€$/.exec(f)?.[1] ?? '0').replace(/\s/g, '').replace(',', '.'))
      .map(Number);
    expect(amounts.filter((a) => a > 0).length).toBeGreaterThan(1);
    expect(amounts).toEqual([...amounts].sort((x, y) => y - x));
    await page.close();
  });

  it('puts the filters before the results in focus order, as they stand left of them at 1366 px', async () => {
    const page = await site.newPage({ width: 1366, height: 768 });
    await page.goto(`${site.url}/tarsene/?q=${encodeURIComponent('деца')}`);
    // The filters are drawn again once their counts are in, after the first results: wait for both.
    await page.waitForFunction(
      () => document.querySelector('#results li') && document.querySelector('#facets input') && !document.querySelector('#search[aria-busy]'),
    );
    const box = await page.locator('#facets input').first().boundingBox();
    const link = await page.locator('#results a').first().boundingBox();
    expect(box!.x).toBeLessThan(link!.x);
    const order = await page.evaluate(() => {
      const first = document.querySelector('#facets input')!;
      const result = document.querySelector('#results a')!;
      return first.compareDocumentPosition(result) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await page.close();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserUnavailableReason, useSite } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { LANGS } from '../../src/i18n/lang';
import { routesFor } from '../../src/lib/routes';
import { accessibilityViolations, sidewaysOverflow, watchPage } from '../helpers/page-audit';

const skip = Boolean(browserUnavailableReason());

/** An address with no page: the host answers with the 404 page. */
const NOT_FOUND = '/nyama-takava-stranitsa/';

/** Every page the sitemap lists (both languages), as a path, plus the 404 page and the newsletter stubs (noindex). */
function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [
    ...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
    NOT_FOUND,
    ...LANGS.map((lang) => routesFor(lang).newsletterStub()),
  ];
}

describe.skipIf(skip)('every page in Chromium at 360×740, served with the production headers', () => {
  const site = useSite();

  // axe takes about a second and a half a page: several pages at once keep the suite short.
  it.concurrent.for(skip ? [] : sitemapPaths())('%s passes axe, loads only its own files and fits the phone', async (path, { expect }) => {
    const page = await site.newPage({ width: 360, height: 740 });
    const watch = watchPage(page, site.url, path === NOT_FOUND);
    const response = await page.goto(site.url + path, { waitUntil: 'load' });
    expect(response?.status(), 'HTTP status').toBe(path === NOT_FOUND ? 404 : 200);
    expect(await accessibilityViolations(page), 'axe violations').toEqual([]);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
    expect(watch.failedRequests, 'failed requests').toEqual([]);
    expect(watch.foreignRequests, 'requests to other hosts').toEqual([]);
    expect(await sidewaysOverflow(page), 'pixels of sideways scrolling').toBe(0);
    await page.close();
  });
});

describe.skipIf(skip)('the browser gate itself', () => {
  const site = useSite();

  it('catches an image without alt text, a foreign font, a page wider than the phone and a blocked inline style', async () => {
    const page = await site.newPage({ width: 360, height: 740 });
    const watch = watchPage(page, site.url);
    await page.goto(`${site.url}${NOT_FOUND}`);
    await page.evaluate(() => {
      document
        .querySelector('main')!
        .insertAdjacentHTML('beforeend', `<img src="/favicon.svg"><pre>${'широко-'.repeat(60)}</pre><p style="color:red">стил</p>`);
      const font = document.createElement('link');
      font.rel = 'stylesheet';
      font.href = 'https://fonts.example.invalid/css?family=Roboto';
      document.head.append(font);
    });
    await page.waitForTimeout(200);
    expect((await accessibilityViolations(page)).join('\n')).toMatch(/^image-alt/m);
    expect(watch.foreignRequests).toContain('https://fonts.example.invalid/css?family=Roboto');
    expect(await sidewaysOverflow(page)).toBeGreaterThan(0);
    expect(watch.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
    await page.close();
  });
});

/**
 * What the browser gate checks on a page: axe (WCAG 2.0, 2.1 and 2.2, A and AA), console
 * errors, failed requests, requests to any other host, and sideways scrolling.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface PageWatch {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * Starts recording what goes wrong on a page; `origin` is the only host it may talk to.
 * `notFoundPage`: the page is the host's 404 answer, whose own status Chromium logs as an error.
 */
export function watchPage(page: Page, origin: string, notFoundPage = false): PageWatch {
  const watch: PageWatch = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (notFoundPage && message.location().url === page.url() && /status of 404/.test(message.text())) return;
    watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) watch.foreignRequests.push(url);
  });
  page.on('requestfailed', (request) => watch.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    // The 404 page itself answers 404 on purpose; anything else that fails is a broken request.
    if (response.status() >= 400 && !response.url().endsWith('/404.html') && response.request().resourceType() !== 'document') {
      watch.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
    }
  });
  return watch;
}

/** axe's violations, one readable line each: rule, impact, and where. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join('; ')}`,
  );
}

/** How far the page is wider than the viewport, in CSS pixels (0 = no sideways scrolling). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

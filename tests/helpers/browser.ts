/**
 * A Chromium browser for tests. Without one, browser tests are skipped with a printed reason,
 * except under CI=true, where a missing browser fails the run.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { findChromium, launchOptions } from '../../scripts/lib/chromium.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { DIST, requireDist } from './dist';

export const chromiumPath: string | undefined = findChromium();

export function browserUnavailableReason(): string | undefined {
  if (chromiumPath) return undefined;
  const reason = 'no Chromium found (/usr/bin/chromium; set CHROME_PATH or apt-get install chromium)';
  if (process.env.CI === 'true') throw new Error(`Browser tests cannot run under CI: ${reason}`);
  console.warn(`Skipping browser tests: ${reason}`);
  return reason;
}

export interface Site {
  browser: Browser;
  url: string;
  /** A page in a context of its own (axe needs one); closing the page closes the context. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Serves a built site (dist/ unless given) and opens Chromium. */
export async function startSite(root = DIST): Promise<Site> {
  if (root === DIST) requireDist();
  const server = (await serveStatic(root)) as { url: string; close: () => Promise<void> };
  const browser = await chromium.launch(launchOptions(chromiumPath));
  return {
    browser,
    url: server.url,
    newPage: async (viewport = { width: 1366, height: 768 }) => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      // Closing the browser closes the page too; the context is gone by then, which is fine.
      page.on('close', () => void context.close().catch(() => undefined));
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The built site served and Chromium open for the tests of one describe block, closed after
 * them: `const site = useSite();` in the block, then `site.newPage()`, `site.url` in the tests
 * (or in a later beforeAll). The one browser-test setup every file shares.
 */
export function useSite(): Site {
  let site: Site | undefined;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => site?.close());
  const current = () => {
    if (!site) throw new Error('useSite(): the site starts in beforeAll; use it inside a test or a later hook');
    return site;
  };
  return {
    get browser() {
      return current().browser;
    },
    get url() {
      return current().url;
    },
    newPage: (viewport) => current().newPage(viewport),
    close: () => current().close(),
  };
}

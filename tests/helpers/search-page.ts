/**
 * Drives the real search page as a visitor does: types the query into the box, submits, waits
 * for the status line to name the query, and reads what the page shows.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { useSite } from './browser';

export interface PageResults {
  /** Result links, as paths, in the order shown. */
  paths: string[];
  /** The status line. */
  status: string;
}

export async function searchThroughPage(page: Page, query: string): Promise<PageResults> {
  const input = page.locator('#search-q');
  await input.fill(query);
  await input.press('Enter');
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      // The query in the page language's quotes: „…“ in Bulgarian, “…” in English.
      return (status.includes(`„${q}“`) || status.includes(`“${q}”`)) && document.querySelector('#search')?.getAttribute('aria-busy') !== 'true';
    },
    query.trim(),
    { timeout: 15_000 },
  );
  const paths = await page.$$eval('#results li h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const status = (await page.textContent('#search-status')) ?? '';
  return { paths, status };
}

export interface Measure {
  hit1: number;
  hit3: number;
  misses: string[];
}

export async function measureThroughPage(page: Page, set: { query: string; expect: string[] }[]): Promise<Measure> {
  let hit1 = 0;
  let hit3 = 0;
  const misses: string[] = [];
  for (const { query, expect: wanted } of set) {
    const { paths } = await searchThroughPage(page, query);
    if (wanted.includes(paths[0] ?? '')) hit1 += 1;
    if (paths.slice(0, 3).some((p) => wanted.includes(p))) hit3 += 1;
    else misses.push(`${query} → ${paths.slice(0, 3).join(' ') || 'нищо'}`);
  }
  return { hit1: hit1 / set.length, hit3: hit3 / set.length, misses };
}

/**
 * The built site served and its search page open for the tests of one describe block:
 * `const search = openSearchPage();` then `search.page()` inside the tests.
 */
export function openSearchPage(): { page: () => Page } {
  const site = useSite();
  let page: Page | undefined;
  beforeAll(async () => {
    page = await site.newPage();
    await page.goto(`${site.url}/tarsene/`);
  });
  // Hooks after the tests run in reverse order: the page closes before the site does.
  afterAll(async () => page?.close());
  return { page: () => page! };
}

/**
 * What the search e2e tests share: a copy's build limited to the routes they need, and the
 * built site served with the site's own Pagefind loader (src/client/pagefind.ts) at LOADER, so
 * that the page can call it as the search script does.
 */
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startSite, type Site } from './browser';

/** Where the site's loader is served for calls from the page. */
export const LOADER = '/test-only/pagefind-loader.js';

/** Removes every page file under dir (src/pages of a copy) but those kept, by path under dir. */
export function keepOnlyPages(dir: string, keep: ReadonlySet<string>, rel = ''): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) keepOnlyPages(join(dir, entry.name), keep, path);
    else if (!keep.has(path)) rmSync(join(dir, entry.name));
  }
}

/** Serves dist with the loader beside it, and opens its search page. */
export async function serveWithLoader(dist: string): Promise<{ site: Site; page: Page }> {
  await build({
    entryPoints: [join(import.meta.dirname, '../../src/client/pagefind.ts')],
    bundle: true,
    format: 'esm',
    outfile: join(dist, LOADER),
    logLevel: 'silent',
  });
  const site = await startSite(dist);
  const page = await site.newPage();
  await page.goto(`${site.url}/tarsene/`);
  return { site, page };
}

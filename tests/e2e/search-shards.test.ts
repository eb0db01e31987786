/**
 * Sharded search (docs/scale.md): 1,000 synthetic projects built by the site's real project-page
 * view, indexed as 4 shards by lead organization (each with the site's own indexer,
 * scripts/search-index.ts, Bulgarian stems included) next to the site's own index, and merged in
 * Chromium by the search page's code as content/site.yaml `searchShards` configures it.
 *
 * To stay near a minute, the copy keeps only the routes the test needs (the project page, the
 * search page, the organizations, the 404 pages): the project pages are still the real view's
 * HTML from a real `astro build`, only the other page types are not built.
 */
import { cpSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEADS, syntheticProject, syntheticSlug } from '../../scripts/bench/synthetic-projects.mjs';
import { browserUnavailableReason, type Site } from '../helpers/browser';
import { keepOnlyPages, LOADER, serveWithLoader } from '../helpers/search-copy';
import { searchThroughPage } from '../helpers/search-page';
import { bg } from '../../src/i18n/bg';
import { FILTER } from '../../src/lib/search-facets';
import { copySite, type SiteCopy } from '../helpers/site-copy';

const PROJECTS = 1000;
/** Shard k holds the projects of lead organization k (project i's lead is LEADS[i % 4]). */
const shardOf = (i: number) => i % LEADS.length;
const shardPath = (lead: string) => `/chasti/${lead}/pagefind/`;
/** Routes the test needs; every other page file is left out of the copy's build. */
const KEEP = new Set(['proekti/[slug].astro', 'tarsene.astro', 'organizatsii/[slug].astro', '404.astro', 'en/404.astro']);
/** Project pages only (the sample's organization pages name their projects too). */
const PROJECT_PAGES = { [FILTER.kind]: [bg.search.kind.project] };

const skip = browserUnavailableReason();
let copy: SiteCopy | undefined;
let site: Site | undefined;
let page: Page;

function run(script: string, args: string[] = []) {
  const result = copy!.run(script, args);
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')}: ${result.output.slice(-3000)}`);
  return result.output;
}

/**
 * An expression for the page: the site's loader (src/client/pagefind.ts) called as the search
 * script calls it, with the given shards, then every hit of a word each synthetic project has.
 * A string, so that the test runner does not rewrite the browser's import().
 */
const countInPage = (shards: string, filters: Record<string, string[]>) => `(async () => {
  const loader = await import(${JSON.stringify(LOADER)});
  const pf = await loader.loadPagefind(${shards});
  // As the search script does: all filters loaded first, so the search counts each of them.
  await pf.filters();
  const search = await pf.search('синтетичен', { filters: ${JSON.stringify(filters)} });
  return { hits: search.results.length, filters: search.filters };
})()`;

describe.skipIf(skip)('search over 1,000 projects in 4 shards, merged in the browser', () => {
  beforeAll(async () => {
    copy = copySite();
    const root = copy.root;
    for (let i = 1; i <= PROJECTS; i += 1) copy.write(`content/projects/${syntheticSlug(i)}.mdx`, syntheticProject(i));
    keepOnlyPages(join(root, 'src/pages'), KEEP);
    copy.edit('content/site.yaml', (text) => `${text}searchShards:\n${LEADS.map((lead) => `  - ${shardPath(lead)}\n`).join('')}`);
    run('scripts/subset-font.mjs');
    run('node_modules/.bin/astro', ['build']);

    // Each shard: its projects' pages in a folder of their own, indexed into the shard's bundle.
    const dist = join(root, 'dist');
    for (const [k, lead] of LEADS.entries()) {
      const shardSite = join(root, 'shards', lead);
      mkdirSync(join(shardSite, 'proekti'), { recursive: true });
      for (let i = 1; i <= PROJECTS; i += 1)
        if (shardOf(i) === k) renameSync(join(dist, 'proekti', syntheticSlug(i)), join(shardSite, 'proekti', syntheticSlug(i)));
      run('scripts/search-index.ts', [`--site=${shardSite}`, `--output=${join(dist, shardPath(lead))}`]);
    }
    // The site's own index: what is left (the sample projects, organizations, search page).
    run('scripts/search-index.ts', [`--site=${dist}`]);
    // The shards' pages served at the site's paths again, as one deployment would hold them.
    for (const lead of LEADS) cpSync(join(root, 'shards', lead), dist, { recursive: true });

    ({ site, page } = await serveWithLoader(dist));
  }, 600_000);

  afterAll(async () => {
    await site?.close();
    copy?.remove();
  });

  it('lists the shards on the search page as site.yaml configures them', async () => {
    const shards = JSON.parse((await page.getAttribute('#search', 'data-shards')) ?? '[]') as string[];
    expect(shards).toEqual(LEADS.map(shardPath));
  });

  it('adds every synthetic project of all 4 shards to the hits, 250 per organization, filters counted across indexes', async () => {
    type Found = { hits: number; filters: Record<string, Record<string, number>> };
    // The site's own index alone, as a site built at once searches it.
    const own = (await page.evaluate(countInPage('[]', PROJECT_PAGES))) as Found;
    // A fresh page: Pagefind keeps one instance per page.
    await page.goto(`${site!.url}/tarsene/`);
    const merged = (await page.evaluate(countInPage(`JSON.parse(document.querySelector('#search').getAttribute('data-shards'))`, PROJECT_PAGES))) as Found;
    await page.goto(`${site!.url}/tarsene/`);
    // Only the shards hold synthetic projects: 1,000 more hits means all four were searched.
    expect(merged.hits - own.hits).toBe(PROJECTS);
    const added = Object.entries(merged.filters[FILTER.organization] ?? {})
      .map(([name, count]) => count - (own.filters[FILTER.organization]?.[name] ?? 0))
      .filter((n) => n !== 0);
    expect(added).toEqual(LEADS.map(() => PROJECTS / LEADS.length));
  });

  it('finds project 702 of shard 3 on the search page by its number and an inflected word, at its own address', async () => {
    expect(shardOf(702)).toBe(2);
    // „синтетичния“ reaches „синтетичен“ only through the stems the site's indexer adds (ранен → ранн).
    const { paths, status } = await searchThroughPage(page, 'синтетичния проект 702');
    expect(paths[0]).toBe(`/proekti/${syntheticSlug(702)}/`);
    expect(status).toContain('„синтетичния проект 702“');
    const response = await page.request.get(`${site!.url}${paths[0]}`);
    expect(response.status()).toBe(200);
  });

  it('counts the shards’ projects in the search page’s filters, from each index’s filter table', async () => {
    await page.goto(`${site!.url}/tarsene/`);
    await searchThroughPage(page, 'синтетичен');
    // The page draws the filters once the tables of the site's index and every shard are in.
    await page.waitForFunction(() => document.querySelector('#facets input') && !document.querySelector('#search[aria-busy]'));
    const kinds = await page.$$eval(
      '#facets fieldset',
      (sets, legend) => {
        const kind = sets.find((s) => s.querySelector('legend')?.textContent === legend);
        return [...(kind?.querySelectorAll('label') ?? [])].map((l) => l.textContent?.trim() ?? '');
      },
      bg.search.client.filter_вид,
    );
    // Every synthetic project is a project page of one of the shards: all 1,000 of them counted.
    const projects = kinds.find((k) => k.startsWith(bg.search.kind.project));
    expect(Number(/\((\d+)\)$/.exec(projects ?? '')?.[1])).toBeGreaterThanOrEqual(PROJECTS);
    const ticked = page.getByRole('checkbox', { name: new RegExp(`^${bg.search.kind.project} `) });
    await ticked.check();
    await page.waitForFunction(() => !document.querySelector('#search[aria-busy]') && /\d/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const found = Number(/: (\d+)\.$/.exec((await page.textContent('#search-status')) ?? '')?.[1]);
    expect(found).toBe(Number(/\((\d+)\)$/.exec(projects ?? '')?.[1]));
  });
});

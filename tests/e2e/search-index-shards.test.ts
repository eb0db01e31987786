/**
 * The search index in shards (scripts/search-index.ts, src/lib/search-shards.ts): a copy with 40
 * synthetic projects and 5 sample ones, built with a shard size of 10, so each language's 45
 * project pages go into 5 shard bundles beside the main one. The search page lists them and
 * finds a project of each; filter counts and the amount sort hold across shards; a re-run
 * after one project's pages changed indexes that project's shard in each language and copies
 * the rest from the cache, with the same bytes as a clean index.
 *
 * To stay near a minute, the copy builds only the routes the test needs (the project and search
 * pages in both languages, the 404 pages), as tests/e2e/search-shards.test.ts does.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEADS, syntheticProject, syntheticSlug } from '../../scripts/bench/synthetic-projects.mjs';
import { browserUnavailableReason, type Site } from '../helpers/browser';
import { keepOnlyPages, LOADER, serveWithLoader } from '../helpers/search-copy';
import { searchThroughPage } from '../helpers/search-page';
import { bg } from '../../src/i18n/bg';
import { FILTER } from '../../src/lib/search-facets';
import { shardBundle, shardCount, shardOf } from '../../src/lib/search-shards';
import { copySite, type SiteCopy } from '../helpers/site-copy';

const SYNTHETIC = 40;
const SAMPLE = 5;
const SIZE = 10;
const SHARDS = shardCount(SYNTHETIC + SAMPLE, SIZE);
/** The main bundle needs pages of its own (organizations): Pagefind writes no bundle for none. */
const KEEP = new Set([
  'proekti/[slug].astro',
  'en/projects/[slug].astro',
  'organizatsii/[slug].astro',
  'en/organizations/[slug].astro',
  'tarsene.astro',
  'en/search.astro',
  '404.astro',
  'en/404.astro',
]);
/** The project whose pages change between the two runs of the indexer. */
const CHANGED = 7;

const skip = browserUnavailableReason();
let copy: SiteCopy;
let dist: string;
const logs: string[] = [];
let site: Site | undefined;
let page: Page;

function run(script: string, args: string[] = []) {
  const result = copy.run(script, args, { SEARCH_SHARD_SIZE: String(SIZE) });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')}: ${result.output.slice(-3000)}`);
  return result.output;
}
const index = (...args: string[]) => run('scripts/search-index.ts', [`--shard-size=${SIZE}`, ...args]);

/** What a run of the indexer says it did: the bundles it indexed, and how many it copied from the cache. */
function report(log: string) {
  const m = /Indexed: (\d+) \(([^)]*)\); (\d+) copied/.exec(log);
  if (!m) throw new Error(`no report of bundles in: ${log}`);
  return { indexed: m[2] === 'none' ? [] : m[2]!.split(', '), copied: Number(m[3]) };
}

/** Every file under a folder with its bytes, by path. */
function files(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** The text of each fragment (a page's address, title, content) of a bundle, in one language or all. */
const fragmentTexts = (bundle: string, lang = '') =>
  readdirSync(join(bundle, 'fragment'))
    .filter((name) => name.startsWith(lang))
    .map((name) => gunzipSync(readFileSync(join(bundle, 'fragment', name))).toString('utf8'));

const shardFolder = (lang: 'bg' | 'en', i: number) => shardBundle(lang, shardOf(syntheticSlug(i), SHARDS)).split('/')[2]!;

describe.skipIf(skip)('the search index in shards of 10 project pages, each re-indexed only when its pages change', () => {
  beforeAll(async () => {
    copy = copySite();
    for (let i = 1; i <= SYNTHETIC; i += 1) copy.write(`content/projects/${syntheticSlug(i)}.mdx`, syntheticProject(i));
    keepOnlyPages(join(copy.root, 'src/pages'), KEEP);
    run('scripts/subset-font.mjs');
    run('node_modules/.bin/astro', ['build']);
    dist = join(copy.root, 'dist');
    logs.push(index());
    // Nothing changed: every bundle from the cache.
    logs.push(index());
    ({ site, page } = await serveWithLoader(dist));
  }, 600_000);

  afterAll(async () => {
    await site?.close();
    copy?.remove();
  });

  it('splits each language’s project pages into the shards the search page lists, each project in one', () => {
    expect(SHARDS).toBe(5);
    for (const [lang, searchPage] of [
      ['bg', 'tarsene'],
      ['en', 'en/search'],
    ] as const) {
      const listed = JSON.parse(
        /data-shards="([^"]*)"/.exec(readFileSync(join(dist, searchPage, 'index.html'), 'utf8'))![1]!.replaceAll('&quot;', '"'),
      ) as string[];
      expect(listed).toEqual(Array.from({ length: SHARDS }, (_, k) => shardBundle(lang, k)));
      // Each shard's fragments: its pages. Together all 45 projects, none in the main bundle.
      const perShard = listed.map((path) => readdirSync(join(dist, path, 'fragment')).length);
      expect(perShard.reduce((a, b) => a + b)).toBe(SYNTHETIC + SAMPLE);
      for (const n of perShard) expect(n).toBeGreaterThan(0);
      const main = fragmentTexts(join(dist, 'pagefind'), `${lang}_`);
      expect(main.length).toBeGreaterThan(0);
      expect(main.filter((text) => text.includes('sintetichen-proekt'))).toEqual([]);
      // A shard carries only what a merged index reads: no script, WebAssembly or UI of its own.
      expect(readdirSync(join(dist, listed[0]!)).filter((f) => /\.(js|css|pagefind)$/.test(f))).toEqual([]);
    }
    expect(report(logs[0]!)).toEqual({ indexed: expect.arrayContaining(['main', 'bg-1', 'en-5']) as unknown, copied: 0 });
    expect(report(logs[0]!).indexed).toHaveLength(1 + 2 * SHARDS);
    expect(report(logs[1]!)).toEqual({ indexed: [], copied: 1 + 2 * SHARDS });
  });

  it('finds a project of each shard on the search page, at its own address', async () => {
    for (let k = 0; k < SHARDS; k += 1) {
      // From 10 on: no other project's number starts with it (3 would find 33 as well).
      const i = Array.from({ length: SYNTHETIC - 9 }, (_, n) => n + 10).find((n) => shardOf(syntheticSlug(n), SHARDS) === k)!;
      // „синтетичния“ reaches „синтетичен“ only through the stems the indexer adds.
      const { paths } = await searchThroughPage(page, `синтетичния проект ${i}`);
      expect(paths[0], `shard ${k + 1}`).toBe(`/proekti/${syntheticSlug(i)}/`);
    }
  });

  it('counts filters across the shards: every synthetic project once, 10 per organization', async () => {
    // A fresh page: its search script has merged the shards into Pagefind already, and would again.
    await page.goto(`${site!.url}/tarsene/`);
    const found = (await page.evaluate(`(async () => {
      const loader = await import(${JSON.stringify(LOADER)});
      const pf = await loader.loadPagefind(JSON.parse(document.querySelector('#search').getAttribute('data-shards')));
      await pf.filters();
      const search = await pf.search('синтетичен', { filters: ${JSON.stringify({ [FILTER.kind]: [bg.search.kind.project] })} });
      return { hits: search.results.length, filters: search.filters };
    })()`)) as { hits: number; filters: Record<string, Record<string, number>> };
    await page.goto(`${site!.url}/tarsene/`);
    expect(found.hits).toBe(SYNTHETIC);
    const counts = Object.values(found.filters[FILTER.organization] ?? {}).filter((n) => n > 0);
    expect(counts).toEqual(LEADS.map(() => SYNTHETIC / LEADS.length));
  });

  it('sorts by amount across the shards, largest first', async () => {
    await page.goto(`${site!.url}/tarsene/?q=${encodeURIComponent('синтетичен')}&sort=suma`);
    await page.waitForFunction(() => document.querySelectorAll('#results li').length > 0 && !document.querySelector('#search[aria-busy]'));
    const paths = await page.$$eval('#results li h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // Project i costs 100,000 + 17.31·i: the last written first.
    expect(paths.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, n) => `/proekti/${syntheticSlug(SYNTHETIC - n)}/`));
    await page.goto(`${site!.url}/tarsene/`);
  });

  it('re-indexes only the changed project’s shard in each language, and gives the bytes of a clean index', () => {
    for (const path of [`proekti/${syntheticSlug(CHANGED)}/index.html`, `en/projects/${syntheticSlug(CHANGED)}/index.html`]) {
      const html = readFileSync(join(dist, path), 'utf8');
      // The summary: the English page shows it too (the story is in Bulgarian only).
      const changed = html.replaceAll(`Измислен проект ${CHANGED},`, `Измислен и променен проект ${CHANGED},`);
      expect(changed).not.toBe(html);
      writeFileSync(join(dist, path), changed);
    }
    const log = index();
    const rebuilt = report(log);
    expect(rebuilt.indexed.sort()).toEqual([shardFolder('bg', CHANGED), shardFolder('en', CHANGED)].sort());
    // The two shards' other pages had their stems found already: only the changed pages are read for them.
    const [, pagesIndexed, fromCache] = /(\d+) pages indexed, \d+ stems added for vowel alternation \(those of (\d+) pages from the cache\)/.exec(log) ?? [];
    expect(Number(pagesIndexed)).toBeGreaterThan(2);
    expect(Number(fromCache)).toBe(Number(pagesIndexed) - 2);
    expect(rebuilt.copied).toBe(2 * SHARDS - 1);
    const incremental = files(join(dist, 'pagefind'));
    const clean = report(index('--no-cache'));
    expect(clean.indexed).toHaveLength(1 + 2 * SHARDS);
    const fresh = files(join(dist, 'pagefind'));
    expect([...incremental.keys()]).toEqual([...fresh.keys()]);
    expect([...fresh].filter(([name, bytes]) => !incremental.get(name)!.equals(bytes))).toEqual([]);
    // The change is in the index.
    expect(fragmentTexts(join(dist, 'pagefind', shardFolder('bg', CHANGED))).filter((text) => text.includes('променен'))).toHaveLength(1);
  });
});

// What the first search costs a visitor (every file after the page itself: the search script,
// Pagefind's script, WebAssembly, index chunks, filter chunks and fragments), and how fast later
// queries answer through the page itself (typed, answered, drawn). Targets (issues #13, #16):
// ≤ 100 KiB for the first query; later queries p95 ≤ 20 ms, broad queries (thousands of hits)
// included.
// Usage: npm run build && npm run bench:search          (the site in dist/)
//        npm run bench:search -- 10000                  (a copy with 10,000 synthetic projects)
// With N, the copy is built once in the temp folder (vidimost-search-N) and reused by later runs:
// a 10,000-project build takes half an hour here. `--rebuild` builds it afresh, `--index` only
// re-runs the search-index step (after a change to the indexing), `--dir=path` names a copy
// made elsewhere; `--clean` removes the copy afterwards.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChromium, launchOptions } from '../lib/chromium.mjs';
import { serveStatic } from '../lib/static-server.mjs';
import { BUILD_STEPS } from '../lib/build-steps.mjs';
import { syntheticProject, syntheticSlug } from './synthetic-projects.mjs';

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 0);
const ROOT = resolve(import.meta.dirname, '..', '..');

/** The copy with N synthetic projects, built unless a finished one is there. */
function syntheticSite(count) {
  const dir = args.find((a) => a.startsWith('--dir='))?.slice(6) ?? join(tmpdir(), `vidimost-search-${count}`);
  const stamp = join(dir, '.bench-search');
  const env = { ...process.env, BUILD_DATE: '2026-11-23', PATH: `${join(dir, 'node_modules/.bin')}${delimiter}${process.env.PATH}` };
  const run = (step) => {
    console.log(`${dir}: ${step.name}…`);
    const result = spawnSync(step.command, step.args, { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`стъпката „${step.name}“ в ${dir} завърши с код ${result.status}`);
  };
  const built = existsSync(join(dir, 'dist/pagefind/pagefind.js')) && (args.some((a) => a.startsWith('--dir=')) || existsSync(stamp));
  if (built && !args.includes('--rebuild')) {
    if (args.includes('--index')) run(BUILD_STEPS.find((s) => s.name === 'search index'));
    console.log(`Reusing ${dir} (${readFileSync(join(dir, 'dist/sitemap-0.xml'), 'utf8').split('<loc>').length - 1} pages in its sitemap).`);
    return dir;
  }
  rmSync(dir, { recursive: true, force: true });
  cpSync(ROOT, dir, { recursive: true, filter: (src) => !/^(node_modules|dist|\.git|\.astro|screenshots)$/.test(src.slice(ROOT.length + 1).split('/')[0]) });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  for (let i = 1; i <= count; i += 1) writeFileSync(join(dir, 'content/projects', `${syntheticSlug(i)}.mdx`), syntheticProject(i));
  for (const step of BUILD_STEPS) run(step);
  writeFileSync(stamp, `${count}\n`);
  return dir;
}

const site = n ? syntheticSite(n) : ROOT;
const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: apt-get install chromium (or set CHROME_PATH)');
const server = await serveStatic(join(site, 'dist'));
const browser = await chromium.launch(launchOptions(executablePath));
/** Opens the search page for one query in a fresh page (nothing cached) and notes every file it fetches. */
async function firstQuery(query) {
  const fresh = await browser.newPage();
  const files = [];
  fresh.on('response', async (response) => {
    const url = new URL(response.url());
    // The page itself (its HTML, the site-wide stylesheet, the icon) is not counted.
    if (url.pathname === '/tarsene/' || /^\/_astro\/[^/]+\.css$/.test(url.pathname) || url.pathname.startsWith('/favicon')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    // Pagefind's index files are gzip-compressed already; a host compresses the rest.
    const precompressed = /\.(pf_\w+|pagefind)$/.test(url.pathname);
    files.push({ file: url.pathname, bytes: body.length, sent: precompressed ? body.length : gzipSync(body).length });
  });
  // The results are drawn before the filters' counts (their table comes after; src/client/search.ts):
  // the page notes, as the first result appears, which files it has fetched so far.
  await fresh.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('#results li')) return;
      window.fetchedBeforeResults = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await fresh.goto(`${server.url}/tarsene/?q=${encodeURIComponent(query)}`);
  await fresh.locator('#facets fieldset').first().waitFor();
  await fresh.waitForLoadState('networkidle');
  const fetched = new Set(await fresh.evaluate(() => window.fetchedBeforeResults));
  return { page: fresh, files, before: files.filter((f) => fetched.has(f.file)) };
}

const sum = (list) => list.reduce((s, f) => s + f.sent, 0);
const kib = (list) => (sum(list) / 1024).toFixed(1);
const { page, files, before } = await firstQuery('детските градини');
console.log(`First results drawn after ${kib(before)} KiB (gzip) in ${before.length} files.`);

const kind = (file) =>
  /\.pf_fragment$/.test(file) ? 'fragments' : /\.pf_index$/.test(file) ? 'index chunks' : /\.pf_filter$/.test(file) ? 'filter chunks' : file;
const byKind = (list) => {
  const rows = new Map();
  for (const f of list) {
    const k = kind(f.file);
    const row = rows.get(k) ?? { file: k, files: 0, bytes: 0, 'sent (gzip) bytes': 0 };
    row.files += 1;
    row.bytes += f.bytes;
    row['sent (gzip) bytes'] += f.sent;
    rows.set(k, row);
  }
  return [...rows.values()];
};
console.table(byKind(files));
console.log(`First query with the filters' counts downloads ${kib(files)} KiB (gzip) in ${files.length} files; budget 100 KiB.`);
// A first query on thousands of pages draws a full page of results: a fragment file each.
const broad = await firstQuery('деца');
const broadFragments = broad.before.filter((f) => kind(f.file) === 'fragments');
// The page draws the first few results, then the rest of its first page (src/client/search.ts, FIRST).
const wholePage = broad.files.filter((f) => !/\/filters\.[^/]+\.json$/.test(f.file));
console.log(
  `A broad first query („деца“) draws its first results after ${kib(broad.before)} KiB (gzip) in ${broad.before.length} files, ` +
    `${kib(broadFragments)} KiB of them the ${broadFragments.length} results' fragments; ` +
    `its whole first page (${wholePage.filter((f) => kind(f.file) === 'fragments').length} results) after ${kib(wholePage)} KiB.`,
);
await broad.page.close();

// Specific and broad queries: a place or a word on thousands of pages („деца“, „проект“, a
// municipality), a contract number, Latin typing, a donation intent.
const queries = [
  'Хасково',
  'ранна интервенция',
  'BG05M9OP001-2.004-0049',
  'семейната терапия',
  'Казанлък',
  'децата в риск',
  'музикотерапия',
  '0047',
  'ранен брак',
  'къща на семейството',
  'haskovo',
  'detska gradina',
  'дарение',
  'как да даря',
  'IBAN',
  'kazanlak',
  'деца',
  'проект',
  'семейства',
  'Пловдив',
  'синтетичен проект',
  'дейност',
];

/** Submits a query through the form and times it inside the page: until the status names it and the page is no longer busy. */
const timeQuery = (query) =>
  page.evaluate(
    (q) =>
      new Promise((done) => {
        const status = document.querySelector('#search-status');
        const root = document.querySelector('#search');
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (status.textContent.includes(`„${q}“`) && !root.hasAttribute('aria-busy')) {
            observer.disconnect();
            done({ ms: Math.round((performance.now() - start) * 10) / 10, status: status.textContent });
          }
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
        document.querySelector('#search-q').value = q;
        document.querySelector('#search form').requestSubmit();
      }),
    query,
  );
const clear = () =>
  page.evaluate(() => {
    document.querySelector('#search-q').value = '';
    document.querySelector('#search form').requestSubmit();
  });

const rows = [];
for (const query of queries) {
  await clear();
  const first = await timeQuery(query);
  // Again: what is left once its index chunks and fragments are cached.
  await clear();
  const again = await timeQuery(query);
  rows.push({ query, ms: first.ms, 'again ms': again.ms, status: first.status.slice(0, 60) });
}
console.table(rows);
const percentiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)];
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted.at(-1)} ms`;
};
console.log(`Later queries through the page (${queries.length}): ${percentiles(rows.map((r) => r.ms))}; target p95 ≤ 20 ms.`);
console.log(`The same queries again (cached chunks): ${percentiles(rows.map((r) => r['again ms']))}.`);
const scripts = files.filter((f) => f.file.startsWith('/_astro/') && f.file.endsWith('.js'));
console.log(
  `The site's own scripts on the search page: ${(scripts.reduce((s, f) => s + f.sent, 0) / 1024).toFixed(1)} KiB gzip (${scripts.map((f) => f.file).join(', ')}).`,
);
await browser.close();
await server.close();
if (n && args.includes('--clean')) rmSync(site, { recursive: true, force: true });

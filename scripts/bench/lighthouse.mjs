// Lighthouse (mobile settings) on the built site: the four category scores, LCP, TBT, CLS and
// the bytes transferred, as a table: the median of 3 runs of each page, served gzip-compressed
// as hosts serve it. Target: 100 in every category.
// Usage: npm run build && npm run bench:lighthouse [-- /path/ ...]
import { resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { findChromium, launchOptions } from '../lib/chromium.mjs';
import { serveStatic } from '../lib/static-server.mjs';

// Home and a project; the search and donation pages join the list when they exist.
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/proekti/shans-za-nashite-detsa/', '/darete/'];
const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: apt-get install chromium (or set CHROME_PATH)');

const port = 9300 + Math.floor(Math.random() * 500);
const options = launchOptions(executablePath);
const browser = await chromium.launch({ ...options, args: [...options.args, `--remote-debugging-port=${port}`] });
const server = await serveStatic(resolve('dist'), { gzip: true });
const RUNS = 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const rows = [];
for (const path of paths) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    const result = await lighthouse(`${server.url}${path}`, { port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
    const { categories, audits } = result.lhr;
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    runs.push({
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best practices': score('best-practices'),
      seo: score('seo'),
      'LCP ms': Math.round(audits['largest-contentful-paint'].numericValue),
      'TBT ms': Math.round(audits['total-blocking-time'].numericValue),
      CLS: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
      'total KB': Number((audits['total-byte-weight'].numericValue / 1024).toFixed(1)),
    });
  }
  rows.push({ page: path, ...Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))])) });
}
console.table(rows);
await browser.close();
await server.close();

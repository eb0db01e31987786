// Screenshots of built pages at a phone and a laptop size, to look at what we build.
// Usage: npm run build && node scripts/screenshots.mjs [/path/ ...]  → screenshots/*.png
// FULL=1: whole pages; TILES=1: whole pages cut into viewport-high pieces.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, launchOptions } from './lib/chromium.mjs';
import { serveStatic } from './lib/static-server.mjs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const sizes = [
  { width: 360, height: 740 },
  { width: 1366, height: 768 },
];
const executable = findChromium();
if (!executable) throw new Error('Chromium not found: apt-get install chromium');

mkdirSync('screenshots', { recursive: true });
const server = await serveStatic(resolve('dist'));
const browser = await chromium.launch(launchOptions(executable));
for (const path of paths) {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: size });
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    const name = `screenshots/${path.replace(/[^\w\u0400-\u04ff]+/g, '_').replace(/^_|_$/g, '') || 'home'}-${size.width}.png`;
    if (process.env.TILES === '1') {
      // The whole page in viewport-high pieces, small enough to read one by one.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 1; y < height; y += size.height, i += 1) {
        const tile = name.replace('.png', `-${i}.png`);
        await page.screenshot({ path: tile, fullPage: true, clip: { x: 0, y, width: size.width, height: Math.min(size.height, height - y) } });
        console.log(tile);
      }
    } else {
      await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
      console.log(name);
    }
    await page.close();
  }
}
await browser.close();
await server.close();

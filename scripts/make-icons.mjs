// Renders the site's default share image and icons with Chromium, into public/.
// Run by hand when the design changes: node scripts/make-icons.mjs (the PNG/ICO files are committed).
// The share image carries no EU emblem: it stands for the whole site, not for an EU-funded project.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { parse } from 'yaml';
import { findChromium, launchOptions } from './lib/chromium.mjs';

const site = parse(readFileSync('content/site.yaml', 'utf8'));
const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const mark = readFileSync('public/favicon.svg', 'utf8');

const shareHtml = `<!doctype html><html lang="bg"><body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;gap:28px;padding:0 96px;box-sizing:border-box;background:#f6f7f9;font-family:'DejaVu Sans',sans-serif;color:#1b1f24;border-bottom:24px solid #1a4f9c">
<div style="display:flex;align-items:center;gap:28px"><div style="width:120px;height:120px">${mark.replace('<svg', '<svg width="120" height="120"')}</div>
<div style="font-size:88px;font-weight:700">${escape(site.name)}</div></div>
<div style="font-size:38px;line-height:1.35;max-width:1000px">${escape(site.tagline)}</div></body></html>`;

const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: apt-get install chromium');
const browser = await chromium.launch(launchOptions(executablePath));

async function render(html, width, height, transparent = false) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(html);
  const png = await page.screenshot({ omitBackground: transparent });
  await page.close();
  return png;
}

const iconHtml = (size) => `<!doctype html><body style="margin:0">${mark.replace('<svg', `<svg width="${size}" height="${size}"`)}</body>`;

writeFileSync('public/og-default.png', await render(shareHtml, 1200, 630));
writeFileSync('public/apple-touch-icon.png', await render(iconHtml(180), 180, 180));

// An ICO file may hold PNG images: a 6-byte header, a 16-byte entry per image, then the PNGs.
const sizes = [16, 32, 48];
const pngs = [];
for (const size of sizes) pngs.push(await render(iconHtml(size), size, size, true));
const header = Buffer.alloc(6 + 16 * pngs.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(pngs.length, 4);
let offset = header.length;
pngs.forEach((png, i) => {
  const entry = 6 + 16 * i;
  header.writeUInt8(sizes[i], entry);
  header.writeUInt8(sizes[i], entry + 1);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(png.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += png.length;
});
writeFileSync('public/favicon.ico', Buffer.concat([header, ...pngs]));
await browser.close();
console.log('public/og-default.png, public/apple-touch-icon.png, public/favicon.ico');

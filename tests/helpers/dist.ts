/** Reading the built site in dist/: pages, their parsed HTML, and their URLs. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
}

/** Every HTML file in dist/, as site paths such as "/proekti/x/". The editor at /admin/ is no
 *  page of the site (no sitemap, no index, a policy of its own): tests/browser/admin.test.ts
 *  and tests/build/admin.test.ts check it. */
export function builtPagePaths(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'pagefind' || entry.name === '_astro' || (dir === DIST && entry.name === 'admin') ? [] : builtPagePaths(full);
    if (!entry.name.endsWith('.html')) return [];
    const path = `/${relative(DIST, full).split(sep).join('/')}`;
    return [path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path];
  });
}

export function readPage(path: string): { html: string; doc: HTMLElement } {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  const html = readFileSync(file, 'utf8');
  return { html, doc: parse(html) };
}

/** Visible text of an element with runs of white space (no-break spaces included) kept as they are. */
export function textOf(element: HTMLElement | null): string {
  return element?.textContent.replace(/[ \t\n\r]+/g, ' ').trim() ?? '';
}

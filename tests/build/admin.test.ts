import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { DIST, builtPagePaths, requireDist } from '../helpers/dist';
import { LANGS } from '../../src/i18n/lang';
import { langOfPath } from '../../src/lib/routes';

beforeAll(requireDist);

const ADMIN = join(DIST, 'admin');
const read = (file: string) => readFileSync(join(ADMIN, file), 'utf8');

describe('/admin/ in the build', () => {
  it('is a page of our own files: the bundle, its fonts, the locale seed and the generated configuration', () => {
    for (const file of ['index.html', 'sveltia-cms.js', 'seed-locale.js', 'config.json', 'preview.js', 'admin.css', 'chunks/react-dom.js', 'cms/package.json'])
      expect(existsSync(join(ADMIN, file)), file).toBe(true);
    expect(readdirSync(join(ADMIN, 'fonts')).filter((f) => f.endsWith('.woff2')).length).toBeGreaterThanOrEqual(3);
    for (const file of ['sveltia-cms.js', 'seed-locale.js', 'preview.js', 'config.json']) expect(read(file), file).not.toMatch(/cdn\.jsdelivr\.net|unpkg\.com/);
  });

  it('loads only scripts beside it, the seed first, under a policy of its own', () => {
    const doc = parse(read('index.html'));
    expect(doc.querySelectorAll('script').map((s) => s.getAttribute('src'))).toEqual(['/admin/seed-locale.js', '/admin/sveltia-cms.js', '/admin/preview.js']);
    const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/connect-src 'self' data: blob:(;|$)/); // no Git host configured in content/site.yaml
  });

  it('is kept out of search engines, the sitemap, the search index and the site-wide page gates', () => {
    const doc = parse(read('index.html'));
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin');
    // Pagefind indexes only pages marked data-pagefind-body once any page is marked.
    expect(read('index.html')).not.toContain('data-pagefind-body');
    const marked = builtPagePaths().filter((p) => readFileSync(join(DIST, p.endsWith('/') ? `${p}index.html` : p), 'utf8').includes('data-pagefind-body'));
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    // Pagefind keeps one index per page language (<html lang>).
    for (const lang of LANGS) expect(entry.languages[lang]?.page_count ?? 0, lang).toBe(marked.filter((p) => langOfPath(p) === lang).length);
    expect(builtPagePaths()).not.toContain('/admin/');
  });

  it('leaves the public pages their own policy', () => {
    const home = parse(readFileSync(join(DIST, 'index.html'), 'utf8'));
    const csp = home.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('github');
  });
});

/**
 * The two languages of the built site: every page has its pair in the other language at the
 * address routes.ts gives (counterpartPath), each names the other (hreflang, x-default = the
 * Bulgarian page, the language switch), and an English page shows no Bulgarian words outside
 * elements marked lang="bg" (content, names), header and footer included.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement, Node } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRedirects } from '../../src/data/redirects';
import { counterpartPath, langOfPath, parsePath, slugIndex } from '../../src/lib/routes';
import { contentNews, contentOrganizations, contentProgrammes, contentProjects } from '../helpers/content';
import { builtPagePaths, DIST, readPage, requireDist } from '../helpers/dist';

beforeAll(requireDist);

const built = (path: string) => existsSync(path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path));
const slugs = () => slugIndex({ projects: contentProjects(), organizations: contentOrganizations(), programmes: contentProgrammes(), news: contentNews() });
/** Pages that are no pages of the site: the old addresses forwarding to new ones (the editor is not in builtPagePaths). */
const sitePages = () => {
  const redirects = new Set(loadRedirects().map((r) => r.from));
  return builtPagePaths().filter((path) => !redirects.has(path));
};
/**
 * Pages that exist in one language on purpose, each with its reason. The A3 poster of an
 * EU-funded project is Bulgarian only: it is put up in Bulgaria, where the project is carried
 * out (POSTER_SEGMENT in routes.ts). The English project page links it with hreflang="bg"
 * (tests/build/poster.test.ts).
 */
const oneLanguageOnly = (path: string) => parsePath(path)?.route.kind === 'poster';
const noindex = (doc: HTMLElement) => /noindex/.test(doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');

describe('every page has its pair in the other language', () => {
  it('built at the address routes.ts gives, both ways', () => {
    const index = slugs();
    const pages = sitePages();
    const missing = pages
      .filter((path) => !oneLanguageOnly(path))
      .flatMap((path) => {
        const other = counterpartPath(path, index);
        return other && built(other) ? [] : [`${path} → ${other ?? 'no address in routes.ts'}`];
      });
    // The list names each page without its pair, so that a missing view is plain to see.
    expect(missing, `pages without their pair:\n${missing.join('\n')}`).toEqual([]);
    expect(pages.filter((p) => langOfPath(p) === 'en').length).toBeGreaterThan(0);
  });

  it('each names the other: hreflang both ways, x-default the Bulgarian page, and the language switch', () => {
    const index = slugs();
    const wrong = sitePages().flatMap((path) => {
      const other = counterpartPath(path, index);
      if (!other || !built(other)) return []; // the test above names it
      const { doc } = readPage(path);
      const problems: string[] = [];
      const switchHref = doc.querySelector('a.language-switch')?.getAttribute('href');
      if (switchHref !== other) problems.push(`the language switch goes to ${switchHref}, not ${other}`);
      if (!noindex(doc)) {
        const lang = langOfPath(path);
        const expected = { [lang]: path, [langOfPath(other)]: other };
        const links = Object.fromEntries(
          doc.querySelectorAll('head link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname]),
        );
        const want = { bg: expected.bg, en: expected.en, 'x-default': expected.bg };
        const sorted = (o: Record<string, string | undefined>) => JSON.stringify(Object.entries(o).sort());
        if (sorted(links) !== sorted(want)) problems.push(`hreflang ${JSON.stringify(links)}, expected ${JSON.stringify(want)}`);
      }
      return problems.map((p) => `${path}: ${p}`);
    });
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});

const CYRILLIC = /[\u0400-\u04FF]+/g;
/** Attributes a visitor reads besides the text (an aria-label naming a Bulgarian organization cannot mark the name, so labels are left out). */
const READ_ATTRIBUTES = ['alt', 'placeholder'];

/** Cyrillic words in what a visitor sees or hears, outside elements marked as Bulgarian. */
function bulgarianOutsideLangBg(node: Node, out: string[] = []): string[] {
  const element = node as HTMLElement;
  if (element.tagName) {
    if (element.getAttribute('lang')?.startsWith('bg')) return out;
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName)) return out;
    for (const name of READ_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value && CYRILLIC.test(value)) out.push(`${name}="${value}"`);
      CYRILLIC.lastIndex = 0;
    }
  } else if (node.nodeType === 3) {
    const text = node.text.replace(/\s+/g, ' ').trim();
    if (CYRILLIC.test(text)) out.push(text.slice(0, 80));
    CYRILLIC.lastIndex = 0;
  }
  for (const child of node.childNodes) bulgarianOutsideLangBg(child, out);
  return out;
}

describe('an English page shows no Bulgarian outside lang="bg"', () => {
  it('in the body, header and footer included', () => {
    const found = sitePages()
      .filter((path) => langOfPath(path) === 'en')
      .flatMap((path) => {
        const { doc } = readPage(path);
        expect(doc.querySelector('html')?.getAttribute('lang'), path).toBe('en');
        return [...new Set(bulgarianOutsideLangBg(doc.querySelector('body')!))].map((text) => `${path}: ${text}`);
      });
    expect(found, found.join('\n')).toEqual([]);
  });

  it('and the check finds Bulgarian text that is not marked (it can fail)', async () => {
    const { parse } = await import('node-html-parser');
    const doc = parse('<body><p>Total <span lang="bg">Хасково</span></p><p>Общо</p><img alt="Знаме"></body>');
    expect(bulgarianOutsideLangBg(doc.querySelector('body')!)).toEqual(['Общо', 'alt="Знаме"']);
  });
});

describe('JSON-LD follows the page language', () => {
  it('an English page names English addresses of this site and inLanguage en', () => {
    const wrong = sitePages()
      .filter((path) => langOfPath(path) === 'en')
      .flatMap((path) => {
        const { doc } = readPage(path);
        const text = doc
          .querySelectorAll('script[type="application/ld+json"]')
          .map((s) => s.text)
          .join('\n');
        const site = new URL(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? 'https://invalid.example/').origin;
        const ours = [...text.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]!).filter((url) => url.startsWith(site));
        const languages = [...text.matchAll(/"inLanguage":"([^"]+)"/g)].map((m) => m[1]);
        return [
          ...ours.filter((url) => !new URL(url).pathname.startsWith('/en/')).map((url) => `${path}: ${url}`),
          ...languages.filter((lang) => lang !== 'en').map((lang) => `${path}: inLanguage ${lang}`),
        ];
      });
    expect(wrong, wrong.join('\n')).toEqual([]);
    expect(readPage('/en/').html).toContain('"inLanguage":"en"');
  });
});

/**
 * What a page costs a visitor, gzip-compressed as a host would send it: the HTML, its
 * stylesheets, its scripts and the fonts those stylesheets load (images are not counted).
 */
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { executableScripts } from './scripts.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { routesFor } from '../../src/lib/routes.ts';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  fonts: number;
  total: number;
  /** Scripts the browser runs; JSON-LD blocks are data, not counted here (see `jsonLd`). */
  scripts: number;
  /** <script type="application/ld+json"> blocks: structured data, allowed on content pages. */
  jsonLd: number;
  /** Stylesheets, scripts or fonts from other hosts: never allowed, so not weighed either. */
  foreign: string[];
}

/** Content pages: no JavaScript, HTML in one round trip, everything within 30 KB. */
export const CONTENT_BUDGET = { total: 30 * 1024, html: 14 * 1024 };
/** The search, newsletter and donation pages may load a small script. */
export const INTERACTIVE_BUDGET = { total: 100 * 1024 };
/** Pages where a script is allowed (DESIGN.md, "Pages and their budgets"). */
export const INTERACTIVE_PAGES = LANGS.flatMap((lang) => {
  const to = routesFor(lang);
  return [to.search(), to.newsletter(), to.donate()].map((path) => new RegExp(`^${path}`));
});

export const gzipSize = (data: string | Buffer) => gzipSync(data).length;

/** Weighs a page; `readAsset` returns a site file's bytes (e.g. "/_astro/x.css"). */
export function weighPage(html: string, readAsset: (path: string) => Buffer): PageWeight {
  const doc = parse(html);
  const isForeign = (url: string) => /^(?:[a-z]+:)?\/\//i.test(url);
  const cssUrls = doc.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href') ?? '');
  const all = doc.querySelectorAll('script');
  const scripts = executableScripts(doc);
  const jsUrls = scripts.map((s) => s.getAttribute('src')).filter((s): s is string => Boolean(s));
  const foreign = [...cssUrls, ...jsUrls].filter(isForeign);
  const css = cssUrls.filter((u) => !isForeign(u)).map(readAsset);
  const js = jsUrls.filter((u) => !isForeign(u)).map(readAsset);
  const styleText = [...css.map((b) => b.toString('utf8')), ...doc.querySelectorAll('style').map((s) => s.textContent)].join('\n');
  const fontUrls = [...new Set([...styleText.matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\)/g)].map((m) => m[1]!))];
  foreign.push(...fontUrls.filter(isForeign));
  const fonts = fontUrls.filter((u) => !isForeign(u)).map((u) => readAsset(u).length); // fonts are compressed already
  const weight = {
    html: gzipSize(html),
    css: css.reduce((sum, b) => sum + gzipSize(b), 0),
    js: js.reduce((sum, b) => sum + gzipSize(b), 0),
    fonts: fonts.reduce((a, b) => a + b, 0),
    scripts: scripts.length,
    jsonLd: all.length - scripts.length,
    foreign,
  };
  return { ...weight, total: weight.html + weight.css + weight.js + weight.fonts };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Why a page is over its budget, with its figures; empty when it is within. */
export function budgetProblems(path: string, w: PageWeight): string[] {
  const foreign = w.foreign.map((url) => `${path}: зарежда ${url} от друг сайт; всичко трябва да е от този сайт`);
  const figures = `HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}, шрифтове ${kb(w.fonts)}, общо ${kb(w.total)} (gzip)`;
  if (INTERACTIVE_PAGES.some((p) => p.test(path))) {
    return [...foreign, ...(w.total > INTERACTIVE_BUDGET.total ? [`${path}: общо ${kb(w.total)} > ${kb(INTERACTIVE_BUDGET.total)} — ${figures}`] : [])];
  }
  const problems: string[] = [...foreign];
  if (w.scripts > 0) problems.push(`${path}: ${w.scripts} <script> на страница със съдържание — ${figures}`);
  if (w.html > CONTENT_BUDGET.html) problems.push(`${path}: HTML ${kb(w.html)} > ${kb(CONTENT_BUDGET.html)} — ${figures}`);
  if (w.total > CONTENT_BUDGET.total) problems.push(`${path}: общо ${kb(w.total)} > ${kb(CONTENT_BUDGET.total)} — ${figures}`);
  return problems;
}

/**
 * The images a page fetches on its first load: one request per `<img>` (a `<picture>`'s
 * sources are alternatives of which the browser fetches one), except `loading="lazy"` ones,
 * which the browser fetches only when they come near the screen. That lazy images are below
 * the first screen is checked in a browser (tests/e2e/content-images.test.ts).
 */
export function firstLoadImages(doc: HTMLElement): string[] {
  return doc
    .querySelectorAll('img')
    .filter((img) => img.getAttribute('loading') !== 'lazy')
    .map((img) => {
      const sources = img.parentNode?.tagName === 'PICTURE' ? img.parentNode.querySelectorAll('source') : [];
      return sources[0]?.getAttribute('srcset') ?? img.getAttribute('src') ?? img.getAttribute('srcset') ?? '';
    })
    .filter((src) => src && !src.startsWith('data:'));
}

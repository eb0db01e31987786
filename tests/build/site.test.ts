import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, builtPagePaths, readPage, textOf } from '../helpers/dist';
import { INTERACTIVE_PAGES } from '../helpers/page-weight';
import { executableScripts } from '../helpers/scripts';
import { langOfPath } from '../../src/lib/routes';

beforeAll(() => {
  if (builtPagePaths().length === 0) throw new Error('dist/ is empty: run `npm run build` first');
});

const contentIds = (folder: string, ext: string) =>
  readdirSync(join(import.meta.dirname, '..', '..', 'content', folder))
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length));

describe('the built site', () => {
  const pages = builtPagePaths().filter((p) => p !== '/404.html');

  it('has a page for every project, organization, programme and news item', () => {
    for (const id of contentIds('projects', '.mdx')) expect(pages).toContain(`/proekti/${id}/`);
    for (const id of contentIds('organizations', '.yaml')) expect(pages).toContain(`/organizatsii/${id}/`);
    for (const id of contentIds('programmes', '.yaml')) expect(pages).toContain(`/programi/${id}/`);
    for (const id of contentIds('news', '.mdx')) expect(pages).toContain(`/novini/${id}/`);
  });

  it('lists every indexable page in the sitemap, and nothing else', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    const indexable = pages.filter((p) => readPage(p).doc.querySelector('meta[name="robots"]')?.getAttribute('content') !== 'noindex');
    expect(listed).toEqual([...indexable].sort());
  });

  it('declares its language (English under /en/, Bulgarian elsewhere) and has one h1, a skip link and a main landmark on every page', () => {
    for (const path of pages) {
      const { doc } = readPage(path);
      expect(doc.querySelector('html')?.getAttribute('lang'), path).toBe(langOfPath(path));
      expect(doc.querySelectorAll('h1'), path).toHaveLength(1);
      expect(doc.querySelector('body > a.skip-link')?.getAttribute('href'), path).toBe('#main-content');
      expect(doc.querySelectorAll('main#main-content'), path).toHaveLength(1);
    }
  });

  it('loads no script on any content page, and scripts only from files of its own', () => {
    for (const path of pages) {
      const { doc } = readPage(path);
      // JSON-LD (data, never run) is the one <script> a content page may carry.
      const scripts = executableScripts(doc);
      if (INTERACTIVE_PAGES.some((p) => p.test(path))) {
        for (const script of scripts) expect(script.getAttribute('src'), path).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      } else
        expect(
          scripts.map((s) => s.outerHTML.slice(0, 80)),
          path,
        ).toEqual([]);
    }
  });

  it('gives every page a title and a description', () => {
    for (const path of pages) {
      const { doc } = readPage(path);
      expect(textOf(doc.querySelector('title')), path).not.toBe('');
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content'), path).toBeTruthy();
    }
  });

  it('links each organization to its projects and each programme to its projects', () => {
    const org = textOf(readPage('/organizatsii/fondatsia-za-nashite-detsa/').doc.querySelector('main'));
    expect(org).toContain('Инициатива за развитие и социално включване – за нашите деца');
    expect(org).toContain('Холистична подкрепа за ранно детско развитие');
    const programme = textOf(readPage('/programi/oprchr-2014-2020/').doc.querySelector('main'));
    expect(programme).toContain('Шанс за нашите деца');
    expect(programme).toContain('(3 проекта)');
    expect(textOf(readPage('/programi/prchr-2021-2027/').doc.querySelector('main'))).toContain('(0 проекта)');
  });
});

describe('the footer of every page', () => {
  const site = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'site.yaml'), 'utf8');

  it('says who runs the site, as a placeholder while the operator is not named', () => {
    const footer = textOf(readPage('/').doc.querySelector('footer'));
    if (/isPlaceholder: true/.test(site)) expect(footer).toContain('Организацията, която поддържа сайта, още не е посочена.');
    else expect(footer).toContain('Сайтът се поддържа от');
  });

  it('says the EU money shown belongs to the projects, and claims no funding of the site that content does not state', () => {
    for (const path of ['/', '/proekti/shans-za-nashite-detsa/']) {
      const footer = textOf(readPage(path).doc.querySelector('footer'));
      expect(footer).toContain('Финансирането от Европейския съюз, показано на страницата на проект, е на този проект, а не на сайта.');
      if (!/^\s+funding:/m.test(site)) expect(footer).toContain('Финансиране на самия сайт: не е посочено.');
    }
  });
});

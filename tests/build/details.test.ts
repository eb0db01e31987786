import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtPagePaths, readPage, requireDist, textOf } from '../helpers/dist';

beforeAll(requireDist);

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const organizations = readdirSync(join(CONTENT, 'organizations'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.slice(0, -5), data: parse(readFileSync(join(CONTENT, 'organizations', f), 'utf8')) as { name: string; phone?: string } }));
const news = readdirSync(join(CONTENT, 'news'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ id: f.slice(0, -4), date: /^date: (\S+)/m.exec(readFileSync(join(CONTENT, 'news', f), 'utf8'))?.[1] }));

describe('phone numbers', () => {
  it.for(organizations.filter((o) => o.data.phone))('on $id are tel: links with the number as written', ({ id, data }) => {
    const links = readPage(`/organizatsii/${id}/`).doc.querySelectorAll('main a[href^="tel:"]');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^tel:\+359\d{8,9}$/);
      expect(data.phone).toContain(textOf(a));
    }
  });
});

describe('organization pages', () => {
  it.for(organizations)('name $id once, in the title', ({ id, data }) => {
    const main = readPage(`/organizatsii/${id}/`).doc.querySelector('main');
    const before = main?.querySelector('[data-pagefind-body]');
    const times = (textOf(before ?? null).match(new RegExp(data.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')) ?? []).length;
    expect(times).toBe(1);
  });
});

describe('news pages', () => {
  it.for(news)('$id is an article for sharing, with its publication day when known', ({ id, date }) => {
    const { doc } = readPage(`/novini/${id}/`);
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    const published = doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
    expect(published).toBe(date);
  });

  it('show the 2016 amount in euro first, with the leva alongside', () => {
    const text = textOf(readPage('/novini/2016-12-20-dogovor-za-kompleks-za-integrirani-sotsialni-uslugi/').doc.querySelector('main'));
    expect(text).toContain('Стойността на проекта е 895\u00a0833,94\u00a0€ (1\u00a0752\u00a0098,89\u00a0лв.).');
  });
});

describe('the newsletter page', () => {
  it('shows the signup form once', () => {
    const { doc } = readPage('/byuletin/');
    expect(doc.querySelectorAll('form.newsletter-form')).toHaveLength(1);
    expect(doc.querySelectorAll('input[type="email"]')).toHaveLength(1);
  });
});

describe('landmarks', () => {
  it('never give two regions of a page the same name', () => {
    for (const path of builtPagePaths()) {
      const { doc } = readPage(path);
      const names = doc
        .querySelectorAll('section[aria-label], section[aria-labelledby], nav[aria-label], form[aria-label], form[aria-labelledby]')
        .map((el) => {
          const labelledBy = el.getAttribute('aria-labelledby');
          return `${el.tagName}:${labelledBy ? textOf(doc.getElementById(labelledBy)) : el.getAttribute('aria-label')}`;
        });
      expect(
        names.filter((n, i) => names.indexOf(n) !== i),
        path,
      ).toEqual([]);
    }
  });
});

describe('typography of the visitor text', () => {
  /** The text a visitor reads in the page body (no scripts, no styles). */
  const bodyText = (path: string) => {
    const { doc } = readPage(path);
    for (const el of doc.querySelectorAll('script, style')) el.remove();
    return doc.querySelector('body')?.textContent ?? '';
  };
  const pages = builtPagePaths();

  it('writes every day with „г.“ after its year', () => {
    for (const path of pages) {
      // The site's own dates keep „г.“ with a no-break space; an editor's text may have a plain one.
      const bare = bodyText(path).match(/\b\d{2}\.\d{2}\.\d{4}(?![\u00a0 ]г\.)/g) ?? [];
      expect(bare, path).toEqual([]);
    }
  });

  it('keeps „№“ with its number', () => {
    for (const path of pages) expect(bodyText(path).match(/№[ \t\n]/g) ?? [], path).toEqual([]);
  });

  it('uses one dash: the spaced en dash, never an em dash', () => {
    for (const path of pages) expect(bodyText(path).match(/.{0,20}—.{0,20}/g) ?? [], path).toEqual([]);
  });

  it('says „не е посочено“ for what a source does not state, not other words', () => {
    for (const path of pages) {
      const text = bodyText(path);
      // Whole words only: „финансиране е посочен“ is not „не е посочен“.
      for (const wording of ['не е известен', 'не е известна', 'Без посочена', 'не е посочен ', 'не е посочен.', 'европейския съюз'])
        expect(new RegExp(`(?<!\\p{L})${wording.replace('.', '\\.')}`, 'u').test(text), `${path}: „${wording}“`).toBe(false);
    }
  });
});

/**
 * The English pages of the directory: organizations, programmes, news, content pages, the 404
 * and newsletter pages. Each is at its routes.ts address, in English, with content shown in
 * English where editors wrote it and otherwise in Bulgarian marked lang="bg".
 */
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentNews, contentOrganizations, contentProgrammes } from '../helpers/content';
import { readPage, requireDist, textOf } from '../helpers/dist';
import { strings } from '../../src/i18n';
import { readCollection } from '../../src/loaders/content-file';
import { routesFor } from '../../src/lib/routes';
import { COLLECTIONS } from '../../src/schemas/index';
import type { PageData } from '../../src/schemas/page';

beforeAll(requireDist);

const en = strings('en');
const to = routesFor('en');
const bgTo = routesFor('bg');
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Text in Cyrillic inside `root` that is not in an element marked lang="bg". Project cards are
 * left out: they belong to the project pages' English work, which tests them on its own.
 */
function unmarkedCyrillic(root: HTMLElement): string[] {
  const found: string[] = [];
  const walk = (el: HTMLElement) => {
    for (const node of el.childNodes) {
      if (node.nodeType === 3 && CYRILLIC.test(node.rawText)) found.push(`<${el.tagName.toLowerCase()}> ${node.rawText.trim()}`);
      if (node.nodeType !== 1) continue;
      const child = node as HTMLElement;
      if (child.getAttribute('lang') === 'bg' || child.classList.contains('project-card') || child.tagName === 'SCRIPT') continue;
      for (const name of ['alt', 'title', 'aria-label', 'placeholder']) {
        const value = child.getAttribute(name);
        if (value && CYRILLIC.test(value)) found.push(`${name}="${value}"`);
      }
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** The page at an English address: in English, with nothing Bulgarian in its main part unless marked. */
function englishPage(path: string) {
  const { doc } = readPage(path);
  expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
  const main = doc.querySelector('main')!;
  expect(unmarkedCyrillic(main), path).toEqual([]);
  return { doc, main, text: textOf(main) };
}

/** The h1 shows the English text when given, otherwise the Bulgarian marked as such. */
function expectHeading(main: HTMLElement, bg: string, english: string | undefined) {
  const h1 = main.querySelector('h1')!;
  expect(textOf(h1)).toBe(english ?? bg);
  expect(h1.getAttribute('lang')).toBe(english ? undefined : 'bg');
}

const linksIn = (el: HTMLElement) => el.querySelectorAll('a').map((a) => a.getAttribute('href'));

describe.each(contentOrganizations())('the English page of the organization $id', (organization) => {
  it('has its name, English labels and its news heading', () => {
    const { main, text } = englishPage(to.organization(organization));
    expectHeading(main, organization.data.name, organization.data.en?.name);
    expect(text).toContain(en.news.related);
    if (organization.data.address) expect(text).toContain(en.organization.address);
    if (organization.data.description) expect(text).toContain(organization.data.en?.description ?? organization.data.description);
  });
});

describe.each(contentProgrammes())('the English page of the programme $id', (programme) => {
  it('has its name and facts with English labels', () => {
    const { main, text } = englishPage(to.programme(programme));
    expectHeading(main, programme.data.name, programme.data.en?.name);
    expect(text).toContain(programme.data.period === 'none' ? en.programme.origin : en.programme.period);
    if (programme.data.fund) expect(text).toContain(en.funds[programme.data.fund]);
  });
});

describe.each(contentNews())('the English page of the news item $id', (item) => {
  it('has its headline, its date in English and its source', () => {
    const { main, text } = englishPage(to.newsItem(item));
    expectHeading(main, item.data.title, item.data.en?.title);
    expect(text).toContain(item.data.date ? `${en.news.published} ${en.date(item.data.date)}` : en.news.undated().split(' (')[0]);
    expect(text).toContain(`${en.source.label}:`);
  });

  it('shows the English text, or says the text is in Bulgarian only and links to it', () => {
    const { main, text } = englishPage(to.newsItem(item));
    if (item.data.en?.body) {
      expect(text).not.toContain(en.news.onlyInBulgarian);
    } else {
      expect(text).toContain(en.news.onlyInBulgarian);
      expect(linksIn(main)).toContain(bgTo.newsItem(item));
    }
  });

  it('links to the English pages of its projects and organizations', () => {
    const { main } = englishPage(to.newsItem(item));
    for (const id of item.data.organizations) expect(linksIn(main)).toContain(to.organization(contentOrganizations().find((o) => o.id === id)!));
    for (const id of item.data.projects) expect(linksIn(main).some((href) => href?.startsWith(to.listing('projects')) && href.includes(id))).toBe(true);
  });
});

const pages = readCollection<PageData>(join(import.meta.dirname, '..', '..'), COLLECTIONS.pages);

describe.each(pages)('the English page of the content page $id', (page) => {
  it('shows its English title and text, or says the page is in Bulgarian only and links to it', () => {
    const { main, text } = englishPage(to.content(page.id));
    expectHeading(main, page.data.title, page.data.en?.title);
    if (page.data.en?.body) {
      expect(text).not.toContain(en.contentPage.onlyInBulgarian);
    } else {
      expect(text).toContain(en.contentPage.onlyInBulgarian);
      expect(linksIn(main)).toContain(bgTo.content(page.id));
    }
  });
});

describe('the English listings', () => {
  it.each([
    ['organizations', en.organization.indexTitle, contentOrganizations().map((o) => to.organization(o))],
    ['programmes', en.programme.indexTitle, contentProgrammes().map((p) => to.programme(p))],
    ['news', en.news.title, contentNews().map((n) => to.newsItem(n))],
  ] as const)('/en/%s/ has an English title and links to every English entry page', (listing, title, entries) => {
    const { main } = englishPage(to.listing(listing));
    expect(textOf(main.querySelector('h1'))).toBe(title);
    expect(linksIn(main).sort()).toEqual(expect.arrayContaining([...entries].sort()));
  });
});

describe('the English 404 and newsletter pages', () => {
  it('has a 404 page at /en/404.html with ways back in English', () => {
    const { main } = englishPage(to.notFound());
    expect(to.notFound()).toBe('/en/404.html');
    expect(textOf(main.querySelector('h1'))).toBe(en.notFound.title);
    expect(linksIn(main)).toEqual([to.home(), to.listing('projects'), to.listing('news')]);
  });

  it('has a newsletter form in English whose script gets English messages, landing on the English stub page', () => {
    const { main } = englishPage(to.newsletter());
    const texts = JSON.parse(main.querySelector('#newsletter')!.getAttribute('data-texts')!) as Record<string, string>;
    expect(texts.emailMissing).toBe(en.newsletter.errors.emailMissing);
    expect(texts.summaryHeading).toBe(en.newsletter.summaryHeading);
    const form = main.querySelector('form.newsletter-form')!;
    if (form.getAttribute('data-connected') === 'false') expect(form.getAttribute('action')).toBe(to.newsletterStub());
    expect(textOf(form)).toContain(en.newsletter.submit);
  });

  it('has the stub page in English', () => {
    const { main } = englishPage(to.newsletterStub());
    expect(textOf(main.querySelector('h1'))).toBe(en.newsletter.stubTitle);
  });
});

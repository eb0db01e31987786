import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtPagePaths, readPage, requireDist, textOf } from '../helpers/dist';
import { contentOrganizations, contentProjects } from '../helpers/content';
import { jsonLdBlocks } from '../helpers/scripts';

beforeAll(requireDist);

type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed JSON, checked below

/** Each page's JSON-LD objects, nested ones included, by page path. */
function blocksOf(doc: HTMLElement): Node[] {
  return jsonLdBlocks(doc).flat() as Node[];
}
function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Node);
    Object.values(node).forEach((v) => walk(v, visit));
  }
}

/** What each type must carry to say anything (schema.org's and Google's required fields, and ours). */
const REQUIRED: Record<string, string[]> = {
  WebSite: ['name', 'url'],
  Organization: ['name', 'url'],
  GovernmentOrganization: ['name', 'url'],
  NGO: ['name', 'url'],
  FundingScheme: ['name', 'url'],
  Project: ['name', 'url', 'description', 'parentOrganization'],
  MonetaryGrant: ['name', 'funder', 'fundedItem'],
  MonetaryAmount: ['value', 'currency'],
  NewsArticle: ['headline', 'url'],
  BreadcrumbList: ['itemListElement'],
  ListItem: ['position', 'name', 'item'],
  DonateAction: ['recipient'],
  Place: ['name'],
  PostalAddress: ['addressLocality', 'addressCountry'],
};

const pages = builtPagePaths().filter((p) => !p.startsWith('/admin'));

describe('JSON-LD', () => {
  it('parses on every page, and every typed object carries its required properties', () => {
    let typed = 0;
    for (const path of pages) {
      const { doc } = readPage(path);
      for (const block of blocksOf(doc)) {
        expect(block['@context'], path).toBe('https://schema.org');
        walk(block, (n) => {
          if (!n['@type']) return;
          typed++;
          const required = REQUIRED[n['@type']];
          expect(required, `${path}: unexpected type ${n['@type']}`).toBeDefined();
          for (const key of required!) expect(n[key], `${path}: ${n['@type']}.${key}`).toBeDefined();
        });
      }
    }
    expect(typed).toBeGreaterThan(100);
  });

  it('shows nothing the page does not: every name, headline, identifier and ЕИК is in the page text', () => {
    for (const path of pages) {
      const { doc } = readPage(path);
      const text = textOf(doc.querySelector('body'));
      for (const block of blocksOf(doc)) {
        walk(block, (n) => {
          for (const key of ['name', 'headline', 'identifier', 'taxID', 'addressLocality', 'addressRegion']) {
            if (typeof n[key] !== 'string' || n['@type'] === 'MonetaryGrant' || n['@type'] === 'WebSite') continue;
            expect(text, `${path}: ${n['@type']}.${key} „${n[key]}“`).toContain(n[key]);
          }
        });
      }
    }
  });

  it('repeats each page’s breadcrumb trail as a BreadcrumbList, and only where there is one', () => {
    let trails = 0;
    for (const path of pages) {
      const { doc } = readPage(path);
      const nav = doc.querySelectorAll('nav.breadcrumbs li').map((li) => textOf(li));
      const list = blocksOf(doc).find((b) => b['@type'] === 'BreadcrumbList');
      if (nav.length === 0) {
        expect(list, path).toBeUndefined();
        continue;
      }
      trails++;
      expect(
        list?.itemListElement.map((i: Node) => i.name),
        path,
      ).toEqual(nav);
      expect(list?.itemListElement.at(-1).item, path).toBe(new URL(path, list?.itemListElement[0].item).href);
    }
    expect(trails).toBeGreaterThan(10);
  });

  it('describes each project, organization, news item and donation page with its own type', () => {
    for (const { id, data } of contentProjects()) {
      const project = blocksOf(readPage(`/proekti/${id}/`).doc).find((b) => b['@type'] === 'Project');
      expect(project?.name, id).toBe(data.title);
    }
    const kinds: Record<string, string> = { municipality: 'GovernmentOrganization', foundation: 'NGO', association: 'NGO' };
    for (const { id, data } of contentOrganizations()) {
      const [org] = blocksOf(readPage(`/organizatsii/${id}/`).doc);
      expect(org?.['@type'], id).toBe(kinds[data.kind as string] ?? 'Organization');
    }
    const news = pages.filter((p) => /^\/novini\/[^/]+\/$/.test(p) && !p.startsWith('/novini/stranitsa'));
    expect(news.length).toBeGreaterThan(0);
    for (const path of news)
      expect(
        blocksOf(readPage(path).doc).map((b) => b['@type']),
        path,
      ).toContain('NewsArticle');
    const donations = pages.filter((p) => /^\/darete\/[^/]+\/$/.test(p));
    expect(donations.length).toBeGreaterThan(0);
    for (const path of donations)
      expect(
        blocksOf(readPage(path).doc).map((b) => b['@type']),
        path,
      ).toContain('DonateAction');
  });
});

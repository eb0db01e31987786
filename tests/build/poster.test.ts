/**
 * The A3 posters in the built site: one per EU-funded project and no other, with that project's
 * facts; for the organizations' staff, so noindex, out of the sitemap and the search index; their
 * print styles on their own pages only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatMoney, moneyView } from '../../src/lib/money';
import { bgRoutes, routesFor } from '../../src/lib/routes';
import { contentOrganizations, contentProgrammes, contentProjects, projectsByFunding } from '../helpers/content';
import { DIST, readPage, requireDist, textOf } from '../helpers/dist';

beforeAll(requireDist);

const site = parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'site.yaml'), 'utf8')) as { url: string };
const funding = projectsByFunding();
const posterOf = (id: string) => bgRoutes.poster(id);
const isBuilt = (path: string) => existsSync(join(DIST, path, 'index.html'));
const projectIds = () => contentProjects().map((p) => p.id);

describe('which projects have a poster', () => {
  it('exactly the EU-funded ones: not 002 (funding not stated) nor 004 (a private funder)', () => {
    const withPoster = readdirSync(join(DIST, 'proekti')).filter((dir) => existsSync(join(DIST, 'proekti', dir, 'plakat', 'index.html')));
    expect(withPoster.sort()).toEqual([...funding.eu].sort());
    expect(funding.eu.length).toBeGreaterThan(0);
    for (const id of ['badeshte-za-vsyako-dete', 'holistichna-podkrepa-za-ranno-detsko-razvitie']) {
      expect(projectIds()).toContain(id);
      expect(isBuilt(posterOf(id)), id).toBe(false);
    }
    expect([...funding.notEu, ...funding.unknown]).toEqual(
      expect.arrayContaining(['badeshte-za-vsyako-dete', 'holistichna-podkrepa-za-ranno-detsko-razvitie']),
    );
  });

  it('and no English poster: the poster is Bulgarian only', () => {
    const english = readdirSync(join(DIST, 'en', 'projects')).filter((dir) => existsSync(join(DIST, 'en', 'projects', dir, 'plakat')));
    expect(english).toEqual([]);
  });
});

describe('the poster is for the staff, not for the public', () => {
  it('is noindex, with no canonical address and no hreflang pair', () => {
    for (const id of funding.eu) {
      const { doc } = readPage(posterOf(id));
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content'), id).toBe('noindex');
      expect(doc.querySelector('link[rel="canonical"]'), id).toBeNull();
      expect(doc.querySelectorAll('link[rel="alternate"][hreflang]'), id).toHaveLength(0);
    }
  });

  it('is not in the sitemap', () => {
    const sitemaps = readdirSync(DIST).filter((f) => /^sitemap.*\.xml$/.test(f));
    const xml = sitemaps.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
    expect(xml).toContain('/proekti/shans-za-nashite-detsa/');
    for (const id of funding.eu) expect(xml).not.toContain(posterOf(id));
  });

  it('is not in the search index: no page body marked for Pagefind, and no fragment of the index names it', () => {
    for (const id of funding.eu) expect(readPage(posterOf(id)).html, id).not.toContain('data-pagefind-body');
    const dir = join(DIST, 'pagefind', 'fragment');
    const urls = readdirSync(dir).map((file) => {
      const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    });
    expect(urls).toContain('/proekti/shans-za-nashite-detsa/');
    expect(urls.filter((url) => url.includes(`/${'plakat'}/`))).toEqual([]);
  });

  it('is linked from its project page in both languages (the English one marks the link as Bulgarian), and no other project page links one', () => {
    for (const { id } of contentProjects()) {
      const bg = readPage(bgRoutes.project(id)).doc.querySelectorAll(`a[href="${posterOf(id)}"]`);
      const enPath = routesFor('en').project(contentProjects().find((p) => p.id === id)!);
      const en = readPage(enPath).doc.querySelectorAll(`a[href="${posterOf(id)}"]`);
      const expected = funding.eu.includes(id) ? 1 : 0;
      expect(bg, id).toHaveLength(expected);
      expect(en, enPath).toHaveLength(expected);
      if (expected) {
        expect(en[0]!.getAttribute('hreflang')).toBe('bg');
        expect(bg[0]!.closest('[data-pagefind-ignore]'), 'the link stays out of the search index').not.toBeNull();
      }
    }
  });
});

describe('what each poster says', () => {
  const organizations = new Map(contentOrganizations().map((o) => [o.id, o.data.name]));
  const programmes = new Map(contentProgrammes().map((p) => [p.id, p.data]));

  it.for(funding.eu)('%s: emblem and its words, name, main aim, programme, beneficiary, EU support, QR code and address', (id) => {
    const project = contentProjects().find((p) => p.id === id)!.data;
    const { doc } = readPage(posterOf(id));
    const sheet = doc.querySelector('article.poster')!;
    expect(sheet).not.toBeNull();
    const text = textOf(sheet);
    const euProgrammes = project.funding!.map((f) => programmes.get(f.programme)!).filter((p) => p.period !== 'none');

    expect(sheet.querySelector('svg.eu-emblem')).not.toBeNull();
    const caption = textOf(sheet.querySelector('.poster__caption'));
    for (const programme of euProgrammes) {
      if (programme.period === '2014-2020') expect(caption).toBe('Европейски съюз Европейски социален фонд');
      else expect(caption).toBe('Съфинансирано от Европейския съюз');
      expect(text).toContain(programme.name);
    }
    expect(textOf(sheet.querySelector('h2'))).toBe(project.title);
    expect(text).toContain(project.goal!);
    expect(text).toContain(organizations.get(project.lead)!);
    for (const source of project.funding!) {
      for (const money of [source.grant, source.euShare].filter((m) => m !== undefined)) expect(text).toContain(formatMoney(moneyView(money), 'bg'));
      if (source.contractNumber) expect(text).toContain(source.contractNumber);
    }
    const address = new URL(bgRoutes.project(id), site.url).href;
    expect(textOf(sheet.querySelector('.poster__url'))).toBe(address);
    const qr = sheet.querySelector('.poster__more svg');
    expect(qr?.getAttribute('role')).toBe('img');
    expect(qr?.getAttribute('aria-label')).toBeTruthy();
    expect(qr?.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
  });

  it('names the grant of „Инициатива…“ euro first with leva alongside, as the site writes money', () => {
    expect(textOf(readPage(posterOf('initsiativa-za-razvitie-i-sotsialno-vklyuchvane')).doc.querySelector('article.poster'))).toContain(
      'Безвъзмездна помощ 102\u00a0255,40\u00a0€ (199\u00a0994,17\u00a0лв.)',
    );
  });
});

describe('the poster’s styles stay on its page', () => {
  it('the site’s stylesheet has no A3 page, the poster its own style, allowed by its hash', () => {
    const { doc } = readPage(posterOf(funding.eu[0]!));
    const sheets = doc.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!);
    expect(sheets).toHaveLength(1);
    expect(readFileSync(join(DIST, sheets[0]!), 'utf8')).not.toMatch(/A3|poster/);
    const style = doc.querySelector('head style')!.textContent;
    expect(style).toMatch(/@page\s*\{\s*size:\s*A3/);
    const hash = createHash('sha256').update(style).digest('base64');
    expect(doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')).toContain(`'sha256-${hash}'`);
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCollection } from '../../src/loaders/content-file';
import { GROUPING_NAMES } from '../../src/lib/groupings';
import { ADMIN_PATH, bgRoutes, parsePath, SITEMAP_PATH, type DataFile } from '../../src/lib/routes';
import { slugify } from '../../src/lib/transliteration';
import { COLLECTIONS } from '../../src/schemas/index';
import type { OrganizationData } from '../../src/schemas/organization';
import { contentNews, contentProgrammes, contentProjects } from '../helpers/content';
import { builtPagePaths, DIST, readPage, requireDist } from '../helpers/dist';

beforeAll(requireDist);

const ROOT = join(import.meta.dirname, '..', '..');
/** A built file at a site path: a page's index.html, or the file itself. */
const built = (path: string) => existsSync(path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path));

describe('every Bulgarian path routes.ts gives is built (file-based routing agrees with it)', () => {
  const to = bgRoutes;

  it('the fixed pages, listings, feeds and open-data files', () => {
    const files: DataFile[] = ['proekti.csv', 'finansirane.csv', 'proekti.json', 'schema.json'];
    const paths = [
      to.home(),
      to.listing('projects'),
      to.listing('organizations'),
      to.listing('programmes'),
      to.listing('news'),
      to.newsFeed(),
      to.projectsFeed(),
      to.donate(),
      to.search(),
      to.data(),
      ...files.map(to.dataFile),
      to.newsletter(),
      to.newsletterStub(),
      to.publicity(),
      to.notFound(),
      ADMIN_PATH,
      SITEMAP_PATH,
      ...GROUPING_NAMES.map(to.grouping),
    ];
    expect(paths.filter((p) => !built(p))).toEqual([]);
  });

  it('each project, its data file and its groups (with their CSV)', () => {
    const missing = contentProjects().flatMap(({ id, data }) => {
      const groups = [
        ...data.places.flatMap((p) => [
          to.group('municipality', slugify(p.municipality)),
          to.group('province', slugify(p.province!)),
          to.groupCsv('municipality', slugify(p.municipality)),
        ]),
        ...(data.funding?.map((f) => to.group('programme', f.programme)) ?? [to.group('programme', 'ne-e-posocheno')]),
        ...[data.lead, ...data.partners.map((p) => p.organization)].map((o) => to.group('organization', o)),
      ];
      return [to.project(id), to.projectData(id), ...groups].filter((p) => !built(p));
    });
    expect(missing).toEqual([]);
    expect(contentProjects().length).toBeGreaterThan(0);
  });

  it('each organization (and its donation page where it takes donations), programme, news item and content page', () => {
    const organizations = readCollection<OrganizationData>(ROOT, COLLECTIONS.organizations);
    const pages = readCollection(ROOT, COLLECTIONS.pages);
    const paths = [
      ...organizations.map((o) => to.organization(o.id)),
      ...organizations.filter((o) => o.data.donations).map((o) => to.donateTo(o.id)),
      ...contentProgrammes().map((p) => to.programme(p.id)),
      ...contentNews().map((n) => to.newsItem(n.id)),
      ...pages.map((p) => to.content(p.id)),
    ];
    expect(paths.filter((p) => !built(p))).toEqual([]);
    expect(organizations.filter((o) => o.data.donations).length).toBeGreaterThan(0);
  });
});

describe('every page the build wrote is a page routes.ts knows', () => {
  it('reads each built HTML page back to a route, in the language the page declares', () => {
    const unknown = builtPagePaths().filter((path) => parsePath(path)?.lang !== readPage(path).doc.querySelector('html')?.getAttribute('lang'));
    expect(unknown).toEqual([]);
    expect(builtPagePaths().some((path) => parsePath(path)?.lang === 'en')).toBe(true);
  });
});

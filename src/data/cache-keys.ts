/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a page is copied
 * from the previous build when its key and its code are unchanged, so a key must change
 * whenever anything the page shows changes. A stale page is worse than a slow build, hence:
 * - every key holds the context every page shows or may show: the build date (statuses), the
 *   site settings, the live launch placeholders (the banner), and every organization,
 *   programme and content page (names, slugs, donations; few files, rarely edited);
 * - projects and news, the collections that grow, count only where a page shows them: a
 *   project by a digest of its data and story, a list by the digests of the entries on it.
 * Derived data (status, EU blocks, publicity results) comes from these and the code; the code
 * is Astro's part (the hash of each page's module graph).
 */
import { createHash } from 'node:crypto';
import type { CollectionEntry } from 'astro:content';
import type { ProjectView } from '../lib/project-view.ts';
import { loadCatalog, type Catalog } from './catalog.ts';
import { BUILD_DATE } from './build-date.ts';
import { livePlaceholdersOfBuild } from './launch.ts';

const digest = (...parts: unknown[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? part : (JSON.stringify(part) ?? 'undefined')).update('\0');
  return hash.digest('base64url').slice(0, 32);
};

/** An entry as parsed (not as written: a schema change that changes the data changes this too), with its story. */
const entryDigest = (entry: { id: string; data: unknown; body?: string }) => digest(entry.id, entry.data, entry.body ?? '');

export interface CacheKeys {
  /** A page's key from the context and what it shows besides (projects inside are replaced by their digests). */
  key(...shows: unknown[]): string;
  /** One project's page (and its data file): the project, and the news about it. */
  project(id: string): string;
  /** A news item's page: the item and the projects it names. */
  newsItem(item: CollectionEntry<'news'>): string;
  /** A page listing an organization's or a programme's projects (and, for an organization, its news). */
  projectsOf(grouping: 'organization' | 'programme', id: string): string;
  /** A page of donation cards: each organization's first projects and count. */
  donors(ids: string[]): string;
}

function build(catalog: Catalog): CacheKeys {
  const context = digest(
    BUILD_DATE,
    catalog.site,
    livePlaceholdersOfBuild(),
    catalog.organizations.map(entryDigest),
    catalog.programmes.map(entryDigest),
    catalog.pages.map(entryDigest),
  );
  const projectDigests = new Map<string, string>(catalog.projects.map((p) => [p.id, entryDigest(catalog.projectEntry(p.id))]));
  // The views in pages' props are the catalog's own objects: each stands for its digest.
  const byView = new WeakMap<object, string>(catalog.projects.map((p) => [p, projectDigests.get(p.id)!]));
  const newsDigests = new Map(catalog.news.map((n) => [n.id, entryDigest(n)]));
  const replacer = (_key: string, value: unknown) => (value && typeof value === 'object' && byView.has(value) ? `project:${byView.get(value)}` : value);
  const key = (...shows: unknown[]) => digest(context, ...shows.map((s) => JSON.stringify(s, replacer) ?? 'undefined'));
  const views = (list: ProjectView[]) => list.map((p) => projectDigests.get(p.id));
  return {
    key,
    project: (id) =>
      key(
        'project',
        projectDigests.get(id),
        catalog.newsAbout('projects', id).map((n) => newsDigests.get(n.id)),
      ),
    newsItem: (item) =>
      key(
        'news',
        newsDigests.get(item.id),
        item.data.projects.map((id) => projectDigests.get(id)),
      ),
    projectsOf: (grouping, id) =>
      key(
        grouping,
        id,
        views(catalog.projectsIn(grouping, id)),
        grouping === 'organization' ? catalog.newsAbout('organizations', id).map((n) => newsDigests.get(n.id)) : [],
      ),
    donors: (ids) =>
      key(
        'donors',
        ids,
        ids.map((id) => views(catalog.projectsIn('organization', id))),
      ),
  };
}

let keys: Promise<CacheKeys> | undefined;

/** The build's cache keys, computed once. */
export function loadCacheKeys(): Promise<CacheKeys> {
  keys ??= loadCatalog().then(build);
  return keys;
}

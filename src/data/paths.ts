/**
 * getStaticPaths of every page type in a language, so that the Bulgarian and the English
 * page files stay a few lines each: the address segment from routes.ts, the entry as a prop.
 * Each path has a `cacheKey` (src/data/cache-keys.ts): an incremental build copies the page
 * from the previous build while the key and the page's code are unchanged.
 */
import type { Lang } from '../i18n/lang.ts';
import { loadCatalog } from './catalog.ts';
import { loadCacheKeys } from './cache-keys.ts';
import { GROUPING_NAMES, type GroupingName, type ProjectGroup } from '../lib/groupings.ts';
import { DATA_FILES_PER_PAGE, laterPages, paginateList, type ListingPage } from '../lib/pagination.ts';
import type { ProjectView } from '../lib/project-view.ts';
import { hasPoster } from '../lib/poster.ts';
import { entrySlug, groupingSegment, routesFor } from '../lib/routes.ts';
import { directoryListing, type DirectoryListing } from './directory.ts';
import { newsPages } from './news.ts';

/** The pages of organizations, programmes or news items: [slug] is the file name, or in English the `en.slug`. */
export async function entryPaths(collection: DirectoryListing | 'news', lang: Lang) {
  const [catalog, keys] = await Promise.all([loadCatalog(), loadCacheKeys()]);
  const keyOf =
    collection === 'news'
      ? (id: string) => keys.newsItem(catalog.newsItem(id))
      : (id: string) => keys.projectsOf(collection === 'organizations' ? 'organization' : 'programme', id);
  return catalog[collection].map((entry) => ({ params: { slug: entrySlug(lang, entry) }, props: { id: entry.id }, cacheKey: keyOf(entry.id) }));
}

/** Paths whose props are all the page shows besides the context: the props (or what `shows` picks of them) make the key. */
async function keyedByProps<P extends { props: unknown }>(
  paths: P[],
  shows: (props: P['props']) => unknown = (props) => props,
): Promise<(P & { cacheKey: string })[]> {
  const keys = await loadCacheKeys();
  return paths.map((path) => ({ ...path, cacheKey: keys.key(shows(path.props)) }));
}

/** A group as its pages show it beside their own page of projects: its name and how many projects it has. */
const groupShown = ({ projects, ...group }: ProjectGroup) => ({ ...group, count: projects.length });

/** Page 2 onwards of the index of organizations or programmes. */
export async function directoryPagePaths(listing: DirectoryListing, lang: Lang) {
  return keyedByProps(laterPages(await directoryListing(listing, lang)));
}

/** Page 2 onwards of the news listing. */
export async function newsPagePaths(lang: Lang) {
  return keyedByProps(laterPages(await newsPages(lang)));
}

/** The pages of content/pages: the same file name in every language. */
export async function contentPagePaths() {
  const { pages } = await loadCatalog();
  return keyedByProps(pages.map((page) => ({ params: { page: page.id }, props: { page } })));
}

/** The pages of the list of all projects after the first: /proekti/stranitsa/2/ … */
export async function projectListingPaths(lang: Lang) {
  const { projects } = await loadCatalog();
  return keyedByProps(laterPages(paginateList(projects, routesFor(lang).listingPages('projects'))));
}

/** One page per project, at its slug in the language; `id` is its file name. */
export async function projectPaths(lang: Lang) {
  const [catalog, keys] = await Promise.all([loadCatalog(), loadCacheKeys()]);
  return catalog.projects.map((project) => ({
    params: { slug: entrySlug(lang, catalog.projectEntry(project.id)) },
    props: { id: project.id },
    cacheKey: keys.project(project.id),
  }));
}

/** The A3 poster of each project whose page owes the EU block, in Bulgarian only (POSTER_SEGMENT in routes.ts). */
export async function posterPaths() {
  const [{ projects }, keys] = await Promise.all([loadCatalog(), loadCacheKeys()]);
  // The poster shows the project's own facts, its organizations and programme: the project page's key.
  return projects.filter(hasPoster).map((project) => ({ params: { slug: project.id }, props: { id: project.id }, cacheKey: keys.project(project.id) }));
}

export type GroupingProps =
  { kind: 'index'; name: GroupingName; groups: ProjectGroup[] } | { kind: 'group'; name: GroupingName; group: ProjectGroup; page: ListingPage<ProjectView> };

/** Every grouping's index and every group's pages, below /proekti/<grouping>/. */
export async function groupingPaths(lang: Lang): Promise<{ params: { grouping: string; path: string | undefined }; props: GroupingProps; cacheKey: string }[]> {
  const { groupings } = await loadCatalog();
  const to = routesFor(lang);
  return keyedByProps(
    GROUPING_NAMES.flatMap((name) => [
      { params: { grouping: groupingSegment(lang, name), path: undefined }, props: { kind: 'index' as const, name, groups: groupings[name] } },
      ...groupings[name].flatMap((group) =>
        paginateList(group.projects, to.groupPages(name, group.slug)).map((page) => ({
          // The rest of the page's path below the grouping: haskovo or haskovo/stranitsa/2.
          params: { grouping: groupingSegment(lang, name), path: page.path.slice(to.grouping(name).length, -1) },
          props: { kind: 'group' as const, name, group, page },
        })),
      ),
    ]),
    (props) => (props.kind === 'index' ? { ...props, groups: props.groups.map(groupShown) } : { ...props, group: groupShown(props.group) }),
  );
}

/** The CSV of each group, beside the group's page. */
export async function groupCsvPaths(lang: Lang) {
  const { groupings } = await loadCatalog();
  const to = routesFor(lang);
  return keyedByProps(
    GROUPING_NAMES.flatMap((name) =>
      groupings[name].map((group) => ({
        // The group's segment in this language (ongoing for v-izpalnenie): the folder the CSV sits in.
        params: { grouping: groupingSegment(lang, name), group: to.group(name, group.slug).slice(to.grouping(name).length, -1) },
        props: { projects: group.projects },
      })),
    ),
  );
}

/** The donation index's pages after the first: /darete/stranitsa/2/ … */
export async function donatePagePaths(lang: Lang) {
  const [{ donors }, keys] = await Promise.all([loadCatalog(), loadCacheKeys()]);
  return laterPages(paginateList(donors, routesFor(lang).donatePages())).map((path) => ({
    ...path,
    cacheKey: keys.donors(path.props.page.items.map((org) => org.id)),
  }));
}

/** One donation page per organization that takes donations, at its slug in the language. */
export async function donateToPaths(lang: Lang) {
  const [{ donors }, keys] = await Promise.all([loadCatalog(), loadCacheKeys()]);
  return donors.map((org) => ({ params: { org: entrySlug(lang, org) }, props: { id: org.id }, cacheKey: keys.projectsOf('organization', org.id) }));
}

/** The open-data page's further pages of per-project files: /danni/stranitsa/2/ … */
export async function dataPagePaths(lang: Lang) {
  const { projects } = await loadCatalog();
  return keyedByProps(laterPages(paginateList(projects, routesFor(lang).dataPages(), DATA_FILES_PER_PAGE)));
}

/** The publicity report's group pages: each programme's EU-funded projects, and those that cannot be checked. */
export async function publicityGroupPaths(lang: Lang) {
  const catalog = await loadCatalog();
  const to = routesFor(lang);
  return keyedByProps(
    catalog.publicityGroups.flatMap((group) =>
      paginateList(group.projects, to.publicityGroupPages(group.slug)).map((page) => ({
        // The path below the report's address, as routes.ts writes it.
        params: { path: page.path.slice(to.publicity().length, -1) },
        props: { slug: group.slug, page },
      })),
    ),
  );
}

/**
 * The one place pages get content from: every collection loaded once per build, references
 * checked (Astro only logs broken ones), projects turned into views by src/lib.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { ContentError } from '../loaders/content-file.ts';
import { buildProjectView, type Lookups, type ProjectView } from '../lib/project-view.ts';
import { brokenReferences, type CollectionName } from '../lib/references.ts';
import { projectPublicity, type ObligationResult } from '../lib/publicity.ts';
import { groupForReport, type PublicityGroup } from '../lib/publicity-report.ts';
import { strings } from '../i18n/index.ts';
import { DEFAULT_LANG } from '../i18n/lang.ts';
import { GROUPING_NAMES, groupProjects, type GroupingName, type ProjectGroup } from '../lib/groupings.ts';
import { newsReferences, projectReferences } from '../schemas/index.ts';
import { BUILD_DATE } from './build-date.ts';
import { slugIndex, type SlugIndex } from '../lib/routes.ts';

// Bulgarian until this module takes the page language.
const ui = strings(DEFAULT_LANG);

export interface Catalog {
  site: CollectionEntry<'site'>['data'];
  projects: ProjectView[];
  organizations: CollectionEntry<'organizations'>[];
  programmes: CollectionEntry<'programmes'>[];
  news: CollectionEntry<'news'>[];
  pages: CollectionEntry<'pages'>[];
  /** English slugs of the entries, for the address of a page in the other language. */
  slugs: SlugIndex;
  /** Projects grouped the ways visitors look for them. */
  groupings: Record<GroupingName, ProjectGroup[]>;
  project(id: string): ProjectView;
  /** The MDX entry behind a project, for rendering its story. */
  projectEntry(id: string): CollectionEntry<'projects'>;
  organization(id: string): CollectionEntry<'organizations'>;
  programme(id: string): CollectionEntry<'programmes'>;
  newsItem(id: string): CollectionEntry<'news'>;
  /** Organizations that take donations, by name. */
  donors: CollectionEntry<'organizations'>[];
  /** Each EU publicity obligation a project owes, with its outcome; [] for projects without EU money. */
  publicityOf(id: string): ObligationResult[];
  /** The publicity report's groups: EU-funded projects by programme, and those whose funding is not stated. */
  publicityGroups: PublicityGroup<ProjectView>[];
  /** The projects of one group, e.g. ('organization', 'obshtina-haskovo'); [] when none. */
  projectsIn(grouping: GroupingName, slug: string): ProjectView[];
  /** News about a project or an organization, newest first, undated last. */
  newsAbout(field: 'projects' | 'organizations', id: string): CollectionEntry<'news'>[];
}

let catalog: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  catalog ??= assemble();
  return catalog;
}

function byId<T extends { id: string }>(entries: T[], what: string): (id: string) => T {
  const map = new Map(entries.map((e) => [e.id, e]));
  return (id) => {
    const entry = map.get(id);
    if (!entry) throw new Error(`Unknown ${what} "${id}" (references are checked first; this is a bug)`);
    return entry;
  };
}

async function assemble(): Promise<Catalog> {
  const [projectEntries, organizations, programmes, news, pages, siteEntry] = await Promise.all([
    getCollection('projects'),
    getCollection('organizations'),
    getCollection('programmes'),
    getCollection('news'),
    getCollection('pages'),
    getEntry('site', 'site'),
  ]);
  if (!siteEntry) throw new ContentError([{ file: 'content/site.yaml', message: 'файлът липсва', kind: 'schema' }]);

  const ids = (entries: { id: string }[]) => new Set(entries.map((e) => e.id));
  const known: Record<CollectionName, ReadonlySet<string>> = {
    projects: ids(projectEntries),
    organizations: ids(organizations),
    programmes: ids(programmes),
    news: ids(news),
    pages: ids(pages),
  };
  const problems = brokenReferences(
    [
      ...projectEntries.map((e) => ({ file: e.filePath ?? e.id, references: projectReferences(e.data) })),
      ...news.map((e) => ({ file: e.filePath ?? e.id, references: newsReferences(e.data) })),
    ],
    known,
  );
  if (problems.length) throw new ContentError(problems.map(({ file, field, message }) => ({ file, field, message, kind: 'reference' })));

  const organization = byId(organizations, 'organization');
  const programme = byId(programmes, 'programme');
  const lookups: Lookups = {
    organization: (id) => ({ id, name: organization(id).data.name }),
    programme: (id) => {
      const { data } = programme(id);
      return {
        id,
        name: data.name,
        shortName: data.shortName,
        period: data.period,
        fund: data.fund,
        fundingStatement: data.fundingStatement,
        disclaimer: data.disclaimer,
      };
    },
  };
  const sortedNews = [...news].sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.id.localeCompare(b.id));
  const projects = projectEntries
    .map((e) => buildProjectView(e.id, e.data, lookups, BUILD_DATE))
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'bg'));
  const publicity = new Map(projectEntries.map((e) => [e.id, projectPublicity(e.data, e.body ?? '', (id) => programme(id).data).results]));
  const labels = { status: ui.statusGroup, fundingNotStated: ui.groupings.fundingNotStated };
  const groupings = Object.fromEntries(GROUPING_NAMES.map((name) => [name, groupProjects(projects, name, labels)])) as Record<GroupingName, ProjectGroup[]>;
  return {
    groupings,
    slugs: slugIndex({ projects: projectEntries, organizations, programmes, news }),
    site: siteEntry.data,
    projects,
    organizations,
    programmes,
    news: sortedNews,
    pages,
    project: byId(projects, 'project'),
    projectEntry: byId(projectEntries, 'project'),
    organization,
    programme,
    newsItem: byId(news, 'news item'),
    donors: organizations.filter((o) => o.data.donations).sort((a, b) => a.data.name.localeCompare(b.data.name, 'bg')),
    publicityOf: (id) => publicity.get(id) ?? [],
    publicityGroups: groupForReport(
      projects.filter((p) => p.euFunding === 'eu'),
      projects.filter((p) => p.euFunding === 'unknown'),
      programmes.map((p) => p.id),
      (p) => (p.funding ?? []).filter((f) => f.programme.period !== 'none').map((f) => f.programme.id),
      (id) => publicity.get(id) ?? [],
    ),
    projectsIn: (grouping, slug) => groupings[grouping].find((g) => g.slug === slug)?.projects ?? [],
    newsAbout: (field, id) => sortedNews.filter((item) => item.data[field].includes(id)),
  };
}

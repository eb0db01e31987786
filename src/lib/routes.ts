/**
 * Every address of the site, in both languages, from one place. Bulgarian paths are the
 * folder names under src/pages (file-based routing); English paths live under /en/ with
 * English segments. A page is named by a `Route`; `pathOf` writes its address, `parsePath`
 * reads an address back, and `counterpartPath` gives the same page in the other language.
 * Pure: no content is read here; English slugs of entries come in with the entries.
 */
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import type { GroupingName } from './groupings.ts';
import type { CollectionName } from '../schemas/enums.ts';

/** The collections whose entries have pages of their own, and may have an English slug. */
export type EntryCollection = Exclude<CollectionName, 'pages'>;

/** The listings split into pages: /proekti/, /proekti/stranitsa/2/ … */
export type Listing = EntryCollection;

/**
 * An entry as routes need it: its file name, and its English slug where content gives one
 * (the `en.slug` field). A bare string is the file name alone.
 */
export type Entry = string | { id: string; data?: { en?: { slug?: string } }; enSlug?: string };

/** The collections whose pages have a social card of their own; other pages share the site's. */
export type CardCollection = 'projects' | 'news';

/** The open-data files, by their Bulgarian file names (the keys of openDataFiles()). */
export type DataFile = 'proekti.csv' | 'finansirane.csv' | 'proekti.json' | 'schema.json';

export type Route =
  | { kind: 'home' }
  | { kind: 'listing'; listing: Listing; page?: number }
  | { kind: 'entry'; collection: EntryCollection; entry: Entry }
  | { kind: 'projectData'; entry: Entry }
  /** The social card (og:image) of a project or a news item, beside its page. */
  | { kind: 'card'; collection: CardCollection; entry: Entry }
  /** An EU-funded project's A3 poster for print: in Bulgarian only (see POSTER_SEGMENT). */
  | { kind: 'poster'; entry: Entry }
  | { kind: 'grouping'; grouping: GroupingName }
  | { kind: 'group'; grouping: GroupingName; group: string; page?: number }
  | { kind: 'groupCsv'; grouping: GroupingName; group: string }
  | { kind: 'feed'; feed: 'news' | 'projects' }
  | { kind: 'donate'; page?: number }
  | { kind: 'donateTo'; entry: Entry }
  | { kind: 'search' }
  | { kind: 'data'; page?: number }
  | { kind: 'dataFile'; file: DataFile }
  | { kind: 'newsletter' }
  | { kind: 'newsletterStub' }
  | { kind: 'publicity' }
  /** One programme's projects in the publicity report, or those whose funding is not stated. */
  | { kind: 'publicityGroup'; group: string; page?: number }
  | { kind: 'content'; id: string }
  | { kind: 'notFound' };

interface Segments {
  /** The language's prefix: '' for the default language. */
  prefix: string;
  collections: Record<EntryCollection, string>;
  groupings: Record<GroupingName, string>;
  page: string;
  projectData: string;
  card: string;
  groupCsv: string;
  feed: string;
  donate: string;
  search: string;
  data: string;
  dataFiles: Record<DataFile, string>;
  newsletter: string;
  newsletterStub: string;
  publicity: string;
  notFound: string;
}

const SEGMENTS = {
  bg: {
    prefix: '',
    collections: { projects: 'proekti', organizations: 'organizatsii', programmes: 'programi', news: 'novini' },
    groupings: { status: 'po-status', municipality: 'po-obshtina', province: 'po-oblast', programme: 'po-programa', organization: 'po-organizatsia' },
    page: 'stranitsa',
    projectData: 'danni.json',
    card: 'karta.png',
    groupCsv: 'proekti.csv',
    feed: 'atom.xml',
    donate: 'darete',
    search: 'tarsene',
    data: 'danni',
    dataFiles: { 'proekti.csv': 'proekti.csv', 'finansirane.csv': 'finansirane.csv', 'proekti.json': 'proekti.json', 'schema.json': 'schema.json' },
    newsletter: 'byuletin',
    newsletterStub: 'ne-e-svarzan',
    publicity: 'informatsia-i-publichnost',
    notFound: '404.html',
  },
  en: {
    prefix: 'en',
    collections: { projects: 'projects', organizations: 'organizations', programmes: 'programmes', news: 'news' },
    groupings: { status: 'by-status', municipality: 'by-municipality', province: 'by-province', programme: 'by-programme', organization: 'by-organization' },
    page: 'page',
    projectData: 'data.json',
    card: 'card.png',
    groupCsv: 'projects.csv',
    feed: 'atom.xml',
    donate: 'donate',
    search: 'search',
    data: 'data',
    dataFiles: { 'proekti.csv': 'projects.csv', 'finansirane.csv': 'funding.csv', 'proekti.json': 'projects.json', 'schema.json': 'schema.json' },
    newsletter: 'newsletter',
    newsletterStub: 'not-connected',
    publicity: 'publicity',
    notFound: '404.html',
  },
} as const satisfies Record<Lang, Segments>;

/**
 * Group slugs that are words rather than names: the statuses and „funding not stated“
 * (src/lib/groupings.ts). Other group slugs (places, programme and organization file names)
 * are Latin already and the same in both languages.
 */
const ENGLISH_GROUP_SLUGS: Record<string, string> = {
  'v-izpalnenie': 'ongoing',
  predstoyashti: 'planned',
  priklyucheni: 'completed',
  'neizvesten-status': 'unknown-status',
  'ne-e-posocheno': 'not-stated',
  neproveryaemi: 'not-checkable',
};
const GROUP_SLUGS_FROM_ENGLISH = Object.fromEntries(Object.entries(ENGLISH_GROUP_SLUGS).map(([bg, en]) => [en, bg]));

/** The folder name of a grouping under the projects, for file-based routing: po-oblast. */
export function groupingSegment(lang: Lang, grouping: GroupingName): string {
  return SEGMENTS[lang].groupings[grouping];
}

/**
 * The last segment of a project's A3 poster: /proekti/<file name>/plakat/. The poster exists in
 * Bulgarian only, whatever the page that links it: it is put up in Bulgaria, where the project
 * is carried out, for the public there, with the Bulgarian set sentences and the project's facts
 * as its content states them. So no English address, and no counterpart in the other language.
 */
export const POSTER_SEGMENT = 'plakat';

/** The site's administration (Sveltia CMS), one for both languages. */
export const ADMIN_PATH = '/admin/';

/** The sitemap index @astrojs/sitemap writes, one for both languages. */
export const SITEMAP_PATH = '/sitemap-index.xml';

/** The file name of an entry, and its slug in the given language. */
export function entryId(entry: Entry): string {
  return typeof entry === 'string' ? entry : entry.id;
}

/** The last segment of an entry's address: its file name, or in English its `en.slug` when content gives one. */
export function entrySlug(lang: Lang, entry: Entry): string {
  if (lang === 'bg' || typeof entry === 'string') return entryId(entry);
  return entry.enSlug ?? entry.data?.en?.slug ?? entry.id;
}

function groupSlug(lang: Lang, group: string): string {
  return lang === 'en' ? (ENGLISH_GROUP_SLUGS[group] ?? group) : group;
}

/** A page path from segments: /a/b/ for pages, /a/b.csv for files. */
function join(lang: Lang, segments: (string | number)[], file?: string): string {
  const all = [SEGMENTS[lang].prefix, ...segments.map(String)].filter(Boolean);
  const dir = all.length ? `/${all.join('/')}/` : '/';
  return file ? `${dir}${file}` : dir;
}

/** Page n of a listing under the given segments; page 1 is the listing itself. */
function paged(lang: Lang, segments: string[], page = 1): string {
  return page > 1 ? join(lang, [...segments, SEGMENTS[lang].page, page]) : join(lang, segments);
}

/** The address of a page in a language. */
export function pathOf(lang: Lang, route: Route): string {
  const s = SEGMENTS[lang];
  const projects = s.collections.projects;
  switch (route.kind) {
    case 'home':
      return join(lang, []);
    case 'listing':
      return paged(lang, [s.collections[route.listing]], route.page);
    case 'entry':
      return join(lang, [s.collections[route.collection], entrySlug(lang, route.entry)]);
    case 'projectData':
      return join(lang, [projects, entrySlug(lang, route.entry)], s.projectData);
    case 'card':
      return join(lang, [s.collections[route.collection], entrySlug(lang, route.entry)], s.card);
    case 'poster':
      return join(DEFAULT_LANG, [SEGMENTS[DEFAULT_LANG].collections.projects, entryId(route.entry), POSTER_SEGMENT]);
    case 'grouping':
      return join(lang, [projects, s.groupings[route.grouping]]);
    case 'group':
      return paged(lang, [projects, s.groupings[route.grouping], groupSlug(lang, route.group)], route.page);
    case 'groupCsv':
      return join(lang, [projects, s.groupings[route.grouping], groupSlug(lang, route.group)], s.groupCsv);
    case 'feed':
      return join(lang, [s.collections[route.feed]], s.feed);
    case 'donate':
      return paged(lang, [s.donate], route.page);
    case 'donateTo':
      return join(lang, [s.donate, entrySlug(lang, route.entry)]);
    case 'search':
      return join(lang, [s.search]);
    case 'data':
      return paged(lang, [s.data], route.page);
    case 'dataFile':
      return join(lang, [s.data], s.dataFiles[route.file]);
    case 'newsletter':
      return join(lang, [s.newsletter]);
    case 'newsletterStub':
      return join(lang, [s.newsletter, s.newsletterStub]);
    case 'publicity':
      return join(lang, [s.publicity]);
    case 'publicityGroup':
      return paged(lang, [s.publicity, groupSlug(lang, route.group)], route.page);
    case 'content':
      return join(lang, [route.id]);
    case 'notFound':
      return join(lang, [], s.notFound);
  }
}

/** The paths of one language, for pages and components: `const to = routesFor(lang)`. */
export function routesFor(lang: Lang) {
  const at = (route: Route) => pathOf(lang, route);
  return {
    lang,
    home: () => at({ kind: 'home' }),
    /** Page n of a listing of projects, organizations, programmes or news. */
    listing: (listing: Listing, page?: number) => at({ kind: 'listing', listing, page }),
    /** The function that gives page n of a listing, for paginateList(). */
    listingPages: (listing: Listing) => (page: number) => at({ kind: 'listing', listing, page }),
    project: (entry: Entry) => at({ kind: 'entry', collection: 'projects', entry }),
    projectData: (entry: Entry) => at({ kind: 'projectData', entry }),
    /** The social card of a project or a news item: /proekti/<id>/karta.png. */
    card: (collection: CardCollection, entry: Entry) => at({ kind: 'card', collection, entry }),
    /** The Bulgarian A3 poster of an EU-funded project, from a page in either language. */
    poster: (entry: Entry) => at({ kind: 'poster', entry }),
    organization: (entry: Entry) => at({ kind: 'entry', collection: 'organizations', entry }),
    programme: (entry: Entry) => at({ kind: 'entry', collection: 'programmes', entry }),
    newsItem: (entry: Entry) => at({ kind: 'entry', collection: 'news', entry }),
    grouping: (grouping: GroupingName) => at({ kind: 'grouping', grouping }),
    group: (grouping: GroupingName, group: string, page?: number) => at({ kind: 'group', grouping, group, page }),
    groupPages: (grouping: GroupingName, group: string) => (page: number) => at({ kind: 'group', grouping, group, page }),
    groupCsv: (grouping: GroupingName, group: string) => at({ kind: 'groupCsv', grouping, group }),
    newsFeed: () => at({ kind: 'feed', feed: 'news' }),
    projectsFeed: () => at({ kind: 'feed', feed: 'projects' }),
    donate: (page?: number) => at({ kind: 'donate', page }),
    donatePages: () => (page: number) => at({ kind: 'donate', page }),
    donateTo: (organization: Entry) => at({ kind: 'donateTo', entry: organization }),
    search: () => at({ kind: 'search' }),
    data: (page?: number) => at({ kind: 'data', page }),
    dataPages: () => (page: number) => at({ kind: 'data', page }),
    dataFile: (file: DataFile) => at({ kind: 'dataFile', file }),
    newsletter: () => at({ kind: 'newsletter' }),
    newsletterStub: () => at({ kind: 'newsletterStub' }),
    publicity: () => at({ kind: 'publicity' }),
    publicityGroup: (group: string, page?: number) => at({ kind: 'publicityGroup', group, page }),
    publicityGroupPages: (group: string) => (page: number) => at({ kind: 'publicityGroup', group, page }),
    /** A page of content/pages by its file name, e.g. za-sayta. */
    content: (id: string) => at({ kind: 'content', id }),
    notFound: () => at({ kind: 'notFound' }),
  };
}

export type Routes = ReturnType<typeof routesFor>;

/** The Bulgarian paths, for code that only builds Bulgarian pages so far. */
export const bgRoutes = routesFor(DEFAULT_LANG);

/** Slugs an entry may not take in a language, because listing pages live there: stranitsa, po-… / page, by-… */
export function isReservedSlug(lang: Lang, collection: EntryCollection, slug: string): boolean {
  const s = SEGMENTS[lang];
  const groupingPrefixes = new Set(Object.values(s.groupings).map((g) => g.slice(0, g.indexOf('-') + 1)));
  return slug === s.page || (collection === 'projects' && [...groupingPrefixes].some((prefix) => slug.startsWith(prefix)));
}

/** English slug → file name, per collection: how an English path finds its entry. */
export type SlugIndex = Partial<Record<EntryCollection, Record<string, string>>>;

/** The English slugs of entries, from the entries: the index counterpartPath needs. */
export function slugIndex(entries: Partial<Record<EntryCollection, Entry[]>>): SlugIndex {
  return Object.fromEntries(
    Object.entries(entries).map(([collection, list]) => [collection, Object.fromEntries(list.map((e) => [entrySlug('en', e), entryId(e)]))]),
  );
}

/**
 * Entries of one collection that would share an English address: an English slug written
 * twice, or one that is another entry's file name (used when that entry has no English slug).
 * Each clash is named once, on the entry whose `en.slug` causes it.
 */
export function englishSlugClashes(entries: Entry[]): { id: string; slug: string; other: string }[] {
  const owner = new Map<string, string>();
  for (const entry of entries) if (entrySlug('en', entry) === entryId(entry)) owner.set(entryId(entry), entryId(entry));
  const clashes: { id: string; slug: string; other: string }[] = [];
  for (const entry of entries) {
    const slug = entrySlug('en', entry);
    if (slug === entryId(entry)) continue;
    const other = owner.get(slug);
    if (other !== undefined) clashes.push({ id: entryId(entry), slug, other });
    else owner.set(slug, entryId(entry));
  }
  return clashes;
}

const keyOf = <T extends string>(table: Record<T, string>, value: string | undefined): T | undefined =>
  (Object.keys(table) as T[]).find((key) => table[key] === value);

/** A page number segment: 2, 3 … (page 1 has no segment). */
const pageNumber = (value: string | undefined): number | undefined => (value && /^[1-9]\d*$/.test(value) && value !== '1' ? Number(value) : undefined);

/**
 * The page at a path, and its language; undefined for a path that is no page of the site.
 * English slugs are looked up in `slugs`; an entry is returned with its file name and, in
 * English, the slug of the path.
 */
export function parsePath(path: string, slugs: SlugIndex = {}): { lang: Lang; route: Route } | undefined {
  const parts = path.split('/').slice(1);
  const lang: Lang = parts[0] === SEGMENTS.en.prefix ? 'en' : 'bg';
  if (lang === 'en') parts.shift();
  const route = parseParts(lang, parts, slugs);
  return route && pathOf(lang, route) === path ? { lang, route } : undefined;
}

function parseParts(lang: Lang, parts: string[], slugs: SlugIndex): Route | undefined {
  const s = SEGMENTS[lang];
  const entry = (collection: EntryCollection, slug: string): Entry => (lang === 'bg' ? slug : { id: slugs[collection]?.[slug] ?? slug, enSlug: slug });
  const [first, second, third, fourth, fifth] = parts;
  if (parts.length === 1) return first === '' ? { kind: 'home' } : first === s.notFound ? { kind: 'notFound' } : undefined;
  const listing = keyOf(s.collections, first);
  if (listing) {
    const grouping = keyOf(s.groupings, second);
    if (parts.length === 2) {
      if (second === '') return { kind: 'listing', listing };
      return second === s.feed && (listing === 'news' || listing === 'projects') ? { kind: 'feed', feed: listing } : undefined;
    }
    if (second === s.page) return pageNumber(third) && fourth === '' ? { kind: 'listing', listing, page: pageNumber(third) } : undefined;
    if (listing === 'projects' && grouping) {
      if (third === '') return { kind: 'grouping', grouping };
      const group = lang === 'en' ? (GROUP_SLUGS_FROM_ENGLISH[third!] ?? third!) : third!;
      if (fourth === s.groupCsv) return { kind: 'groupCsv', grouping, group };
      if (fourth === '') return { kind: 'group', grouping, group };
      return fourth === s.page && pageNumber(fifth) ? { kind: 'group', grouping, group, page: pageNumber(fifth) } : undefined;
    }
    if (lang === DEFAULT_LANG && listing === 'projects' && third === POSTER_SEGMENT && fourth === '' && parts.length === 4)
      return { kind: 'poster', entry: second! };
    if (parts.length !== 3) return undefined;
    if (third === '') return { kind: 'entry', collection: listing, entry: entry(listing, second!) };
    if ((listing === 'projects' || listing === 'news') && third === s.card) return { kind: 'card', collection: listing, entry: entry(listing, second!) };
    return listing === 'projects' && third === s.projectData ? { kind: 'projectData', entry: entry('projects', second!) } : undefined;
  }
  const paging = second === s.page && pageNumber(third) && fourth === '' && parts.length === 4 ? pageNumber(third) : undefined;
  if (first === s.donate) {
    if (paging) return { kind: 'donate', page: paging };
    return second === '' ? { kind: 'donate' } : parts.length === 3 && third === '' ? { kind: 'donateTo', entry: entry('organizations', second!) } : undefined;
  }
  if (first === s.data) {
    if (paging) return { kind: 'data', page: paging };
    const file = keyOf(s.dataFiles, second);
    return second === '' ? { kind: 'data' } : file && parts.length === 2 ? { kind: 'dataFile', file } : undefined;
  }
  if (first === s.publicity && parts.length > 2) {
    const group = lang === 'en' ? (GROUP_SLUGS_FROM_ENGLISH[second!] ?? second!) : second!;
    if (third === '' && parts.length === 3) return { kind: 'publicityGroup', group };
    return third === s.page && pageNumber(fourth) && fifth === '' && parts.length === 5
      ? { kind: 'publicityGroup', group, page: pageNumber(fourth) }
      : undefined;
  }
  if (first === s.newsletter) return second === '' ? { kind: 'newsletter' } : second === s.newsletterStub ? { kind: 'newsletterStub' } : undefined;
  if (parts.length !== 2 || second !== '') return undefined;
  if (first === s.search) return { kind: 'search' };
  if (first === s.publicity) return { kind: 'publicity' };
  return { kind: 'content', id: first! };
}

/** The language a path is in. */
export function langOfPath(path: string): Lang {
  return path === `/${SEGMENTS.en.prefix}/` || path.startsWith(`/${SEGMENTS.en.prefix}/`) ? 'en' : 'bg';
}

/** File name → English slug, made once per index: every page and sitemap entry asks, so a scan would grow as N². */
const englishSlugs = new WeakMap<Record<string, string>, Map<string, string>>();
function englishSlugOf(index: Record<string, string> | undefined, id: string): string | undefined {
  if (!index) return undefined;
  let byFile = englishSlugs.get(index);
  if (!byFile) {
    byFile = new Map();
    // The first English slug of a file wins, as a scan in order would find it.
    for (const [slug, file] of Object.entries(index)) if (!byFile.has(file)) byFile.set(file, slug);
    englishSlugs.set(index, byFile);
  }
  return byFile.get(id);
}

/**
 * The same page in the other language (for hreflang and the language switch), or undefined
 * when the path is no page of the site. Whether that page exists (e.g. an English page of
 * an entry) is the caller's to say.
 */
export function counterpartPath(path: string, slugs: SlugIndex = {}): string | undefined {
  const found = parsePath(path, slugs);
  if (!found) return undefined;
  const other: Lang = found.lang === 'bg' ? 'en' : 'bg';
  const withSlug = (entry: Entry, collection: EntryCollection): Entry => {
    const id = entryId(entry);
    return { id, enSlug: englishSlugOf(slugs[collection], id) };
  };
  const { route } = found;
  if (route.kind === 'poster') return undefined; // Bulgarian only (POSTER_SEGMENT)
  if (route.kind === 'entry') return pathOf(other, { ...route, entry: withSlug(route.entry, route.collection) });
  if (route.kind === 'projectData') return pathOf(other, { ...route, entry: withSlug(route.entry, 'projects') });
  if (route.kind === 'card') return pathOf(other, { ...route, entry: withSlug(route.entry, route.collection) });
  if (route.kind === 'donateTo') return pathOf(other, { ...route, entry: withSlug(route.entry, 'organizations') });
  return pathOf(other, route);
}

/**
 * JSON-LD (schema.org) for the page head, built from the same records the pages and the open
 * data use, so the three cannot disagree. Pure: records in, plain objects out. Only facts the
 * page itself shows go in; an unknown fact is left out, never filled.
 *
 * The project's type: schema.org `Project` (an Organization: "an enterprise … planned to achieve
 * a particular aim"). validator.schema.org checks it like any other term; Google has no rich
 * result for it and ignores it without error. `Event` was rejected (Google's event guidelines
 * forbid marking up things that are not events, and a 42-month programme of services is not
 * one); `CreativeWork` was rejected (a project is not a work). Project, being an Organization,
 * has no startDate/endDate: its period is its foundingDate/dissolutionDate, the properties the
 * type carries for when such an enterprise begins and ends.
 *
 * EU programmes are `funder`s (as `FundingScheme`, the schema.org type for a programme that
 * grants money), because the page says the project is financed by them; a non-EU programme
 * (a private donor's) is a `sponsor`, because the page credits its support („с подкрепата на“).
 */
import type {
  BreadcrumbList,
  DonateAction,
  FundingScheme,
  GovernmentOrganization,
  MonetaryAmount,
  MonetaryGrant,
  NewsArticle,
  NGO,
  Organization,
  Place,
  Project,
  Thing,
  WebSite,
} from 'schema-dts';
import type { OpenMoney, OpenProject } from './open-data.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import { routesFor } from './routes.ts';
import type { ProgrammePeriod } from './eu-funding.ts';

/** One JSON-LD object with its context, as it goes into the page. */
export type JsonLd = Exclude<Thing, string> & { '@context': 'https://schema.org' };

export type OrganizationKind = 'municipality' | 'foundation' | 'association' | 'ministry' | 'company' | 'other';

export interface OrganizationFacts {
  id: string;
  name: string;
  kind?: OrganizationKind;
  /** ЕИК; give it only where the page shows it (the donation page does). */
  eik?: string;
  /** Its English slug, when content gives one (`en.slug`): the address of its English page. */
  enSlug?: string;
}

type OrganizationNode = Exclude<GovernmentOrganization | NGO | Organization, string>;

const absolute = (path: string, site: string | URL) => new URL(path, site).href;
/** Pages are named by their address in the page's language: an English page's JSON-LD points at English pages. */
export const organizationPath = (id: string, lang: Lang = DEFAULT_LANG, enSlug?: string) => routesFor(lang).organization({ id, enSlug });
export const programmePath = (id: string, lang: Lang = DEFAULT_LANG, enSlug?: string) => routesFor(lang).programme({ id, enSlug });

/** Municipalities and ministries are public bodies; foundations and associations are NGOs. */
export function organizationType(kind: OrganizationKind | undefined): 'GovernmentOrganization' | 'NGO' | 'Organization' {
  if (kind === 'municipality' || kind === 'ministry') return 'GovernmentOrganization';
  if (kind === 'foundation' || kind === 'association') return 'NGO';
  return 'Organization';
}

/** An organization with a stable @id (its page on this site), so every page names it the same way. */
export function organizationNode(org: OrganizationFacts, site: string | URL, lang: Lang = DEFAULT_LANG): OrganizationNode {
  const url = absolute(organizationPath(org.id, lang, org.enSlug), site);
  return {
    '@type': organizationType(org.kind),
    '@id': `${url}#organization`,
    name: org.name,
    url,
    ...(org.eik ? { taxID: org.eik } : {}),
  } as OrganizationNode;
}

/** The site itself and, when site.yaml names a real one, the organization that runs it. */
export function siteNodes(
  site: { name: string; url: string | URL; operator?: { name: string; isPlaceholder?: boolean } },
  lang: Lang = DEFAULT_LANG,
): JsonLd[] {
  const home = absolute(routesFor(lang).home(), site.url);
  // A placeholder operator („още не е посочена“) is no fact about anyone: left out until it is set.
  const operator = site.operator && !site.operator.isPlaceholder ? site.operator : undefined;
  const operatorNode: Exclude<Organization, string> | undefined = operator && {
    '@type': 'Organization',
    '@id': `${home}#operator`,
    name: operator.name,
    url: home,
  };
  const webSite: Exclude<WebSite, string> = {
    '@type': 'WebSite',
    '@id': `${home}#website`,
    name: site.name,
    url: home,
    inLanguage: lang,
    ...(operatorNode ? { publisher: { '@id': operatorNode['@id']! } } : {}),
  };
  return [webSite, ...(operatorNode ? [operatorNode] : [])].map(withContext);
}

export interface Crumb {
  label: string;
  href?: string;
}

/** The breadcrumb trail as the page shows it: home first, the page itself last (its own URL). */
export function breadcrumbList(crumbs: Crumb[], home: string, currentPath: string, site: string | URL, lang: Lang = DEFAULT_LANG): JsonLd {
  const steps = [{ label: home, href: routesFor(lang).home() }, ...crumbs];
  const list: Exclude<BreadcrumbList, string> = {
    '@type': 'BreadcrumbList',
    itemListElement: steps.map((step, i) => ({ '@type': 'ListItem', position: i + 1, name: step.label, item: absolute(step.href ?? currentPath, site) })),
  };
  return withContext(list);
}

const monetaryAmount = (money: OpenMoney): Exclude<MonetaryAmount, string> => ({ '@type': 'MonetaryAmount', value: money.amountEur, currency: 'EUR' });

/**
 * The programme a grant comes from, as schema.org's type for a scheme that awards money. Its CCI
 * code is left out: the project page does not show it (the programme's own page does).
 */
function programmeNode(funding: { programmeId: string; programme: string }, site: string | URL, lang: Lang, enSlug?: string): Exclude<FundingScheme, string> {
  const url = absolute(programmePath(funding.programmeId, lang, enSlug), site);
  return { '@type': 'FundingScheme', '@id': `${url}#programme`, name: funding.programme, url };
}

/**
 * A project page's JSON-LD: the project, its organizations, places, period and one
 * MonetaryGrant per funding source with its amount in euro (the page shows euro first).
 * `periodOf` says whether a programme is an EU one ('none' = a private donor's). On an English
 * page (`lang`) the addresses are the English ones: the project's own is `project.url` as given,
 * programmes' at their English slugs (`programmeSlug`).
 */
export function projectGraph(
  project: OpenProject,
  organizations: (id: string) => OrganizationFacts,
  periodOf: (programmeId: string) => ProgrammePeriod,
  site: string | URL,
  lang: Lang = DEFAULT_LANG,
  programmeSlug: (programmeId: string) => string | undefined = () => undefined,
): JsonLd {
  const scheme = (f: { programmeId: string; programme: string }) => programmeNode(f, site, lang, programmeSlug(f.programmeId));
  const projectId = `${project.url}#project`;
  const lead = organizationNode(organizations(project.beneficiary.id), site, lang);
  const partners = project.partners.map((p) => organizationNode(organizations(p.id), site, lang));
  const funding = project.funding ?? [];
  const programmes = [...new Map(funding.map((f) => [f.programmeId, f])).values()];
  const eu = programmes.filter((f) => periodOf(f.programmeId) !== 'none').map(scheme);
  const sponsors = programmes.filter((f) => periodOf(f.programmeId) === 'none').map(scheme);
  const places: Exclude<Place, string>[] = project.locations.map((l) => ({
    '@type': 'Place',
    name: l.municipality,
    address: { '@type': 'PostalAddress', addressLocality: l.municipality, addressRegion: l.province, addressCountry: project.country },
    ...(l.settlements.length ? { containsPlace: l.settlements.map((name): Exclude<Place, string> => ({ '@type': 'Place', name })) } : {}),
  }));
  const grants: Exclude<MonetaryGrant, string>[] = funding.map((f) => ({
    '@type': 'MonetaryGrant',
    name: f.contractNumber ? `${f.programme} – ${f.contractNumber}` : f.programme,
    ...(f.contractNumber ? { identifier: f.contractNumber } : {}),
    funder: { '@id': scheme(f)['@id']! },
    fundedItem: { '@id': projectId },
    ...(f.grant ? { amount: monetaryAmount(f.grant) } : {}),
  }));
  const node: Exclude<Project, string> = {
    '@type': 'Project',
    '@id': projectId,
    name: project.title,
    description: project.summary,
    url: project.url,
    parentOrganization: lead,
    ...(partners.length ? { member: partners } : {}),
    ...(eu.length ? { funder: eu } : {}),
    ...(sponsors.length ? { sponsor: sponsors } : {}),
    ...(places.length ? { location: places } : {}),
    ...(project.startDate ? { foundingDate: project.startDate } : {}),
    ...(project.currentEndDate ? { dissolutionDate: project.currentEndDate } : {}),
    ...(grants.length ? { funding: grants } : {}),
  };
  return withContext(node);
}

export interface NewsFacts {
  title: string;
  url: string;
  date?: string;
  /** The organizations the item is about, as the page names them. */
  about: OrganizationFacts[];
}

/** A news item; without a date (the page shows none) it carries no datePublished. Its summary is not on the page, so not here. */
export function newsArticle(item: NewsFacts, site: string | URL, publisherId?: string, lang: Lang = DEFAULT_LANG): JsonLd {
  const article: Exclude<NewsArticle, string> = {
    '@type': 'NewsArticle',
    headline: item.title,
    url: item.url,
    mainEntityOfPage: item.url,
    // The page's language: an English page of a Bulgarian item gives its facts in English.
    inLanguage: lang,
    ...(item.date ? { datePublished: item.date } : {}),
    ...(item.about.length ? { about: item.about.map((o) => organizationNode(o, site, lang)) } : {}),
    ...(publisherId ? { publisher: { '@id': publisherId } } : {}),
  };
  return withContext(article);
}

/** A donation page: giving to one organization, the recipient with its ЕИК (the page shows it). */
export function donateAction(org: OrganizationFacts, pageUrl: string, site: string | URL, lang: Lang = DEFAULT_LANG): JsonLd {
  const action: Exclude<DonateAction, string> = {
    '@type': 'DonateAction',
    recipient: organizationNode(org, site, lang),
    target: pageUrl,
  };
  return withContext(action);
}

/** An organization's own page. */
export function organizationPage(org: OrganizationFacts, site: string | URL, lang: Lang = DEFAULT_LANG): JsonLd {
  return withContext(organizationNode(org, site, lang));
}

function withContext<T extends object>(node: T): JsonLd {
  return { '@context': 'https://schema.org', ...node } as unknown as JsonLd;
}

/**
 * The text of a <script type="application/ld+json">: JSON with every „<“ written as \u003c, so
 * no value (a title with „</script>“ in it) can end the element early.
 */
export function jsonLdText(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}

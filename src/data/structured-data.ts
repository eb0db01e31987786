/**
 * The catalog's side of the JSON-LD: looks up what src/lib/structured-data.ts needs, so pages
 * stay one line. The project's facts come from its open-data record, the same as proekti.json.
 * Each takes the page's language: an English page names English addresses.
 */
import type { Lang } from '../i18n/lang.ts';
import type { ProjectView } from '../lib/project-view.ts';
import { routesFor } from '../lib/routes.ts';
import { donateAction, newsArticle, organizationPage, projectGraph, siteNodes, type JsonLd, type OrganizationFacts } from '../lib/structured-data.ts';
import { loadCatalog } from './catalog.ts';
import { openProjects } from './open-data.ts';

async function organizationFacts(): Promise<(id: string) => OrganizationFacts> {
  const catalog = await loadCatalog();
  return (id) => {
    const { data } = catalog.organization(id);
    return { id, name: data.name, kind: data.kind, enSlug: data.en?.slug };
  };
}

export async function projectJsonLd(view: ProjectView, site: URL, lang: Lang): Promise<JsonLd[]> {
  const catalog = await loadCatalog();
  const [record] = await openProjects(site, [view]);
  // The open data names the Bulgarian page; the English page is named by its own address.
  const project = { ...record!, url: new URL(routesFor(lang).project(catalog.projectEntry(view.id)), site).href };
  const programmeSlug = (id: string) => catalog.programme(id).data.en?.slug;
  return [projectGraph(project, await organizationFacts(), (id) => catalog.programme(id).data.period, site, lang, programmeSlug)];
}

export async function organizationJsonLd(id: string, site: URL, lang: Lang): Promise<JsonLd[]> {
  return [organizationPage((await organizationFacts())(id), site, lang)];
}

/** The donation page shows the organization's ЕИК (for company giving), so its taxID goes in. */
export async function donationJsonLd(id: string, pageUrl: URL, site: URL, lang: Lang): Promise<JsonLd[]> {
  const catalog = await loadCatalog();
  const org = { ...(await organizationFacts())(id), eik: catalog.organization(id).data.donations?.eik };
  return [donateAction(org, pageUrl.href, site, lang)];
}

export async function newsJsonLd(item: { title: string; date?: string; organizations: string[] }, pageUrl: URL, site: URL, lang: Lang): Promise<JsonLd[]> {
  const facts = await organizationFacts();
  return [newsArticle({ title: item.title, date: item.date, url: pageUrl.href, about: item.organizations.map(facts) }, site, undefined, lang)];
}

export async function homeJsonLd(site: URL, lang: Lang): Promise<JsonLd[]> {
  const { site: data } = await loadCatalog();
  return siteNodes({ name: data.name, url: site, operator: data.operator }, lang);
}

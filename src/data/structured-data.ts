/**
 * The catalog's side of the JSON-LD: looks up what src/lib/structured-data.ts needs, so pages
 * stay one line. The project's facts come from its open-data record, the same as proekti.json.
 */
import type { ProjectView } from '../lib/project-view.ts';
import { donateAction, newsArticle, organizationPage, projectGraph, siteNodes, type JsonLd, type OrganizationFacts } from '../lib/structured-data.ts';
import { loadCatalog } from './catalog.ts';
import { openProjects } from './open-data.ts';

async function organizationFacts(): Promise<(id: string) => OrganizationFacts> {
  const catalog = await loadCatalog();
  return (id) => {
    const { data } = catalog.organization(id);
    return { id, name: data.name, kind: data.kind };
  };
}

export async function projectJsonLd(view: ProjectView, site: URL): Promise<JsonLd[]> {
  const catalog = await loadCatalog();
  const [record] = await openProjects(site, [view]);
  return [projectGraph(record!, await organizationFacts(), (id) => catalog.programme(id).data.period, site)];
}

export async function organizationJsonLd(id: string, site: URL): Promise<JsonLd[]> {
  return [organizationPage((await organizationFacts())(id), site)];
}

/** The donation page shows the organization's ЕИК (for company giving), so its taxID goes in. */
export async function donationJsonLd(id: string, pageUrl: URL, site: URL): Promise<JsonLd[]> {
  const catalog = await loadCatalog();
  const org = { ...(await organizationFacts())(id), eik: catalog.organization(id).data.donations?.eik };
  return [donateAction(org, pageUrl.href, site)];
}

export async function newsJsonLd(item: { title: string; date?: string; organizations: string[] }, pageUrl: URL, site: URL): Promise<JsonLd[]> {
  const facts = await organizationFacts();
  return [newsArticle({ title: item.title, date: item.date, url: pageUrl.href, about: item.organizations.map(facts) }, site)];
}

export async function homeJsonLd(site: URL): Promise<JsonLd[]> {
  const { site: data } = await loadCatalog();
  return siteNodes({ name: data.name, url: site, operator: data.operator });
}

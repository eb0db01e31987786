/**
 * The open-data files as the build publishes them, made from the catalog by src/lib/open-data.ts.
 * One place, so that /danni/ (with each file's size) and the endpoints cannot disagree.
 */
import { fundingCsv, openProject, projectsCsv, type OpenDataContext, type OpenProject } from '../lib/open-data.ts';
import { openDataSchema } from '../lib/open-data-schema.ts';
import type { ProjectView } from '../lib/project-view.ts';
import { BUILD_DATE } from './build-date.ts';
import { loadCatalog } from './catalog.ts';
import { bgRoutes } from '../lib/routes.ts';

export const SCHEMA_PATH = bgRoutes.dataFile('schema.json');

export async function openDataContext(site: string | URL): Promise<OpenDataContext> {
  const catalog = await loadCatalog();
  return {
    site,
    organization: (id) => {
      const { data } = catalog.organization(id);
      return { name: data.name, eik: data.donations?.eik };
    },
    programme: (id) => {
      const { data } = catalog.programme(id);
      return { name: data.name, fund: data.fund, cci: data.cci, cofinancingRate: data.cofinancingRate };
    },
  };
}

export async function openProjects(site: string | URL, views?: ProjectView[]): Promise<OpenProject[]> {
  const catalog = await loadCatalog();
  const context = await openDataContext(site);
  return (views ?? catalog.projects).map((view) => openProject(view, context));
}

type OpenDataFiles = Record<'proekti.json' | 'proekti.csv' | 'finansirane.csv' | 'schema.json', string>;
// Made once per catalog and address: each of the four files and both /danni/ pages ask for them
// (a catalog made afresh in dev, after an edit, gets its own).
const filesByCatalog = new WeakMap<object, Map<string, Promise<OpenDataFiles>>>();

/** The files under /danni/, by name, with their text. */
export async function openDataFiles(site: string | URL): Promise<OpenDataFiles> {
  const catalog = await loadCatalog();
  if (!filesByCatalog.has(catalog)) filesByCatalog.set(catalog, new Map());
  const bySite = filesByCatalog.get(catalog)!;
  if (!bySite.has(String(site))) bySite.set(String(site), makeOpenDataFiles(site));
  return bySite.get(String(site))!;
}

async function makeOpenDataFiles(site: string | URL): Promise<OpenDataFiles> {
  const { site: siteData } = await loadCatalog();
  const projects = await openProjects(site);
  const licence = siteData.openData?.licence ? { name: siteData.openData.licence, url: siteData.openData.licenceUrl ?? null } : null;
  return {
    'proekti.json': `${JSON.stringify({ generated: BUILD_DATE, licence, projects }, null, 2)}\n`,
    'proekti.csv': projectsCsv(projects),
    'finansirane.csv': fundingCsv(projects),
    'schema.json': `${JSON.stringify(openDataSchema(new URL(SCHEMA_PATH, site).href), null, 2)}\n`,
  };
}

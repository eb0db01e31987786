/**
 * Every collection's schema and the references its entries make, in one table shared by
 * the Astro content config and the editors' content check (scripts/check-content.ts).
 */
import type { z } from 'astro/zod';
import type { Reference } from '../lib/references.ts';
import { COLLECTION_FOLDERS, type CollectionName } from './enums.ts';
import { newsSchema, type NewsData } from './news.ts';
import { organizationSchema } from './organization.ts';
import { pageSchema } from './page.ts';
import { programmeSchema } from './programme.ts';
import { projectSchema, type ProjectData } from './project.ts';
import { siteSchema } from './site.ts';

export interface CollectionSpec {
  /** Folder (or single file) under the project root. */
  path: string;
  /** File pattern inside the folder. */
  pattern: string;
  schema: z.ZodType;
}

export const COLLECTIONS = {
  projects: { ...COLLECTION_FOLDERS.projects, schema: projectSchema },
  organizations: { ...COLLECTION_FOLDERS.organizations, schema: organizationSchema },
  programmes: { ...COLLECTION_FOLDERS.programmes, schema: programmeSchema },
  news: { ...COLLECTION_FOLDERS.news, schema: newsSchema },
  pages: { ...COLLECTION_FOLDERS.pages, schema: pageSchema },
} as const satisfies Record<CollectionName, CollectionSpec>;

export const SITE_FILE = 'content/site.yaml';
export const REDIRECTS_FILE = 'content/redirects.yaml';
export { siteSchema };
export { redirectsSchema } from './redirects.ts';
export const SEARCH_SYNONYMS_FILE = 'content/search-synonyms.yaml';
export { searchSynonymsSchema } from './search-synonyms.ts';

/** The ids a project names, with the field an editor would look at. */
export function projectReferences(project: ProjectData): Reference[] {
  return [
    { field: 'lead', collection: 'organizations', id: project.lead },
    ...project.partners.map((p, i) => ({ field: `partners[${i + 1}].organization`, collection: 'organizations' as const, id: p.organization })),
    ...(project.funding ?? []).map((f, i) => ({ field: `funding[${i + 1}].programme`, collection: 'programmes' as const, id: f.programme })),
    ...(project.donations ? [{ field: 'donations.organization', collection: 'organizations' as const, id: project.donations.organization }] : []),
  ];
}

/** The ids a news item names. */
export function newsReferences(news: NewsData): Reference[] {
  return [
    ...news.projects.map((id, i) => ({ field: `projects[${i + 1}]`, collection: 'projects' as const, id })),
    ...news.organizations.map((id, i) => ({ field: `organizations[${i + 1}]`, collection: 'organizations' as const, id })),
  ];
}

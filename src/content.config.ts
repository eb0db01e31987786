/**
 * The collections. What a valid item is lives in src/schemas/ (one file per collection,
 * every field commented) so that tests and scripts/check-content.ts use the very same schemas.
 */
import { defineCollection } from 'astro:content';
import { contentGlob, singleFile } from './loaders/index.ts';
import { COLLECTIONS, SITE_FILE, siteSchema } from './schemas/index.ts';

export const collections = {
  projects: defineCollection({ loader: contentGlob(COLLECTIONS.projects), schema: COLLECTIONS.projects.schema }),
  organizations: defineCollection({ loader: contentGlob(COLLECTIONS.organizations), schema: COLLECTIONS.organizations.schema }),
  programmes: defineCollection({ loader: contentGlob(COLLECTIONS.programmes), schema: COLLECTIONS.programmes.schema }),
  news: defineCollection({ loader: contentGlob(COLLECTIONS.news), schema: COLLECTIONS.news.schema }),
  pages: defineCollection({ loader: contentGlob(COLLECTIONS.pages), schema: COLLECTIONS.pages.schema }),
  site: defineCollection({ loader: singleFile(SITE_FILE, siteSchema), schema: siteSchema }),
};

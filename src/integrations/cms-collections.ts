/**
 * The editor's collections: which folder or file, which schema, and the Bulgarian names the
 * collection list shows. The fields themselves come from the schemas (src/lib/cms-config.ts).
 */
import { z } from 'astro/zod';
import type { CmsCollectionInput, JsonSchema } from '../lib/cms-config.ts';
import { COLLECTIONS, REDIRECTS_FILE, SITE_FILE, redirectsSchema, siteSchema } from '../schemas/index.ts';

export type SchemaName = keyof typeof COLLECTIONS | 'site' | 'redirects';

const SCHEMAS: Record<SchemaName, z.ZodType> = {
  ...Object.fromEntries(Object.entries(COLLECTIONS).map(([name, spec]) => [name, spec.schema])),
  site: siteSchema,
  redirects: redirectsSchema,
} as Record<SchemaName, z.ZodType>;

/** The JSON Schema an editor fills in: the input side of the zod schema (defaults optional). */
export function jsonSchemaOf(name: SchemaName, schemas: Record<SchemaName, z.ZodType> = SCHEMAS): JsonSchema {
  return z.toJSONSchema(schemas[name], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

export function cmsCollections(schemaOf: (name: SchemaName) => JsonSchema = jsonSchemaOf): CmsCollectionInput[] {
  return [
    { name: 'projects', label: 'Проекти', labelSingular: 'проект', folder: COLLECTIONS.projects.path, format: 'mdx', identifier: 'title', icon: 'volunteer_activism', description: 'Един файл за проект: фактите и разказът.', schema: schemaOf('projects') },
    { name: 'news', label: 'Новини', labelSingular: 'новина', folder: COLLECTIONS.news.path, format: 'mdx', identifier: 'title', icon: 'newspaper', schema: schemaOf('news') },
    { name: 'organizations', label: 'Организации', labelSingular: 'организация', folder: COLLECTIONS.organizations.path, format: 'yaml', identifier: 'name', icon: 'apartment', description: 'Бенефициенти и партньори, с данните за дарения.', schema: schemaOf('organizations') },
    { name: 'programmes', label: 'Програми и дарители', labelSingular: 'програма', folder: COLLECTIONS.programmes.path, format: 'yaml', identifier: 'name', icon: 'account_balance', schema: schemaOf('programmes') },
    { name: 'pages', label: 'Страници', labelSingular: 'страница', folder: COLLECTIONS.pages.path, format: 'mdx', identifier: 'title', icon: 'description', schema: schemaOf('pages') },
    { name: 'site', label: 'Сайтът', labelSingular: 'сайт', file: SITE_FILE, format: 'yaml', identifier: 'name', icon: 'home', schema: schemaOf('site') },
    { name: 'redirects', label: 'Пренасочвания', labelSingular: 'пренасочване', file: REDIRECTS_FILE, format: 'yaml', identifier: 'from', icon: 'alt_route', schema: schemaOf('redirects') },
  ];
}

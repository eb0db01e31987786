/**
 * The editor's collections: which folder or file, which schema, and the Bulgarian names the
 * collection list shows. The fields themselves come from the schemas (src/lib/cms-config.ts).
 */
import type { CmsCollectionInput, JsonSchema } from '../lib/cms-config.ts';
import { COLLECTIONS, REDIRECTS_FILE, SEARCH_SYNONYMS_FILE, SITE_FILE } from '../schemas/index.ts';
import { editorJsonSchema, type EditorSchemaName } from '../schemas/json-schema.ts';

const jsonSchemaOf = (name: EditorSchemaName) => editorJsonSchema(name) as JsonSchema;

/** Every collection the editor shows; `schemaOf` is replaceable so a test can add a field. */
export function cmsCollections(schemaOf: (name: EditorSchemaName) => JsonSchema = jsonSchemaOf): CmsCollectionInput[] {
  return [
    {
      name: 'projects',
      label: 'Проекти',
      labelSingular: 'проект',
      folder: COLLECTIONS.projects.path,
      format: 'mdx',
      identifier: 'title',
      icon: 'volunteer_activism',
      description: 'Един файл за проект: фактите и разказът.',
      schema: schemaOf('projects'),
    },
    {
      name: 'news',
      label: 'Новини',
      labelSingular: 'новина',
      folder: COLLECTIONS.news.path,
      format: 'mdx',
      identifier: 'title',
      icon: 'newspaper',
      schema: schemaOf('news'),
    },
    {
      name: 'organizations',
      label: 'Организации',
      labelSingular: 'организация',
      folder: COLLECTIONS.organizations.path,
      format: 'yaml',
      identifier: 'name',
      icon: 'apartment',
      description: 'Бенефициенти и партньори, с данните за дарения.',
      schema: schemaOf('organizations'),
    },
    {
      name: 'programmes',
      label: 'Програми и дарители',
      labelSingular: 'програма',
      folder: COLLECTIONS.programmes.path,
      format: 'yaml',
      identifier: 'name',
      icon: 'account_balance',
      schema: schemaOf('programmes'),
    },
    {
      name: 'pages',
      label: 'Страници',
      labelSingular: 'страница',
      folder: COLLECTIONS.pages.path,
      format: 'mdx',
      identifier: 'title',
      icon: 'description',
      schema: schemaOf('pages'),
    },
    { name: 'site', label: 'Сайтът', labelSingular: 'сайт', file: SITE_FILE, format: 'yaml', identifier: 'name', icon: 'home', schema: schemaOf('site') },
    {
      name: 'redirects',
      label: 'Пренасочвания',
      labelSingular: 'пренасочване',
      file: REDIRECTS_FILE,
      format: 'yaml',
      identifier: 'from',
      icon: 'alt_route',
      schema: schemaOf('redirects'),
    },
    {
      name: 'searchSynonyms',
      label: 'Синоними за търсенето',
      labelSingular: 'синоними',
      file: SEARCH_SYNONYMS_FILE,
      format: 'yaml',
      identifier: 'search',
      icon: 'search',
      description: 'Думите на посетителите и думата от страниците, която търсенето търси вместо тях.',
      schema: schemaOf('searchSynonyms'),
    },
  ];
}

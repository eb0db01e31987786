/**
 * JSON Schemas of the content files, generated from the zod schemas: the source of the CMS
 * configuration and of VS Code's checks as you type. Labels and hints come from each field's
 * `.meta()` (see fields.ts). `io: 'input'` describes what an editor writes (defaults are
 * optional, transforms show their input); checks JSON Schema cannot express (refinements,
 * transforms) stay with the content check, so they become no constraint here.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, redirectsSchema, searchSynonymsSchema, siteSchema } from './index.ts';

/** The schemas an editor fills in: every collection, plus the two single files. */
export const EDITOR_SCHEMAS = {
  projects: COLLECTIONS.projects.schema,
  organizations: COLLECTIONS.organizations.schema,
  programmes: COLLECTIONS.programmes.schema,
  news: COLLECTIONS.news.schema,
  pages: COLLECTIONS.pages.schema,
  site: siteSchema,
  redirects: redirectsSchema,
  searchSynonyms: searchSynonymsSchema,
} as const satisfies Record<string, z.ZodType>;

export type EditorSchemaName = keyof typeof EDITOR_SCHEMAS;

export const EDITOR_SCHEMA_NAMES = Object.keys(EDITOR_SCHEMAS) as EditorSchemaName[];

/**
 * The JSON Schema of one collection or single file: draft 2020-12 unless asked otherwise
 * (VS Code's YAML extension reads draft-07; for our schemas only the `$schema` line differs).
 */
export function editorJsonSchema(
  name: EditorSchemaName,
  { target = 'draft-2020-12' }: { target?: 'draft-2020-12' | 'draft-07' } = {},
): Record<string, unknown> {
  return z.toJSONSchema(EDITOR_SCHEMAS[name], { io: 'input', unrepresentable: 'any', target }) as Record<string, unknown>;
}

/** Where VS Code's copy of each JSON Schema is committed (see scripts/editor-schemas.ts). */
export const VSCODE_SCHEMA_DIR = '.vscode/schemas';

/** The files scripts/editor-schemas.ts writes, path (from the project root) and text. */
export function vscodeSchemaFiles(): { path: string; text: string }[] {
  return EDITOR_SCHEMA_NAMES.map((name) => ({
    path: `${VSCODE_SCHEMA_DIR}/${name}.json`,
    text: `${JSON.stringify(editorJsonSchema(name, { target: 'draft-07' }), null, 2)}\n`,
  }));
}

type JsonNode = Record<string, unknown>;

const isNode = (value: unknown): value is JsonNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every field of a JSON Schema, nested ones included, with a path like `funding[].grant.amount`. */
export function schemaFields(schema: JsonNode): { path: string; field: JsonNode }[] {
  const fields: { path: string; field: JsonNode }[] = [];
  const visit = (node: JsonNode, path: string) => {
    if (isNode(node.properties)) {
      for (const [key, field] of Object.entries(node.properties)) {
        if (!isNode(field)) continue;
        const fieldPath = path ? `${path}.${key}` : key;
        fields.push({ path: fieldPath, field });
        visit(field, fieldPath);
      }
    }
    if (isNode(node.items)) visit(node.items, `${path}[]`);
    if (isNode(node.additionalProperties)) visit(node.additionalProperties, `${path}.*`);
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const options = node[key];
      if (Array.isArray(options)) options.filter(isNode).forEach((option) => visit(option, path));
    }
  };
  visit(schema, '');
  return fields;
}

/** The fields that lack a Bulgarian label (title) or hint (description): they would reach the editor unnamed. */
export function fieldsWithoutLabel(schema: JsonNode): string[] {
  return schemaFields(schema).flatMap(({ path, field }) => {
    const lacks = (['title', 'description'] as const).filter((k) => typeof field[k] !== 'string' || (field[k] as string).trim() === '');
    return lacks.length ? [`${path} (липсва ${lacks.join(' и ')})`] : [];
  });
}

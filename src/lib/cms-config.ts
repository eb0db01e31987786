/**
 * The Sveltia CMS configuration for /admin/, derived from the collections' JSON Schemas (which
 * come from the zod schemas), so that a field added to a schema appears in the editor with no
 * second edit. Pure: no file access; src/integrations/cms-admin.ts writes the result.
 */
import type { GitHost } from '../schemas/enums.ts';
import { MEDIA_FOLDER, MEDIA_FROM_ENTRY } from './content-images.ts';

/** The part of JSON Schema the zod schemas produce, plus the editor's keys (see src/schemas/fields.ts). */
export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  not?: JsonSchema;
  format?: string;
  default?: unknown;
  minimum?: number;
  minItems?: number;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  /** The folder whose file names the value may take (a reference). */
  collection?: string;
  /** Text written in sentences: a text area rather than one line. */
  multiline?: boolean;
  /** Markdown text kept in a field (the English body): the Markdown editor. */
  markdown?: boolean;
  /** An image file (src/schemas/image.ts): the image widget. */
  image?: boolean;
}

/** One Sveltia field; only the options this site uses. */
export interface CmsField {
  name: string;
  label: string;
  hint: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  [option: string]: unknown;
}

export interface CmsCollectionInput {
  /** Collection name, e.g. projects. */
  name: string;
  /** Bulgarian label in the collection list. */
  label: string;
  /** Singular label, for „Нов …“. */
  labelSingular: string;
  /** The JSON Schema of one entry (of the front matter, for MDX). */
  schema: JsonSchema;
  /** Folder under the repository root (folder collections), or the file (single files). */
  folder?: string;
  file?: string;
  /** mdx: front matter + body; yaml: a YAML file. */
  format: 'mdx' | 'yaml';
  /** The field whose value names an entry in lists and relation pickers. */
  identifier: string;
  /** Material Symbols icon name for the collection list. */
  icon?: string;
  /** One sentence under the collection's name. */
  description?: string;
}

/** What the organization fills in for the Git host (content/site.yaml, `editor`). */
export type { GitHost };

export interface EditorSettings {
  /** github or gitlab; github when not given. */
  host?: GitHost;
  /** owner/name of the repository; empty: local folder only. */
  repository?: string;
  /** The branch the editor commits to; the repository's default branch when empty. */
  branch?: string;
}

/** How the relation picker shows an entry of each referenced collection. */
const RELATION_DISPLAY: Record<string, string> = { organizations: 'name', programmes: 'name', projects: 'title' };

const BODY_FIELD: CmsField = {
  name: 'body',
  label: 'Текст',
  hint: 'Текстът под заглавната част, със свои думи: абзаци, разделени с празен ред; заглавие на раздел започва с „## “.',
  widget: 'markdown',
  // Raw Markdown only: the rich-text mode would rewrite MDX the site relies on.
  modes: ['raw'],
  required: false,
};

export class CmsConfigError extends Error {}

/** Follows a local $ref (#/$defs/x or #/definitions/x) against the document root. */
function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const match = /^#\/(\$defs|definitions)\/(.+)$/.exec(schema.$ref);
  const target = match ? root[match[1] as '$defs' | 'definitions']?.[match[2]!] : undefined;
  if (!target) throw new CmsConfigError(`непозната препратка ${schema.$ref}`);
  // Meta written next to the $ref (title, description) wins over the shared definition's.
  const { $ref: _ref, ...own } = schema;
  return { ...resolve(target, root), ...own };
}

/** A schema that allows nothing (z.never()): a field that is never written by hand. */
const isNever = (schema: JsonSchema) => schema.not !== undefined && Object.keys(schema.not).length === 0;

function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  if (schema.type) return schema.type;
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length) {
    const types = new Set(branches.map(typeOf));
    if (types.size === 1) return [...types][0];
  }
  if (schema.enum) return 'string';
  return undefined;
}

/** Label and hint from the schema's title and description; the path says which field lacks them. */
function texts(schema: JsonSchema, path: string): { label: string; hint: string } {
  if (!schema.title) throw new CmsConfigError(`полето ${path} няма етикет (title в схемата)`);
  if (!schema.description) throw new CmsConfigError(`полето ${path} няма подсказка (description в схемата)`);
  return { label: schema.title, hint: schema.description };
}

/** A widget and its options, without name, label and hint. */
type Widget = { widget: string; [option: string]: unknown };

/** The widget and its options for one value, without name, label and hint. */
function widgetFor(schema: JsonSchema, root: JsonSchema, path: string): Widget {
  const type = typeOf(schema);
  if (schema.collection) {
    const display = RELATION_DISPLAY[schema.collection] ?? 'title';
    return {
      widget: 'relation',
      collection: schema.collection,
      value_field: '{{slug}}',
      display_fields: [display],
      search_fields: [display],
    };
  }
  if (schema.enum) {
    return { widget: 'select', options: schema.enum };
  }
  switch (type) {
    case 'string':
      if (schema.format === 'date') return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
      // Uploads go to content/media/, written from the entry's folder (../media/x.jpg), which the
      // build resolves the same way; no web addresses, since pages load nothing from other hosts.
      if (schema.image) return { widget: 'image', media_folder: `/${MEDIA_FOLDER}`, public_folder: MEDIA_FROM_ENTRY, choose_url: false };
      // Raw mode only, as for the body: the rich-text mode would rewrite the Markdown.
      if (schema.markdown) return { widget: 'markdown', modes: ['raw'] };
      return { widget: schema.multiline ? 'text' : 'string' };
    case 'integer':
      return { widget: 'number', value_type: 'int', ...(schema.minimum !== undefined ? { min: schema.minimum } : {}) };
    case 'number':
      return { widget: 'number', value_type: 'float', ...(schema.minimum !== undefined ? { min: schema.minimum } : {}) };
    case 'boolean':
      // Without a default, „not stated“ must stay possible: a select that may stay empty.
      return schema.default === undefined
        ? {
            widget: 'select',
            options: [
              { label: 'да', value: true },
              { label: 'не', value: false },
            ],
          }
        : { widget: 'boolean' };
    case 'array': {
      if (!schema.items) throw new CmsConfigError(`полето ${path} е списък без описание на елементите`);
      const items = resolve(schema.items, root);
      if (items.collection) return { ...widgetFor(items, root, path), multiple: true };
      const min = schema.minItems ? { min: schema.minItems } : {};
      if (typeOf(items) === 'object' && items.properties) {
        return { widget: 'list', fields: fieldsOf(items, root, `${path}[]`), ...min };
      }
      return {
        widget: 'list',
        field: { name: 'item', label: items.title ?? schema.title ?? path, ...widgetFor(items, root, `${path}[]`) },
        ...min,
      };
    }
    case 'object':
      if (schema.properties) return { widget: 'object', fields: fieldsOf(schema, root, path) };
      if (typeof schema.additionalProperties === 'object') return { widget: 'keyvalue' };
      throw new CmsConfigError(`полето ${path} е група без описани полета`);
    default:
      throw new CmsConfigError(`полето ${path} е от вид, за който редакторът няма поле (${JSON.stringify(schema.type ?? schema)})`);
  }
}

/** Scalar defaults the editor may pre-fill (a role „партньор“, a provider „none“, a flag false). */
function defaultOf(schema: JsonSchema): { default?: unknown } {
  const value = schema.default;
  return ['string', 'number', 'boolean'].includes(typeof value) ? { default: value } : {};
}

/** The fields of an object schema, in the schema's order; a never-written field (status) is left out. */
export function fieldsOf(schema: JsonSchema, root: JsonSchema = schema, path = ''): CmsField[] {
  const object = resolve(schema, root);
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).flatMap(([name, raw]) => {
    const property = resolve(raw, root);
    if (isNever(property)) return [];
    const fieldPath = path ? `${path}.${name}` : name;
    const field: CmsField = {
      name,
      ...texts(property, fieldPath),
      ...widgetFor(property, root, fieldPath),
      required: required.has(name),
      ...defaultOf(property),
    };
    return [field];
  });
}

/** Each Git host's API origin: the one host /admin/ may reach besides itself. */
export const GIT_HOST_API: Record<GitHost, string> = { github: 'https://api.github.com', gitlab: 'https://gitlab.com' };
export const GITHUB_API = GIT_HOST_API.github;

function backendOf(editor: EditorSettings | undefined) {
  const repository = editor?.repository?.trim();
  if (repository) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) {
      throw new CmsConfigError(`editor.repository „${repository}“ не е хранилище; пишете собственик/име, напр. moyata-organizatsia/vidimost`);
    }
    const host = editor?.host ?? 'github';
    // Sign-in with a personal access token: OAuth would need a server of its own.
    return { name: host, repo: repository, ...(editor?.branch?.trim() ? { branch: editor.branch.trim() } : {}), auth_methods: ['token'] };
  }
  // Sveltia needs a repository name even for the local folder; a name GitHub cannot have
  // (Cyrillic) keeps it from ever pointing at someone's real repository.
  return { name: 'github', repo: LOCAL_ONLY_REPOSITORY, auth_methods: ['token'] };
}

/** The API origin /admin/ may reach, or none while only the local folder is used. */
export function gitHostApi(config: { backend: { name: string; repo?: string } }): string | undefined {
  return isLocalOnly(config) ? undefined : GIT_HOST_API[config.backend.name as GitHost];
}

/** The stand-in repository while content/site.yaml names none: no GitHub account can have it. */
export const LOCAL_ONLY_REPOSITORY = 'не-е-посочено/vidimost';

export function isLocalOnly(config: { backend: { repo?: string } }): boolean {
  return config.backend.repo === LOCAL_ONLY_REPOSITORY;
}

/** The whole configuration: backend, output format and one collection per content type. */
export function buildCmsConfig(input: { collections: CmsCollectionInput[]; editor?: EditorSettings; siteUrl?: string; schemaUrl?: string }) {
  const folderCollections = input.collections.filter((c) => c.folder);
  const fileCollections = input.collections.filter((c) => c.file);
  return {
    ...(input.schemaUrl ? { $schema: input.schemaUrl } : {}),
    app_title: 'Видимост – редактор',
    logo: { src: '/favicon.svg' },
    ...(input.siteUrl ? { site_url: input.siteUrl } : {}),
    backend: backendOf(input.editor),
    // With a Git host, each save becomes a pull (merge) request that CI checks before it is
    // published; the local folder has no such workflow and saves the files directly.
    ...(input.editor?.repository?.trim() ? { publish_mode: 'editorial_workflow' as const } : {}),
    // New file names in Latin letters (the CMS's transliteration; check it against the law's).
    slug: { encoding: 'ascii', clean_accents: true },
    media_folder: 'public/documents',
    public_folder: '/documents',
    // What an editor saves must match what the content check and the text path expect:
    // no empty optional fields, YAML indented by two, lists indented under their key.
    output: { omit_empty_optional_fields: true, yaml: { indent_size: 2, indent_sequences: true, quote: 'none' } },
    collections: [
      ...folderCollections.map((c) => ({
        name: c.name,
        label: c.label,
        label_singular: c.labelSingular,
        ...(c.description ? { description: c.description } : {}),
        ...(c.icon ? { icon: c.icon } : {}),
        folder: c.folder,
        extension: c.format === 'mdx' ? 'mdx' : 'yaml',
        format: c.format === 'mdx' ? 'yaml-frontmatter' : 'yaml',
        identifier_field: c.identifier,
        // The file name is the page's address: prefilled in Latin from the title, editable only
        // when the entry is created (renaming later needs a redirect, see the guide).
        slug: { template: `{{${c.identifier}}}`, editable: ['create'] },
        fields: [...fieldsOf(c.schema), ...(c.format === 'mdx' ? [BODY_FIELD] : [])],
      })),
      ...(fileCollections.length
        ? [
            {
              name: 'settings',
              label: 'Настройки',
              label_singular: 'Настройка',
              icon: 'settings',
              description: 'Настройките на сайта и пренасочванията от стари адреси.',
              files: fileCollections.map((c) => ({
                name: c.name,
                label: c.label,
                ...(c.icon ? { icon: c.icon } : {}),
                file: c.file,
                format: 'yaml',
                fields: fieldsOf(c.schema),
              })),
            },
          ]
        : []),
    ],
  };
}

export type CmsConfig = ReturnType<typeof buildCmsConfig>;

/** Every schema property that has no field, label or hint in the generated fields (empty when all do). */
export function missingFields(schema: JsonSchema, fields: CmsField[], root: JsonSchema = schema, path = ''): string[] {
  const object = resolve(schema, root);
  return Object.entries(object.properties ?? {}).flatMap(([name, raw]) => {
    const property = resolve(raw, root);
    if (isNever(property)) return [];
    const fieldPath = path ? `${path}.${name}` : name;
    const field = fields.find((f) => f.name === name);
    if (!field?.widget || !field.label || !field.hint) return [fieldPath];
    const items = property.items ? resolve(property.items, root) : undefined;
    const nested = property.properties ? property : items?.properties ? items : undefined;
    return nested && Array.isArray(field.fields) ? missingFields(nested, field.fields as CmsField[], root, `${fieldPath}`) : [];
  });
}

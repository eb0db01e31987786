import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { buildCmsConfig, CmsConfigError, fieldsOf, isLocalOnly, missingFields, type CmsField, type JsonSchema } from '../../src/lib/cms-config';
import { cmsCollections } from '../../src/integrations/cms-collections';
import { adminCsp, adminHtml, cmsVersion, localeSeedScript, patchBundle } from '../../src/integrations/cms-admin';
import { editorJsonSchema, EDITOR_SCHEMA_NAMES, type EditorSchemaName } from '../../src/schemas/json-schema';
import { projectSchema } from '../../src/schemas/project';
import { text } from '../../src/schemas/fields';

const ROOT = join(import.meta.dirname, '..', '..');
const CMS = join(ROOT, 'node_modules', '@sveltia', 'cms');
const config = buildCmsConfig({ collections: cmsCollections() });
type Collection = { name: string; fields?: CmsField[]; files?: { name: string; fields: CmsField[] }[] };
const collections = config.collections as Collection[];
const fieldsFor = (name: string): CmsField[] =>
  collections.find((c) => c.name === name)?.fields ?? collections.flatMap((c) => c.files ?? []).find((f) => f.name === name)!.fields;
const field = (fields: CmsField[], path: string): CmsField => {
  const [head, ...rest] = path.split('.');
  const found = fields.find((f) => f.name === head);
  if (!found) throw new Error(`no field ${path}`);
  return rest.length ? field((found.fields as CmsField[]) ?? [found.field as CmsField], rest.join('.')) : found;
};

describe('the CMS configuration generated from the schemas', () => {
  it('is valid by the JSON Schema Sveltia CMS publishes for its configuration', () => {
    const schema = JSON.parse(readFileSync(join(CMS, 'schema', 'sveltia-cms.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, logger: false, validateFormats: false }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(config))), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    for (const editor of [
      { repository: 'primerna-organizatsia/vidimost', branch: 'main' },
      { host: 'gitlab' as const, repository: 'primerna-organizatsia/vidimost' },
    ]) {
      const withHost = buildCmsConfig({ collections: cmsCollections(), editor });
      expect(validate(JSON.parse(JSON.stringify(withHost))), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    }
  });

  it('has a widget, a Bulgarian label and a hint for every field of every schema', () => {
    for (const name of EDITOR_SCHEMA_NAMES) {
      const schema = editorJsonSchema(name) as JsonSchema;
      expect(missingFields(schema, fieldsFor(name)), name).toEqual([]);
    }
    expect(field(fieldsFor('projects'), 'title')).toMatchObject({ label: 'Заглавие', required: true, widget: 'string' });
  });

  it('gives each kind of fact its own widget', () => {
    const p = fieldsFor('projects');
    expect(field(p, 'lead')).toMatchObject({ widget: 'relation', collection: 'organizations', value_field: '{{slug}}', display_fields: ['name'] });
    expect(field(p, 'funding.programme')).toMatchObject({ widget: 'relation', collection: 'programmes' });
    expect(field(p, 'checked')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', required: false });
    expect(field(p, 'reach')).toMatchObject({ widget: 'list' });
    expect(field(p, 'reach.year')).toMatchObject({ widget: 'number', value_type: 'int' });
    expect(field(p, 'reach.breakdown.count')).toMatchObject({ widget: 'number', value_type: 'int', required: true });
    expect(field(p, 'totalCost')).toMatchObject({ widget: 'object', required: false });
    expect(field(p, 'totalCost.amount')).toMatchObject({ widget: 'number', value_type: 'float' });
    expect(field(p, 'totalCost.currency')).toMatchObject({ widget: 'select', options: ['BGN', 'EUR'] });
    expect(field(p, 'period.extensions.months')).toMatchObject({ widget: 'number' });
    expect(field(p, 'places.settlements')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
    expect(field(p, 'partners.role')).toMatchObject({ default: 'партньор' });
    expect(field(p, 'summary').widget).toBe('text');
    expect(field(p, 'body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
    // Images: uploaded to content/media/ and written from the entry's folder, as the build reads them.
    expect(field(p, 'images')).toMatchObject({ widget: 'list', required: false });
    expect(field(p, 'images.src')).toMatchObject({
      widget: 'image',
      media_folder: '/content/media',
      public_folder: '../media',
      choose_url: false,
      required: true,
    });
    expect(field(p, 'images.alt')).toMatchObject({ widget: 'string', label: 'Описание (alt)', required: true });
    expect(field(p, 'images.credit')).toMatchObject({ widget: 'string', required: false });
    expect(field(fieldsFor('news'), 'images.src')).toMatchObject({ widget: 'image' });
    expect(field(p, 'en.images.alt')).toMatchObject({ widget: 'string', required: true });
    // status is derived, never written: no field for it.
    expect(p.map((f) => f.name)).not.toContain('status');
    expect(field(fieldsFor('news'), 'projects')).toMatchObject({ widget: 'relation', collection: 'projects', multiple: true });
    expect(field(fieldsFor('organizations'), 'kind')).toMatchObject({ widget: 'select' });
    expect(field(fieldsFor('organizations'), 'donations.ibanIsExample')).toMatchObject({ widget: 'boolean', default: false });
    // An optional yes/no without a default can stay unstated: a select that may be left empty.
    expect(field(fieldsFor('organizations'), 'donations.publicBenefit')).toMatchObject({ widget: 'select', required: false });
    expect(field(fieldsFor('site'), 'newsletter.hidden')).toMatchObject({ widget: 'keyvalue' });
  });

  it('keeps the schema order, which is the key order of the saved files', () => {
    const schema = editorJsonSchema('projects') as JsonSchema;
    const order = Object.keys(schema.properties!).filter((k) => k !== 'status');
    expect(fieldsFor('projects').map((f) => f.name)).toEqual([...order, 'body']);
  });

  it('shows a field added to the project schema with no other edit', () => {
    const extended = projectSchema.extend({
      beneficiaryCount: z.int().optional().meta({ title: 'Брой бенефициенти', description: 'Колко души са получили услуга, напр. 120' }),
    });
    const schemaOf = (name: EditorSchemaName) =>
      (name === 'projects' ? z.toJSONSchema(extended, { io: 'input', unrepresentable: 'any' }) : editorJsonSchema(name)) as JsonSchema;
    const added = buildCmsConfig({ collections: cmsCollections(schemaOf) }).collections[0] as Collection;
    expect(field(added.fields!, 'beneficiaryCount')).toMatchObject({ label: 'Брой бенефициенти', widget: 'number', value_type: 'int', required: false });
  });

  it('refuses a schema field without a label or a hint, naming it', () => {
    const unlabelled = z.toJSONSchema(z.object({ title: text().meta({ title: 'Заглавие', description: 'x' }), newFact: text() }), {
      io: 'input',
    }) as JsonSchema;
    expect(() => fieldsOf(unlabelled)).toThrow(CmsConfigError);
    expect(() => fieldsOf(unlabelled)).toThrow(/newFact няма етикет/);
    expect(missingFields(unlabelled, [{ name: 'title', label: 'Заглавие', hint: 'x', widget: 'string' }])).toEqual(['newFact']);
  });
});

describe('the Git host', () => {
  it('is the local folder only while content/site.yaml names no repository', () => {
    expect(isLocalOnly(config)).toBe(true);
    expect(config.backend.repo).not.toMatch(/^[\w.-]+\/[\w.-]+$/); // not a name GitHub could have
    expect(adminCsp(config)).not.toContain('github');
  });

  it('is GitHub with the repository and branch from content/site.yaml, and only its API is reachable', () => {
    const withRepo = buildCmsConfig({ collections: cmsCollections(), editor: { repository: 'primerna-organizatsia/vidimost', branch: 'main' } });
    expect(withRepo.backend).toEqual({ name: 'github', repo: 'primerna-organizatsia/vidimost', branch: 'main', auth_methods: ['token'] });
    // Saves become pull requests that CI checks; the local folder keeps saving files directly.
    expect(withRepo).toMatchObject({ publish_mode: 'editorial_workflow' });
    expect(config).not.toHaveProperty('publish_mode');
    const connect = (c: typeof config) =>
      adminCsp(c)
        .split('; ')
        .find((d) => d.startsWith('connect-src'));
    expect(connect(withRepo)).toBe("connect-src 'self' data: blob: https://api.github.com");
    const gitlab = buildCmsConfig({ collections: cmsCollections(), editor: { host: 'gitlab', repository: 'primerna-organizatsia/vidimost' } });
    expect(gitlab.backend).toMatchObject({ name: 'gitlab', repo: 'primerna-organizatsia/vidimost' });
    expect(connect(gitlab)).toBe("connect-src 'self' data: blob: https://gitlab.com");
    expect(() => buildCmsConfig({ collections: cmsCollections(), editor: { repository: 'https://github.com/x/y' } })).toThrow(/не е хранилище/);
  });
});

describe('/admin/ from our own files', () => {
  const bundle = readFileSync(join(CMS, 'dist', 'sveltia-cms.js'), 'utf8');

  it('points every CDN address in the bundle at a copy beside the page', () => {
    expect(bundle).toMatch(/cdn\.jsdelivr\.net|unpkg\.com/);
    const patched = patchBundle(bundle);
    // The status page's own address stays: a link shown during an incident, never fetched.
    expect(patched).not.toMatch(/cdn\.jsdelivr\.net|unpkg\.com|githubstatus\.com\/api/);
    expect(patched).toContain('/admin/fonts/material-symbols-outlined');
  });

  it('seeds the Bulgarian strings for exactly the installed version', () => {
    const version = JSON.parse(readFileSync(join(CMS, 'package.json'), 'utf8')).version;
    expect(cmsVersion()).toBe(version);
    const strings = JSON.parse(readFileSync(join(CMS, 'locales', 'bg.json'), 'utf8'));
    const script = localeSeedScript(version, strings, {});
    const stored = new Map<string, string>();
    const fakeNavigator = {};
    new Function('localStorage', 'Navigator', 'console', script)(
      { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => stored.set(k, v) },
      { prototype: fakeNavigator },
      console,
    );
    const cache = JSON.parse(stored.get('sveltia-cms.locale')!);
    expect(cache._locale).toBe('bg');
    expect(cache._version).toBe(version);
    expect(cache.work_with_local_repo).toBe('Работа с локално хранилище');
    expect(JSON.parse(stored.get('sveltia-cms.prefs')!).locale).toBe('bg');
  });

  it('is kept from search engines and carries its own policy', () => {
    const html = adminHtml(adminCsp(config));
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain(`content="${adminCsp(config)}"`);
    expect(html).not.toMatch(/https?:\/\//);
    expect(adminCsp(config)).toContain("script-src 'self'");
    expect(adminCsp(config)).not.toContain('unsafe-eval');
  });
});

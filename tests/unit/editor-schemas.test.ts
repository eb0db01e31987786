import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VSCODE_SCHEMA_DIR, vscodeSchemaFiles } from '../../src/schemas/json-schema';

const ROOT = join(import.meta.dirname, '../..');
const REGENERATE = 'npm run schemas:editor';

/** A VS Code settings file: JSON with whole-line // comments. */
function readJsonc(path: string): Record<string, unknown> {
  const text = readFileSync(join(ROOT, path), 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return JSON.parse(text) as Record<string, unknown>;
}

describe('JSON Schemas for VS Code', () => {
  it.each(vscodeSchemaFiles().map((f) => [f.path, f.text] as const))('%s is what the schemas in src/schemas generate now', (path, text) => {
    const committed = existsSync(join(ROOT, path)) ? readFileSync(join(ROOT, path), 'utf8').replace(/\r\n/g, '\n') : '(липсва)';
    expect(committed === text, `${path} е остарял спрямо src/schemas; пуснете \`${REGENERATE}\` и добавете промяната в Git`).toBe(true);
  });

  it(`${VSCODE_SCHEMA_DIR} holds no schema the script no longer writes`, () => {
    const written = vscodeSchemaFiles().map((f) => f.path.split('/').pop());
    expect(readdirSync(join(ROOT, VSCODE_SCHEMA_DIR)).sort(), `стари файлове в ${VSCODE_SCHEMA_DIR}; изтрийте ги и пуснете \`${REGENERATE}\``).toEqual(
      written.sort(),
    );
  });

  it('settings.json maps each YAML content file to its schema, and the schemas and globs exist', () => {
    const schemas = readJsonc('.vscode/settings.json')['yaml.schemas'] as Record<string, string[]>;
    expect(schemas).toEqual({
      './.vscode/schemas/organizations.json': ['content/organizations/*.yaml'],
      './.vscode/schemas/programmes.json': ['content/programmes/*.yaml'],
      './.vscode/schemas/site.json': ['content/site.yaml'],
      './.vscode/schemas/redirects.json': ['content/redirects.yaml'],
      './.vscode/schemas/searchSynonyms.json': ['content/search-synonyms.yaml'],
    });
    for (const [schema, globs] of Object.entries(schemas)) {
      expect(existsSync(join(ROOT, schema)), schema).toBe(true);
      for (const glob of globs) {
        const [folder, pattern] = glob.includes('*') ? [glob.slice(0, glob.lastIndexOf('/')), '.yaml'] : [glob, ''];
        if (pattern)
          expect(
            readdirSync(join(ROOT, folder)).some((f) => f.endsWith(pattern)),
            glob,
          ).toBe(true);
        else expect(existsSync(join(ROOT, folder)), glob).toBe(true);
      }
    }
  });

  it('the schemas VS Code reads are draft-07 (the YAML extension supports no later draft) and carry the Bulgarian labels', () => {
    for (const { path, text } of vscodeSchemaFiles()) {
      const schema = JSON.parse(text) as Record<string, unknown>;
      expect(schema.$schema, path).toBe('http://json-schema.org/draft-07/schema#');
      expect(typeof schema.title, path).toBe('string');
    }
  });

  it('extensions.json recommends the YAML and Astro extensions', () => {
    expect(readJsonc('.vscode/extensions.json').recommendations).toEqual(expect.arrayContaining(['redhat.vscode-yaml', 'astro-build.astro-vscode']));
  });
});

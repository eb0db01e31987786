import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_READERS } from '../../src/data/catalog-readers';

const ROOT = join(import.meta.dirname, '..', '..');
const FOLDERS = ['src/layouts', 'src/components', 'src/views', 'src/data'];
/** Modules that build the catalog or the keys themselves, or that only list paths. */
const NOT_READERS = new Set(['src/data/catalog.ts', 'src/data/cache-keys.ts', 'src/data/catalog-readers.ts', 'src/data/paths.ts']);

// A page copied from the previous build must show what a fresh render would: whoever reads
// the catalog (or content) while rendering has to be covered by the page's cache key.
describe('the incremental build’s cache keys', () => {
  it('know every module that reads the catalog or content while a page renders', () => {
    const readers = FOLDERS.flatMap((folder) =>
      readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(astro|ts)$/.test(f))
        .map((f) => relative(ROOT, join(ROOT, folder, f)))
        .filter((file) => !NOT_READERS.has(file))
        .filter((file) => {
          const text = readFileSync(join(ROOT, file), 'utf8');
          // A type-only import of astro:content reads nothing.
          return /loadCatalog\(/.test(text) || /^import\s+(?!type\b)[^;]*from\s+'astro:content'/m.test(text);
        }),
    );
    expect(readers.sort()).toEqual(Object.keys(CATALOG_READERS).sort());
  });
});

import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/integrations/dev-error-page.ts';
import { contentFiles } from '../../src/loaders/content-file.ts';
import { COLLECTIONS, REDIRECTS_FILE, SITE_FILE, redirectsSchema, siteSchema } from '../../src/schemas/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const made: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vidimost-settings-'));
  made.push(dir);
  mkdirSync(join(dir, 'content'));
  return dir;
};
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('site.yaml and redirects.yaml as astro.config.mjs reads them', () => {
  it('gives the schema output, defaults included', () => {
    const dir = folder();
    copyFileSync(join(ROOT, SITE_FILE), join(dir, SITE_FILE));
    writeFileSync(join(dir, REDIRECTS_FILE), 'redirects:\n  - from: /proekti/star/\n    to: /proekti/nov/\n');
    const site = readSettings(dir, SITE_FILE, siteSchema);
    expect(site?.url).toMatch(/^https:\/\//);
    expect(site?.newsletter.provider).toBe('none');
    expect(readSettings(dir, REDIRECTS_FILE, redirectsSchema)?.redirects).toEqual([{ from: '/proekti/star/', to: '/proekti/nov/' }]);
  });

  it('stops a build on a bad file with the editors’ Bulgarian message: file, line, field, fix', () => {
    const dir = folder();
    writeFileSync(join(dir, SITE_FILE), 'name: Видимост\ntagline: Т\nurl: vidimost.example\n');
    expect(() => readSettings(dir, SITE_FILE, siteSchema)).toThrow(
      /content\/site\.yaml, ред 3: поле url: „vidimost\.example“ не е уеб адрес; пишете пълния адрес/,
    );
    writeFileSync(join(dir, REDIRECTS_FILE), 'redirects:\n  - from: stariyat\n    to: /nov/\n');
    expect(() => readSettings(dir, REDIRECTS_FILE, redirectsSchema)).toThrow(/content\/redirects\.yaml, ред 2.*не е адрес в сайта/);
  });

  it('reads a bad file as nothing under `astro dev`, so the server starts and its error page names the problem', () => {
    const dir = folder();
    writeFileSync(join(dir, SITE_FILE), 'name: [Видимост\n');
    const argv = process.argv;
    process.argv = [argv[0]!, 'astro', 'dev', '--port', '4321'];
    try {
      expect(readSettings(dir, SITE_FILE, siteSchema)).toBeUndefined();
    } finally {
      process.argv = argv;
    }
    expect(() => readSettings(dir, SITE_FILE, siteSchema)).toThrow(/content\/site\.yaml, ред 1/);
  });
});

describe('site.yaml searchShards: the search indexes merged into the search page', () => {
  const site = (shards: string) => `name: Видимост\ntagline: Т\nurl: https://vidimost.example\noperator:\n  name: О\nsearchShards:\n${shards}`;

  it('takes paths of Pagefind bundles on this site', () => {
    const dir = folder();
    writeFileSync(join(dir, SITE_FILE), site('  - /chasti/plovdiv/pagefind/\n  - /chasti/obshtina-haskovo/pagefind/\n'));
    expect(readSettings(dir, SITE_FILE, siteSchema)?.searchShards).toEqual(['/chasti/plovdiv/pagefind/', '/chasti/obshtina-haskovo/pagefind/']);
  });

  it.each([
    ['another host', 'https://drug.example/pagefind/'],
    ['a protocol-relative address', '//drug.example/pagefind/'],
    ['the site’s own index', '/pagefind/'],
    ['a folder that is not a bundle', '/chasti/plovdiv/'],
    ['a step up', '/chasti/../pagefind/'],
  ])('rejects %s in Bulgarian, naming the line and the fix', (_, path) => {
    const dir = folder();
    writeFileSync(join(dir, SITE_FILE), site(`  - ${path}\n`));
    expect(() => readSettings(dir, SITE_FILE, siteSchema)).toThrow(
      /content\/site\.yaml, ред 7: поле searchShards.*не е път на индекс за търсене в този сайт; пишете път от корена на сайта/,
    );
  });
});

describe('the content-folder listing the loaders and the checks share', () => {
  it('lists the files of the collection’s kind in name order, with their ids', () => {
    const dir = folder();
    mkdirSync(join(dir, COLLECTIONS.organizations.path));
    for (const name of ['b.yaml', 'a.yaml', 'notes.txt', 'c.yml']) writeFileSync(join(dir, COLLECTIONS.organizations.path, name), 'name: X\n');
    expect(contentFiles(dir, COLLECTIONS.organizations)).toEqual([
      { id: 'a', file: 'content/organizations/a.yaml' },
      { id: 'b', file: 'content/organizations/b.yaml' },
    ]);
  });

  it('has no files in a folder that does not exist', () => {
    expect(contentFiles(folder(), COLLECTIONS.news)).toEqual([]);
  });
});

import { readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticProject, syntheticSlug } from '../../scripts/bench/synthetic-projects.mjs';
import { copySite, type SiteCopy } from '../helpers/site-copy';

// The incremental build (experimental.incrementalBuild, keys in src/data/cache-keys.ts): a
// rebuild after a change gives exactly the site a clean build of the changed content gives.
// The change: one synthetic project's total cost, and the title of a news item, which shows on
// another project's page (a page that depends on an entry other than its own); and one project
// removed, whose files must leave dist/ (kept between builds, src/integrations/keep-dist.ts).
// Then a rebuild with nothing changed, which must leave every kept page's file as it was.
const PROJECTS = 20;
const CHANGED = 'sintetichen-proekt-7';
const DELETED = 'sintetichen-proekt-12';
const NEWS = 'content/news/2016-12-20-dogovor-za-kompleks-za-integrirani-sotsialni-uslugi.mdx';
const NEWS_PROJECT = 'kompleks-za-integrirani-sotsialni-uslugi-za-detsa-i-semeystva';
const NEW_TITLE = 'Столична община подписа договор за нов комплекс за услуги (променено заглавие)';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** The pages Astro copied from the previous build rather than rendered, from its log. */
const reused = (log: string) => new Set([...log.matchAll(/[├└]─ (\S+) \((?:cached|restored)\)/g)].map((m) => m[1]));
const rendered = (log: string) => new Set([...log.matchAll(/[├└]─ (\S+) \(\+\d/g)].map((m) => m[1]));

describe('an incremental rebuild', () => {
  let site: SiteCopy;
  let rebuildLog = '';
  let noopLog = '';
  let deletedFiles: string[] = [];
  /** Inode and time of each file of dist/ before the rebuild with nothing changed, and after. */
  let before = new Map<string, string>();
  let after = new Map<string, string>();
  let incremental = '';
  let clean = '';
  beforeAll(() => {
    site = copySite();
    for (let i = 1; i <= PROJECTS; i += 1) site.write(`content/projects/${syntheticSlug(i)}.mdx`, syntheticProject(i));
    const first = site.run('scripts/build.mjs');
    if (first.status !== 0) throw new Error(first.output.slice(-3000));
    deletedFiles = files(join(site.root, 'dist')).filter((name) => name.includes(DELETED));
    rmSync(join(site.root, 'content/projects', `${DELETED}.mdx`));
    site.edit(`content/projects/${CHANGED}.mdx`, (text) => text.replace(/^ {2}amount: .*$/m, '  amount: 234567.89'));
    site.edit(NEWS, (text) => text.replace(/^title: .*$/m, `title: ${NEW_TITLE}`));
    const second = site.run('scripts/build.mjs');
    if (second.status !== 0) throw new Error(second.output.slice(-3000));
    rebuildLog = stripVTControlCharacters(second.output);
    const identity = () =>
      new Map(
        files(join(site.root, 'dist')).map((name) => {
          const stat = statSync(join(site.root, 'dist', name));
          return [name, `${stat.ino} ${stat.mtimeMs}`];
        }),
      );
    before = identity();
    const noop = site.run('scripts/build.mjs');
    if (noop.status !== 0) throw new Error(noop.output.slice(-3000));
    noopLog = stripVTControlCharacters(noop.output);
    after = identity();
    incremental = join(site.root, 'dist-incremental');
    renameSync(join(site.root, 'dist'), incremental);
    // A clean build of the same content: no cache, no previous output.
    rmSync(join(site.root, '.astro'), { recursive: true, force: true });
    const third = site.run('scripts/build.mjs');
    if (third.status !== 0) throw new Error(third.output.slice(-3000));
    clean = join(site.root, 'dist');
  }, 900_000);
  afterAll(() => site?.remove());

  it('reuses the pages that do not show what changed, and renders those that do', () => {
    const copied = reused(rebuildLog);
    const again = rendered(rebuildLog);
    expect(copied).toContain('/proekti/sintetichen-proekt-3/index.html');
    expect(copied).toContain('/en/projects/sintetichen-proekt-3/index.html');
    expect(again).toContain(`/proekti/${CHANGED}/index.html`);
    expect(again).toContain(`/en/projects/${CHANGED}/index.html`);
    expect(again).toContain(`/proekti/${NEWS_PROJECT}/index.html`);
    // Most of the site is copied: the two projects' pages, their lists and the aggregates are not.
    expect(copied.size).toBeGreaterThan(again.size);
  });

  it('rewrites no kept page when nothing changed', () => {
    const copied = [...reused(noopLog)].map((path) => String(path).slice(1));
    expect(copied.length).toBeGreaterThan(100);
    // Astro says (cached) for a page it left in dist/, (restored) for one it copied back.
    expect(noopLog).not.toContain('(restored)');
    expect(noopLog).not.toContain('dist/ е изпразнена');
    const untouched = copied.filter((name) => before.has(name) && before.get(name) === after.get(name));
    expect(untouched).toEqual(copied);
  });

  it("deletes a removed project's pages, data files and card", () => {
    expect(deletedFiles).toContain(`proekti/${DELETED}/index.html`);
    expect(deletedFiles).toContain(`en/projects/${DELETED}/index.html`);
    expect(deletedFiles.length).toBeGreaterThan(2);
    expect(rebuildLog).not.toContain('dist/ е изпразнена');
    expect(files(incremental).filter((name) => name.includes(DELETED))).toEqual([]);
    expect(rebuildLog).toMatch(/изтрити от dist\/ файлове на предишни изграждания: [1-9]/);
  });

  it('gives the same files, byte for byte, as a clean build of the changed content', () => {
    const names = files(clean);
    expect(files(incremental)).toEqual(names);
    const different = names.filter((name) => !readFileSync(join(clean, name)).equals(readFileSync(join(incremental, name))));
    expect(different).toEqual([]);
  });

  it('shows the changed figure and the changed title', () => {
    const page = readFileSync(join(incremental, 'proekti', CHANGED, 'index.html'), 'utf8');
    expect(page).toMatch(/234\s567,89/);
    expect(page).not.toMatch(/100\s121,17/);
    expect(readFileSync(join(incremental, 'proekti', NEWS_PROJECT, 'index.html'), 'utf8')).toContain(NEW_TITLE);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtPagePaths, readPage, requireDist, textOf } from '../helpers/dist';

beforeAll(requireDist);

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const ids = (folder: string, ext: string) =>
  readdirSync(join(CONTENT, folder))
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length));
const yamlOf = (folder: string, id: string) => parse(readFileSync(join(CONTENT, folder, `${id}.yaml`), 'utf8'));

/** One page of each type with the section it belongs to. */
const typed = [
  ...ids('projects', '.mdx').map((id) => ({ path: `/proekti/${id}/`, parent: '/proekti/', nav: '/proekti/' })),
  ...ids('news', '.mdx').map((id) => ({ path: `/novini/${id}/`, parent: '/novini/', nav: '/novini/' })),
  ...ids('organizations', '.yaml').map((id) => ({ path: `/organizatsii/${id}/`, parent: '/organizatsii/', nav: undefined })),
  ...ids('programmes', '.yaml').map((id) => ({ path: `/programi/${id}/`, parent: '/programi/', nav: undefined })),
];

describe.each(typed)('breadcrumbs on $path', ({ path, parent }) => {
  const { doc } = readPage(path);
  const trail = doc.querySelector('nav.breadcrumbs');

  it('are a labelled nav with an ordered list from home to this page', () => {
    expect(trail?.getAttribute('aria-label')).toBe('Навигационна пътека');
    const steps = trail?.querySelectorAll('ol > li') ?? [];
    expect(steps.length).toBe(3);
    expect(steps[0]?.querySelector('a')?.getAttribute('href')).toBe('/');
    expect(steps[1]?.querySelector('a')?.getAttribute('href')).toBe(parent);
    const current = steps[2]?.querySelector('[aria-current="page"]');
    expect(current, 'the last step is the current page').not.toBeNull();
    expect(steps[2]?.querySelector('a')).toBeNull();
    expect(textOf(current ?? null)).toBe(textOf(doc.querySelector('h1')));
  });
});

describe('the main navigation', () => {
  const navLinks = (path: string) =>
    readPage(path)
      .doc.querySelectorAll('nav.main-nav a')
      .map((a) => ({ href: a.getAttribute('href'), current: a.getAttribute('aria-current') ?? null }));

  it.for(typed)('marks the section of $path, and no other link', ({ path, nav }) => {
    const links = navLinks(path);
    for (const link of links) expect(link.current, `${path}: ${link.href}`).toBe(link.href === nav ? 'true' : null);
  });

  it('marks the section’s own page as the current page', () => {
    for (const path of ['/proekti/', '/novini/', '/za-sayta/', '/darete/']) {
      const marked = navLinks(path).filter((l) => l.current);
      expect(marked, path).toEqual([{ href: path, current: 'page' }]);
    }
  });

  it('marks nothing on pages outside its sections', () => {
    for (const path of ['/', '/organizatsii/', '/programi/', '/tarsene/'])
      expect(
        navLinks(path).filter((l) => l.current),
        path,
      ).toEqual([]);
  });
});

describe('index pages of organizations and programmes', () => {
  it('list every organization with a link to its page', () => {
    const { doc } = readPage('/organizatsii/');
    expect(textOf(doc.querySelector('h1'))).toBe('Организации');
    const links = doc.querySelectorAll('main a').map((a) => ({ href: a.getAttribute('href'), text: textOf(a) }));
    for (const id of ids('organizations', '.yaml')) expect(links).toContainEqual({ href: `/organizatsii/${id}/`, text: yamlOf('organizations', id).name });
  });

  it('list every programme and funder with a link to its page', () => {
    const { doc } = readPage('/programi/');
    const links = doc.querySelectorAll('main a').map((a) => ({ href: a.getAttribute('href'), text: textOf(a) }));
    for (const id of ids('programmes', '.yaml')) expect(links).toContainEqual({ href: `/programi/${id}/`, text: yamlOf('programmes', id).name });
  });

  it('are in the sitemap like any other page', () => {
    expect(builtPagePaths()).toEqual(expect.arrayContaining(['/organizatsii/', '/programi/']));
  });
});

describe('renamed pages', () => {
  const { redirects } = parse(readFileSync(join(CONTENT, 'redirects.yaml'), 'utf8')) as { redirects: { from: string; to: string }[] };

  it('include „За сайта“, now at /za-sayta/ (й → y), linked from the header', () => {
    expect(redirects).toContainEqual({ from: '/za-saita/', to: '/za-sayta/' });
    expect(readPage('/').doc.querySelector('nav.main-nav a[href="/za-sayta/"]')).not.toBeNull();
    expect(builtPagePaths()).toContain('/za-sayta/');
  });

  it.for(redirects)('forward $from to $to at once, in Bulgarian, unindexed', ({ from, to }) => {
    const { doc } = readPage(from);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('bg');
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${to}`);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector(`main a[href="${to}"]`)).not.toBeNull();
    expect(builtPagePaths()).toContain(to);
  });
});

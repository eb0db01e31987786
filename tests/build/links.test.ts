import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, builtPagePaths, requireDist } from '../helpers/dist';
import { findBrokenLinks } from '../helpers/links';

beforeAll(requireDist);

describe('links in the built site', () => {
  it('all lead to pages, files and anchors that exist', () => {
    const pages = builtPagePaths().map((path) => ({
      path,
      html: readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8'),
    }));
    const fileExists = (path: string) => existsSync(join(DIST, path)) && !path.endsWith('/');
    expect(findBrokenLinks(pages, fileExists)).toEqual([]);
  });

  it('open external sites with rel="noopener"', () => {
    for (const path of builtPagePaths()) {
      const html = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
      for (const [tag] of html.matchAll(/<a [^>]*href="https?:[^"]*"[^>]*>/g)) expect(tag, path).toMatch(/rel="[^"]*noopener/);
    }
  });
});

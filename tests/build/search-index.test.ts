import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { SORT } from '../../src/lib/search-facets';
import { readMeta } from '../../src/lib/pagefind-meta';
import { DIST, builtPagePaths, readPage, requireDist } from '../helpers/dist';

const PAGEFIND = join(DIST, 'pagefind');

/** Pagefind's result ids (fragment names) and the address of the page each stands for. */
function fragmentUrls(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(join(PAGEFIND, 'fragment'))) {
    const text = gunzipSync(readFileSync(join(PAGEFIND, 'fragment', name))).toString('utf8');
    out.set(name.replace(/\.pf_fragment$/, ''), (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url);
  }
  return out;
}

/** A built page's sort keys, as its markup states them. */
function sortKeys(path: string): Record<string, string> {
  const { doc } = readPage(path);
  return Object.fromEntries(doc.querySelectorAll('[data-pagefind-sort]').map((el) => el.getAttribute('data-pagefind-sort')!.split(':') as [string, string]));
}

describe('the search index at any size', () => {
  beforeAll(requireDist);

  it('keeps the sort keys out of pf_meta, the file every first search downloads', () => {
    const metas = readdirSync(PAGEFIND).filter((f) => f.endsWith('.pf_meta'));
    expect(metas.length).toBeGreaterThanOrEqual(2);
    for (const file of metas) {
      const meta = gunzipSync(readFileSync(join(PAGEFIND, file)));
      for (const name of Object.values(SORT)) expect(meta.includes(Buffer.from(name)), `${file}: ${name}`).toBe(false);
    }
  });

  it.for(['bg', 'en'])('lists every project page of the %s index in its sort file, by each key, largest first', (lang) => {
    const orders = JSON.parse(readFileSync(join(PAGEFIND, `sort.${lang}.json`), 'utf8')) as Record<string, string[]>;
    const urls = fragmentUrls();
    const projects = builtPagePaths().filter((p) => Object.keys(sortKeys(p)).length && (lang === 'en') === p.startsWith('/en/'));
    expect(projects.length).toBeGreaterThan(0);
    for (const name of Object.values(SORT)) {
      const paths = (orders[name] ?? []).map((id) => urls.get(id));
      expect(new Set(paths)).toEqual(new Set(projects));
      const keys = paths.map((p) => sortKeys(p!)[name]!);
      const numeric = keys.every((k) => Number.isFinite(Number(k)));
      for (let i = 1; i < keys.length; i += 1) {
        const [before, after] = [keys[i - 1]!, keys[i]!];
        expect(numeric ? Number(before) >= Number(after) : before >= after, `${name}: ${before} before ${after}`).toBe(true);
      }
    }
  });

  it('names each fragment once in the pf_meta of its language, by a short name, and no fragment that is not there', () => {
    const fragments = new Set(readdirSync(join(PAGEFIND, 'fragment')).map((f) => f.replace(/\.pf_fragment$/, '')));
    const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; page_count: number }>;
    };
    const named: string[] = [];
    for (const [lang, { hash, page_count }] of Object.entries(entry.languages)) {
      const meta = readMeta(gunzipSync(readFileSync(join(PAGEFIND, `pagefind.${hash}.pf_meta`))));
      expect(meta, hash).toBeDefined();
      const ids = meta![1].map(([id]) => id);
      expect(ids.length).toBe(page_count);
      for (const id of ids) expect(id).toMatch(new RegExp(`^${lang}_[0-9a-z]{5}[0-9a-f]+$`));
      named.push(...ids);
    }
    expect(new Set(named).size).toBe(named.length);
    expect(new Set(named)).toEqual(fragments);
  });
});

/**
 * The index with short page names (src/lib/pagefind-meta.ts) answers as the one Pagefind writes:
 * the same pages, scores and excerpts for the same queries, in both languages, while its pf_meta
 * (downloaded by every first search) is smaller. The built index is compared with one written
 * beside it with --keep-ids. Scores are compared to six significant digits: Pagefind adds up a
 * page's word scores in an order that follows the pages' names, so renaming them can move the
 * eighth digit (43.172020 → 43.172028), as editing a page can.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGEFIND_OPTIONS } from '../../src/lib/search-query';
import { browserUnavailableReason, startSite, type Site } from '../helpers/browser';
import { DIST, requireDist } from '../helpers/dist';

const skip = Boolean(browserUnavailableReason());
const ROOT = join(import.meta.dirname, '../..');

/** Words on few pages and on most, a name, a phrase, digits and a word no page has. */
const QUERIES = {
  bg: ['деца', 'проект', 'Хасково', 'Казанлък', 'семейства', 'дарение', 'ранна интервенция', 'шанс за нашите деца', 'общин', '2019', 'ябълкасос'],
  en: ['children', 'project', 'Haskovo', 'family', 'donation', 'early intervention', 'деца', '2019', 'applesauce'],
};

interface Answer {
  url: string;
  score: number;
  excerpt: string;
}

/** Best first, scores to six digits; pages of equal score by address, as a rounding may swap them. */
const rounded = (answers: Answer[]) =>
  answers.map((a) => ({ ...a, score: Number(a.score.toPrecision(6)) })).sort((a, b) => b.score - a.score || (a.url < b.url ? -1 : 1));

const metaSize = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.pf_meta'))
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);

describe.skipIf(skip)('short page names in the search index', () => {
  let root: string;
  let site: Site;
  beforeAll(async () => {
    requireDist();
    root = mkdtempSync(join(tmpdir(), 'vidimost-ids-'));
    const written = spawnSync(
      process.execPath,
      ['scripts/search-index.ts', `--site=${DIST}`, `--output=${join(root, 'pagefind-raw')}`, '--keep-ids', '--no-cache'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(written.status, written.stderr).toBe(0);
    symlinkSync(join(DIST, 'pagefind'), join(root, 'pagefind'));
    // A page in each language: Pagefind picks the index of the page's <html lang>.
    for (const lang of Object.keys(QUERIES)) {
      mkdirSync(join(root, lang));
      writeFileSync(join(root, lang, 'index.html'), `<!doctype html><html lang="${lang}"><title>${lang}</title></html>`);
    }
    site = await startSite(root);
  });
  afterAll(async () => {
    await site?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('makes the file every first search downloads smaller', () => {
    expect(metaSize(join(DIST, 'pagefind'))).toBeLessThan(metaSize(join(root, 'pagefind-raw')));
  });

  it.for(Object.entries(QUERIES))('answers every %s query as the index Pagefind wrote', async ([lang, queries]) => {
    const page = await site.newPage();
    await page.goto(`${site.url}/${lang}/`);
    // A string, so that the test runner does not rewrite the browser's import().
    const answers = (await page.evaluate(`(async () => {
      const answer = async (bundle) => {
        const pagefind = await import(bundle + 'pagefind.js');
        await pagefind.options(${JSON.stringify(PAGEFIND_OPTIONS)});
        const out = [];
        for (const query of ${JSON.stringify(queries)}) {
          const search = await pagefind.search(query);
          const data = await Promise.all(search.results.map((r) => r.data()));
          out.push(search.results.map((r, i) => ({ url: data[i].url, score: r.score, excerpt: data[i].excerpt })));
        }
        return out;
      };
      return [await answer('/pagefind/'), await answer('/pagefind-raw/')];
    })()`)) as [Answer[][], Answer[][]];
    await page.close();
    const [compact, raw] = answers;
    // Most queries find something, or the comparison would prove little.
    expect(raw.filter((found) => found.length > 0).length).toBeGreaterThanOrEqual(queries.length - 2);
    queries.forEach((query, i) => expect(rounded(compact[i]!), query).toEqual(rounded(raw[i]!)));
  });
});

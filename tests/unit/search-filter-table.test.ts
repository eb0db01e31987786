import { describe, expect, it } from 'vitest';
import { buildFilterTable, countFilters, filterNamesOf, passes, readFilterTables } from '../../src/lib/search-filter-table';

const pages: { id: string; filters: Record<string, string[]> }[] = [
  { id: 'bg_c', filters: { вид: ['проект'], област: ['Хасково'], община: ['Хасково', 'Димитровград'] } },
  { id: 'bg_a', filters: { вид: ['проект'], област: ['Пловдив'], община: ['Садово'] } },
  { id: 'bg_b', filters: { вид: ['новина'], област: ['Хасково'] } },
  { id: 'bg_d', filters: { вид: ['дарение'] } },
];

describe('the search page’s filter table', () => {
  it('reads back every page’s values, in the order Pagefind sorts filter names', () => {
    const table = buildFilterTable(pages);
    expect(table.names).toEqual(['вид', 'област', 'община']);
    const read = readFilterTables([table]);
    for (const page of pages) expect(read.get(page.id)).toEqual(page.filters);
    expect(filterNamesOf([table])).toEqual(['вид', 'област', 'община']);
  });

  it('writes the same table for the same pages in any order', () => {
    expect(JSON.stringify(buildFilterTable([...pages].reverse()))).toBe(JSON.stringify(buildFilterTable(pages)));
  });

  it('merges the tables of several indexes (the site’s and its shards’)', () => {
    const read = readFilterTables([buildFilterTable(pages.slice(0, 2)), buildFilterTable(pages.slice(2))]);
    expect([...read.keys()].sort()).toEqual(['bg_a', 'bg_b', 'bg_c', 'bg_d']);
    expect(read.get('bg_b')).toEqual(pages[2]!.filters);
  });

  it('lets a page through with any chosen value of each filter, and every chosen filter', () => {
    const c = pages[0]!.filters;
    expect(passes(c, {})).toBe(true);
    expect(passes(c, { община: ['Садово', 'Димитровград'] })).toBe(true);
    expect(passes(c, { община: ['Садово'] })).toBe(false);
    expect(passes(c, { вид: ['проект'], област: ['Пловдив'] })).toBe(false);
    expect(passes(c, { вид: ['проект'], област: ['Пловдив'] }, 'област')).toBe(true);
    expect(passes(undefined, { вид: ['проект'] })).toBe(false);
  });

  it('counts every value of the ids found when nothing is chosen', () => {
    const table = readFilterTables([buildFilterTable(pages)]);
    expect(countFilters(table, ['bg_a', 'bg_b', 'bg_c', 'bg_x'], {})).toEqual({
      вид: { проект: 2, новина: 1 },
      област: { Пловдив: 1, Хасково: 2 },
      община: { Садово: 1, Хасково: 1, Димитровград: 1 },
    });
  });

  it('counts a chosen filter as if it were not chosen, and the others with it applied', () => {
    const table = readFilterTables([buildFilterTable(pages)]);
    const ids = pages.map((p) => p.id);
    // Хасково chosen: its own filter still shows Пловдив (what ticking it would add); the rest count only Хасково's pages.
    expect(countFilters(table, ids, { област: ['Хасково'] })).toEqual({
      вид: { проект: 1, новина: 1 },
      област: { Пловдив: 1, Хасково: 2 },
      община: { Хасково: 1, Димитровград: 1 },
    });
    // Two chosen: each counted with the other applied.
    expect(countFilters(table, ids, { област: ['Хасково'], вид: ['проект'] })).toEqual({
      вид: { проект: 1, новина: 1 },
      област: { Пловдив: 1, Хасково: 1 },
      община: { Хасково: 1, Димитровград: 1 },
    });
  });
});

/**
 * The search page's own table of each page's filter values, beside Pagefind's index
 * (`filters.<lang>.json`, written by scripts/search-index.ts from Pagefind's fragments).
 *
 * Why not Pagefind's filters: once its filter index is loaded, Pagefind counts every filter over
 * every result inside each search, 0.7–1.5 s a query with thousands of results at 10,000 projects
 * against 0.02–0.3 s without (docs/scale.md). With this table the page filters and counts the
 * result ids itself, a few milliseconds, and Pagefind only finds and ranks.
 */

/** Pagefind's result id (its fragment's name) → per filter name, the page's values. */
export type PageFilters = ReadonlyMap<string, Readonly<Record<string, readonly string[]>>>;
export type Counts = Record<string, Record<string, number>>;
/** The visitor's choice: per filter, the values ticked (a page passes with any of them). */
export type Chosen = Readonly<Record<string, readonly string[]>>;

/** The file: filter names, each filter's values, and per page its values' places in them. */
export interface FilterTable {
  /** In Pagefind's own order (its index sorts them), so the page shows them as before. */
  names: string[];
  /** Per filter (as in names), its values, sorted. */
  values: string[][];
  /** Pagefind's result ids. */
  ids: string[];
  /** Per page (as in ids), per filter its value numbers joined by ",", filters joined by ";". */
  pages: string[];
}

/** The table of the given pages (id → filters), the same bytes for the same pages in any order. */
export function buildFilterTable(pages: Iterable<{ id: string; filters: Record<string, readonly string[]> }>): FilterTable {
  const list = [...pages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const names = [...new Set(list.flatMap((p) => Object.keys(p.filters)))].sort();
  const values = names.map((name) => [...new Set(list.flatMap((p) => p.filters[name] ?? []))].sort());
  const number = values.map((vs) => new Map(vs.map((v, i) => [v, i])));
  return {
    names,
    values,
    ids: list.map((p) => p.id),
    pages: list.map((p) => names.map((name, f) => (p.filters[name] ?? []).map((v) => number[f]!.get(v)).join(',')).join(';')),
  };
}

/** The pages of one or more tables (the site's and its shards'), by id. */
export function readFilterTables(tables: readonly FilterTable[]): PageFilters {
  const byId = new Map<string, Record<string, string[]>>();
  for (const table of tables)
    table.ids.forEach((id, i) => {
      const filters: Record<string, string[]> = {};
      (table.pages[i] ?? '').split(';').forEach((numbers, f) => {
        const name = table.names[f];
        if (name === undefined || numbers === '') return;
        filters[name] = numbers.split(',').map((n) => table.values[f]![Number(n)]!);
      });
      byId.set(id, filters);
    });
  return byId;
}

/** The filter names of the pages, in the tables' order. */
export const filterNamesOf = (tables: readonly FilterTable[]): string[] => [...new Set(tables.flatMap((t) => t.names))];

/** Whether a page's values pass the chosen filters (any value of each; every filter), one filter left out if named. */
export function passes(filters: Readonly<Record<string, readonly string[]>> | undefined, chosen: Chosen, except?: string): boolean {
  for (const [name, wanted] of Object.entries(chosen)) {
    if (name === except || !wanted.length) continue;
    const own = filters?.[name] ?? [];
    if (!wanted.some((v) => own.includes(v))) return false;
  }
  return true;
}

/**
 * Per filter value, how many of the ids have it, each chosen filter counted as if it were not
 * chosen (what ticking another of its boxes would add), the others applied: as Pagefind's
 * `filters` and, for one chosen filter, its `totalFilters`.
 */
export function countFilters(table: PageFilters, ids: Iterable<string>, chosen: Chosen): Counts {
  const counts: Counts = {};
  const chosenNames = Object.keys(chosen).filter((name) => chosen[name]!.length);
  for (const id of ids) {
    const filters = table.get(id);
    if (!filters) continue;
    // Which chosen filters this page fails: with none it counts everywhere; with one, only there.
    const failed = chosenNames.filter((name) => !passes(filters, { [name]: chosen[name]! }));
    if (failed.length > 1) continue;
    for (const [name, values] of Object.entries(filters)) {
      if (failed.length === 1 && failed[0] !== name) continue;
      const byValue = (counts[name] ??= {});
      for (const v of values) byValue[v] = (byValue[v] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * Splits a long listing into pages so that each page's HTML stays within one network round
 * trip. The addresses come from routes.ts: page 1 at the listing's path, page n below it.
 */

export interface ListingPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  total: number;
  path: string;
  previous?: string;
  next?: string;
}

/** How many project cards fit a page within the HTML budget, with room to spare. */
export const PROJECTS_PER_PAGE = 20;

/** `pathOf(n)` is the address of page n, e.g. routesFor(lang).listingPages('projects'). */
export function paginateList<T>(items: T[], pathOf: (page: number) => string, perPage = PROJECTS_PER_PAGE): ListingPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, i) => {
    const number = i + 1;
    return {
      items: items.slice(i * perPage, number * perPage),
      number,
      total,
      path: pathOf(number),
      previous: number > 1 ? pathOf(number - 1) : undefined,
      next: number < total ? pathOf(number + 1) : undefined,
    };
  });
}

/** The per-project data files listed on /danni/ and its further pages: links are short, so more to a page. */
export const DATA_FILES_PER_PAGE = 100;

/** getStaticPaths of a listing's later pages (/stranitsa/2/ …): page 1 is the listing itself. */
export function laterPages<T>(pages: ListingPage<T>[]): { params: { page: string }; props: { page: ListingPage<T> } }[] {
  return pages.slice(1).map((page) => ({ params: { page: String(page.number) }, props: { page } }));
}

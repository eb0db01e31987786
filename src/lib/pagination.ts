/**
 * Splits a long listing into pages so that each page's HTML stays within one network round
 * trip. Page 1 lives at the base path, page n at base/stranitsa/n/.
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

export function listingPath(base: string, number: number): string {
  return number === 1 ? base : `${base}stranitsa/${number}/`;
}

export function paginateList<T>(items: T[], base: string, perPage = PROJECTS_PER_PAGE): ListingPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, i) => {
    const number = i + 1;
    return {
      items: items.slice(i * perPage, number * perPage),
      number,
      total,
      path: listingPath(base, number),
      previous: number > 1 ? listingPath(base, number - 1) : undefined,
      next: number < total ? listingPath(base, number + 1) : undefined,
    };
  });
}

/** Where the publicity report lists one programme's projects (or those that cannot be checked). */
export function publicityGroupBase(slug: string): string {
  return `/informatsia-i-publichnost/${slug}/`;
}

/** The donation index, paginated by organization. */
export const DONATIONS_BASE = '/darete/';

/** The per-project data files listed on /danni/ and its further pages: links are short, so more to a page. */
export const DATA_FILES_BASE = '/danni/';
export const DATA_FILES_PER_PAGE = 100;

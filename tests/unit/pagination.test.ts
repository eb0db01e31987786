import { describe, expect, it } from 'vitest';
import { laterPages, paginateList } from '../../src/lib/pagination';
import { bgRoutes, routesFor } from '../../src/lib/routes';

describe('paginating a listing', () => {
  it('keeps a short list on one page at the base path', () => {
    const [only, ...rest] = paginateList([1, 2, 3], bgRoutes.listingPages('projects'), 20);
    expect(rest).toEqual([]);
    expect(only).toEqual({ items: [1, 2, 3], number: 1, total: 1, path: '/proekti/', previous: undefined, next: undefined });
  });

  it('splits a long list and links the pages both ways', () => {
    const pages = paginateList(
      Array.from({ length: 45 }, (_, i) => i),
      bgRoutes.groupPages('province', 'plovdiv'),
      20,
    );
    expect(pages.map((p) => [p.path, p.items.length])).toEqual([
      ['/proekti/po-oblast/plovdiv/', 20],
      ['/proekti/po-oblast/plovdiv/stranitsa/2/', 20],
      ['/proekti/po-oblast/plovdiv/stranitsa/3/', 5],
    ]);
    expect(pages[1]?.previous).toBe('/proekti/po-oblast/plovdiv/');
    expect(pages[1]?.next).toBe('/proekti/po-oblast/plovdiv/stranitsa/3/');
  });

  it('takes its addresses from the routes of the page language', () => {
    const pages = paginateList([1, 2, 3], routesFor('en').groupPages('province', 'plovdiv'), 2);
    expect(pages.map((p) => p.path)).toEqual(['/en/projects/by-province/plovdiv/', '/en/projects/by-province/plovdiv/page/2/']);
  });

  it('still makes one (empty) page for an empty list', () => {
    expect(paginateList([], bgRoutes.listingPages('news'))).toHaveLength(1);
  });
});

describe('the later pages of a listing, for getStaticPaths', () => {
  it('gives page 2 onwards (page 1 is the listing itself)', () => {
    const later = laterPages(paginateList([1, 2, 3, 4, 5], routesFor('en').listingPages('news'), 2));
    expect(later.map((p) => p.params)).toEqual([{ page: '2' }, { page: '3' }]);
    // Each page comes with its items and address, so the view needs no second pagination.
    expect(later.map((p) => [p.props.page.items, p.props.page.path])).toEqual([
      [[3, 4], '/en/news/page/2/'],
      [[5], '/en/news/page/3/'],
    ]);
    expect(laterPages(paginateList([1], routesFor('en').listingPages('news'), 2))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang';
import { GROUPING_NAMES } from '../../src/lib/groupings';
import {
  bgRoutes,
  counterpartPath,
  englishSlugClashes,
  isReservedSlug,
  langOfPath,
  parsePath,
  pathOf,
  routesFor,
  slugIndex,
  type Route,
} from '../../src/lib/routes';

// Example entries: one with an English slug in its content, one without.
const withEnglish = { id: 'shans-za-nashite-detsa', data: { en: { slug: 'chance-for-our-children' } } };
const bulgarianOnly = { id: 'obshtina-haskovo', data: {} };
const slugs = slugIndex({ projects: [withEnglish], organizations: [bulgarianOnly], news: [], programmes: [] });

/** One route of every kind, with entries as parsePath returns them. */
function everyRoute(lang: 'bg' | 'en'): Route[] {
  const entry = (e: { id: string; data: { en?: { slug?: string } } }) => (lang === 'bg' ? e.id : { id: e.id, enSlug: e.data.en?.slug ?? e.id });
  return [
    { kind: 'home' },
    ...(['projects', 'organizations', 'programmes', 'news'] as const).flatMap((listing): Route[] => [
      { kind: 'listing', listing },
      { kind: 'listing', listing, page: 3 },
    ]),
    { kind: 'entry', collection: 'projects', entry: entry(withEnglish) },
    { kind: 'entry', collection: 'organizations', entry: entry(bulgarianOnly) },
    { kind: 'entry', collection: 'programmes', entry: entry({ id: 'oprchr-2014-2020', data: {} }) },
    { kind: 'entry', collection: 'news', entry: entry({ id: '2023-04-28-sporazumenia', data: {} }) },
    { kind: 'projectData', entry: entry(withEnglish) },
    { kind: 'card', collection: 'projects', entry: entry(withEnglish) },
    { kind: 'card', collection: 'news', entry: entry({ id: '2023-04-28-sporazumenia', data: {} }) },
    ...GROUPING_NAMES.flatMap((grouping): Route[] => [
      { kind: 'grouping', grouping },
      { kind: 'group', grouping, group: 'haskovo' },
      { kind: 'group', grouping, group: 'haskovo', page: 2 },
      { kind: 'groupCsv', grouping, group: 'haskovo' },
    ]),
    { kind: 'group', grouping: 'status', group: 'v-izpalnenie' },
    { kind: 'group', grouping: 'programme', group: 'ne-e-posocheno', page: 2 },
    { kind: 'feed', feed: 'news' },
    { kind: 'feed', feed: 'projects' },
    { kind: 'donate' },
    { kind: 'donateTo', entry: entry(bulgarianOnly) },
    { kind: 'search' },
    { kind: 'data' },
    ...(['proekti.csv', 'finansirane.csv', 'proekti.json', 'schema.json'] as const).map((file): Route => ({ kind: 'dataFile', file })),
    { kind: 'newsletter' },
    { kind: 'newsletterStub' },
    { kind: 'publicity' },
    { kind: 'content', id: 'za-sayta' },
    { kind: 'notFound' },
  ];
}

describe('Bulgarian paths: the folders under src/pages, as before', () => {
  it('writes every kind of page where the site has it', () => {
    const to = bgRoutes;
    expect([
      to.home(),
      to.listing('projects'),
      to.listing('projects', 2),
      to.listing('organizations', 1),
      to.project(withEnglish),
      to.projectData('shans-za-nashite-detsa'),
      to.organization('obshtina-haskovo'),
      to.programme('oprchr-2014-2020'),
      to.newsItem('novina'),
      to.listing('news'),
      to.listing('programmes'),
      to.grouping('municipality'),
      to.group('province', 'haskovo'),
      to.group('province', 'haskovo', 2),
      to.groupCsv('programme', 'oprchr-2014-2020'),
      to.newsFeed(),
      to.projectsFeed(),
      to.donate(),
      to.donateTo('obshtina-haskovo'),
      to.search(),
      to.data(),
      to.dataFile('finansirane.csv'),
      to.newsletter(),
      to.newsletterStub(),
      to.publicity(),
      to.content('za-sayta'),
      to.notFound(),
    ]).toEqual([
      '/',
      '/proekti/',
      '/proekti/stranitsa/2/',
      '/organizatsii/',
      '/proekti/shans-za-nashite-detsa/',
      '/proekti/shans-za-nashite-detsa/danni.json',
      '/organizatsii/obshtina-haskovo/',
      '/programi/oprchr-2014-2020/',
      '/novini/novina/',
      '/novini/',
      '/programi/',
      '/proekti/po-obshtina/',
      '/proekti/po-oblast/haskovo/',
      '/proekti/po-oblast/haskovo/stranitsa/2/',
      '/proekti/po-programa/oprchr-2014-2020/proekti.csv',
      '/novini/atom.xml',
      '/proekti/atom.xml',
      '/darete/',
      '/darete/obshtina-haskovo/',
      '/tarsene/',
      '/danni/',
      '/danni/finansirane.csv',
      '/byuletin/',
      '/byuletin/ne-e-svarzan/',
      '/informatsia-i-publichnost/',
      '/za-sayta/',
      '/404.html',
    ]);
  });

  it('keeps Bulgarian group slugs of statuses as the groupings write them', () => {
    expect(bgRoutes.group('status', 'v-izpalnenie')).toBe('/proekti/po-status/v-izpalnenie/');
  });
});

describe('English paths under /en/', () => {
  const to = routesFor('en');

  it('use English segments and the English slug where content gives one', () => {
    expect(to.home()).toBe('/en/');
    expect(to.project(withEnglish)).toBe('/en/projects/chance-for-our-children/');
    expect(to.projectData(withEnglish)).toBe('/en/projects/chance-for-our-children/data.json');
    expect(to.card('projects', withEnglish)).toBe('/en/projects/chance-for-our-children/card.png');
    expect(to.card('news', 'novina')).toBe('/en/news/novina/card.png');
    expect(bgRoutes.card('projects', withEnglish)).toBe('/proekti/shans-za-nashite-detsa/karta.png');
    expect(counterpartPath('/proekti/shans-za-nashite-detsa/karta.png', slugs)).toBe('/en/projects/chance-for-our-children/card.png');
    expect(to.listing('projects', 2)).toBe('/en/projects/page/2/');
    expect(to.organization(bulgarianOnly)).toBe('/en/organizations/obshtina-haskovo/');
    expect(to.programme('oprchr-2014-2020')).toBe('/en/programmes/oprchr-2014-2020/');
    expect(to.group('province', 'haskovo', 3)).toBe('/en/projects/by-province/haskovo/page/3/');
    expect(to.groupCsv('municipality', 'haskovo')).toBe('/en/projects/by-municipality/haskovo/projects.csv');
    expect(to.donateTo(bulgarianOnly)).toBe('/en/donate/obshtina-haskovo/');
    expect([to.search(), to.data(), to.dataFile('finansirane.csv'), to.newsFeed(), to.publicity(), to.newsletter(), to.notFound()]).toEqual([
      '/en/search/',
      '/en/data/',
      '/en/data/funding.csv',
      '/en/news/atom.xml',
      '/en/publicity/',
      '/en/newsletter/',
      '/en/404.html',
    ]);
  });

  it('translate the group slugs that are words, and keep those that are names', () => {
    expect(to.group('status', 'v-izpalnenie')).toBe('/en/projects/by-status/ongoing/');
    expect(to.group('programme', 'ne-e-posocheno')).toBe('/en/projects/by-programme/not-stated/');
    expect(to.group('municipality', 'stara-zagora')).toBe('/en/projects/by-municipality/stara-zagora/');
  });
});

describe('reading a path back', () => {
  it.each(LANGS)('%s: every route survives pathOf → parsePath → pathOf', (lang) => {
    for (const route of everyRoute(lang)) {
      const path = pathOf(lang, route);
      expect(parsePath(path, slugs), path).toEqual({
        lang,
        route:
          lang === 'en' && route.kind === 'entry' && route.collection === 'projects'
            ? { ...route, entry: { id: withEnglish.id, enSlug: 'chance-for-our-children' } }
            : route,
      });
    }
  });

  it('finds the file name of an entry from its English slug', () => {
    expect(parsePath('/en/projects/chance-for-our-children/', slugs)?.route).toEqual({
      kind: 'entry',
      collection: 'projects',
      entry: { id: 'shans-za-nashite-detsa', enSlug: 'chance-for-our-children' },
    });
  });

  it('gives nothing for a path that is no page of the site', () => {
    for (const path of [
      '/proekti',
      '/proekti/stranitsa/1/',
      '/proekti/stranitsa/x/',
      '/proekti/a/b/',
      '/en/projects/page/0/',
      '/darete/a/b/',
      '/danni/nyama.csv',
      '/byuletin/x/',
      '/a/b/',
      'proekti/',
    ]) {
      expect(parsePath(path, slugs), path).toBeUndefined();
    }
  });

  it('tells the language of a path', () => {
    expect([langOfPath('/'), langOfPath('/proekti/'), langOfPath('/en/'), langOfPath('/en/projects/'), langOfPath('/enciklopedia/')]).toEqual([
      'bg',
      'bg',
      'en',
      'en',
      'bg',
    ]);
  });
});

describe('the same page in the other language', () => {
  it('maps Bulgarian to English and back, through the English slug', () => {
    const pairs: [string, string][] = [
      ['/', '/en/'],
      ['/proekti/shans-za-nashite-detsa/', '/en/projects/chance-for-our-children/'],
      ['/proekti/shans-za-nashite-detsa/danni.json', '/en/projects/chance-for-our-children/data.json'],
      ['/organizatsii/obshtina-haskovo/', '/en/organizations/obshtina-haskovo/'],
      ['/darete/obshtina-haskovo/', '/en/donate/obshtina-haskovo/'],
      ['/proekti/po-status/priklyucheni/stranitsa/2/', '/en/projects/by-status/completed/page/2/'],
      ['/novini/stranitsa/2/', '/en/news/page/2/'],
      ['/tarsene/', '/en/search/'],
      ['/danni/proekti.csv', '/en/data/projects.csv'],
      ['/za-sayta/', '/en/za-sayta/'],
      ['/404.html', '/en/404.html'],
    ];
    for (const [bg, en] of pairs) {
      expect(counterpartPath(bg, slugs), bg).toBe(en);
      expect(counterpartPath(en, slugs), en).toBe(bg);
    }
  });

  it.each(LANGS)('%s: every route goes to the other language and back unchanged', (lang) => {
    for (const route of everyRoute(lang)) {
      const path = pathOf(lang, route);
      const other = counterpartPath(path, slugs);
      expect(other, path).toBeDefined();
      expect(langOfPath(other!)).not.toBe(lang);
      expect(counterpartPath(other!, slugs), path).toBe(path);
    }
  });

  it('has no counterpart for a path that is no page', () => {
    expect(counterpartPath('/nyama/takava/stranitsa/')).toBeUndefined();
  });
});

describe('slugs that listing pages own', () => {
  it('reserves stranitsa and po-… in Bulgarian, page and by-… in English', () => {
    expect(isReservedSlug('bg', 'projects', 'po-oblast')).toBe(true);
    expect(isReservedSlug('bg', 'news', 'stranitsa')).toBe(true);
    expect(isReservedSlug('en', 'projects', 'by-province')).toBe(true);
    expect(isReservedSlug('en', 'organizations', 'page')).toBe(true);
    expect(isReservedSlug('en', 'projects', 'chance-for-our-children')).toBe(false);
    expect(isReservedSlug('en', 'news', 'by-the-river')).toBe(false);
  });
});

describe('entries that would share an English address', () => {
  it('names an English slug written twice, or one that is another file name, on the entry that writes it', () => {
    const entries = [
      { id: 'a', data: { en: { slug: 'children' } } },
      { id: 'b', data: { en: { slug: 'children' } } },
      { id: 'c', data: { en: { slug: 'd' } } },
      { id: 'd', data: {} },
      { id: 'e', data: { en: { slug: 'e' } } },
      'f',
    ];
    expect(englishSlugClashes(entries)).toEqual([
      { id: 'b', slug: 'children', other: 'a' },
      { id: 'c', slug: 'd', other: 'd' },
    ]);
  });

  it('finds none when every address differs', () => {
    expect(englishSlugClashes([withEnglish, bulgarianOnly, 'chance-for-children'])).toEqual([]);
  });
});

describe('the A3 poster of an EU-funded project: in Bulgarian only', () => {
  it('lives under the project’s Bulgarian address, and both languages link the same one', () => {
    expect(bgRoutes.poster('shans-za-nashite-detsa')).toBe('/proekti/shans-za-nashite-detsa/plakat/');
    expect(routesFor('en').poster(withEnglish)).toBe('/proekti/shans-za-nashite-detsa/plakat/');
    expect(pathOf('en', { kind: 'poster', entry: withEnglish })).toBe('/proekti/shans-za-nashite-detsa/plakat/');
  });

  it('reads back as a Bulgarian page, and has no English address', () => {
    expect(parsePath('/proekti/shans-za-nashite-detsa/plakat/', slugs)).toEqual({ lang: 'bg', route: { kind: 'poster', entry: 'shans-za-nashite-detsa' } });
    for (const path of [
      '/en/projects/chance-for-our-children/plakat/',
      '/en/projects/shans-za-nashite-detsa/plakat/',
      '/proekti/shans-za-nashite-detsa/plakat',
      '/proekti/shans-za-nashite-detsa/plakat/x/',
    ]) {
      expect(parsePath(path, slugs), path).toBeUndefined();
    }
  });

  it('has no counterpart in the other language', () => {
    expect(counterpartPath('/proekti/shans-za-nashite-detsa/plakat/', slugs)).toBeUndefined();
  });
});

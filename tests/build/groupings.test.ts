import { beforeAll, describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/transliteration';
import { contentProjects } from '../helpers/content';
import { readPage, requireDist, textOf } from '../helpers/dist';

beforeAll(requireDist);

/** Links to projects on a built listing page. */
const projectLinks = (path: string) =>
  readPage(path)
    .doc.querySelectorAll('main a')
    .map((a) => a.getAttribute('href'))
    .filter((h) => h?.startsWith('/proekti/') && !h.includes('/po-'));

describe.each(contentProjects())('the project $data.title in the groupings', ({ id, data }) => {
  const link = `/proekti/${id}/`;

  it('appears under each of its municipalities and provinces', () => {
    for (const place of data.places) {
      expect(projectLinks(`/proekti/po-obshtina/${slugify(place.municipality)}/`)).toContain(link);
      expect(projectLinks(`/proekti/po-oblast/${slugify(place.province)}/`)).toContain(link);
    }
  });

  it('appears under its programme, or under „not stated“', () => {
    const programmes = data.funding?.map((f) => f.programme) ?? ['ne-e-posocheno'];
    for (const programme of programmes) expect(projectLinks(`/proekti/po-programa/${programme}/`)).toContain(link);
  });

  it('appears under its lead and partner organizations', () => {
    for (const org of [data.lead, ...data.partners.map((p) => p.organization)]) {
      expect(projectLinks(`/proekti/po-organizatsia/${org}/`)).toContain(link);
    }
  });
});

describe('grouping pages', () => {
  it('show their counts', () => {
    expect(textOf(readPage('/proekti/po-oblast/plovdiv/').doc.querySelector('h1'))).toBe('Проекти в област Пловдив (2 проекта)');
    expect(textOf(readPage('/proekti/po-obshtina/stolichna-obshtina/').doc.querySelector('h1'))).toBe('Проекти в Столична община (1 проект)');
    const index = textOf(readPage('/proekti/po-status/').doc.querySelector('main'));
    expect(index).toContain('Приключили (3 проекта)');
    expect(index).toContain('Статус: не е посочено (2 проекта)');
  });

  it('are all linked from the project index', () => {
    const links = readPage('/proekti/')
      .doc.querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    for (const grouping of ['po-status', 'po-obshtina', 'po-oblast', 'po-programa', 'po-organizatsia']) expect(links).toContain(`/proekti/${grouping}/`);
    expect(links).toContain('/proekti/po-obshtina/haskovo/');
  });
});

describe('the home page', () => {
  const main = readPage('/').doc.querySelector('main');
  const links = main?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];

  it('leads with projects by place and programme, then the newest projects, then how to give', () => {
    const headings = main?.querySelectorAll('h2').map((h) => textOf(h)) ?? [];
    expect(headings.slice(0, 3)).toEqual(['Намерете проект', 'Най-новите проекти', 'Подкрепете проектите']);
    for (const grouping of ['po-obshtina', 'po-oblast', 'po-programa']) expect(links).toContain(`/proekti/${grouping}/`);
    expect(links).toEqual(
      expect.arrayContaining([
        '/proekti/po-obshtina/haskovo/',
        '/proekti/po-programa/oprchr-2014-2020/',
        '/darete/',
        '/byuletin/',
        '/novini/2023-10-09-badeshte-za-vsyako-dete-v-obshtina-kazanlak/',
      ]),
    );
  });

  it('shows the status on each card instead of grouping projects by status', () => {
    const text = textOf(main);
    expect(text).not.toContain('Статусът не е известен (');
    const cards = main?.querySelectorAll('.project-card') ?? [];
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(textOf(card)).toMatch(/Статус: (предстоящ|в изпълнение|приключил|не е известен|не е посочено)/);
  });
});

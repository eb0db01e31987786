import { describe, expect, it } from 'vitest';
import { groupProjects, isReservedProjectSlug } from '../../src/lib/groupings';
import { buildProjectView, type Lookups } from '../../src/lib/project-view';
import { projectSchema } from '../../src/schemas/project';

const lookups: Lookups = {
  organization: (id) => ({ id, name: { a: 'Община А', b: 'Фондация Б' }[id] ?? id }),
  programme: (id) => ({ id, name: `Програма ${id}`, period: '2014-2020', fund: 'ESF' }),
};
const labels = {
  status: { planned: 'Предстоящи', ongoing: 'В изпълнение', completed: 'Приключили', unknown: 'Не е известен' },
  fundingNotStated: 'Не е посочено',
};
const project = (id: string, extra: Record<string, unknown>) =>
  buildProjectView(id, projectSchema.parse({ title: id, summary: 'x', lead: 'a', ...extra }), lookups, '2026-11-23');

const projects = [
  project('p1', {
    places: [{ municipality: 'Пловдив' }, { municipality: 'Марица' }],
    funding: [{ programme: 'op' }],
    period: { start: '2019-01-01', end: '2020-01-01' },
  }),
  project('p2', { places: [{ municipality: 'Казанлък' }], partners: [{ organization: 'b' }] }),
  project('p3', { places: [{ municipality: 'Столична община' }], period: { start: '2026-01-01', end: '2027-01-01' } }),
];

describe('grouping projects the way visitors look for them', () => {
  it('puts a project under each of its municipalities, with transliterated slugs', () => {
    const groups = groupProjects(projects, 'municipality', labels);
    expect(groups.map((g) => [g.slug, g.projects.map((p) => p.id)])).toEqual([
      ['kazanlak', ['p2']],
      ['maritsa', ['p1']],
      ['plovdiv', ['p1']],
      ['stolichna-obshtina', ['p3']],
    ]);
  });

  it('counts a project once per province even when two of its municipalities share it', () => {
    const groups = groupProjects(projects, 'province', labels);
    expect(groups.map((g) => [g.label, g.projects.length])).toEqual([
      ['Пловдив', 1],
      ['София-град', 1],
      ['Стара Загора', 1],
    ]);
  });

  it('orders statuses naturally, not alphabetically', () => {
    expect(groupProjects(projects, 'status', labels).map((g) => g.slug)).toEqual(['v-izpalnenie', 'priklyucheni', 'neizvesten-status']);
  });

  it('keeps projects with unstated funding in a group of their own', () => {
    const groups = groupProjects(projects, 'programme', labels);
    expect(groups.find((g) => g.slug === 'ne-e-posocheno')?.projects.map((p) => p.id)).toEqual(['p2', 'p3']);
  });

  it('counts lead and partner organizations', () => {
    const groups = groupProjects(projects, 'organization', labels);
    expect(groups.map((g) => [g.slug, g.projects.length])).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
  });

  it('reserves the slugs the listings use', () => {
    expect(isReservedProjectSlug('po-obshtina')).toBe(true);
    expect(isReservedProjectSlug('stranitsa')).toBe(true);
    expect(isReservedProjectSlug('pomosht-za-detsa')).toBe(false);
  });
});

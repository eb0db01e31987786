import { describe, expect, it } from 'vitest';
import { strings } from '../../src/i18n';
import { buildProjectView, type Lookups, type ProgrammeSummary } from '../../src/lib/project-view';
import { MISSING_SORT_KEY, projectFacets, type FacetLabels } from '../../src/lib/search-facets';
import { projectSchema } from '../../src/schemas/project';

const programmes: Record<string, ProgrammeSummary> = {
  op: { id: 'op', name: 'Оперативна програма „Развитие на човешките ресурси“ 2014-2020', shortName: 'ОП РЧР 2014-2020', period: '2014-2020', fund: 'ESF' },
  thsn: { id: 'thsn', name: 'The Human Safety Net', period: 'none' },
};
const lookups: Lookups = { organization: (id) => ({ id, name: `Организация ${id}` }), programme: (id) => programmes[id]! };
const view = (extra: Record<string, unknown>) =>
  buildProjectView('p', projectSchema.parse({ title: 'Проект', summary: 'Кратко.', lead: 'lead', ...extra }), lookups, '2026-11-23');

const labelsIn = (lang: 'bg' | 'en', project: ReturnType<typeof view>): FacetLabels => {
  const ui = strings(lang);
  return {
    status: ui.statusGroup[project.status],
    programmeNotStated: ui.search.programmeNotStated,
    period: project.dates && ui.period.dates(project.dates),
    amount: (money) => ui.moneyParts(money).euro,
  };
};
const facetsIn = (lang: 'bg' | 'en', extra: Record<string, unknown>) => {
  const project = view(extra);
  return projectFacets(project, labelsIn(lang, project));
};

describe('search filters and sort keys of a project', () => {
  it('files the project under its programmes, organizations, places and status', () => {
    const facets = facetsIn('bg', {
      partners: [{ organization: 'partner', role: 'партньор' }],
      places: [{ municipality: 'Хасково' }, { municipality: 'Казанлък' }],
      period: { start: '2019-09-15', end: '2020-12-31' },
      funding: [{ programme: 'op' }, { programme: 'thsn' }],
    });
    expect(facets.filters).toEqual({
      programme: ['ОП РЧР 2014-2020', 'The Human Safety Net'],
      organization: ['Организация lead', 'Организация partner'],
      municipality: ['Хасково', 'Казанлък'],
      province: ['Хасково', 'Стара Загора'],
      status: ['Приключили'],
    });
    expect(facetsIn('en', { funding: [{ programme: 'op' }], period: { start: '2019-09-15', end: '2020-12-31' } }).filters.status).toEqual(['Completed']);
  });

  it('names a missing funding in the page language', () => {
    expect(facetsIn('bg', {}).filters.programme).toEqual(['не е посочена']);
    expect(facetsIn('en', {}).filters.programme).toEqual(['not stated']);
  });

  it('sorts by the start date and by the euro amount as numbers, whatever the display language', () => {
    const extra = { period: { start: '2019-09-15', end: '2020-12-31' }, totalCost: { amount: 867896.82, currency: 'BGN' } };
    const bg = facetsIn('bg', extra);
    const en = facetsIn('en', extra);
    expect(bg.sorts).toEqual({ start: '2019-09-15', amount: '443748.60' });
    expect(en.sorts).toEqual(bg.sorts);
    expect(bg.meta).toEqual({ period: '15.09.2019\u00a0г.\u00a0– 31.12.2020\u00a0г.', amount: '443\u00a0748,60\u00a0€' });
    expect(en.meta).toEqual({ period: '15\u00a0September 2019\u00a0– 31\u00a0December 2020', amount: '€443,748.60' });
  });

  it('falls back to the first stated grant for the amount, and to the sentinel when nothing is stated', () => {
    const grant = facetsIn('bg', { funding: [{ programme: 'thsn' }, { programme: 'op', grant: { amount: 1234.5, currency: 'EUR' } }] });
    expect(grant.sorts.amount).toBe('1234.50');
    const none = facetsIn('bg', {});
    expect(none.sorts).toEqual({ start: MISSING_SORT_KEY, amount: MISSING_SORT_KEY });
    expect(none.meta).toEqual({});
  });

  it('orders amounts by value: a million sorts above nine hundred thousand', () => {
    const keys = [900000, 1000000, 99.99].map((amount) => facetsIn('bg', { totalCost: { amount, currency: 'EUR' } }).sorts.amount);
    expect([...keys].sort((a, b) => Number(b) - Number(a))).toEqual(['1000000.00', '900000.00', '99.99']);
  });
});

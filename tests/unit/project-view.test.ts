import { describe, expect, it } from 'vitest';
import { buildProjectView, type Lookups, type ProgrammeSummary } from '../../src/lib/project-view';
import { projectSchema } from '../../src/schemas/project';

const programmes: Record<string, ProgrammeSummary> = {
  op: { id: 'op', name: 'ОП „Развитие на човешките ресурси“ 2014-2020', period: '2014-2020', fund: 'ESF' },
  plus: { id: 'plus', name: 'Програма „Развитие на човешките ресурси“ 2021-2027', period: '2021-2027', fund: 'ESF+' },
  thsn: { id: 'thsn', name: 'The Human Safety Net', period: 'none' },
};
const lookups: Lookups = {
  organization: (id) => ({ id, name: `Организация ${id}` }),
  programme: (id) => programmes[id]!,
};
const view = (extra: Record<string, unknown>) =>
  buildProjectView('p', projectSchema.parse({ title: 'Проект', summary: 'Кратко.', lead: 'org', ...extra }), lookups, '2026-11-23');

describe('what a project page derives', () => {
  it('owes the EU block, with the fund, for a 2014-2020 programme', () => {
    const project = view({ funding: [{ programme: 'op', contractNumber: 'BG05M9OP001-2.004-0049' }] });
    expect(project.euFunding).toBe('eu');
    expect(project.euBlocks).toEqual([expect.objectContaining({ caption: ['eu', 'ESF'], contractNumbers: ['BG05M9OP001-2.004-0049'] })]);
  });

  it('uses the 2021-2027 wording for the newer programme', () => {
    expect(view({ funding: [{ programme: 'plus' }] }).euBlocks[0]?.caption).toEqual(['coFunded']);
  });

  it('owes no EU block for private money', () => {
    const project = view({ funding: [{ programme: 'thsn' }] });
    expect(project.euFunding).toBe('not-eu');
    expect(project.euBlocks).toEqual([]);
  });

  it('keeps unstated funding apart from „no EU funding“', () => {
    const project = view({});
    expect(project.euFunding).toBe('unknown');
    expect(project.funding).toBeUndefined();
    expect(project.euBlocks).toEqual([]);
  });

  it('owes the EU block when one of several sources is EU money', () => {
    expect(view({ funding: [{ programme: 'thsn' }, { programme: 'op' }] }).euFunding).toBe('eu');
  });

  it('keeps the total cost and the grant apart, both in euro first', () => {
    const project = view({
      totalCost: { amount: 867896.82, currency: 'BGN' },
      funding: [{ programme: 'op', grant: { amount: 199994.17, currency: 'BGN' } }],
    });
    expect(project.totalCost).toEqual({ eurCents: 44374860, original: { cents: 86789682, currency: 'BGN' } });
    expect(project.funding?.[0]?.grant?.original).toEqual({ cents: 19999417, currency: 'BGN' });
  });

  it('derives the status at the build date', () => {
    expect(view({ period: { start: '2019-09-15', end: '2020-12-31' } }).status).toBe('completed');
    expect(view({ period: { start: '2026-01-01', end: '2027-12-31' } }).status).toBe('ongoing');
  });

  it('speaks of a finished project in the past in the sentences it generates', () => {
    const statement = 'Проектът се осъществява с финансовата подкрепа на ОП „Развитие на човешките ресурси“ 2014-2020.';
    const credit = 'Проектът се изпълнява с подкрепата на The Human Safety Net.';
    programmes.op = { ...programmes.op!, fundingStatement: statement };
    programmes.thsn = { ...programmes.thsn!, fundingStatement: credit };
    const funding = [{ programme: 'op' }, { programme: 'thsn' }];
    const ended = view({ funding, period: { start: '2019-09-15', end: '2020-12-31' } });
    expect(ended.euBlocks[0]?.statement).toBe('Проектът беше осъществен с финансовата подкрепа на ОП „Развитие на човешките ресурси“ 2014-2020.');
    expect(ended.funderCredits).toEqual([{ funder: 'The Human Safety Net', statement: 'Проектът беше изпълнен с подкрепата на The Human Safety Net.' }]);
    const running = view({ funding, period: { start: '2026-01-01', end: '2027-12-31' } });
    expect(running.euBlocks[0]?.statement).toBe(statement);
    expect(running.funderCredits).toEqual([{ funder: 'The Human Safety Net', statement: credit }]);
  });
});

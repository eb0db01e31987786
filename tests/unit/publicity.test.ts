import { describe, expect, it } from 'vitest';
import { checkPublicity, obligationsOf, publicityFacts, worstOutcome, type ProgrammeTexts } from '../../src/lib/publicity';
import { emblemBorder } from '../../src/lib/eu-emblem';

const programmes: Record<string, ProgrammeTexts> = {
  op: { period: '2014-2020', fund: 'ESF', fundingStatement: 'Проектът се осъществява с финансовата подкрепа на …', disclaimer: 'Отговорност носи {beneficiary}.', cofinancingRate: '85 %' },
  plus: { period: '2021-2027', fund: 'ESF+', fundingStatement: 'Финансиран от …' },
  thsn: { period: 'none' },
};
const project = {
  goal: 'Цел',
  specificGoals: [],
  reach: [],
  results: { achieved: [], expected: ['Очакван резултат'] },
  funding: [{ programme: 'op', contractNumber: 'BG05M9OP001-2.004-0049' }],
};
const check = (p: typeof project | Record<string, unknown>, body = 'Описание.') =>
  checkPublicity(publicityFacts({ ...project, ...p }, body, (id) => programmes[id]!));
const outcome = (results: ReturnType<typeof check>, id: string) => results.find((r) => r.id === id)?.outcome;

describe('publicity obligations by programme period', () => {
  it('cites 821/2014 for the emblem in 2014-2020 and 2021/1060 in 2021-2027', () => {
    expect(obligationsOf(['2014-2020']).find((r) => r.id === 'emblem')?.cites).toBe('821/2014 чл. 4, ал. 3, б. „а“');
    expect(obligationsOf(['2021-2027']).find((r) => r.id === 'emblem')?.cites).toBe('2021/1060 чл. 47 и Прил. IX');
  });

  it('asks for the fund only under 2014-2020', () => {
    expect(obligationsOf(['2014-2020']).map((r) => r.id)).toContain('fund');
    expect(obligationsOf(['2021-2027']).map((r) => r.id)).not.toContain('fund');
  });

  it('owes the union of both periods when a project has both, each rule once with both citations', () => {
    const rules = obligationsOf(['2014-2020', '2021-2027']);
    expect(rules.filter((r) => r.id === 'emblem')).toHaveLength(1);
    expect(rules.find((r) => r.id === 'emblem')?.cites).toBe('821/2014 чл. 4, ал. 3, б. „а“; 2021/1060 чл. 47 и Прил. IX');
    expect(rules.map((r) => r.id)).toContain('fund');
  });

  it('owes nothing without EU money', () => {
    expect(obligationsOf(['none'])).toEqual([]);
    expect(obligationsOf([])).toEqual([]);
    expect(check({ funding: [{ programme: 'thsn' }] })).toEqual([]);
  });
});

describe('checking a project against its obligations', () => {
  it('passes a complete 2014-2020 project', () => {
    expect(worstOutcome(check({}))).toBe('pass');
  });

  it('fails without a description or without aims', () => {
    expect(outcome(check({}, '  \n'), 'description')).toBe('fail');
    expect(outcome(check({ goal: undefined }), 'aims')).toBe('fail');
    expect(outcome(check({ goal: undefined, specificGoals: ['Специфична цел'] }), 'aims')).toBe('pass');
  });

  it('fails when the programme has no funding statement', () => {
    expect(outcome(check({ funding: [{ programme: 'plus' }, { programme: 'op' }] }), 'statement')).toBe('pass');
    programmes.bare = { period: '2014-2020', fund: 'ESF' };
    expect(outcome(check({ funding: [{ programme: 'bare' }] }), 'statement')).toBe('fail');
  });

  it('only warns for missing results, contract number, co-financing rate or disclaimer', () => {
    const results = check({ results: { achieved: [], expected: [] }, funding: [{ programme: 'plus' }] });
    expect(outcome(results, 'results')).toBe('warn');
    expect(outcome(results, 'contract')).toBe('warn');
    expect(outcome(results, 'cofinancing')).toBe('warn');
    expect(outcome(results, 'disclaimer')).toBe('warn');
    expect(worstOutcome(results)).toBe('warn');
  });

  it('counts reach figures as results', () => {
    expect(outcome(check({ results: { achieved: [], expected: [] }, reach: [{ year: 2018 }] }), 'results')).toBe('pass');
  });
});

describe('the emblem on a coloured background', () => {
  it('gets a white border of 1/25 of its height', () => {
    expect(emblemBorder(200)).toBe(8);
  });
});

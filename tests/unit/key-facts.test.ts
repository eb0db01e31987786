import { describe, expect, it } from 'vitest';
import { cardFacts, keyFacts, newestFirst, PROJECT_SECTIONS, type KeyFact } from '../../src/lib/key-facts';
import { buildProjectView, fillStatement, type Lookups, type ProgrammeSummary } from '../../src/lib/project-view';
import { projectSchema } from '../../src/schemas/project';

const programmes: Record<string, ProgrammeSummary> = {
  op: {
    id: 'op',
    name: 'ОП „Развитие на човешките ресурси“ 2014-2020',
    period: '2014-2020',
    fund: 'ESF',
    fundingStatement: 'Проект „{project}“ се осъществява с финансовата подкрепа на ОП „Развитие на човешките ресурси“ 2014-2020.',
  },
  thsn: { id: 'thsn', name: 'The Human Safety Net', period: 'none', fundingStatement: 'Проект „{project}“ се изпълнява с подкрепата на The Human Safety Net.' },
};
const lookups: Lookups = {
  organization: (id) => ({ id, name: `Организация ${id}` }),
  programme: (id) => programmes[id]!,
};
const view = (extra: Record<string, unknown>, id = 'p') =>
  buildProjectView(id, projectSchema.parse({ title: 'Шанс за нашите деца', summary: 'Кратко.', lead: 'org', ...extra }), lookups, '2026-11-23');
const fact = (facts: KeyFact[], key: KeyFact['key']) => facts.find((f) => f.key === key);

describe('the key facts of a project with further sources', () => {
  const register = { kind: 'register', name: 'ИСУН 2020', date: '2026-06-22', dateKind: 'read' };
  const source = { publisher: 'Община Хасково', title: 'Шанс', date: '2022-08-11', dateKind: 'changed' };

  it('show the register’s total first, with the page’s beside it, in the key facts and on the card', () => {
    const project = view({
      source,
      totalCost: { amount: 867896.82, currency: 'BGN' },
      funding: [{ programme: 'op', contractNumber: 'BG05M9OP001-2.004-0049' }],
      otherSources: [{ ...register, totalCost: { amount: 775181.72, currency: 'EUR' }, contractNumber: 'BG05M9OP001-2.004-0049', programme: 'op' }],
    });
    const total = fact(keyFacts(project), 'totalCost');
    expect(total?.value).toEqual({ kind: 'money', amounts: [{ eurCents: 77518172 }] });
    expect(total?.sources?.map((s) => [s.fact, s.choice.disagree, s.choice.others.map((o) => o.source.kind)])).toEqual([['totalCost', true, ['main']]]);
    expect(cardFacts(project).mainAmount).toEqual({ kind: 'totalCost', money: { eurCents: 77518172 } });
    // Sources that only repeat the page's contract and programme are not said again.
    expect(fact(keyFacts(project), 'contract')?.sources).toBeUndefined();
    expect(fact(keyFacts(project), 'programme')?.sources).toBeUndefined();
  });

  it('show a contract only the register gives, instead of „не е посочено“, with its source', () => {
    const facts = keyFacts(view({ source, otherSources: [{ ...register, contractNumber: 'BG05M9OP001-2.004-0049', programme: 'op' }] }));
    expect(fact(facts, 'contract')?.value).toEqual({ kind: 'codes', codes: ['BG05M9OP001-2.004-0049'] });
    expect(fact(facts, 'programme')?.value).toEqual({ kind: 'named', names: ['ОП „Развитие на човешките ресурси“ 2014-2020'] });
    expect(fact(facts, 'contract')?.sources?.[0]?.choice.shown.source.kind).toBe('register');
  });
});

describe('the key facts of a project', () => {
  it('lists who, where, when, status, money, programme and contract, each with its section', () => {
    const facts = keyFacts(
      view({
        partners: [{ organization: 'partner', role: 'партньор' }],
        places: [{ municipality: 'Хасково' }],
        period: { months: 26, extensions: [{ months: 42 }] },
        totalCost: { amount: 867896.82, currency: 'BGN' },
        funding: [{ programme: 'op', contractNumber: 'BG05M9OP001-2.004-0049' }],
      }),
    );
    expect(facts.map((f) => f.key)).toEqual(['lead', 'partners', 'places', 'period', 'status', 'totalCost', 'grant', 'euShare', 'programme', 'contract']);
    expect(fact(facts, 'places')).toEqual({
      key: 'places',
      section: PROJECT_SECTIONS.places,
      value: { kind: 'places', places: { municipalities: ['Хасково'], provinces: ['Хасково'] } },
    });
    expect(fact(facts, 'totalCost')?.value).toEqual({ kind: 'money', amounts: [{ eurCents: 44374860, original: { cents: 86789682, currency: 'BGN' } }] });
    expect(fact(facts, 'contract')).toEqual({ key: 'contract', section: 'finansirane', value: { kind: 'codes', codes: ['BG05M9OP001-2.004-0049'] } });
    expect(fact(facts, 'period')?.value).toEqual({ kind: 'period', dates: undefined, duration: { kind: 'months', months: 26, extendedTo: [42] } });
    expect(fact(facts, 'lead')?.section).toBe('organizatsii');
    // A 2014-2020 project whose own dates do not tell: ended by the end of eligibility.
    expect(fact(facts, 'status')).toEqual({
      key: 'status',
      section: 'period',
      value: { kind: 'status', status: 'completed', reason: { kind: 'programme-period-ended', period: '2014-2020', latestEnd: '2023-12-31' } },
    });
  });

  it('says the EU money is not stated rather than computing it from the grant or the total', () => {
    const facts = keyFacts(view({ totalCost: { amount: 1000, currency: 'EUR' }, funding: [{ programme: 'op', grant: { amount: 850, currency: 'EUR' } }] }));
    expect(fact(facts, 'euShare')?.value).toEqual({ kind: 'notStated' });
    expect(fact(facts, 'grant')?.value).toEqual({ kind: 'money', amounts: [{ eurCents: 85000 }] });
  });

  it('shows the EU share where the content states it', () => {
    const facts = keyFacts(view({ funding: [{ programme: 'op', euShare: { amount: 195583, currency: 'BGN' } }] }));
    expect(fact(facts, 'euShare')?.value).toEqual({ kind: 'money', amounts: [{ eurCents: 10000000, original: { cents: 19558300, currency: 'BGN' } }] });
  });

  it('keeps unstated funding apart from money that is not from the EU', () => {
    const unknown = keyFacts(view({}));
    expect(fact(unknown, 'euShare')?.value).toEqual({ kind: 'notStated' });
    expect(fact(unknown, 'programme')?.value).toEqual({ kind: 'notStated' });
    // No source, so no grant and no contract to speak of.
    expect(fact(unknown, 'grant')).toBeUndefined();
    expect(fact(unknown, 'contract')).toBeUndefined();

    const privateMoney = keyFacts(view({ funding: [{ programme: 'thsn' }] }));
    expect(fact(privateMoney, 'euShare')?.value).toEqual({ kind: 'notEu' });
    expect(fact(privateMoney, 'programme')?.value).toEqual({ kind: 'programmes', programmes: [{ id: 'thsn', name: 'The Human Safety Net', eu: false }] });
    expect(fact(privateMoney, 'contract')).toBeUndefined();
  });

  it('asks for the contract number of EU money even when it is not stated', () => {
    expect(fact(keyFacts(view({ funding: [{ programme: 'op' }] })), 'contract')?.value).toEqual({ kind: 'notStated' });
  });

  it('gives the latest reach figure with its date, and none when the content gives none', () => {
    const facts = keyFacts(
      view({
        reach: [
          { year: 2017, total: 300, unit: 'деца' },
          { year: 2018, total: 443, unit: 'деца и техните семейства' },
        ],
      }),
    );
    expect(fact(facts, 'reach')).toEqual({
      key: 'reach',
      section: 'rezultati',
      value: { kind: 'reach', reach: { total: 443, unit: 'деца и техните семейства', year: 2018, date: undefined } },
    });
    expect(fact(keyFacts(view({})), 'reach')).toBeUndefined();
  });

  it('says where places and period are not stated', () => {
    const facts = keyFacts(view({}));
    expect(fact(facts, 'places')?.value).toEqual({ kind: 'notStated' });
    expect(fact(facts, 'period')?.value).toEqual({ kind: 'notStated' });
    expect(fact(facts, 'totalCost')?.value).toEqual({ kind: 'notStated' });
  });
});

describe('the facts on a card', () => {
  it('takes the total cost as the main amount, else the only stated grant, else nothing', () => {
    expect(
      cardFacts(view({ totalCost: { amount: 10, currency: 'EUR' }, funding: [{ programme: 'op', grant: { amount: 5, currency: 'EUR' } }] })).mainAmount,
    ).toEqual({
      kind: 'totalCost',
      money: { eurCents: 1000 },
    });
    expect(cardFacts(view({ funding: [{ programme: 'op', grant: { amount: 5, currency: 'EUR' } }] })).mainAmount).toEqual({
      kind: 'grant',
      money: { eurCents: 500 },
    });
    // Two grants are not added up into a figure no source gives.
    expect(
      cardFacts(
        view({
          funding: [
            { programme: 'op', grant: { amount: 5, currency: 'EUR' } },
            { programme: 'thsn', grant: { amount: 7, currency: 'EUR' } },
          ],
        }),
      ).mainAmount,
    ).toBeUndefined();
    expect(cardFacts(view({})).mainAmount).toBeUndefined();
  });

  it('carries the place, the period and the status, unknown included', () => {
    const card = cardFacts(view({ places: [{ municipality: 'Казанлък' }], period: { start: '2019-09-15', end: '2020-12-31' } }));
    expect(card).toMatchObject({
      places: { municipalities: ['Казанлък'], provinces: ['Стара Загора'] },
      dates: { start: '2019-09-15', end: '2020-12-31' },
      status: 'completed',
    });
    expect(cardFacts(view({})).status).toBe('unknown');
  });
});

describe('the newest projects', () => {
  it('come first by the latest date their content gives; projects with no date last', () => {
    const projects = [
      view({ title: 'Без дата' }, 'none'),
      view({ title: 'Стар', source: { title: 'Т', date: '2016-12-20', dateKind: 'published' } }, 'old'),
      view({ title: 'Започнал', period: { start: '2019-09-15' } }, 'started'),
      view({ title: 'Нов', source: { title: 'Т', date: '2023-10-09', dateKind: 'published' }, period: { start: '2015-01-01' } }, 'new'),
      view({ title: 'Договор', funding: [{ programme: 'op', contractDate: '2020-02-29' }] }, 'contract'),
    ];
    expect(newestFirst(projects).map((p) => p.id)).toEqual(['new', 'contract', 'started', 'old', 'none']);
  });
});

describe('the EU funding statement', () => {
  it('names the project where the programme writes {project}', () => {
    const project = view({ funding: [{ programme: 'op' }] });
    // Ended (2014-2020, past the end of eligibility), so in the past tense.
    expect(project.euBlocks[0]?.statement).toBe(
      'Проект „Шанс за нашите деца“ беше осъществен с финансовата подкрепа на ОП „Развитие на човешките ресурси“ 2014-2020.',
    );
    expect(view({ funding: [{ programme: 'thsn' }] }).funderCredits).toEqual([
      { funder: 'The Human Safety Net', statement: 'Проект „Шанс за нашите деца“ се изпълнява с подкрепата на The Human Safety Net.' },
    ]);
  });

  it('leaves a statement without {project} as the programme wrote it', () => {
    expect(fillStatement('Финансиран от програмата.', 'X')).toBe('Финансиран от програмата.');
  });
});

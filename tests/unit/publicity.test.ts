import { describe, expect, it } from 'vitest';
import {
  checkPublicity,
  obligationsOf,
  projectPublicity,
  publicityFacts,
  RULE_IDS,
  rulesFor,
  worstOutcome,
  type ProgrammeTexts,
} from '../../src/lib/publicity';
import { emblemBorder } from '../../src/lib/eu-emblem';

const programmes: Record<string, ProgrammeTexts> = {
  op: {
    period: '2014-2020',
    shortName: 'ОП РЧР 2014-2020',
    fund: 'ESF',
    fundingStatement: 'Проектът се осъществява с финансовата подкрепа на …',
    disclaimer: 'Отговорност носи {beneficiary}.',
  },
  plus: { period: '2021-2027', fund: 'ESF+', fundingStatement: 'Финансиран от …' },
  thsn: { period: 'none' },
  bare: { period: '2014-2020', name: 'Гола програма', fund: 'ESF' },
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
  it('cites the acts the way Bulgarian texts do: article, paragraph, letter, the act in full', () => {
    expect(obligationsOf(['2014-2020']).find((r) => r.id === 'emblem')?.cites).toBe(
      'член 4, параграф 3, буква а) от Регламент за изпълнение (ЕС) №\u00a0821/2014; точка 2.2, подточка 1, буква а) от приложение XII към Регламент (ЕС) №\u00a01303/2013',
    );
    expect(obligationsOf(['2014-2020']).find((r) => r.id === 'aims')?.cites).toBe(
      'точка 2.2, подточка 2, буква а) от приложение XII към Регламент (ЕС) №\u00a01303/2013',
    );
    expect(obligationsOf(['2021-2027']).find((r) => r.id === 'emblem')?.cites).toBe('член 47 от Регламент (ЕС) 2021/1060 и приложение IX към него');
    expect(obligationsOf(['2021-2027']).find((r) => r.id === 'aims')?.cites).toBe('член 50, параграф 1, буква а) от Регламент (ЕС) 2021/1060');
  });

  it('cites no point of Annex XII 2.2(3) and labels what is national practice as such', () => {
    const all = [...rulesFor('2014-2020'), ...rulesFor('2021-2027')];
    for (const rule of all) expect(rule.cites, rule.id).not.toMatch(/подточка 3|2\.2\(3\)|ал\. 3/);
    const national = all.filter((r) => /ИСУН|наръчник/i.test(r.cites));
    expect(national.map((r) => r.id).sort()).toEqual(['contract', 'contract', 'disclaimer']);
    for (const rule of national) expect(rule.basis, rule.id).toBe('national-practice');
    for (const rule of all.filter((r) => r.basis === 'eu-law')) expect(rule.cites, rule.id).toMatch(/Регламент/);
  });

  it('says what is checked and how, in words, with no field names', () => {
    const fieldNames = /\b(disclaimer|contractNumber|cofinancingRate|fundingStatement|goal|specificGoals|reach|funding|fund|results\.\w+)\b/;
    const results = check({ goal: undefined, results: { achieved: [], expected: [] }, funding: [{ programme: 'bare' }] }, '');
    for (const r of [...rulesFor('2014-2020'), ...rulesFor('2021-2027'), ...results]) {
      expect(r.how.length, r.id).toBeGreaterThan(20);
      expect(`${r.title} ${r.how} ${'detail' in r ? r.detail : ''}`, r.id).not.toMatch(fieldNames);
    }
  });

  it('never marks the emblem rule passed: only the browser measures it', () => {
    const emblem = check({}).find((r) => r.id === 'emblem');
    expect(emblem?.outcome).toBe('browser');
    expect(emblem?.detail).toContain('tests/browser/eu-block.test.ts');
    expect(emblem?.how).toContain('360×740');
  });

  it('asks for the fund only under 2014-2020', () => {
    expect(obligationsOf(['2014-2020']).map((r) => r.id)).toContain('fund');
    expect(obligationsOf(['2021-2027']).map((r) => r.id)).not.toContain('fund');
  });

  it('owes the union of both periods when a project has both, each rule once with both citations', () => {
    const rules = obligationsOf(['2014-2020', '2021-2027']);
    expect(rules.filter((r) => r.id === 'emblem')).toHaveLength(1);
    expect(rules.find((r) => r.id === 'emblem')?.cites).toMatch(/№\s821\/2014; .*; член 47 от Регламент \(ЕС\) 2021\/1060/);
    expect(rules.find((r) => r.id === 'disclaimer')?.basis).toBe('eu-law');
    expect(rules.map((r) => r.id)).toContain('fund');
  });

  it('owes nothing without EU money', () => {
    expect(obligationsOf(['none'])).toEqual([]);
    expect(obligationsOf([])).toEqual([]);
    expect(check({ funding: [{ programme: 'thsn' }] })).toEqual([]);
  });
});

describe('checking a project against its obligations', () => {
  it('passes a complete 2014-2020 project (the emblem left to the browser)', () => {
    expect(worstOutcome(check({}))).toBe('pass');
  });

  it('fails without a description or without aims', () => {
    expect(outcome(check({}, '  \n'), 'description')).toBe('fail');
    expect(outcome(check({ goal: undefined }), 'aims')).toBe('fail');
    expect(outcome(check({ goal: undefined, specificGoals: ['Специфична цел'] }), 'aims')).toBe('pass');
  });

  it('fails when the programme has no funding statement', () => {
    expect(outcome(check({ funding: [{ programme: 'plus' }, { programme: 'op' }] }), 'statement')).toBe('pass');
    expect(outcome(check({ funding: [{ programme: 'bare' }] }), 'statement')).toBe('fail');
    expect(check({ funding: [{ programme: 'bare' }] }).find((r) => r.id === 'statement')?.detail).toBe(
      'във файла на програмата „Гола програма“ няма изречение за финансирането',
    );
  });

  it('only warns for missing results, contract number or disclaimer', () => {
    const results = check({ results: { achieved: [], expected: [] }, funding: [{ programme: 'plus' }] });
    expect(outcome(results, 'results')).toBe('warn');
    expect(outcome(results, 'contract')).toBe('warn');
    expect(outcome(results, 'disclaimer')).toBe('warn');
    expect(worstOutcome(results)).toBe('warn');
  });

  it('counts reach figures as results', () => {
    expect(outcome(check({ results: { achieved: [], expected: [] }, reach: [{ year: 2018 }] }), 'results')).toBe('pass');
  });
});

describe("one project's publicity, as the report page and the command line both get it", () => {
  const of = (p: Record<string, unknown>, body = 'Описание.') => projectPublicity({ ...project, ...p }, body, (id) => programmes[id]!);

  it('answers every rule of both periods with a decided outcome and a reason', () => {
    const results = of(
      {
        funding: [{ programme: 'op' }, { programme: 'plus' }],
        otherSources: [{ kind: 'register', programme: 'plus', contractNumber: 'BG05SFPR002-2.003-0107' }],
      },
      '',
    ).results;
    expect(results.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    for (const r of results) {
      expect(['pass', 'warn', 'fail', 'browser'], r.id).toContain(r.outcome);
      expect(r.detail.length, r.id).toBeGreaterThan(5);
    }
  });

  it('warns when the register names an EU contract the page does not state, and passes when they agree', () => {
    const register = [{ kind: 'register', programme: 'plus', contractNumber: 'BG05SFPR002-2.003-0107' }];
    const unstated = of({ funding: undefined, otherSources: register });
    expect(unstated.kind).toBe('unknown');
    expect(unstated.outcome).toBe('warn');
    expect(unstated.results).toEqual([
      expect.objectContaining({
        id: 'register',
        outcome: 'warn',
        detail: 'страницата на организацията не посочва финансиране от ЕС; регистърът посочва договор BG05SFPR002-2.003-0107',
      }),
    ]);
    const same = of({ funding: [{ programme: 'plus', contractNumber: 'BG05SFPR002-2.003-0107' }], otherSources: register });
    expect(same.results.find((r) => r.id === 'register')?.outcome).toBe('pass');
    // A news item's contract, or a register row of non-EU money, brings no rule.
    expect(of({ funding: undefined, otherSources: [{ kind: 'news', programme: 'plus', contractNumber: 'X' }] }).results).toEqual([]);
  });

  it('warns when the funding is not stated, and owes nothing without EU money', () => {
    expect(of({ funding: undefined })).toEqual({ kind: 'unknown', results: [], outcome: 'warn' });
    expect(of({ funding: [{ programme: 'thsn' }] })).toEqual({ kind: 'not-eu', results: [], outcome: 'pass' });
  });

  it('takes the worst outcome of an EU project, with the same results as the rule-by-rule check', () => {
    const bare = of({ funding: [{ programme: 'bare' }] });
    expect(bare.kind).toBe('eu');
    expect(bare.outcome).toBe('fail');
    expect(bare.results).toEqual(check({ funding: [{ programme: 'bare' }] }));
    expect(of({}).outcome).toBe('pass');
  });
});

describe('the emblem on a coloured background', () => {
  it('gets a white border of 1/25 of its height', () => {
    expect(emblemBorder(200)).toBe(8);
  });
});

describe('2021-2027 obligations beyond the page: social media (Art. 50(1)(a) of 2021/1060)', () => {
  const accounts = [
    { network: 'Facebook', url: 'https://www.facebook.com/primer' },
    { network: 'Instagram', url: 'https://www.instagram.com/primer' },
  ];
  const social = (p: Record<string, unknown>) => check(p).find((r) => r.id === 'social-media');

  it('reminds a 2021-2027 project with accounts to put the description there too, naming each network', () => {
    const rule = social({ funding: [{ programme: 'plus' }], socialMedia: accounts });
    expect(rule?.outcome).toBe('warn');
    expect(rule?.detail).toContain('Facebook, Instagram');
    expect(rule?.cites).toBe('член 50, параграф 1, буква а) от Регламент (ЕС) 2021/1060');
    expect(rule?.basis).toBe('eu-law');
  });

  it('passes a 2021-2027 project whose content names no accounts, saying so', () => {
    const rule = social({ funding: [{ programme: 'plus' }] });
    expect(rule?.outcome).toBe('pass');
    expect(rule?.detail).toMatch(/не са посочени профили/);
  });

  it('does not apply to a 2014-2020 project, accounts or not, nor to one without EU money', () => {
    expect(social({ socialMedia: accounts })).toBeUndefined();
    expect(rulesFor('2014-2020').map((r) => r.id)).not.toContain('social-media');
    expect(projectPublicity({ ...project, funding: [{ programme: 'thsn' }], socialMedia: accounts }, 'Описание.', (id) => programmes[id]!).results).toEqual([]);
  });

  it('turns no unconfirmed plaque or billboard threshold into a rule', () => {
    const all = [...rulesFor('2014-2020'), ...rulesFor('2021-2027')];
    for (const rule of all) expect(`${rule.cites} ${rule.title}`, rule.id).not.toMatch(/буква в\)|табел|билборд/i);
  });
});

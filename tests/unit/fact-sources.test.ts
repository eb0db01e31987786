import { describe, expect, it } from 'vitest';
import { chooseFact, factSourceSentence, factSources, type SourceRef } from '../../src/lib/fact-sources';
import { bg } from '../../src/i18n/bg';
import { en } from '../../src/i18n/en';
import type { OtherSourceData } from '../../src/schemas/other-source';

const NBSP = '\u00a0';
const register = (over: Partial<OtherSourceData> = {}): OtherSourceData => ({
  kind: 'register',
  name: 'ИСУН 2020',
  date: '2026-06-22',
  dateKind: 'read',
  ...over,
});
const main = {
  source: { publisher: 'Община Хасково', title: 'Шанс', date: '2022-08-11', dateKind: 'changed' as const },
  totalCost: { amount: 867896.82, currency: 'BGN' as const },
};

describe('the value shown first', () => {
  it('is the register’s, even when an organization page is more recent', () => {
    const ref = (kind: SourceRef['kind'], date?: string): SourceRef => ({ kind, date });
    const choice = chooseFact([
      { value: 'org', source: ref('organization', '2027-01-01') },
      { value: 'reg', source: ref('register', '2026-06-22') },
    ]);
    expect(choice?.shown.value).toBe('reg');
    expect(choice?.others.map((o) => o.value)).toEqual(['org']);
  });

  it('among sources of the same kind is the most recent; undated ones come last', () => {
    const choice = chooseFact([
      { value: 'undated', source: { kind: 'news' } },
      { value: 'old', source: { kind: 'news', date: '2019-01-01' } },
      { value: 'new', source: { kind: 'organization', date: '2022-01-01' } },
    ]);
    expect([choice!.shown, ...choice!.others].map((o) => o.value)).toEqual(['new', 'old', 'undated']);
  });

  it('keeps the main page first among equals and says whether any value differs', () => {
    const same = chooseFact([
      { value: 'A', source: { kind: 'main', date: '2020-01-01' } },
      { value: 'A', source: { kind: 'organization', date: '2020-01-01' } },
    ]);
    expect(same?.shown.source.kind).toBe('main');
    expect(same?.disagree).toBe(false);
    expect(chooseFact([])).toBeUndefined();
  });
});

describe('factSources', () => {
  it('sets the register’s total beside the page’s and marks the disagreement', () => {
    const facts = factSources(main, [register({ totalCost: { amount: 775181.72, currency: 'EUR' }, status: 'Приключен' })]);
    expect(facts.totalCost?.shown.value).toEqual({ eurCents: 77518172 });
    expect(facts.totalCost?.others[0]).toMatchObject({ value: { eurCents: 44374860 }, source: { kind: 'main', name: 'Община Хасково', date: '2022-08-11' } });
    expect(facts.totalCost?.disagree).toBe(true);
    expect(facts.status?.shown.value).toBe('Приключен');
    expect(facts.status?.others).toEqual([]);
    // No further source speaks of the programme: nothing to compare.
    expect(facts.programme).toBeUndefined();
  });

  it('compares amounts in euro, so the same sum in leva and in euro agrees', () => {
    const facts = factSources(main, [register({ totalCost: { amount: 443748.6, currency: 'EUR' } })]);
    expect(facts.totalCost?.disagree).toBe(false);
  });
});

describe('the sentence', () => {
  const facts = factSources(main, [register({ totalCost: { amount: 775181.72, currency: 'EUR' } })]);
  it('names each source, its value and its date, in Bulgarian', () => {
    expect(factSourceSentence('totalCost', facts.totalCost!, bg.keyFacts.factSources)).toBe(
      `Източниците се различават: регистърът ИСУН 2020 посочва обща стойност 775${NBSP}181,72${NBSP}€ (данни към 22.06.2026${NBSP}г.); страницата на Община Хасково – 443${NBSP}748,60${NBSP}€ (867${NBSP}896,82${NBSP}лв.), последна промяна 11.08.2022${NBSP}г.`
        .replaceAll(`22.06.2026${NBSP}г.`, bg.date('2026-06-22'))
        .replaceAll(`11.08.2022${NBSP}г.`, bg.date('2022-08-11')),
    );
  });
  it('and in English', () => {
    const sentence = factSourceSentence('totalCost', facts.totalCost!, en.keyFacts.factSources);
    expect(sentence).toMatch(
      /^The sources differ: the register ИСУН 2020 gives a total cost of €775,181\.72 \(data as of .*2026\); the page of Община Хасково – €443,748\.60 \(BGN.867,896\.82\), last changed .*2022\.$/,
    );
  });
  it('says „the same“ when a further source agrees', () => {
    const agree = factSources({ contractDate: '2019-06-26' }, [
      { kind: 'news', name: 'Фондация X', date: '2019-06-26', dateKind: 'published', contractDate: '2019-06-26' },
    ]);
    expect(factSourceSentence('contractDate', agree.contractDate!, bg.keyFacts.factSources)).toBe(
      `Новина на Фондация X посочва дата на договора ${bg.date('2019-06-26')} (публикувана на ${bg.date('2019-06-26')}); страницата-източник – същото.`,
    );
  });
});

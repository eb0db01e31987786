import { describe, expect, it } from 'vitest';
import { strings } from '../../src/i18n';
import { datesOf, durationOf, effectiveEnd, projectStatus, type ProjectPeriod } from '../../src/lib/period';

const describeDuration = (period: ProjectPeriod, lang: 'bg' | 'en' = 'bg') => {
  const d = durationOf(period);
  return d && strings(lang).period.duration(d);
};
const describeDates = (period: ProjectPeriod, lang: 'bg' | 'en' = 'bg') => {
  const d = datesOf(period);
  return d && strings(lang).period.dates(d);
};

const seed001 = { start: '2019-09-15', end: '2020-12-31' };

describe('project period and status', () => {
  it('derives the status from the dates at a given day', () => {
    expect(projectStatus(seed001, '2019-09-14')).toBe('planned');
    expect(projectStatus(seed001, '2019-09-15')).toBe('ongoing');
    expect(projectStatus(seed001, '2020-12-31')).toBe('ongoing');
    expect(projectStatus(seed001, '2021-01-01')).toBe('completed');
  });

  it('says the status is unknown when the dates do not decide it', () => {
    expect(projectStatus(undefined, '2026-11-23')).toBe('unknown');
    expect(projectStatus({ months: 26, extensions: [{ months: 42 }] }, '2026-11-23')).toBe('unknown');
    expect(projectStatus({ start: '2020-01-01' }, '2026-11-23')).toBe('unknown');
    expect(projectStatus({ end: '2030-01-01' }, '2026-11-23')).toBe('unknown');
  });

  it('knows a project has ended when only its end is known and past', () => {
    expect(projectStatus({ end: '2020-12-31' }, '2026-11-23')).toBe('completed');
  });

  it('follows extensions to the effective end', () => {
    const period = { start: '2017-01-01', months: 26, extensions: [{ months: 42 }] };
    expect(effectiveEnd(period)).toBe('2020-06-30');
    expect(projectStatus(period, '2019-03-01')).toBe('ongoing'); // after the first 26 months, inside the 42
    expect(projectStatus(period, '2020-07-01')).toBe('completed');
    expect(effectiveEnd({ start: '2020-01-01', end: '2020-12-31', extensions: [{ end: '2021-06-30' }] })).toBe('2021-06-30');
  });

  it('describes a duration with its extension', () => {
    expect(describeDuration({ months: 26, extensions: [{ months: 42 }] })).toBe('26 месеца, с удължаване до 42 месеца');
    expect(describeDuration({ months: 12, extensions: [{ months: 18 }, { months: 24 }] })).toBe('12 месеца, с удължаване до 18 месеца, после до 24 месеца');
    expect(describeDuration({ months: 1 })).toBe('1 месец');
  });

  it('derives the length from the dates when no duration is stated', () => {
    expect(describeDuration(seed001)).toBe('15 месеца и 17 дни');
    expect(describeDuration({ start: '2019-09-15' })).toBeUndefined();
  });

  it('writes the dates, naming a missing end', () => {
    expect(describeDates(seed001)).toBe('15.09.2019\u00a0г.\u00a0– 31.12.2020\u00a0г.');
    expect(describeDates({ start: '2019-09-15' })).toBe('от 15.09.2019\u00a0г. (край: не е посочено)');
    expect(describeDates({ end: '2020-12-31' })).toBe('до 31.12.2020\u00a0г. (начало: не е посочено)');
    expect(describeDates({ months: 26 })).toBeUndefined();
  });

  it('gives the period as numbers and dates, which each language words', () => {
    expect(durationOf({ months: 26, extensions: [{ months: 42 }] })).toEqual({ kind: 'months', months: 26, extendedTo: [42] });
    expect(durationOf(seed001)).toEqual({ kind: 'span', months: 15, days: 17 });
    expect(datesOf({ start: '2019-09-15', extensions: [{ end: '2021-06-30' }] })).toEqual({ start: '2019-09-15', end: '2021-06-30' });
  });

  it('writes the period in English', () => {
    expect(describeDuration({ months: 26, extensions: [{ months: 42 }] }, 'en')).toBe('26 months, extended to 42 months');
    expect(describeDuration({ months: 1 }, 'en')).toBe('1 month');
    expect(describeDuration(seed001, 'en')).toBe('15 months and 17 days');
    expect(describeDates(seed001, 'en')).toBe('15\u00a0September 2019\u00a0– 31\u00a0December 2020');
    expect(describeDates({ start: '2019-09-15' }, 'en')).toBe('from 15\u00a0September 2019 (end: not stated)');
  });
});

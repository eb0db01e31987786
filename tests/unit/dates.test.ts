import { describe, expect, it } from 'vitest';
import { addMonths, formatDate, formatDateBg, formatYear, formatYearBg, isValidIsoDate, spanInMonthsAndDays } from '../../src/lib/dates';

describe('calendar dates', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isValidIsoDate('2020-02-29')).toBe(true);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('2019-02-29')).toBe(false);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2020-02-31')).toBe(false);
    expect(isValidIsoDate('2020-04-31')).toBe(false);
    expect(isValidIsoDate('2020-13-01')).toBe(false);
    expect(isValidIsoDate('31.02.2020')).toBe(false);
    expect(isValidIsoDate('2020-2-3')).toBe(false);
  });

  it('writes dates the Bulgarian way', () => {
    expect(formatDateBg('2019-09-15')).toBe('15.09.2019\u00a0г.');
    expect(formatDateBg('2016-08-04')).toBe('04.08.2016\u00a0г.');
    expect(formatYearBg(2018)).toBe('2018\u00a0г.');
    expect(formatDate('2019-09-15', 'bg')).toBe('15.09.2019\u00a0г.');
  });

  it('writes dates the English way: day, month name, year', () => {
    expect(formatDate('2019-09-15', 'en')).toBe('15\u00a0September 2019');
    expect(formatDate('2016-08-04', 'en')).toBe('4\u00a0August 2016');
    expect(formatDate('2020-01-01', 'en')).toBe('1\u00a0January 2020');
    expect(formatDate('2020-12-31', 'en')).toBe('31\u00a0December 2020');
    expect(formatYear(2018, 'en')).toBe('2018');
    expect(() => formatDate('2019-02-29', 'en')).toThrow(RangeError);
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2019-09-15', 26)).toBe('2021-11-15');
    expect(addMonths('2019-12-01', 1)).toBe('2020-01-01');
  });

  it('measures a period in whole months and days, both ends included', () => {
    expect(spanInMonthsAndDays('2019-09-15', '2020-12-31')).toEqual({ months: 15, days: 17 });
    expect(spanInMonthsAndDays('2020-01-01', '2020-12-31')).toEqual({ months: 12, days: 0 });
    expect(spanInMonthsAndDays('2020-01-01', '2020-01-01')).toEqual({ months: 0, days: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { bgnCentsToEurCents, eurSortKey, formatMoney, formatMoneyBg, moneyView, toCents } from '../../src/lib/money';

const NBSP = '\u00a0';
// Every space in an amount is a no-break space; the one before the parenthesis may break.
const bg = (text: string) => text.replaceAll(' ', NBSP).replace(`${NBSP}(`, ' (');

describe('money in euro and leva', () => {
  it('shows the amount in euro first and the original leva alongside', () => {
    expect(formatMoneyBg({ amount: 867896.82, currency: 'BGN' })).toBe(bg('443 748,60 € (867 896,82 лв.)'));
    expect(formatMoneyBg({ amount: 1752098.89, currency: 'BGN' })).toBe(bg('895 833,94 € (1 752 098,89 лв.)'));
    expect(formatMoneyBg({ amount: 199994.17, currency: 'BGN' })).toBe(bg('102 255,40 € (199 994,17 лв.)'));
  });

  it('shows euro amounts alone', () => {
    expect(moneyView({ amount: 1234.5, currency: 'EUR' })).toEqual({ eurCents: 123450 });
    expect(formatMoney(moneyView({ amount: 1234.5, currency: 'EUR' }), 'bg')).toBe(bg('1 234,50 €'));
  });

  it('keeps digit groups and the currency together with no-break spaces', () => {
    const text = formatMoneyBg({ amount: 1000000, currency: 'BGN' });
    expect(text.split(' ')).toHaveLength(2); // the only breakable space is before the parenthesis
    expect(text).toBe(bg('511 291,88 € (1 000 000,00 лв.)'));
  });

  it('rounds half up at the cent, just below and just above half a cent', () => {
    // 310.40 лв. = 158.7049999… €, 1200.42 лв. = 613.7650000… €
    expect(bgnCentsToEurCents(31040n)).toBe(15870n);
    expect(bgnCentsToEurCents(120042n)).toBe(61377n);
    expect(bgnCentsToEurCents(75541n)).toBe(38623n);
    expect(bgnCentsToEurCents(164543n)).toBe(84130n);
  });

  it('rounds the smallest amounts to a cent, not to zero', () => {
    expect(bgnCentsToEurCents(1n)).toBe(1n); // 0.0051 €
    expect(bgnCentsToEurCents(2n)).toBe(1n); // 0.0102 €
    expect(bgnCentsToEurCents(3n)).toBe(2n); // 0.0153 €
    expect(bgnCentsToEurCents(0n)).toBe(0n);
  });

  it('divides by 1.95583 rather than multiplying by a rounded inverse rate', () => {
    // 30.11 лв. × 0.511292 would give 15.40 €; the regulation's division gives 15.39 €.
    expect(bgnCentsToEurCents(3011n)).toBe(1539n);
    expect(bgnCentsToEurCents(195583n)).toBe(100000n);
  });

  it('refuses amounts with fractions of a cent or below zero', () => {
    expect(() => toCents(1.005)).toThrow(RangeError);
    expect(() => toCents(-1)).toThrow(RangeError);
    expect(toCents(867896.82)).toBe(86789682n);
  });

  it('carries euro cents and the original as integers, never as text', () => {
    expect(moneyView({ amount: 867896.82, currency: 'BGN' })).toEqual({ eurCents: 44374860, original: { cents: 86789682, currency: 'BGN' } });
  });

  it('writes amounts the English way: sign first, commas between digit groups, a point before the cents', () => {
    expect(formatMoney(moneyView({ amount: 867896.82, currency: 'BGN' }), 'en')).toBe(`€443,748.60 (BGN${NBSP}867,896.82)`);
    expect(formatMoney(moneyView({ amount: 1234.5, currency: 'EUR' }), 'en')).toBe('€1,234.50');
    expect(formatMoney(moneyView({ amount: 0.05, currency: 'EUR' }), 'en')).toBe('€0.05');
    expect(formatMoney(moneyView({ amount: 999, currency: 'EUR' }), 'bg')).toBe(bg('999,00 €'));
  });

  it('gives a sort key from the cents that orders like the amounts', () => {
    const keys = [1752098.89, 0.05, 1234.5, 867896.82].map((amount) => eurSortKey(moneyView({ amount, currency: 'EUR' })));
    expect(keys).toEqual(['1752098.89', '0.05', '1234.50', '867896.82']);
    expect(eurSortKey(moneyView({ amount: 867896.82, currency: 'BGN' }))).toBe('443748.60');
    const sorted = [...keys].sort((a, b) => Number(b) - Number(a));
    expect(sorted).toEqual(['1752098.89', '867896.82', '1234.50', '0.05']);
  });
});

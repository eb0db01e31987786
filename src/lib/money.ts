/**
 * Money as the sources write it (leva before 2026, euro after) and as the site shows it:
 * euro first, the original alongside. Conversion follows Council Regulation (EC) 1103/97:
 * divide by the fixed rate (never multiply by an inverse), round half up at the cent.
 */

import type { Currency } from '../schemas/enums.ts';

export type { Currency };

export interface Money {
  /** The amount as the source writes it, in units (not cents). */
  amount: number;
  currency: Currency;
}

/** 1 EUR = 1.95583 BGN, fixed for Bulgaria's adoption of the euro on 1 January 2026. */
export const BGN_PER_EUR = 1.95583;
// The same rate as an exact fraction, so that conversion never meets a floating-point rounding error.
const RATE_NUMERATOR = 195583n;
const RATE_DENOMINATOR = 100000n;

const NBSP = '\u00a0';
const SYMBOL: Record<Currency, string> = { EUR: '€', BGN: 'лв.' };

/** Whole cents of an amount; throws when the amount is negative or has more than two decimals. */
export function toCents(amount: number): bigint {
  const cents = Math.round(amount * 100);
  if (!Number.isFinite(amount) || amount < 0 || Math.abs(amount * 100 - cents) > 1e-6) {
    throw new RangeError(`Not a non-negative amount with at most two decimals: ${amount}`);
  }
  return BigInt(cents);
}

/** Converts leva cents to euro cents: divide by 1.95583 and round half up. */
export function bgnCentsToEurCents(bgnCents: bigint): bigint {
  // round(x) = floor(x + 1/2), with x = bgn * 100000 / 195583, kept in integers.
  return (2n * bgnCents * RATE_DENOMINATOR + RATE_NUMERATOR) / (2n * RATE_NUMERATOR);
}

/** Euro cents of any stored amount. */
export function eurCents(money: Money): bigint {
  const cents = toCents(money.amount);
  return money.currency === 'EUR' ? cents : bgnCentsToEurCents(cents);
}

/** „1 752 098,89“: digit groups and decimals the Bulgarian way, with no-break spaces. */
export function formatCents(cents: bigint): string {
  const whole = (cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const fraction = (cents % 100n).toString().padStart(2, '0');
  return `${whole},${fraction}`;
}

/** „443 748,60 €“ or „867 896,82 лв.“ */
export function formatCentsIn(cents: bigint, currency: Currency): string {
  return `${formatCents(cents)}${NBSP}${SYMBOL[currency]}`;
}

export interface MoneyDisplay {
  /** The amount in euro, always shown first. */
  euro: string;
  /** The amount as stored, when it was not in euro. */
  original?: string;
}

/** The parts a component shows: the euro amount and, for leva, the original. */
export function moneyDisplay(money: Money): MoneyDisplay {
  const euro = formatCentsIn(eurCents(money), 'EUR');
  if (money.currency === 'EUR') return { euro };
  return { euro, original: formatCentsIn(toCents(money.amount), money.currency) };
}

/** „443 748,60 € (867 896,82 лв.)“ */
export function formatMoneyBg(money: Money): string {
  const { euro, original } = moneyDisplay(money);
  return original ? `${euro} (${original})` : euro;
}

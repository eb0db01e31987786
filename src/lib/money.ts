/**
 * Money as the sources write it (leva before 2026, euro after) and as the site shows it:
 * euro first, the original alongside. Conversion follows Council Regulation (EC) 1103/97:
 * divide by the fixed rate (never multiply by an inverse), round half up at the cent.
 */
import type { Lang } from '../i18n/lang.ts';

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
/** How each language writes an amount: the currency's sign, digit groups and decimal mark. */
const STYLE: Record<Lang, { group: string; decimal: string; symbol: Record<Currency, string>; symbolFirst: boolean }> = {
  bg: { group: NBSP, decimal: ',', symbol: { EUR: '€', BGN: 'лв.' }, symbolFirst: false },
  en: { group: ',', decimal: '.', symbol: { EUR: '€', BGN: 'BGN' }, symbolFirst: true },
};

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

/** „1 752 098,89“ in Bulgarian (no-break spaces), „1,752,098.89“ in English. */
export function formatCents(cents: bigint | number, lang: Lang = 'bg'): string {
  const { group, decimal } = STYLE[lang];
  const value = BigInt(cents);
  const whole = (value / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const fraction = (value % 100n).toString().padStart(2, '0');
  return `${whole}${decimal}${fraction}`;
}

/** „443 748,60 €“ or „867 896,82 лв.“; „€443,748.60“ or „BGN 867,896.82“. */
export function formatCentsIn(cents: bigint | number, currency: Currency, lang: Lang = 'bg'): string {
  const style = STYLE[lang];
  const symbol = style.symbol[currency];
  const number = formatCents(cents, lang);
  if (!style.symbolFirst) return `${number}${NBSP}${symbol}`;
  return currency === 'EUR' ? `${symbol}${number}` : `${symbol}${NBSP}${number}`;
}

/** An amount as numbers, ready for any language: never parsed back from a displayed string. */
export interface MoneyView {
  /** The amount in euro cents, always shown first. */
  eurCents: number;
  /** The amount as stored, when it was not in euro. */
  original?: { cents: number; currency: Currency };
}

export function moneyView(money: Money): MoneyView {
  const eur = Number(eurCents(money));
  if (money.currency === 'EUR') return { eurCents: eur };
  return { eurCents: eur, original: { cents: Number(toCents(money.amount)), currency: money.currency } };
}

/** The parts a component shows, in a language: the euro amount and, for leva, the original. */
export function formatMoneyParts(view: MoneyView, lang: Lang): { euro: string; original?: string } {
  const euro = formatCentsIn(view.eurCents, 'EUR', lang);
  return view.original ? { euro, original: formatCentsIn(view.original.cents, view.original.currency, lang) } : { euro };
}

/** „443 748,60 € (867 896,82 лв.)“; „€443,748.60 (BGN 867,896.82)“. */
export function formatMoney(view: MoneyView, lang: Lang): string {
  const { euro, original } = formatMoneyParts(view, lang);
  return original ? `${euro} (${original})` : euro;
}

/** „443 748,60 € (867 896,82 лв.)“ */
export function formatMoneyBg(money: Money): string {
  return formatMoney(moneyView(money), 'bg');
}

/** A sort key Pagefind can read as a number: euro cents as „443748.60“. */
export function eurSortKey(view: MoneyView): string {
  return `${Math.trunc(view.eurCents / 100)}.${String(view.eurCents % 100).padStart(2, '0')}`;
}

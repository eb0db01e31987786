/**
 * Calendar dates as content stores them (ISO „2019-09-15“) and as the site shows them
 * („15.09.2019 г.“). Dates are plain calendar days: no time zones, no Date objects in content.
 *
 * Typography of dates in visitor text (one convention for the whole site):
 * - a day is „15.09.2019 г.“ and a year „2019 г.“, with a no-break space before „г.“ so it
 *   never wraps alone;
 * - a span between two dates is joined by an en dash with spaces, „15.09.2019 г. – 31.12.2020 г.“
 *   (DATE_RANGE_DASH); the same spaced en dash is the sentence dash („ – “) in our own wording;
 * - years inside a name the source writes („… 2014-2020“) stay as the source writes them.
 */

import type { Lang } from '../i18n/lang.ts';

/** A calendar date written ГГГГ-ММ-ДД. */
export type IsoDate = string;

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** The day an ISO date names, or undefined when it is malformed or impossible (2020-02-31). */
export function parseIsoDate(text: string): CalendarDay | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isValidIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

export function toIsoDate({ year, month, day }: CalendarDay): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function mustParse(date: IsoDate): CalendarDay {
  const day = parseIsoDate(date);
  if (!day) throw new RangeError(`Not a valid ISO date: ${date}`);
  return day;
}

/** No-break space: keeps „г.“ with its year and a number with „№“. */
export const NBSP = '\u00a0';

/** Joins the two ends of a span of dates: an en dash with spaces (the first may not wrap). */
export const DATE_RANGE_DASH = `${NBSP}– `;

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** „15.09.2019 г.“ in Bulgarian, „15 September 2019“ in English. */
export function formatDate(date: IsoDate, lang: Lang): string {
  const { year, month, day } = mustParse(date);
  if (lang === 'en') return `${day}${NBSP}${MONTHS_EN[month - 1]} ${year}`;
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}${NBSP}г.`;
}

/** „2019 г.“ in Bulgarian, „2019“ in English. */
export function formatYear(year: number, lang: Lang): string {
  return lang === 'en' ? String(year) : `${year}${NBSP}г.`;
}

/** „15.09.2019 г.“ */
export function formatDateBg(date: IsoDate): string {
  return formatDate(date, 'bg');
}

/** „2019 г.“ */
export function formatYearBg(year: number): string {
  return formatYear(year, 'bg');
}

/** The same day number some months later, clamped to the month's end (31.01 + 1 month = 29.02 or 28.02). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = mustParse(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return toIsoDate({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = mustParse(date);
  const utc = new Date(Date.UTC(year, month - 1, day + days));
  return toIsoDate({ year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() });
}

/** ISO dates compare correctly as strings; this names the intent. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whole months and remaining days from the first day to the last day, both included:
 * 15.09.2019 – 31.12.2020 is 15 months and 17 days.
 */
export function spanInMonthsAndDays(first: IsoDate, last: IsoDate): { months: number; days: number } {
  const dayAfterLast = addDays(last, 1);
  let months = 0;
  while (compareIsoDates(addMonths(first, months + 1), dayAfterLast) <= 0) months += 1;
  const from = addMonths(first, months);
  const { year: y1, month: m1, day: d1 } = mustParse(from);
  const { year: y2, month: m2, day: d2 } = mustParse(dayAfterLast);
  const days = Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
  return { months, days };
}

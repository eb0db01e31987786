/**
 * A project's period as the sources state it (dates, or only a duration, plus extensions)
 * and what follows from it at a given day: the effective end, the length and the status.
 */
import { addDays, addMonths, compareIsoDates, DATE_RANGE_DASH, formatDateBg, spanInMonthsAndDays, type IsoDate } from './dates.ts';

export interface PeriodExtension {
  /** The new total duration in months. */
  months?: number;
  /** The new end date. */
  end?: IsoDate;
}

export interface ProjectPeriod {
  start?: IsoDate;
  end?: IsoDate;
  /** The original duration in months, when the source gives one. */
  months?: number;
  extensions?: PeriodExtension[];
}

export type ProjectStatus = 'planned' | 'ongoing' | 'completed' | 'unknown';

/** The last day of the project after every extension, when the facts tell it. */
export function effectiveEnd(period: ProjectPeriod): IsoDate | undefined {
  const steps: PeriodExtension[] = [{ months: period.months, end: period.end }, ...(period.extensions ?? [])];
  for (const step of steps.reverse()) {
    if (step.end) return step.end;
    if (step.months !== undefined && period.start) return addDays(addMonths(period.start, step.months), -1);
  }
  return undefined;
}

/** Status at a given day; „unknown“ whenever the dates do not decide it. */
export function projectStatus(period: ProjectPeriod | undefined, today: IsoDate): ProjectStatus {
  if (!period) return 'unknown';
  const end = effectiveEnd(period);
  if (end && compareIsoDates(end, today) < 0) return 'completed';
  if (period.start && compareIsoDates(period.start, today) > 0) return 'planned';
  if (period.start && end) return 'ongoing';
  return 'unknown';
}

export function monthsWord(count: number): string {
  return count === 1 ? 'месец' : 'месеца';
}

function daysWord(count: number): string {
  return count === 1 ? 'ден' : 'дни';
}

const inMonths = (count: number) => `${count} ${monthsWord(count)}`;

/**
 * „26 месеца, с удължаване до 42 месеца“ (each number with its unit, so no reader wonders
 * „42 what?“), or „15 месеца и 17 дни“ when only the dates are known.
 */
export function describeDuration(period: ProjectPeriod): string | undefined {
  const extended = (period.extensions ?? []).map((e) => e.months).filter((m): m is number => m !== undefined);
  if (period.months !== undefined) {
    const base = inMonths(period.months);
    return extended.length ? `${base}, с удължаване до ${extended.map(inMonths).join(', после до ')}` : base;
  }
  const end = effectiveEnd(period);
  if (!period.start || !end || compareIsoDates(end, period.start) < 0) return undefined;
  const { months, days } = spanInMonthsAndDays(period.start, end);
  const parts = [months ? `${months} ${monthsWord(months)}` : '', days ? `${days} ${daysWord(days)}` : ''];
  return parts.filter(Boolean).join(' и ');
}

/**
 * „15.09.2019 г. – 31.12.2020 г.“; with one end unknown, „от 15.09.2019 г. (край: не е посочено)“
 * (the site's one wording for what a source does not state); undefined when neither is known.
 */
export function describeDates(period: ProjectPeriod): string | undefined {
  const end = period.end ?? [...(period.extensions ?? [])].reverse().find((e) => e.end)?.end;
  if (period.start && end) return `${formatDateBg(period.start)}${DATE_RANGE_DASH}${formatDateBg(end)}`;
  if (period.start) return `от ${formatDateBg(period.start)} (край: не е посочено)`;
  if (end) return `до ${formatDateBg(end)} (начало: не е посочено)`;
  return undefined;
}

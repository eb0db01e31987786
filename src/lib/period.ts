/**
 * A project's period as the sources state it (dates, or only a duration, plus extensions)
 * and what follows from it at a given day: the effective end, the length and the status.
 */
import { addDays, addMonths, compareIsoDates, spanInMonthsAndDays, type IsoDate } from './dates.ts';
import type { ProgrammePeriod } from '../schemas/enums.ts';

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

/** A project's status at the build date: derived from its dates, never written by hand. */
export const PROJECT_STATUSES = ['planned', 'ongoing', 'completed', 'unknown'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

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

/**
 * A project's length as numbers, for the strings tables to word: the stated months with each
 * extension's new total („26 months, extended to 42“), or months and days between the dates.
 */
export type Duration = { kind: 'months'; months: number; extendedTo: number[] } | { kind: 'span'; months: number; days: number };

export function durationOf(period: ProjectPeriod): Duration | undefined {
  const extended = (period.extensions ?? []).map((e) => e.months).filter((m): m is number => m !== undefined);
  if (period.months !== undefined) return { kind: 'months', months: period.months, extendedTo: extended };
  const end = effectiveEnd(period);
  if (!period.start || !end || compareIsoDates(end, period.start) < 0) return undefined;
  const { months, days } = spanInMonthsAndDays(period.start, end);
  if (!months && !days) return undefined;
  return { kind: 'span', months, days };
}

/** The two ends of a period as the sources state them (the last extension's end); either may be missing. */
export interface DateSpan {
  start?: IsoDate;
  end?: IsoDate;
}

/** Undefined when neither end is known. */
export function datesOf(period: ProjectPeriod): DateSpan | undefined {
  const end = period.end ?? [...(period.extensions ?? [])].reverse().find((e) => e.end)?.end;
  if (!period.start && !end) return undefined;
  return { ...(period.start ? { start: period.start } : {}), ...(end ? { end } : {}) };
}

/** The last day expenditure is eligible under a programme period, where the regulation fixes one. */
export const ELIGIBILITY_END: Partial<Record<ProgrammePeriod, IsoDate>> = {
  // Regulation (EU) No 1303/2013, Art. 65(2).
  '2014-2020': '2023-12-31',
};

/** Why a status was derived rather than read from the project's own dates. */
export interface StatusReason {
  kind: 'programme-period-ended';
  /** The programme period whose eligibility ended. */
  period: '2014-2020';
  /** The day the project ended at the latest. */
  latestEnd: IsoDate;
}

export interface DerivedStatus {
  status: ProjectStatus;
  /** Set only when the status follows from the programme period, not from the project's dates. */
  reason?: StatusReason;
}

/**
 * Status from the project's own dates; when they do not tell it and every funding source is a
 * 2014-2020 programme, „completed“ once that period's eligible spending has ended.
 * A project with another source too (a 2021-2027 or private one) could still be running.
 */
export function deriveStatus(period: ProjectPeriod | undefined, sourcePeriods: readonly ProgrammePeriod[], today: IsoDate): DerivedStatus {
  const own = projectStatus(period, today);
  if (own !== 'unknown') return { status: own };
  if (sourcePeriods.length === 0 || !sourcePeriods.every((p) => p === '2014-2020')) return { status: own };
  const latestEnd = ELIGIBILITY_END['2014-2020']!;
  if (compareIsoDates(latestEnd, today) >= 0) return { status: own };
  return { status: 'completed', reason: { kind: 'programme-period-ended', period: '2014-2020', latestEnd } };
}

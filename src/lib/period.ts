/**
 * A project's period as the sources state it (dates, or only a duration, plus extensions)
 * and what follows from it at a given day: the effective end, the length and the status.
 */
import { addDays, addMonths, compareIsoDates, DATE_RANGE_DASH, formatDateBg, spanInMonthsAndDays, type IsoDate } from './dates.ts';
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

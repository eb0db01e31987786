/**
 * The period timeline: the planned period solid, each extension hatched after it, the build
 * date as a marker. With dates, the axis is the calendar; with only durations (a start the
 * sources do not give), the axis counts months from the start and the build date is left out,
 * since it cannot be placed. An end the sources do not give is drawn open, never guessed.
 */
import { addDays, addMonths, compareIsoDates, type IsoDate } from '../dates.ts';
import type { ProjectPeriod } from '../period.ts';
import { CHART_WIDTH } from './layout.ts';

export interface TimelineSegment {
  kind: 'planned' | 'extension';
  x: number;
  width: number;
  /** The first and last day, when the dates are known. */
  from?: IsoDate;
  to?: IsoDate;
  /** The total duration in months at the end of this segment, when the sources give it. */
  months?: number;
  /** The segment runs on past the axis because its end is not stated. */
  openEnd: boolean;
}

export interface TimelineTick {
  x: number;
  /** A day (calendar axis: the start and each end) or a count of months from the start. */
  value: number | IsoDate;
  /** How its label sits on the tick, so that the outer ones stay inside the chart. */
  anchor: 'start' | 'middle' | 'end';
}

export interface BuildMarker {
  x: number;
  date: IsoDate;
  /** The build date lies far after the end: the axis is cut and the marker stands at its right edge. */
  beyond: boolean;
}

export interface TimelineChart {
  width: number;
  axis: 'calendar' | 'months';
  /** Top of the bar and its height; the ticks hang below it. */
  barY: number;
  barHeight: number;
  tickY: number;
  height: number;
  segments: TimelineSegment[];
  ticks: TimelineTick[];
  /** Undefined on a duration axis, where the build date has no place. */
  build?: BuildMarker;
}

const BAR_Y = 18;
const BAR_HEIGHT = 22;
const TICK_Y = BAR_Y + BAR_HEIGHT + 16;
// Room at both ends, so that the first and last tick labels stay inside the chart.
const MARGIN = 18;
// When the build date is more than this share of the project's length after its end, the axis is cut.
const FAR_AFTER = 0.5;
// Tick labels closer than this would run into each other; the later one is kept.
const MIN_TICK_GAP = 28;
// A date label („31.12.2020“) is about 80 units long.
const DATE_TICK_GAP = 88;

const dayNumber = (date: IsoDate) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
const round = (n: number) => Math.round(n * 10) / 10;

/** The end of each step (the original period, then each extension), as the sources give it. */
function stepEnds(period: ProjectPeriod): { end?: IsoDate; months?: number }[] {
  const steps = [{ end: period.end, months: period.months }, ...(period.extensions ?? [])];
  return steps
    .map((s) => ({ months: s.months, end: s.end ?? (period.start && s.months !== undefined ? addDays(addMonths(period.start, s.months), -1) : undefined) }))
    .filter((s, i) => i === 0 || s.end || s.months !== undefined);
}

export function timelineChart(period: ProjectPeriod | undefined, buildDate: IsoDate, width = CHART_WIDTH): TimelineChart | undefined {
  if (!period) return undefined;
  const steps = stepEnds(period);
  const base = { width, barY: BAR_Y, barHeight: BAR_HEIGHT, tickY: TICK_Y, height: TICK_Y + 6 };
  const inner = width - 2 * MARGIN;

  if (!period.start) {
    // Only durations: an axis of months from the start, if every step gives its months.
    const months = steps.map((s) => s.months);
    if (months.some((m) => m === undefined) || months.length === 0) return undefined;
    const total = months.at(-1)!;
    const x = (m: number) => round(MARGIN + (m / total) * inner);
    const segments = (months as number[]).map((m, i): TimelineSegment => {
      const from = i === 0 ? 0 : (months[i - 1] as number);
      return { kind: i === 0 ? 'planned' : 'extension', x: x(from), width: round(x(m) - x(from)), months: m, openEnd: false };
    });
    // Ticks at the start and at the end of each step, so that 26 → 42 reads off the axis.
    const ticks: TimelineTick[] = [];
    for (const m of [0, ...(months as number[])]) {
      const last = ticks.at(-1);
      if (last && x(m) - last.x < MIN_TICK_GAP) ticks.pop();
      ticks.push({ x: x(m), value: m, anchor: m === 0 ? 'start' : 'middle' });
    }
    return { ...base, axis: 'months', segments, ticks };
  }

  const start = period.start;
  const ends = steps.map((s) => s.end);
  const lastEnd = [...ends].reverse().find((e): e is IsoDate => Boolean(e));
  const openEnd = ends.at(-1) === undefined;
  const first = compareIsoDates(buildDate, start) < 0 ? buildDate : start;
  const known = lastEnd ?? start;
  const span = Math.max(dayNumber(known) - dayNumber(first), 365);
  let axisEnd = Math.max(dayNumber(known), dayNumber(buildDate));
  let beyond = false;
  if (openEnd) axisEnd = Math.max(axisEnd, dayNumber(known) + span / 2);
  if (dayNumber(buildDate) - dayNumber(known) > span * FAR_AFTER) {
    axisEnd = dayNumber(known) + span * (openEnd ? FAR_AFTER : 0.15);
    beyond = true;
  }
  const axisStart = dayNumber(first);
  const x = (day: number) => round(MARGIN + ((day - axisStart) / (axisEnd - axisStart)) * inner);
  const segments: TimelineSegment[] = [];
  let from = start;
  steps.forEach((step, i) => {
    const kind = i === 0 ? 'planned' : 'extension';
    if (step.end) {
      segments.push({
        kind,
        x: x(dayNumber(from)),
        width: round(x(dayNumber(step.end) + 1) - x(dayNumber(from))),
        from,
        to: step.end,
        months: step.months,
        openEnd: false,
      });
      from = addDays(step.end, 1);
    } else if (i === steps.length - 1) {
      segments.push({ kind, x: x(dayNumber(from)), width: round(MARGIN + inner - x(dayNumber(from))), from, months: step.months, openEnd: true });
    }
  });
  // Ticks at the start and at each stated end, dated, the later one kept where two would collide.
  const ticks: TimelineTick[] = [];
  for (const segment of segments) {
    for (const [day, date] of [[dayNumber(segment.from!), segment.from], ...(segment.to ? [[dayNumber(segment.to) + 1, segment.to] as const] : [])] as const) {
      if (!date || ticks.some((t) => t.value === date)) continue;
      const last = ticks.at(-1);
      if (last && x(day) - last.x < DATE_TICK_GAP) {
        if (ticks.length === 1) continue;
        ticks.pop();
      }
      ticks.push({ x: x(day), value: date, anchor: 'middle' });
    }
  }
  ticks.forEach((tick, i) => {
    if (i === 0 && tick.x < MARGIN + DATE_TICK_GAP / 2) tick.anchor = 'start';
    else if (tick.x > width - MARGIN - DATE_TICK_GAP / 2) tick.anchor = 'end';
  });
  const build: BuildMarker = { x: beyond ? MARGIN + inner : x(dayNumber(buildDate)), date: buildDate, beyond };
  return { ...base, axis: 'calendar', segments, ticks, build };
}

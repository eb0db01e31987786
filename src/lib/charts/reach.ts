/**
 * The reach chart: for each date the content gives, the total and its breakdown by activity as
 * horizontal bars on one scale, so that 91, 131 and 221 visibly add up to 443. Pure geometry:
 * the component writes the words and the table with the same numbers.
 */
import { BAR_HEIGHT, CHART_WIDTH, charsIn, FONT_SIZE, LINE_HEIGHT, scaled, wrapLabel } from './layout.ts';

export interface ReachInput {
  year?: number;
  date?: string;
  total: number;
  unit: string;
  breakdown: { label: string; count: number }[];
}

export interface ReachBar {
  kind: 'total' | 'part';
  value: number;
  /** The label broken into lines that fit the chart; baselines at labelY, labelY + LINE_HEIGHT, … */
  label: string[];
  labelY: number;
  /** The bar's top edge and length; it starts at x = 0. */
  y: number;
  width: number;
  /** Where the figure is written (baseline), just after the bar's end. */
  valueX: number;
  valueY: number;
}

export interface ReachGroup {
  year?: number;
  date?: string;
  total: number;
  unit: string;
  /** Baseline of the line naming the date the figures refer to. */
  headingY: number;
  bars: ReachBar[];
  /** Whether the breakdown adds up to the total (the caption says so, or says it does not). */
  breakdownAddsUp: boolean;
}

export interface ReachChart {
  width: number;
  height: number;
  groups: ReachGroup[];
}

const GAP_AFTER_BAR = 12;
const GAP_AFTER_GROUP = 14;
// Room after the longest bar for its figure (five digits with a space).
const VALUE_ROOM = 52;

const when = (r: { date?: string; year?: number }) => r.date ?? `${r.year ?? ''}`;

/** Bars for every reach figure, oldest first, all on the scale of the largest figure. */
export function reachChart(reach: readonly ReachInput[], totalLabel: (unit: string) => string, width = CHART_WIDTH): ReachChart | undefined {
  if (reach.length === 0) return undefined;
  const sorted = [...reach].sort((a, b) => when(a).localeCompare(when(b)));
  const max = Math.max(...sorted.flatMap((r) => [r.total, ...r.breakdown.map((b) => b.count)]));
  const barLength = width - VALUE_ROOM;
  const maxChars = charsIn(width);
  let y = 0;
  const groups = sorted.map((r): ReachGroup => {
    const headingY = y + FONT_SIZE;
    y += LINE_HEIGHT + 4;
    const rows = [
      { kind: 'total' as const, value: r.total, text: totalLabel(r.unit) },
      ...r.breakdown.map((b) => ({ kind: 'part' as const, value: b.count, text: b.label })),
    ];
    const bars = rows.map((row): ReachBar => {
      const label = wrapLabel(row.text, maxChars);
      const labelY = y + FONT_SIZE;
      y += label.length * LINE_HEIGHT + 2;
      const bar: ReachBar = {
        kind: row.kind,
        value: row.value,
        label,
        labelY,
        y,
        width: scaled(row.value, max, barLength),
        valueX: 0,
        valueY: y + BAR_HEIGHT - 3,
      };
      bar.valueX = Math.round((bar.width + 6) * 10) / 10;
      y += BAR_HEIGHT + GAP_AFTER_BAR;
      return bar;
    });
    y += GAP_AFTER_GROUP;
    const sum = r.breakdown.reduce((total, b) => total + b.count, 0);
    return { year: r.year, date: r.date, total: r.total, unit: r.unit, headingY, bars, breakdownAddsUp: r.breakdown.length > 0 && sum === r.total };
  });
  return { width, height: y - GAP_AFTER_GROUP - GAP_AFTER_BAR, groups };
}

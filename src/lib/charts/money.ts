/**
 * The money chart: the total cost, each source's grant and, where the content states them, the
 * EU and national shares, as bars to one scale in euro. An amount the content does not state
 * gets no bar (the component says „не е посочено“): nothing is derived, split or guessed.
 */
import { eurCents, type Money } from '../money.ts';
import { BAR_HEIGHT, CHART_WIDTH, charsIn, FONT_SIZE, LINE_HEIGHT, scaled, wrapLabel } from './layout.ts';

export type MoneyRowKey = 'totalCost' | 'grant' | 'euShare' | 'nationalShare';

export interface MoneyRowInput {
  key: MoneyRowKey;
  /** Which funding source a grant or share belongs to (index into the project's funding). */
  source?: number;
  money?: Money;
}

export interface MoneyBar extends MoneyRowInput {
  /** Euro cents; undefined when the content does not state the amount. */
  cents?: bigint;
  label: string[];
  labelY: number;
  /** Baseline of the line with the amount in euro and leva (or „не е посочено“). */
  amountY: number;
  y: number;
  width: number;
}

export interface MoneyChart {
  width: number;
  height: number;
  bars: MoneyBar[];
}

const GAP = 14;

interface FundingInput {
  grant?: Money;
  euShare?: Money;
  nationalShare?: Money;
}

/**
 * The rows a project's money chart has: the total cost and each source's grant, stated or
 * not, and the EU and national shares only where stated. Undefined when no amount is stated.
 */
export function moneyRows(totalCost: Money | undefined, funding: readonly FundingInput[] | undefined): MoneyRowInput[] | undefined {
  const rows: MoneyRowInput[] = [{ key: 'totalCost', money: totalCost }];
  (funding ?? []).forEach((f, source) => {
    rows.push({ key: 'grant', source, money: f.grant });
    if (f.euShare) rows.push({ key: 'euShare', source, money: f.euShare });
    if (f.nationalShare) rows.push({ key: 'nationalShare', source, money: f.nationalShare });
  });
  return rows.some((r) => r.money) ? rows : undefined;
}

/** Bars to the scale of the largest stated amount, each under its label and amount. */
export function moneyChart(rows: readonly (MoneyRowInput & { label: string })[], width = CHART_WIDTH): MoneyChart | undefined {
  const cents = rows.map((r) => (r.money ? eurCents(r.money) : undefined));
  const stated = cents.filter((c): c is bigint => c !== undefined);
  if (stated.length === 0) return undefined;
  const max = stated.reduce((a, b) => (b > a ? b : a));
  const maxChars = charsIn(width);
  let y = 0;
  const bars = rows.map(({ label: text, ...row }, i): MoneyBar => {
    const label = wrapLabel(text, maxChars);
    const labelY = y + FONT_SIZE;
    y += label.length * LINE_HEIGHT;
    const amountY = y + FONT_SIZE;
    y += LINE_HEIGHT + 2;
    const value = cents[i];
    // Cents as numbers lose nothing below 2^53 cents (some 90 trillion euro).
    const bar: MoneyBar = { ...row, cents: value, label, labelY, amountY, y, width: value === undefined ? 0 : scaled(Number(value), Number(max), width) };
    y += (value === undefined ? 0 : BAR_HEIGHT) + GAP;
    return bar;
  });
  return { width, height: y - GAP, bars };
}

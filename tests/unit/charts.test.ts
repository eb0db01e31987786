import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, charsIn, wrapLabel } from '../../src/lib/charts/layout';
import { mapLevels, PROVINCE_NAMES, provinceMap } from '../../src/lib/charts/map';
import { moneyChart, moneyRows } from '../../src/lib/charts/money';
import { reachChart } from '../../src/lib/charts/reach';
import { timelineChart } from '../../src/lib/charts/timeline';
import { knownProvinceOf } from '../../src/lib/geography';

const shansReach = [
  {
    year: 2018,
    total: 443,
    unit: 'деца и техните семейства',
    breakdown: [
      { label: 'Ранна интервенция на уврежданията', count: 91 },
      { label: 'Семейно консултиране и подкрепа', count: 131 },
      { label: 'По-добър достъп до здравеопазване и промоция на здравето', count: 221 },
    ],
  },
];

describe('labels', () => {
  it('break at spaces into lines that fit, keeping every word', () => {
    const text = 'По-добър достъп до здравеопазване и промоция на здравето';
    const lines = wrapLabel(text, 20);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });
  it('leave a word longer than a line whole, on its own line', () => {
    expect(wrapLabel('а здравеопазването б', 5)).toEqual(['а', 'здравеопазването', 'б']);
  });
});

describe('reach chart', () => {
  const chart = reachChart(shansReach, (unit) => `Общо ${unit}`)!;
  const [group] = chart.groups;
  it('draws the total and each activity with bars proportional to the figures', () => {
    expect(group!.bars.map((b) => [b.kind, b.value])).toEqual([
      ['total', 443],
      ['part', 91],
      ['part', 131],
      ['part', 221],
    ]);
    const [total, ...parts] = group!.bars;
    for (const part of parts) expect(part.width / total!.width).toBeCloseTo(part.value / 443, 2);
    expect(group!.breakdownAddsUp).toBe(true);
    expect(group!.year).toBe(2018);
  });
  it('fits a 360 px screen: bars, figures and label lines inside the width, rows not overlapping', () => {
    expect(chart.width).toBe(CHART_WIDTH);
    expect(CHART_WIDTH).toBeLessThanOrEqual(360 - 2 * 16);
    for (const bar of group!.bars) {
      expect(bar.valueX + String(bar.value).length * 9).toBeLessThanOrEqual(chart.width);
      expect(bar.label.every((line) => line.length <= charsIn(chart.width))).toBe(true);
      expect(bar.labelY + (bar.label.length - 1) * 18).toBeLessThan(bar.y);
    }
    const tops = group!.bars.map((b) => b.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(group!.bars.at(-1)!.y + 16).toBeLessThanOrEqual(chart.height);
    // The long activity name needs two lines at this width.
    expect(group!.bars[3]!.label.length).toBe(2);
  });
  it('puts several dates on one scale, oldest first, and notices a breakdown that does not add up', () => {
    const two = reachChart(
      [
        { date: '2020-06-30', total: 100, unit: 'деца', breakdown: [{ label: 'а', count: 40 }] },
        { year: 2019, total: 50, unit: 'деца', breakdown: [] },
      ],
      () => 'Общо',
    )!;
    expect(two.groups.map((g) => g.year ?? g.date)).toEqual([2019, '2020-06-30']);
    expect(two.groups[0]!.bars[0]!.width * 2).toBeCloseTo(two.groups[1]!.bars[0]!.width, 1);
    expect(two.groups[1]!.breakdownAddsUp).toBe(false);
    expect(two.groups[1]!.headingY).toBeGreaterThan(two.groups[0]!.bars[0]!.y);
  });
  it('is absent when the content gives no figures', () => {
    expect(reachChart([], () => '')).toBeUndefined();
  });
});

describe('money chart', () => {
  it('has a row for the total and each grant, and the shares only where stated', () => {
    const rows = moneyRows({ amount: 100, currency: 'EUR' }, [{ grant: { amount: 80, currency: 'EUR' }, euShare: { amount: 68, currency: 'EUR' } }, {}]);
    expect(rows!.map((r) => [r.key, r.source])).toEqual([
      ['totalCost', undefined],
      ['grant', 0],
      ['euShare', 0],
      ['grant', 1],
    ]);
  });
  it('is absent when no amount is stated', () => {
    expect(moneyRows(undefined, [{}])).toBeUndefined();
    expect(moneyRows(undefined, undefined)).toBeUndefined();
  });
  it('draws stated amounts to scale in euro, leva converted first, and no bar for an unstated one', () => {
    const rows = moneyRows({ amount: 867896.82, currency: 'BGN' }, [{ grant: { amount: 221874.3, currency: 'EUR' } }, {}])!;
    const chart = moneyChart(rows.map((r) => ({ ...r, label: r.key })))!;
    const [total, grant, unstated] = chart.bars;
    expect(total!.cents).toBe(44374860n);
    expect(total!.width).toBe(chart.width);
    expect(grant!.width).toBeCloseTo(chart.width / 2, 0);
    expect(unstated!.cents).toBeUndefined();
    expect(unstated!.width).toBe(0);
    expect(chart.bars.every((b, i) => i === 0 || b.labelY > chart.bars[i - 1]!.y)).toBe(true);
  });
});

describe('timeline', () => {
  it('draws 26 months extended to 42 on a months axis when the start is not given, without a build date', () => {
    const chart = timelineChart({ months: 26, extensions: [{ months: 42 }] }, '2026-11-24')!;
    expect(chart.axis).toBe('months');
    expect(chart.build).toBeUndefined();
    const [planned, extension] = chart.segments;
    expect(planned).toMatchObject({ kind: 'planned', months: 26 });
    expect(extension).toMatchObject({ kind: 'extension', months: 42 });
    expect(planned!.width / (planned!.width + extension!.width)).toBeCloseTo(26 / 42, 2);
    expect(extension!.x).toBeCloseTo(planned!.x + planned!.width, 1);
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 26, 42]);
    expect(chart.ticks[1]!.x).toBeCloseTo(extension!.x, 1);
    expect(Math.max(...chart.ticks.map((t) => t.x))).toBeLessThan(chart.width);
  });
  it('draws 15.09.2019 – 31.12.2020 on a calendar and cuts the axis before a far build date', () => {
    const chart = timelineChart({ start: '2019-09-15', end: '2020-12-31' }, '2026-11-24')!;
    expect(chart.axis).toBe('calendar');
    expect(chart.segments).toHaveLength(1);
    expect(chart.segments[0]).toMatchObject({ kind: 'planned', from: '2019-09-15', to: '2020-12-31', openEnd: false });
    expect(chart.build).toMatchObject({ date: '2026-11-24', beyond: true });
    expect(chart.build!.x).toBeGreaterThan(chart.segments[0]!.x + chart.segments[0]!.width);
    // The axis is dated at the start and the end, the end tick at the day after the last day.
    expect(chart.ticks.map((t) => t.value)).toEqual(['2019-09-15', '2020-12-31']);
    expect(chart.ticks[0]!.x).toBe(chart.segments[0]!.x);
    expect(chart.ticks[1]!.x).toBeCloseTo(chart.segments[0]!.x + chart.segments[0]!.width, 1);
    expect(chart.ticks[0]!.anchor).toBe('start');
  });
  it('keeps date labels apart when an extension is short', () => {
    const chart = timelineChart({ start: '2019-01-01', end: '2020-12-31', extensions: [{ end: '2021-01-31' }] }, '2021-02-01')!;
    const xs = chart.ticks.map((t) => t.x);
    xs.slice(1).forEach((x, i) => expect(x - xs[i]!).toBeGreaterThanOrEqual(88));
    expect(chart.ticks.map((t) => t.value)).toEqual(['2019-01-01', '2021-01-31']);
  });
  it('places a build date inside the period where it falls', () => {
    const chart = timelineChart({ start: '2024-01-01', end: '2027-12-31' }, '2026-01-01')!;
    const [segment] = chart.segments;
    expect(chart.build!.beyond).toBe(false);
    expect((chart.build!.x - segment!.x) / segment!.width).toBeCloseTo(731 / 1461, 2);
  });
  it('draws an end that is not given as open, not guessed', () => {
    const chart = timelineChart({ start: '2025-03-01' }, '2025-06-01')!;
    expect(chart.segments).toEqual([expect.objectContaining({ kind: 'planned', from: '2025-03-01', openEnd: true })]);
    expect(chart.segments[0]!.to).toBeUndefined();
    expect(chart.segments[0]!.x + chart.segments[0]!.width).toBeCloseTo(chart.width - 18, 0);
  });
  it('dates each extension from its months when only the start is given', () => {
    const chart = timelineChart({ start: '2018-01-01', months: 26, extensions: [{ months: 42 }] }, '2021-01-01')!;
    expect(chart.segments.map((s) => [s.from, s.to])).toEqual([
      ['2018-01-01', '2020-02-29'],
      ['2020-03-01', '2021-06-30'],
    ]);
  });
  it('is absent when nothing about the period is known', () => {
    expect(timelineChart(undefined, '2026-01-01')).toBeUndefined();
    expect(timelineChart({ extensions: [] }, '2026-01-01')).toBeUndefined();
  });
});

describe('map', () => {
  it('knows the 28 provinces, including every province geography.ts assigns', () => {
    expect(Object.keys(PROVINCE_NAMES)).toHaveLength(28);
    const names = Object.values(PROVINCE_NAMES);
    for (const municipality of ['Хасково', 'Казанлък', 'Столична община', 'Пловдив', 'Раковски']) expect(names).toContain(knownProvinceOf(municipality));
  });
  it('shades the provinces with projects, darker with more, and leaves the others blank', () => {
    const map = provinceMap(
      new Map([
        ['Пловдив', 2],
        ['Хасково', 1],
      ]),
    );
    expect(map.provinces).toHaveLength(28);
    const by = (name: string) => map.provinces.find((p) => p.name === name)!;
    expect(by('Пловдив')).toMatchObject({ iso: 'BG-16', count: 2, level: 2 });
    expect(by('Хасково')).toMatchObject({ iso: 'BG-26', count: 1, level: 1 });
    expect(by('Варна')).toMatchObject({ count: 0, level: 0 });
    expect(by('Пловдив').d).toMatch(/^M\d+ \d+.*z$/);
    // Plovdiv lies south-west of Varna and north-west of Haskovo.
    expect(by('Пловдив').cx).toBeLessThan(by('Варна').cx);
    expect(by('Пловдив').cy).toBeGreaterThan(by('Варна').cy);
    expect(by('Пловдив').cy).toBeLessThan(by('Хасково').cy + 30);
    for (const p of map.provinces) {
      expect(p.cx).toBeGreaterThan(0);
      expect(p.cx).toBeLessThan(map.width);
      expect(p.cy).toBeLessThan(map.height);
    }
  });
  it('groups larger counts into at most three steps that cover every count', () => {
    expect(mapLevels(0)).toEqual([]);
    expect(mapLevels(2)).toEqual([
      { level: 1, min: 1, max: 1 },
      { level: 2, min: 2, max: 2 },
    ]);
    const levels = mapLevels(10);
    expect(levels).toHaveLength(3);
    expect(levels[0]!.min).toBe(1);
    expect(levels.at(-1)!.max).toBe(10);
    levels.slice(1).forEach((l, i) => expect(l.min).toBe(levels[i]!.max + 1));
  });
  it('draws from a compact file: 28 closed outlines, well under 20 KB gzip', () => {
    const file = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'lib', 'charts', 'bulgaria-provinces.json'));
    expect(gzipSync(file).length).toBeLessThan(5 * 1024);
    const map = provinceMap(new Map());
    expect(new Set(map.provinces.map((p) => p.iso)).size).toBe(28);
    expect(map.provinces.every((p) => p.d.endsWith('z'))).toBe(true);
    expect(map.levels).toEqual([]);
  });
  it('fails naming a province it does not know', () => {
    expect(() => provinceMap(new Map([['Пловдивска', 1]]))).toThrow(/„Пловдивска“/);
  });
});

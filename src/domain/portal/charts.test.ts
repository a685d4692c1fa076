import { describe, expect, it } from 'vitest';
import { barChart, lineChart, niceCeiling, percentOf, topWithOthers, type Datum } from './charts.js';

const d = (key: string, value: number): Datum => ({ key, label: key.toUpperCase(), value });
const others = { key: 'others', label: 'Lainnya' };

describe('topWithOthers', () => {
  it.each([
    ['fewer than n: all, largest first', [d('a', 1), d('b', 3)], 3, [d('b', 3), d('a', 1)]],
    ['exactly n: no others', [d('a', 1), d('b', 2)], 2, [d('b', 2), d('a', 1)]],
    ['more than n: the rest summed', [d('a', 5), d('b', 1), d('c', 2), d('d', 4)], 2, [d('a', 5), d('d', 4), { ...others, value: 3 }]],
    ['ties by label', [d('b', 2), d('a', 2), d('c', 2)], 2, [d('a', 2), d('b', 2), { ...others, value: 2 }]],
    ['a rest of zero is left out', [d('a', 2), d('b', 0)], 1, [d('a', 2)]],
    ['nothing', [], 15, []],
  ] as const)('%s', (_, items, n, out) => {
    expect(topWithOthers(items, n, others)).toEqual(out);
  });
});

describe('niceCeiling', () => {
  it.each([
    [0, 1],
    [-3, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [10, 10],
    [11, 20],
    [49, 50],
    [51, 100],
    [0.3, 0.5],
    [40_000, 50_000],
  ])('%d → %d', (value, out) => {
    expect(niceCeiling(value)).toBeCloseTo(out, 9);
  });
});

describe('percentOf', () => {
  it.each([
    [1, 3, 33],
    [2, 3, 67],
    [0, 0, 0],
    [5, 5, 100],
  ])('%d of %d → %d %%', (v, t, out) => {
    expect(percentOf(v, t)).toBe(out);
  });
});

describe('barChart', () => {
  it('scales bars to a round maximum and stacks them', () => {
    const chart = barChart([d('a', 8), d('b', 2), d('c', 0)], { width: 400, labelWidth: 100, barHeight: 10, gap: 5 });
    // room = 400 - 100 - 48 = 252; max = niceCeiling(8) = 10
    expect(chart.max).toBe(10);
    expect(chart.total).toBe(10);
    expect(chart.bars.map((b) => [b.key, b.y, b.width, b.percent])).toEqual([
      ['a', 0, 201.6, 80],
      ['b', 15, 50.4, 20],
      ['c', 30, 0, 0],
    ]);
    expect(chart.height).toBe(40);
  });

  it('draws a visible sliver for a small value next to a huge one', () => {
    const chart = barChart([d('big', 40_000), d('small', 1)], { width: 400, labelWidth: 100 });
    expect(chart.bars[1]!.width).toBe(1);
  });

  it('is empty for no data', () => {
    expect(barChart([])).toMatchObject({ height: 0, bars: [], total: 0, max: 1 });
  });
});

describe('lineChart', () => {
  it('places points on a fixed 0–100 scale, first and last at the edges', () => {
    const chart = lineChart(
      [
        { label: '2024', values: [50, 40] },
        { label: '2025', values: [75, null] },
        { label: '2026', values: [100, 60] },
      ],
      { width: 240, height: 128, max: 100, ticks: 4 },
    );
    // plot: left 40, right 224, top 12, bottom 100 (height 88)
    expect(chart.xLabels.map((l) => l.x)).toEqual([40, 132, 224]);
    expect(chart.ticks).toEqual([
      { value: 0, y: 100 },
      { value: 25, y: 78 },
      { value: 50, y: 56 },
      { value: 75, y: 34 },
      { value: 100, y: 12 },
    ]);
    expect(chart.series[0]!.polyline).toBe('40,56 132,34 224,12');
    // The missing value leaves the point out; the line joins the others.
    expect(chart.series[1]!.points.map((p) => p.label)).toEqual(['2024', '2026']);
    expect(chart.series[1]!.polyline).toBe('40,64.8 224,47.2');
  });

  it('centres a single point and clamps values to the scale', () => {
    const chart = lineChart([{ label: '2026', values: [120] }], { width: 240, height: 128, max: 100 });
    expect(chart.series[0]!.points).toEqual([{ x: 132, y: 12, value: 120, label: '2026' }]);
  });

  it('draws nothing for no periods', () => {
    expect(lineChart([]).series).toEqual([]);
  });
});

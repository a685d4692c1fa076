/**
 * Geometry of the statistics page's charts (inline SVG, drawn on the server). Pure numbers: the
 * page turns them into `<rect>`s and `<polyline>`s, and the table beside each chart carries the same
 * figures for screen readers and for anyone without the picture.
 */

export type Datum = { key: string; label: string; value: number };

/** The first `n` items by value (ties by label), the rest summed into one "others" item (left out when empty). */
export function topWithOthers(items: readonly Datum[], n: number, others: { key: string; label: string }): Datum[] {
  const sorted = [...items].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'id'));
  if (sorted.length <= n) return sorted;
  const rest = sorted.slice(n).reduce((sum, d) => sum + d.value, 0);
  return rest > 0 ? [...sorted.slice(0, n), { ...others, value: rest }] : sorted.slice(0, n);
}

/** The smallest 1, 2 or 5 × 10^k that is at least `value` (an axis that ends on a round number); 1 for nothing. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value - 1e-9 * power) return step * power;
  return 10 * power;
}

/** `value` as a whole percentage of `total` (0 when there is no total). */
export function percentOf(value: number, total: number): number {
  return total > 0 ? Math.round((value / total) * 100) : 0;
}

export type Bar = Datum & { y: number; width: number; percent: number };
export type BarChart = { width: number; height: number; labelWidth: number; barHeight: number; max: number; total: number; bars: Bar[] };

export type BarOptions = { width?: number; labelWidth?: number; barHeight?: number; gap?: number };

/**
 * Horizontal bars: one row per item, the label on the left, the bar scaled to the largest value
 * (rounded up to a nice number so bars of different charts read alike). A value above zero always
 * gets a visible sliver (1 unit), so "1" is not drawn like "0".
 */
export function barChart(items: readonly Datum[], opts: BarOptions = {}): BarChart {
  const width = opts.width ?? 640;
  const labelWidth = opts.labelWidth ?? 240;
  const barHeight = opts.barHeight ?? 20;
  const gap = opts.gap ?? 8;
  const room = Math.max(0, width - labelWidth - 48); // 48: the value printed after the bar
  const total = items.reduce((s, d) => s + d.value, 0);
  const max = niceCeiling(Math.max(0, ...items.map((d) => d.value)));
  const bars = items.map((d, i) => ({
    ...d,
    y: i * (barHeight + gap),
    width: d.value > 0 ? Math.max(1, Math.round((d.value / max) * room * 10) / 10) : 0,
    percent: percentOf(d.value, total),
  }));
  const height = items.length ? items.length * (barHeight + gap) - gap : 0;
  return { width, height, labelWidth, barHeight, max, total, bars };
}

export type LinePoint = { label: string; values: (number | null)[] };
export type LineSeries = { points: { x: number; y: number; value: number; label: string }[]; polyline: string };
export type LineChart = { width: number; height: number; plot: { left: number; top: number; right: number; bottom: number }; max: number; ticks: { value: number; y: number }[]; xLabels: { label: string; x: number }[]; series: LineSeries[] };

export type LineOptions = { width?: number; height?: number; max?: number; ticks?: number };

/**
 * A line chart of several series over the same labels (e.g. claimed and verified IID per year).
 * `max` fixes the scale (the IID runs 0–100); otherwise the largest value, rounded up. A missing
 * value (null) leaves a gap in that series' points; the polyline joins the points it has.
 */
export function lineChart(points: readonly LinePoint[], opts: LineOptions = {}): LineChart {
  const width = opts.width ?? 640;
  const height = opts.height ?? 240;
  const plot = { left: 40, top: 12, right: width - 16, bottom: height - 28 };
  const all = points.flatMap((p) => p.values.filter((v): v is number => v !== null));
  const max = opts.max ?? niceCeiling(Math.max(0, ...all));
  const tickCount = opts.ticks ?? 4;
  const yOf = (v: number) => round(plot.bottom - (Math.min(Math.max(v, 0), max) / max) * (plot.bottom - plot.top));
  // One point alone sits in the middle; otherwise the first and last touch the plot's edges.
  const xOf = (i: number) => round(points.length <= 1 ? (plot.left + plot.right) / 2 : plot.left + (i / (points.length - 1)) * (plot.right - plot.left));
  const ticks = Array.from({ length: tickCount + 1 }, (_, i) => {
    const value = round((max / tickCount) * i);
    return { value, y: yOf(value) };
  });
  const seriesCount = Math.max(0, ...points.map((p) => p.values.length));
  const series = Array.from({ length: seriesCount }, (_, s) => {
    const pts = points.flatMap((p, i) => {
      const v = p.values[s];
      return v === null || v === undefined ? [] : [{ x: xOf(i), y: yOf(v), value: v, label: p.label }];
    });
    return { points: pts, polyline: pts.map((p) => `${p.x},${p.y}`).join(' ') };
  });
  return { width, height, plot, max, ticks, xLabels: points.map((p, i) => ({ label: p.label, x: xOf(i) })), series };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Geometry of the statistics charts, computed at build time: the components draw these as inline
 * SVG, so the browser runs no charting script. Coordinates are in the SVG's viewBox units; the
 * chart scales with its box. Pure and tested (tests/unit/statistics.test.ts).
 */

// About a phone's width, so text drawn at 13 units reads at ~12 px there.
export const CHART = { width: 400, height: 240, top: 14, right: 10, bottom: 34, left: 54 } as const;

export interface Tick {
  y: number;
  label: string;
}

export interface BarChart {
  ticks: Tick[];
  groups: { x: number; label: string; bars: { x: number; y: number; width: number; height: number; value: number; series: number }[] }[];
}

export interface LineChart {
  ticks: Tick[];
  series: { points: { x: number; y: number; value: number; label: string }[]; path: string }[];
  /** x of each category's label. */
  labels: { x: number; label: string }[];
}

const plotHeight = CHART.height - CHART.top - CHART.bottom;
const plotWidth = CHART.width - CHART.left - CHART.right;
const round = (v: number) => Math.round(v * 10) / 10;

/** The smallest of 1, 2, 2.5, 5 × 10^n that is ≥ raw: a tick step people read easily. */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((v) => v >= raw * (1 - 1e-9))!;
}

const yOf = (value: number, min: number, max: number) => round(CHART.top + plotHeight * (1 - (value - min) / (max - min)));

/** Ticks from min to max every `step` (max − min is a whole number of steps). */
function ticks(min: number, max: number, step: number, format: (v: number) => string): Tick[] {
  return Array.from({ length: Math.round((max - min) / step) + 1 }, (_, i) => {
    const v = Math.round((min + step * i) * 1e9) / 1e9;
    return { y: yOf(v, min, max), label: format(v) };
  });
}

/** Grouped bars: one group per category, one bar per series, on a count axis from 0. */
export function barChart(labels: readonly string[], series: readonly (readonly number[])[], format: (v: number) => string): BarChart {
  const highest = Math.max(4, ...series.flat());
  const step = niceStep(highest / 4);
  const max = Math.ceil(highest / step) * step;
  const slot = plotWidth / Math.max(1, labels.length);
  const barWidth = round((slot * 0.7) / Math.max(1, series.length));
  return {
    ticks: ticks(0, max, step, format),
    groups: labels.map((label, i) => {
      const start = CHART.left + slot * i + slot * 0.15;
      return {
        x: round(CHART.left + slot * (i + 0.5)),
        label,
        bars: series.map((values, s) => {
          const y = yOf(values[i] ?? 0, 0, max);
          return {
            x: round(start + barWidth * s),
            y,
            width: barWidth,
            height: round(CHART.top + plotHeight - y),
            value: values[i] ?? 0,
            series: s,
          };
        }),
      };
    }),
  };
}

/**
 * Lines of shares (0–1), one point per category; a missing value breaks the line. The axis runs
 * from 100 % down to a round step below the lowest value, so changes of a few points show.
 */
export function shareChart(
  labels: readonly string[],
  series: readonly (readonly (number | undefined)[])[],
  format: (v: number) => string,
): LineChart {
  const values = series.flat().filter((v): v is number => v !== undefined);
  const low = values.length ? Math.min(...values) : 0;
  // In whole tenths of a percent, so the steps add up exactly.
  const step = niceStep(Math.max(10, (1 - low) * 1000) / 5);
  const min = Math.max(0, Math.floor((low * 1000 - step / 2) / step) * step) / 1000;
  const max = 1;
  const slot = plotWidth / Math.max(1, labels.length);
  const xOf = (i: number) => round(CHART.left + slot * (i + 0.5));
  return {
    ticks: ticks(min, max, step / 1000, format),
    labels: labels.map((label, i) => ({ x: xOf(i), label })),
    series: series.map((vals) => {
      const points = vals.flatMap((v, i) => (v === undefined ? [] : [{ x: xOf(i), y: yOf(v, min, max), value: v, label: labels[i]! }]));
      let path = '';
      vals.forEach((v, i) => {
        if (v === undefined) return;
        path += `${path && vals[i - 1] !== undefined ? 'L' : 'M'}${xOf(i)} ${yOf(v, min, max)}`;
      });
      return { points, path };
    }),
  };
}

/**
 * The text that says what each chart shows (its accessible description and visible caption),
 * computed from the same figures as the chart, so the two never disagree.
 */
import { count, onlineShare, onTimeRate, percent, type Figures } from './figures.ts';
import { periodLabel, type Period } from './periods.ts';
import { t } from '../../i18n/vi.ts';

export interface PeriodTotal {
  period: Period;
  total: Figures;
}

/** The items with the highest and the lowest value (the first of equals), ignoring missing values. */
export function extremes<T>(items: readonly T[], value: (item: T) => number | undefined): { high: T; low: T } | undefined {
  const known = items.filter((i) => value(i) !== undefined);
  if (!known.length) return undefined;
  const pick = (better: (a: number, b: number) => boolean) => known.reduce((best, i) => (better(value(i)!, value(best)!) ? i : best));
  return { high: pick((a, b) => a > b), low: pick((a, b) => a < b) };
}

export function trendSummary(periods: readonly PeriodTotal[]): string {
  const first = periods[0];
  const last = periods.at(-1);
  const range = extremes(periods, (p) => p.total.received.total);
  if (!first || !last || !range) return t.statistics.none;
  return t.statistics.trendSummary(
    periodLabel(first.period),
    periodLabel(last.period),
    periodLabel(last.period),
    count(last.total.received.total),
    count(last.total.resolved.total),
    count(range.low.total.received.total),
    count(range.high.total.received.total),
  );
}

function shareSummary(periods: readonly PeriodTotal[], what: string, share: (f: Figures) => number | undefined): string {
  const last = periods.at(-1);
  const range = extremes(periods, (p) => share(p.total));
  if (!last || !range) return t.statistics.none;
  return t.statistics.shareSummary(
    what,
    periodLabel(last.period),
    percent(share(last.total)),
    periodLabel(range.high.period),
    percent(share(range.high.total)),
    periodLabel(range.low.period),
    percent(share(range.low.total)),
  );
}

export const onTimeSummary = (periods: readonly PeriodTotal[]) => shareSummary(periods, t.statistics.onTimeRate, onTimeRate);
export const onlineSummary = (periods: readonly PeriodTotal[]) => shareSummary(periods, t.statistics.onlineShare, onlineShare);

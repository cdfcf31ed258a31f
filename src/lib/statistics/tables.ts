/** The data tables under the charts and the breakdown of a period, as header and cell text. */
import { count, onlineShare, onTimeRate, percent, sumFigures, type Figures } from './figures.ts';
import { periodLabel } from './periods.ts';
import type { PeriodTotal } from './summary.ts';
import { t } from '../../i18n/vi.ts';

export interface Table {
  headers: string[];
  rows: string[][];
  footer?: string[];
}

const s = t.statistics;

export const trendTable = (periods: readonly PeriodTotal[]): Table => ({
  headers: [s.period, s.received, s.online, s.direct, s.postal, s.resolved],
  rows: periods.map(({ period, total: f }) => [
    periodLabel(period),
    count(f.received.total),
    count(f.received.online),
    count(f.received.direct),
    count(f.received.postal),
    count(f.resolved.total),
  ]),
});

export const onTimeTable = (periods: readonly PeriodTotal[]): Table => ({
  headers: [s.period, s.resolved, s.early, s.onTime, s.late, s.onTimeRate],
  rows: periods.map(({ period, total: f }) => [
    periodLabel(period),
    count(f.resolved.total),
    count(f.resolved.early),
    count(f.resolved.onTime),
    count(f.resolved.late),
    percent(onTimeRate(f)),
  ]),
});

export const onlineTable = (periods: readonly PeriodTotal[]): Table => ({
  headers: [s.period, s.received, s.online, s.onlineShare],
  rows: periods.map(({ period, total: f }) => [
    periodLabel(period),
    count(f.received.total),
    count(f.received.online),
    percent(onlineShare(f)),
  ]),
});

const breakdownCells = (f: Figures) => [
  count(f.carriedOver),
  count(f.received.total),
  count(f.received.online),
  count(f.resolved.total),
  count(f.resolved.early),
  count(f.resolved.onTime),
  count(f.resolved.late),
  count(f.inProgress),
  count(f.returned),
];

/** One row per level and field of a period, with the period's totals as the footer. */
export const breakdownTable = (
  rows: readonly (Figures & { level: string; field: string })[],
  levelName: (level: string) => string,
): Table => ({
  headers: [s.field, s.carriedOver, s.received, s.online, s.resolved, s.early, s.onTime, s.late, s.inProgress, s.returned],
  rows: rows.map((r) => [`${r.field} (${levelName(r.level).toLowerCase()})`, ...breakdownCells(r)]),
  footer: [s.total, ...breakdownCells(sumFigures(rows))],
});
